"""An acknowledged registration survives SIGKILL; the file stays sound and the numbers gapless."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cic_desktop.audit_verify import verify_audit
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from tests.cic_desktop.safety.killing import kill_rounds
from tests.conftest import configure


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_registrations_survive_random_kills(core: CicCore, db_path: Path) -> None:
    configure(core)
    core.close()
    rounds = kill_rounds(db_path, rounds=4, seed=27, max_wait=0.6)
    acknowledged: set[int] = set()
    for result in rounds:
        acknowledged |= set(result.acknowledged)
        assert result.integrity == "ok"
        assert acknowledged <= set(result.stored)  # nothing acknowledged was lost
        assert result.stored == list(range(1, len(result.stored) + 1))  # no gap, no duplicate
    assert len(acknowledged) >= len(rounds)
    # The audit trail survived the kills too, and the app opens normally afterwards.
    assert verify_audit(DbTarget(url=None, path=db_path)).ok
    with CicCore.open(DbTarget(url=None, path=db_path)) as again:
        assert again.registry.entries()[-1].number == len(rounds[-1].stored)
