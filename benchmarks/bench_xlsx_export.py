"""Benchmark (run by hand, not a test): the petitions `.xlsx` export against bare openpyxl.

    python benchmarks/bench_xlsx_export.py [--rows 50000] [--repeat 2]

Data: a temporary database migrated by `CicCore.open`, filled with SQLAlchemy Core inserts in one
transaction (realistic mix of states, links, annulments, long subjects, diacritics).

Three timings in the same run, best of `--repeat`, in CPU time of the process (the database is
SQLite, in-process; wall clock on a shared machine measures the neighbours):
- bare:   openpyxl write-only appending the very cells the export writes (empty cells skipped),
          from a list already in memory: no styles, widths, filter or title;
- writer: `write_petitions_workbook` fed the same `PetitionRegisterRow` objects from memory;
- export: `export_petitions_xlsx` end to end (database read + row building + writing).
Target: export ≤ 1.2 × bare.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from cic_desktop.clock import FixedClock  # noqa: E402
from cic_desktop.config import DbTarget  # noqa: E402
from cic_desktop.core import CicCore  # noqa: E402
from cic_desktop.domain.text import search_key  # noqa: E402
from cic_desktop.dto import InstitutionData  # noqa: E402
from cic_desktop.registers.petitions_register import COLUMNS, iter_rows  # noqa: E402
from cic_desktop.render.xlsx.petitions_export import (  # noqa: E402
    SheetInfo,
    export_petitions_xlsx,
    write_petitions_workbook,
)
from db.models import Petition, RegistryEntry  # noqa: E402

YEAR = 2026
NAMES = [
    "Ștefan Popescu", "Ana-Maria Țîrlea", "Gheorghe Ionescu", "Ioana Răducanu", "Mihai Șerban",
    "Elena Bălan", "Constantin Dumitru", "Florica Stănescu", "SC Agro Valea SRL", "Rodica Pârvu",
]  # fmt: skip
STREETS = ["Str. Principală", "Str. Morii", "Str. Bisericii", "Sat Valea Mare", "Sat Izvoare"]
SUBJECTS = [
    "Solicită repararea drumului comunal DC 12 din satul Valea Mare, afectat de ploile din primăvară",
    "Reclamă zgomotul produs de localul din centrul comunei după ora 22:00",
    "Cere eliberarea unei adeverințe de rol agricol pentru dosarul de subvenție APIA",
    "Sesizează depozitarea necontrolată a deșeurilor pe malul pârâului Valea Mare",
    "Propune amenajarea unui loc de joacă pentru copii lângă școala gimnazială",
]
DOMAINS = ["drumuri", "urbanism", "taxe și impozite locale", "salubrizare", "registrul agricol"]
DEPARTMENTS = ["Urbanism și amenajarea teritoriului", "Taxe și impozite locale", ""]
KINDS = ["request", "complaint", "report", "proposal"]
CHANNELS = ["registry_desk", "post", "email", "online_form", "other_institution", "audience"]
STATES = (
    ["sent"] * 40 + ["answered"] * 10 + ["assigned"] * 20 + ["registered"] * 10
    + ["extended"] * 5 + ["forwarded"] * 5 + ["filed"] * 5 + ["joined"] * 5
)  # fmt: skip


def fill_petitions(core: CicCore, count: int, year: int = YEAR, seed: int = 1) -> None:
    """Insert `count` petitions of `year` (ids and numbers 1…count) in one Core transaction."""
    rng = random.Random(seed)
    now = datetime(year, 12, 31, 12, 0)
    entries: list[dict[str, object]] = []
    petitions: list[dict[str, object]] = []
    for i in range(1, count + 1):
        registered = date(year, 1, 5) + timedelta(days=(i * 355) // count)
        name = rng.choice(NAMES)
        address = f"{rng.choice(STREETS)} nr. {rng.randint(1, 300)}"
        subject = rng.choice(SUBJECTS)
        state = rng.choice(STATES) if i > 10 else "registered"
        answered = (
            registered + timedelta(days=rng.randint(3, 40))
            if state in ("sent", "answered")
            else None
        )
        prefix = "CIC" if i % 2 else ""
        entries.append(
            dict(
                id=i, register_code="petitions", sequence_code="general", year=year, number=i,
                number_prefix=prefix, registered_on=registered, received_on=registered,
                subject=subject, correspondent_name=name, correspondent_address=address,
                search_key=search_key(f"{i}/{prefix + '/' if prefix else ''}{registered:%d.%m.%Y} {name} {subject}"), deadline_rule="OG27_ANSWER_30",
                legal_deadline=registered + timedelta(days=31 + (15 if state == "extended" else 0)),
                internal_target=registered + timedelta(days=30),
                status="annulled" if i % 97 == 0 else "active",
                annul_reason="Înregistrată de două ori din greșeală" if i % 97 == 0 else None,
                imported=False, created_at=now,
            )
        )  # fmt: skip
        petitions.append(
            dict(
                entry_id=i, petitioner_kind="legal" if "SRL" in name else "natural",
                petitioner_email="contact@example.ro" if i % 5 == 0 else "",
                channel=rng.choice(CHANNELS), kind=rng.choice(KINDS), domain_name=rng.choice(DOMAINS),
                pages=1, annexes=0, source_institution="", source_reference="", state=state,
                department_name=rng.choice(DEPARTMENTS),
                base_legal_deadline=registered + timedelta(days=31),
                extension_days=15 if state == "extended" else None,
                extension_approved_by="", extension_reason="",
                forwarded_to="Instituția Prefectului Argeș" if state == "forwarded" else "",
                joined_to_id=rng.randint(1, i - 1) if state == "joined" else None,
                filing_reason="anonymous" if state == "filed" else None, filing_note="",
                answered_on=answered,
                answer_number=f"{i}/{prefix + '/' if prefix else ''}{answered:%d.%m.%Y}" if answered else "",
                outcome=rng.choice(["favorable", "unfavorable", "partial"]) if answered else None,
                legal_basis="", answer_summary="", signatory_mayor="", signatory_head="",
                sent_on=answered + timedelta(days=1) if state == "sent" and answered else None,
                registered_mail_no="", notes="Depusă personal" if i % 11 == 0 else "",
                flagged_incomplete=False,
            )
        )  # fmt: skip
    with core.write() as session:
        session.execute(insert(RegistryEntry), entries)
        session.execute(insert(Petition), petitions)


def open_filled_core(folder: Path, count: int) -> CicCore:
    core = CicCore.open(
        DbTarget(url=None, path=folder / "bench.sqlite"), clock=FixedClock(date(YEAR, 12, 31))
    )
    core.settings.save_institution(InstitutionData(commune="Valea Mare", county="Argeș"))
    started = time.perf_counter()
    fill_petitions(core, count)
    print(f"date de test: {count} petiții inserate în {time.perf_counter() - started:.1f} s")
    return core


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """CPU seconds of this process (SQLite runs in it too): steady on a busy shared machine."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def bare_openpyxl(cells: list[list[object]], path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Petiții")
    sheet.append(list(COLUMNS))
    for row in cells:
        sheet.append(row)
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        core = open_filled_core(folder, args.rows)
        started = time.process_time()
        rows = list(iter_rows(core, YEAR))
        read = time.process_time() - started
        cells = [[None if v == "" else v for v in row.cells()] for row in rows]
        info = SheetInfo(YEAR, "Primăria comunei Valea Mare, județul Argeș")
        bare = best_of(args.repeat, lambda: bare_openpyxl(cells, folder / "bare.xlsx"))
        writer = best_of(
            args.repeat,
            lambda: write_petitions_workbook(rows, folder / "writer.xlsx", info, total=len(rows)),
        )
        export = best_of(
            args.repeat, lambda: export_petitions_xlsx(core, YEAR, folder / "export.xlsx")
        )
        core.close()
    print(f"citire registru (iter_rows, {len(rows)} rânduri): {read:.2f} s")
    print(f"openpyxl write-only simplu:                 {bare:.2f} s")
    print(
        f"write_petitions_workbook (rânduri în memorie): {writer:.2f} s  raport {writer / bare:.2f}×"
    )
    print(
        f"export_petitions_xlsx (bază de date → fișier): {export:.2f} s  raport {export / bare:.2f}×"
    )
    print(f"țintă: export ≤ 1,2× → {'atinsă' if export / bare <= 1.2 else 'RATATĂ'}")


if __name__ == "__main__":
    main()
