"""Export → import into an empty database → export gives the same cells (a year with every state)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.importing.petitions_import import ImportRejectedError, import_petitions
from cic_desktop.render.xlsx.petitions_export import export_petitions_xlsx
from cic_desktop.watermark import read_watermarks
from db.models import AuditEvent, RegistryEntry, SequenceCounter
from tests.cic_desktop.excel.scenario import build_year_2025
from tests.cic_desktop.petitions.conftest import petition
from tests.conftest import configure


@pytest.fixture
def empty_core(template_db: Path, tmp_path: Path) -> Iterator[CicCore]:
    """A second, empty database with the same institution (no departments configured)."""
    path = tmp_path / "gol.sqlite"
    shutil.copyfile(template_db, path)
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(date(2025, 4, 20)))
    configure(core)
    yield core
    core.close()


def _cells(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def test_round_trip_keeps_every_cell(
    petitions_core: CicCore, clock: FixedClock, empty_core: CicCore, tmp_path: Path
) -> None:
    ids = build_year_2025(petitions_core, clock)
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    export_petitions_xlsx(petitions_core, 2025, first)

    report = import_petitions(empty_core, first)
    assert report.imported == 15 and report.saved
    assert [(y.year, y.first_number, y.last_number, y.missing) for y in report.years] == [
        (2025, 1, 15, ())
    ]
    assert report.annulled == 2
    export_petitions_xlsx(empty_core, 2025, second)
    assert _cells(second) == _cells(first)

    # The states behind the cells, as the workflow would have left them.
    by_number = {e.number: e.id for e in empty_core.registry.entries("petitions", 2025)}
    states = {
        name: empty_core.petitions.details(by_number[number])
        for name, number in (("answered_sent", 1), ("partial", 2), ("anonymous", 3))
    }
    assert (states["answered_sent"].state, states["answered_sent"].outcome) == ("sent", "favorable")
    assert states["answered_sent"].joined_here == ("5/27.01.2025",)
    assert (states["partial"].state, states["partial"].extension_days) == ("answered", 15)
    assert states["anonymous"].filing_reason == "anonymous"
    original = petitions_core.petitions.details(ids["extended"])
    imported = empty_core.petitions.details(by_number[12])
    assert (imported.state, imported.extension_days) == ("extended", original.extension_days)
    assert imported.entry.legal_deadline == original.entry.legal_deadline
    assert imported.entry.number_text == "12/CIC/04.03.2025" and imported.entry.imported
    annulled = empty_core.petitions.details(by_number[6])
    assert annulled.is_annulled and annulled.entry.annul_reason == (
        "Înregistrată de două ori din greșeală"
    )
    assert empty_core.petitions.details(by_number[11]).flagged_incomplete  # no domain, no address
    assert not empty_core.petitions.details(by_number[1]).flagged_incomplete

    with empty_core.read() as session:
        assert session.scalars(select(RegistryEntry.sequence_code).distinct()).all() == [None]
        counter = session.get(SequenceCounter, ("general", 2025))
        assert counter is not None
        assert (counter.last_number, counter.last_registered_on) == (15, date(2025, 3, 6))
        summaries = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "import", AuditEvent.entity_id.is_(None))
        )
        sealed = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "import", AuditEvent.entity_id.is_not(None))
        )
        assert summaries == 1
        assert sealed == len(by_number)  # every imported row is sealed in the audit chain
    assert verify_audit(empty_core.target).ok

    # Imported numbers were given to citizens: they raise the watermark kept beside the file.
    assert read_watermarks(empty_core.target)[("general", 2025)] == 15
    # The general sequence continues after the highest imported number.
    empty_core.clock.advance_to(date(2025, 4, 22))  # type: ignore[attr-defined]
    assert empty_core.petitions.register(petition(domain_id=None)).entry.number == 16

    # Importing the same file again: every number is already there; nothing is written.
    with pytest.raises(ImportRejectedError) as rejected:
        import_petitions(empty_core, first)
    assert len(rejected.value.errors) == 15
    assert rejected.value.errors[0].row_number == 3
    assert "există deja în baza de date" in rejected.value.errors[0].message_ro
    assert len(empty_core.registry.entries("petitions", 2025)) == 16
