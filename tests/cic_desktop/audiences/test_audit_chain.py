"""Every change to a sign-up or a programme is sealed in the audit chain, which still verifies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_audiences import OutcomeInput
from tests.cic_desktop.audiences.conftest import department_id, signup

MONDAY = date(2026, 12, 7)


def test_full_workflow_keeps_the_chain_whole(aud_core: CicCore, clock: FixedClock) -> None:
    core = aud_core
    first = core.audiences.sign_up(signup(core, MONDAY, "09:00"))
    second = core.audiences.sign_up(signup(core, MONDAY, "09:15", name="Ana Marin"))
    third = core.audiences.sign_up(signup(core, MONDAY, "09:30", name="Ion Pop"))
    core.audiences.postpone(
        third.entry.id, date(2026, 12, 14), "09:00", "Primarul este în deplasare"
    )
    core.audiences.annul(second.entry.id, "Înscriere făcută de două ori")
    clock.advance_to(MONDAY)
    core.audiences.mark_present(first.entry.id)
    core.audiences.record_outcome(
        first.entry.id,
        OutcomeInput(
            outcome="department",
            resolution="Se verifică pe teren",
            department_id=department_id(core),
            term=date(2026, 12, 14),
        ),
    )
    clock.advance_to(date(2026, 12, 14))
    core.audiences.mark_present(third.entry.id)
    core.audiences.convert_to_petition(third.entry.id)

    assert verify_audit(core.target).ok


def test_a_sign_up_changed_behind_the_app_breaks_the_chain(aud_core: CicCore) -> None:
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    with aud_core.engine.begin() as conn:
        conn.execute(
            text("UPDATE audience SET resolution = 'falsificat' WHERE entry_id = :id"),
            {"id": booked.entry.id},
        )
    assert not verify_audit(aud_core.target).ok
