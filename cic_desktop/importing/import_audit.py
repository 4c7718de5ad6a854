"""The audit trail of a register import: one event per imported entry, so each historic row is
sealed in the tamper-evident chain, and one summary event for the file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from cic_desktop.services import audit
from db.enums import AuditAction

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


class _YearRange(Protocol):
    year: int
    first_number: int
    last_number: int


def record_imported_entries(
    session: Session,
    core: CicCore,
    file_name: str,
    entry_ids: Mapping[tuple[int, int], int],
    number_label: str,
) -> None:
    """„Importat din „…” (<number_label> 12/2026)” for every (year, number) → entry id."""
    for (year, number), entry_id in sorted(entry_ids.items()):
        audit.record(
            session,
            core,
            action=AuditAction.IMPORT,
            entity="registry_entry",
            entity_id=entry_id,
            summary=f"Importat din „{file_name}” ({number_label} {number}/{year})",
        )


def record_import_summary(
    session: Session,
    core: CicCore,
    summary: str,
    *,
    file_name: str,
    sheet: str,
    imported: int,
    years: Iterable[_YearRange],
    warnings: int,
    **counts: Any,
) -> None:
    """The file's event: what was imported from which sheet, the number range of each year;
    `counts`: what else this register imports (verbal requests, skipped lines)."""
    audit.record(
        session,
        core,
        action=AuditAction.IMPORT,
        entity="registry_entry",
        entity_id=None,
        summary=summary,
        after={
            "file": file_name,
            "sheet": sheet,
            "imported": imported,
            **counts,
            "years": {str(y.year): [y.first_number, y.last_number] for y in years},
            "warnings": warnings,
        },
    )
