"""The day's outgoing letters (answers and notices marked as sent) and their dispatch list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.labels import SEND_CHANNEL
from cic_desktop.render.pdf.dispatch_list import DispatchLine, build_dispatch_list
from db.enums import EntryStatus, PetitionChannel, PetitionState, SendChannel
from db.models import Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

_DOCUMENT = {
    PetitionState.FORWARDED: "notificare de redirecționare",
    PetitionState.FILED: "notificare de clasare",
}


def dispatch_line(entry: RegistryEntry, petition: Petition) -> DispatchLine:
    """One sent letter: its partidă number, what it is, to whom, how."""
    done_on = petition.answered_on or petition.forwarded_on or petition.filed_on
    number = petition.answer_number or format_registry_number(
        entry.number, done_on or petition.sent_on or entry.registered_on, entry.number_prefix
    )
    document = "răspuns" if petition.answered_on else _DOCUMENT.get(petition.state, "scrisoare")
    by_email = petition.sent_channel == SendChannel.EMAIL or (
        petition.channel == PetitionChannel.EMAIL and not entry.correspondent_address
    )
    address = petition.petitioner_email if by_email else entry.correspondent_address
    channel = SEND_CHANNEL[SendChannel(petition.sent_channel)] if petition.sent_channel else ""
    return DispatchLine(
        number_text=number,
        document=document,
        recipient=entry.correspondent_name,
        address=address or petition.petitioner_email or entry.correspondent_address,
        channel=channel,
        registered_mail_no=petition.registered_mail_no,
        registered=petition.sent_channel == SendChannel.REGISTERED_POST,
    )


class DispatchService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def lines(self, day: date) -> list[DispatchLine]:
        """Petitions whose answer or notice was marked as sent on `day`, by number."""
        with self._core.read() as session:
            rows = session.execute(
                select(RegistryEntry, Petition)
                .join(Petition, Petition.entry_id == RegistryEntry.id)
                .where(Petition.sent_on == day, RegistryEntry.status == EntryStatus.ACTIVE)
                .order_by(RegistryEntry.year, RegistryEntry.number)
            ).all()
            return [dispatch_line(entry, petition) for entry, petition in rows]

    def print_list(self, day: date, path: str | Path) -> Path:
        return build_dispatch_list(
            path,
            self._core.settings.institution(),
            day,
            self.lines(day),
            handed_by=self._core.current_user_name,
        )
