"""GDPR access-request export of one person: PDF and Excel hold the person, cases and merges."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from db.models import InfoRequest, Petition
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request


@pytest.fixture
def merged_person(configured_core: CicCore, clock: FixedClock) -> tuple[CicCore, int]:
    core = configured_core
    clock.advance_to(date(2026, 1, 15))
    pet = core.petitions.register(
        petition(name="Ștefan Țărână", address="Str. Morii 3", subject="Repararea podețului")
    )
    info = core.public_info.register(
        request(name="Stefan Tarana", phone="0722 111 222", information="Bugetul pe 2025")
    )
    with core.read() as session:
        kept = session.get(Petition, pet.id).person_id  # type: ignore[union-attr]
        merged = session.get(InfoRequest, info.entry.id).person_id  # type: ignore[union-attr]
    core.person_file.merge(kept, merged)  # type: ignore[arg-type]
    return core, kept  # type: ignore[return-value]


def test_xlsx_holds_person_cases_details_and_merges(
    merged_person: tuple[CicCore, int], tmp_path: Path
) -> None:
    core, person_id = merged_person
    path = core.person_file.export_xlsx(person_id, tmp_path / "date.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Persoana", "Cazuri", "Detalii cazuri", "Unificări"]
    person = {
        row[0]: row[1] for row in book["Persoana"].iter_rows(min_row=5, values_only=True) if row[0]
    }
    assert person["Nume și prenume / denumire"] == "Ștefan Țărână"
    assert person["Instituția"] == "Primăria comunei Sânmartin, județul Bihor"
    assert person["Data exportului"].startswith("15.01.2026")
    cases = list(book["Cazuri"].iter_rows(min_row=2, values_only=True))
    assert sorted(c[0] for c in cases) == ["Informații publice", "Petiții"]
    assert {c[2] for c in cases} == {"Repararea podețului", "Bugetul pe 2025"}
    details = list(book["Detalii cazuri"].iter_rows(min_row=2, values_only=True))
    assert ("Nume / denumire la înregistrare", "Stefan Tarana") in {(d[2], d[3]) for d in details}
    merges = list(book["Unificări"].iter_rows(values_only=True))
    header, row = merges[0], merges[1]
    said = dict(zip(header, row, strict=True))
    assert said["Nume și prenume / denumire"] == "Stefan Tarana"
    assert said["Telefon"] == "0722 111 222"
    assert said["Cazuri mutate"] == "1"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_pdf_holds_person_cases_and_merges(
    merged_person: tuple[CicCore, int], tmp_path: Path
) -> None:
    core, person_id = merged_person
    path = core.person_file.export_pdf(person_id, tmp_path / "date.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "PRIMĂRIA COMUNEI SÂNMARTIN",
        "art. 15 din Regulamentul (UE)",
        "Data exportului: 15.01.2026",
        "Ștefan Țărână",
        "Repararea podețului",
        "Bugetul pe 2025",
        "Stefan Tarana",
        "0722 111 222",
        "Cazuri înregistrate (2)",
    ):
        assert expected in text, expected


def test_export_of_a_merged_record_is_the_kept_persons(
    merged_person: tuple[CicCore, int], tmp_path: Path
) -> None:
    core, person_id = merged_person
    merged_id = core.person_file.file(person_id).merges[0].merged_id
    path = core.person_file.export_xlsx(merged_id, tmp_path / "date.xlsx")
    cases = list(load_workbook(path)["Cazuri"].iter_rows(min_row=2, values_only=True))
    assert len(cases) == 2
