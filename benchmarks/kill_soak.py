"""Crash-safety soak (run by hand): hundreds of SIGKILLs of a registering process.

    python -m benchmarks.kill_soak [ROUNDS]

Prints how many numbers were acknowledged, stored and lost, and the integrity check; the numbers
must be exactly 1..N after every kill. The suite runs the same check in a few rounds
(tests/cic_desktop/safety/test_crash_safety.py).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData
from tests.cic_desktop.safety.killing import kill_rounds


def main(rounds: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "soak.sqlite"
        with CicCore.open(
            DbTarget(url=None, path=db), clock=FixedClock(date(2026, 11, 27))
        ) as core:
            core.settings.complete_first_run(
                InstitutionData(commune="Valea Mare", county="Argeș"), ["Maria Ionescu"], []
            )
        started = time.perf_counter()
        acknowledged: set[int] = set()
        failures = 0
        results = kill_rounds(db, rounds=rounds, seed=2026, max_wait=0.7)
        for i, result in enumerate(results, 1):
            acknowledged |= set(result.acknowledged)
            lost = acknowledged - set(result.stored)
            gapless = result.stored == list(range(1, len(result.stored) + 1))
            if lost or not gapless or result.integrity != "ok":
                failures += 1
                print(
                    f"round {i}: lost={sorted(lost)[:10]} gapless={gapless} integrity={result.integrity}"
                )
        stored = len(results[-1].stored) if results else 0
        audit_ok = verify_audit(DbTarget(url=None, path=db)).ok
        print(
            f"kills: {rounds}, acknowledged: {len(acknowledged)}, stored: {stored}, "
            f"acknowledged but lost: {len(acknowledged - set(results[-1].stored))}, "
            f"failing rounds: {failures}, audit chain intact: {audit_ok}, "
            f"time: {time.perf_counter() - started:.0f} s"
        )
        return 0 if failures == 0 and audit_ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
