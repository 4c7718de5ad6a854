"""Benchmark (run by hand, not a test): the one search across registers against bare SQLite FTS5.

    python benchmarks/bench_search.py [--rows 100000] [--repeat 9]

Data: a temporary database migrated by `CicCore.open`, filled with SQLAlchemy Core inserts in one
transaction: `--rows` entries over five years in the petitions and Legea 544 registers, realistic
Romanian names (comma and cedilla diacritics mixed) and subjects. The entries are indexed by the
live index's own writer (`cic_desktop.search.index.index_entries`: on SQLite its FTS5 table), and a
separate FTS5 table holds the same texts (number as printed, name, subject) with
`unicode61 remove_diacritics 2`. A search finding another count than FTS5 stops the benchmark.

For each query, best of `--repeat` turns of both (CPU time of the process; SQLite runs in it; the
machine may be shared, so the best of several turns is the steady figure):
- search: `core.search.find(text)` — parsing, the SQL, the 50 newest lines of each register with
          their states, grouped (what the GUI and the command line get);
- fts5:   `SELECT rowid FROM fts WHERE fts MATCH ?` — every matching id, nothing else.
Target: search ≤ 3 × fts5.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from cic_desktop.clock import FixedClock  # noqa: E402
from cic_desktop.config import DbTarget  # noqa: E402
from cic_desktop.core import CicCore  # noqa: E402
from cic_desktop.domain.numbering import format_registry_number  # noqa: E402
from cic_desktop.dto import InstitutionData  # noqa: E402
from cic_desktop.search.index import IndexedEntry, index_entries  # noqa: E402
from db.models import InfoRequest, Petition, RegistryEntry  # noqa: E402

FIRST = (
    "Ștefan Ştefan Ana Maria Ioana Gheorghe Mihai Elena Constantin Florica Rodica Vasile Ion "
    "Ionuț Ionuţ Cristina Andreea Alexandru Nicolae Daniela Mirela Petru Sorin Aurel Viorica "
    "Marius Cătălin Răzvan Gabriela Lucian Doina Tudor Teodora Adrian Simona Bogdan Irina Dorin"
).split()
LAST = (
    "Popescu Ionescu Țîrlea Ţîrlea Răducanu Șerban Şerban Bălan Dumitru Stănescu Pârvu Munteanu "
    "Constantinescu Georgescu Stoica Moldovan Lungu Matei Ciobanu Rusu Toma Oprea Niculescu "
    "Mureșan Mureşan Dinu Sârbu Crăciun Tănase Vlad Anghel Neagu Ene Barbu Pop Popa Florea "
    "Cristea Dobre Nistor Preda Roman Sandu Udrea Zamfir Iordache Marin Voicu Ghiță Suciu"
).split()
FIRMS = ["SC Agro Valea SRL", "Asociația Izvorul", "SC Construct Ardeal SA", "Parohia Sfântul Ilie"]
VILLAGES = ["Valea Mare", "Izvoare", "Sânmartin", "Pădureni", "Fântânele", "Țigănești", "Brădet"]
STREETS = ["Principală", "Morii", "Bisericii", "Școlii", "Livezii", "Crângului", "Câmpului"]
PETITION_SUBJECTS = [
    "Solicită repararea drumului comunal din satul {v}, afectat de ploi",
    "Reclamă zgomotul produs de localul de pe strada {s} după ora 22:00",
    "Cere eliberarea unei adeverințe de rol agricol pentru dosarul APIA",
    "Sesizează depozitarea necontrolată a deșeurilor pe malul pârâului din {v}",
    "Propune amenajarea unui loc de joacă lângă școala gimnazială din {v}",
    "Solicită iluminat public pe strada {s} din satul {v}",
    "Reclamă câinii fără stăpân din zona străzii {s}",
    "Cere tăierea arborilor uscați de pe domeniul public, strada {s}",
    "Solicită racordarea la rețeaua de apă potabilă a gospodăriei din {v}",
    "Contestă valoarea impozitului pe clădiri stabilit pentru anul {y}",
    "Solicită îndreptarea unei erori din registrul agricol, poziția {n}",
    "Reclamă lipsa transportului școlar pentru elevii din {v}",
]
INFO_SUBJECTS = [
    "Copia contractului de salubrizare și a anexelor pe anul {y}",
    "Lista investițiilor realizate în satul {v} în anul {y}",
    "Bugetul local aprobat pentru anul {y} și execuția bugetară",
    "Numărul autorizațiilor de construire emise pe strada {s}",
    "Cheltuielile cu iluminatul public în perioada {y}",
    "Hotărârile consiliului local privind domeniul public din {v}",
]
YEARS = [2022, 2023, 2024, 2025, 2026]


def fill(core: CicCore, count: int, seed: int = 7) -> list[tuple[int, str, str, str]]:
    """Insert `count` entries (ids 1…count) and index them; the texts for the bare FTS5 table."""
    rng = random.Random(seed)
    now = datetime(2026, 12, 31, 12)
    per_year = count // len(YEARS) + 1
    numbers = {(code, year): 0 for code in ("petitions", "public_info") for year in YEARS}
    entries, indexed, petitions, infos, texts = [], [], [], [], []
    for i in range(1, count + 1):
        year = YEARS[(i - 1) // per_year]
        code = "public_info" if rng.random() < 0.3 else "petitions"
        numbers[code, year] += 1
        number = numbers[code, year]
        registered = date(year, 1, 5) + timedelta(days=((i - 1) % per_year) * 350 // per_year)
        name = (
            rng.choice(FIRMS) if rng.random() < 0.05 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        )
        template = rng.choice(INFO_SUBJECTS if code == "public_info" else PETITION_SUBJECTS)
        subject = template.format(
            v=rng.choice(VILLAGES), s=rng.choice(STREETS), y=year, n=rng.randint(1, 900)
        )
        prefix = "CIC" if year >= 2025 else ""
        entries.append(
            dict(
                id=i, register_code=code, sequence_code=None, year=year, number=number,
                number_prefix=prefix, registered_on=registered, received_on=registered,
                subject=subject, correspondent_name=name, correspondent_address="",
                search_key="", status="annulled" if i % 97 == 0 else "active",
                imported=True, created_at=now,
            )
        )  # fmt: skip
        state = rng.choice(["registered", "assigned", "answered", "sent"])
        if code == "petitions":
            petitions.append(
                dict(
                    entry_id=i, petitioner_kind="natural", petitioner_email="", channel="post",
                    kind="request", domain_name="", pages=1, annexes=0, source_institution="",
                    source_reference="", state=state, department_name="",
                    extension_approved_by="", extension_reason="", forwarded_to="",
                    filing_note="", answer_number="", legal_basis="", answer_summary="",
                    signatory_mayor="", signatory_head="", registered_mail_no="", notes="",
                    flagged_incomplete=False,
                )
            )  # fmt: skip
        else:
            infos.append(
                dict(
                    entry_id=i, requester_kind="natural", channel="electronic",
                    domain="public_money", delivery_preference="email", state=state,
                )
            )  # fmt: skip
        indexed.append(IndexedEntry(i, code, year, number, prefix, registered, name, subject))
        texts.append((i, format_registry_number(number, registered, prefix), name, subject))
    with core.write() as session:
        for model, rows in (
            (RegistryEntry, entries),
            (Petition, petitions),
            (InfoRequest, infos),
        ):
            session.execute(insert(model.__table__), rows)
        index_entries(session.connection(), indexed)
    return texts


def make_fts(path: Path, texts: list[tuple[int, str, str, str]]) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE bench_fts USING fts5(number, name, subject, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection.executemany(
        "INSERT INTO bench_fts (rowid, number, name, subject) VALUES (?, ?, ?, ?)", texts
    )
    connection.commit()
    return connection


def best_of(repeat: int, *runs: Callable[[], object]) -> list[float]:
    """Best CPU seconds of each run (SQLite runs in this process too), the runs taking turns so a
    busy spell of a shared machine weighs on all of them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            started = time.process_time()
            run()
            best[index] = min(best[index], time.process_time() - started)
    return best


