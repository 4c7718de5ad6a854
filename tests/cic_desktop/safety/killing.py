"""Kill a registering child process at random moments and check what survived."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class KillRound:
    acknowledged: list[int]
    stored: list[int]
    integrity: str


def run_and_kill(db: Path, rng: random.Random, *, max_wait: float = 1.0) -> list[int]:
    """Start the child, let it register for a random while, SIGKILL it; numbers it acknowledged."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.cic_desktop.safety.kill_child", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "READY", ready
    first = child.stdout.readline()  # at least one acknowledged, however loaded the machine
    time.sleep(rng.uniform(0.0, max_wait))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    lines = [first, *out.splitlines()]
    return [int(line.split()[1]) for line in lines if line.startswith("SAVED ")]


def inspect(db: Path) -> tuple[list[int], str]:
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        numbers = [
            r[0]
            for r in conn.execute(
                "SELECT e.number FROM registry_entry e JOIN petition p ON p.entry_id = e.id "
                "ORDER BY e.number"
            )
        ]
    finally:
        conn.close()
    return numbers, integrity


def kill_rounds(db: Path, rounds: int, seed: int, max_wait: float = 1.0) -> list[KillRound]:
    rng = random.Random(seed)
    results = []
    for _ in range(rounds):
        acknowledged = run_and_kill(db, rng, max_wait=max_wait)
        stored, integrity = inspect(db)
        results.append(KillRound(acknowledged, stored, integrity))
    return results
