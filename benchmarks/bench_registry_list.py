"""Benchmark (run by hand, not a test): the petitions registry list against bare SQL.

    python benchmarks/bench_registry_list.py [--rows 100000] [--repeat 5]

Data: a temporary database migrated by `CicCore.open` and filled with SQLAlchemy Core inserts (the
same generator as bench_xlsx_export.py). For each query, best of `--repeat` (CPU time of the process):
- core:  `core.petition_list.ids(query)` + `core.petition_list.rows(first 100 ids)` — the first
         page as the GUI's table model gets it (all ids, then one page of rows);
- page:  `core.petition_list.page(query, 0, 100)` when the core has it (proposed: one SQL page,
         no id list first);
- bare:  one SQL statement through sqlite3 reading the same page with the same WHERE:
         `SELECT <row columns> FROM registry_entry JOIN petition … ORDER BY number LIMIT 100`.
Target: core ≤ 2 × bare.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_xlsx_export import YEAR, open_filled_core

from cic_desktop.dto_petitions import PetitionQuery

PAGE = 100
ROW_COLUMNS = (
    "e.id, e.number, e.number_prefix, e.registered_on, e.correspondent_name, e.subject, "
    "e.status, e.legal_deadline, e.internal_target, p.kind, p.domain_name, p.department_name, "
    "p.state, p.internal_deadline, p.answered_on, p.sent_on"
)
BASE = (
    f"SELECT {ROW_COLUMNS} FROM registry_entry e JOIN petition p ON p.entry_id = e.id "
    "WHERE e.register_code = 'petitions' AND e.year = ?"
)
QUERIES: list[tuple[str, PetitionQuery, str, tuple[object, ...]]] = [
    ("prima pagină, fără filtre", PetitionQuery(year=YEAR), BASE, (YEAR,)),
    (
        "text „stefan” + stare „repartizată”",
        PetitionQuery(year=YEAR, text="stefan", states=("assigned",)),
        BASE + " AND e.status = 'active' AND p.state IN ('assigned')"
        " AND (e.search_key LIKE 'stefan%' ESCAPE '\\' OR e.search_key LIKE '% stefan%' ESCAPE '\\')",
        (YEAR,),
    ),
    (
        "stare „înregistrată” (rară)",
        PetitionQuery(year=YEAR, states=("registered",)),
        BASE + " AND e.status = 'active' AND p.state IN ('registered')",
        (YEAR,),
    ),
]


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """CPU seconds of this process (SQLite runs in it too): steady on a busy shared machine."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        core = open_filled_core(folder, args.rows)
        connection = sqlite3.connect(folder / "bench.sqlite")
        worst = 0.0
        for title, query, sql, parameters in QUERIES:
            found: list[int] = []

            def through_core(query: PetitionQuery = query, found: list[int] = found) -> None:
                ids = core.petition_list.ids(query)
                found[:] = [len(ids)]
                core.petition_list.rows(ids[:PAGE])

            def bare(sql: str = sql, parameters: tuple[object, ...] = parameters) -> None:
                connection.execute(f"{sql} ORDER BY e.number LIMIT {PAGE}", parameters).fetchall()

            core_time = best_of(args.repeat, through_core)
            bare_time = best_of(args.repeat, bare)
            ratio = core_time / bare_time
            worst = max(worst, ratio)
            print(
                f"{title}: {found[0]} petiții; ids + rows {core_time * 1000:.1f} ms, "
                f"SQL simplu {bare_time * 1000:.2f} ms, raport {ratio:.1f}×"
            )
            page = getattr(core.petition_list, "page", None)
            if page is not None:
                page_time = best_of(args.repeat, lambda page=page, q=query: page(q, 0, PAGE))
                print(f"    page(): {page_time * 1000:.1f} ms, raport {page_time / bare_time:.1f}×")
        connection.close()
        core.close()
    print(f"țintă: ≤ 2× → {'atinsă' if worst <= 2 else 'RATATĂ'} (cel mai rău raport {worst:.1f}×)")


if __name__ == "__main__":
    main()
