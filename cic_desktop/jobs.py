"""The contract of long work: a plain function reporting progress and honouring a cancel token."""

from __future__ import annotations

from typing import Protocol

from cic_desktop.errors import CicError


class Progress(Protocol):
    def __call__(self, fraction: float, message: str = "") -> None: ...


def no_progress(fraction: float, message: str = "") -> None:
    """The default when nobody is watching (CLI, tests)."""


class CancelToken:
    """Set by the GUI's Cancel button; long work checks it between steps."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled("Operațiunea a fost anulată; nu s-a salvat nimic.")


class Cancelled(CicError):
    pass