def queries(texts: list[tuple[int, str, str, str]]) -> list[tuple[str, str, str]]:
    """(title, what the clerk types, the FTS5 MATCH expression finding the same entries)."""
    some = texts[len(texts) // 3]
    number, _, rest = some[1].partition("/")
    year = rest[-4:]
    return [
        ("un cuvânt frecvent „s”", "s", "s*"),
        ("un cuvânt frecvent „solicita”", "solicita", "solicita*"),
        ("un cuvânt rar „fantanele”", "fantanele", "fantanele*"),
        ("două cuvinte „pop ste”", "pop ste", "pop* AND ste*"),
        ("un nume „ștefan țîrlea”", "ștefan țîrlea", "stefan* AND tirlea*"),
        ("trei cuvinte „iluminat strada morii”", "iluminat strada morii", "iluminat* strada* morii*"),
        (f"un număr „{number}/{year}”", f"{number}/{year}", f'number:"{number}" AND number:{year}'),
        (f"un număr tipărit „{some[1]}”", some[1], f'number:"{" ".join(some[1].replace("/", " ").replace(".", " ").split())}"'),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        core = CicCore.open(
            DbTarget(url=None, path=folder / "bench.sqlite"), clock=FixedClock(date(2026, 12, 31))
        )
        core.settings.save_institution(InstitutionData(commune="Valea Mare", county="Argeș"))
        started = time.perf_counter()
        texts = fill(core, args.rows)
        fts = make_fts(folder / "fts.sqlite", texts)
        print(f"date de test: {args.rows} înregistrări în {time.perf_counter() - started:.1f} s")
        worst = 0.0
        for title, typed, match in queries(texts):
            counts: list[int] = [0, 0]

            def search(typed: str = typed, counts: list[int] = counts) -> None:
                counts[0] = core.search.find(typed).total

            def bare(match: str = match, counts: list[int] = counts) -> None:
                rows = fts.execute("SELECT rowid FROM bench_fts WHERE bench_fts MATCH ?", (match,))
                counts[1] = len(rows.fetchall())

            search_time, bare_time = best_of(args.repeat, search, bare)
            ratio = search_time / max(bare_time, 1e-6)
            worst = max(worst, ratio)
            if counts[0] != counts[1]:
                raise SystemExit(f"{title}: search found {counts[0]}, FTS5 {counts[1]}")
            print(
                f"{title}: găsite {counts[0]} (FTS5 {counts[1]}); search {search_time * 1000:.1f} ms,"
                f" FTS5 {bare_time * 1000:.1f} ms, raport {ratio:.1f}×"
            )
        fts.close()
        core.close()
    print(f"țintă: ≤ 3× → {'atinsă' if worst <= 3 else 'RATATĂ'} (cel mai rău raport {worst:.1f}×)")


if __name__ == "__main__":
    main()
