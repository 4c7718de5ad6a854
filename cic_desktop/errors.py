"""Errors the core raises; every message is Romanian and meant for the clerk."""

from __future__ import annotations


class CicError(Exception):
    """Base class: `message_ro` is shown to the clerk as it is."""

    def __init__(self, message_ro: str) -> None:
        super().__init__(message_ro)
        self.message_ro = message_ro


class ValidationError(CicError):
    """Input refused; nothing was saved. `field` names the form field at fault."""

    def __init__(self, field: str, message_ro: str) -> None:
        super().__init__(message_ro)
        self.field = field


class NotFoundError(CicError):
    pass


class DatabaseError(CicError):
    """The database cannot be used as asked (missing, damaged, read-only, newer, locked)."""


class DatabaseNewerError(DatabaseError):
    pass


class DatabaseReadOnlyError(DatabaseError):
    pass


class NotADatabaseError(DatabaseError):
    pass


class DatabaseMissingError(DatabaseError):
    pass


class DatabaseFolderMissingError(DatabaseMissingError):
    """The folder named for the database does not exist (a usage error on the command line)."""


class DatabaseDamagedError(DatabaseError):
    """The file fails SQLite's integrity check; it is left untouched and a backup is offered."""
