"""Change announcements between windows: flags, not global refreshes (each page decides)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

INSTITUTION = "institution"
OFFICIALS = "officials"
DEPARTMENTS = "departments"
STAFF = "staff"
DAYS_OFF = "days_off"
REGISTRY = "registry"
PETITIONS = "petitions"  # a petition was registered or changed
PETITION_DOMAINS = "petition_domains"
PUBLIC_INFO = "public_info"  # a 544 request, verbal request, complaint or tariff changed
AUDIENCES = "audiences"  # an audience programme, cancelled day or sign-up changed


class ChangeBus(QObject):
    """`changed` carries a frozenset of the flags above."""

    changed = Signal(object)

    def announce(self, *flags: str) -> None:
        self.changed.emit(frozenset(flags))
