"""Per-user preferences of this computer (not of the database): who used the app last, etc."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LAST_STAFF_KEY = "start/last_staff_id"


class Preferences:
    """A thin, typed wrapper over QSettings; tests hand it an INI file in a temporary folder."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def last_staff_id(self) -> int | None:
        value = self._settings.value(LAST_STAFF_KEY)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_staff_id(self, staff_id: int) -> None:
        self._settings.setValue(LAST_STAFF_KEY, staff_id)
        self._settings.sync()

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
