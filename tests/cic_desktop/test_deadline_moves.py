"""A new day off moves the deadlines of open cases — and only those (issue #6 item 5)."""

from __future__ import annotations

from datetime import date

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request


def test_day_off_moves_only_open_unlocked_cases(
    configured_core: CicCore, clock: FixedClock
) -> None:
    core = configured_core
    clock.advance_to(date(2025, 11, 24))  # SPEC S12: OG 27 internal target 24.12.2025
    open_one = core.petitions.register(petition()).id
    answered = core.petitions.register(petition(subject="Rezolvată deja")).id
    core.petitions.answer(
        answered,
        answered_on=date(2025, 11, 24),
        outcome="favorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    clock.advance_to(date(2025, 12, 12))  # 544 registered Fri 12.12: D+10 = Mon 22.12, D+11 = 23.12
    info = core.public_info.register(request()).id
    preview = core.settings.preview_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    assert [(m.entry_id, m.old_internal, m.new_internal) for m in preview] == [
        (open_one, date(2025, 12, 24), date(2025, 12, 29))
    ]
    assert core.petitions.details(open_one).entry.internal_target == date(
        2025, 12, 24
    )  # preview only
    core.settings.add_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    assert core.petitions.details(open_one).entry.internal_target == date(2025, 12, 29)
    assert core.petitions.details(answered).entry.internal_target == date(2025, 12, 24)  # answered
    assert core.public_info.details(info).entry.legal_deadline == date(2025, 12, 23)  # unaffected
    history = [h.summary for h in core.registry.history(open_one)]
    assert any("HG nr. 1234/2025" in h for h in history)
    assert [
        m.entry_id for m in core.settings.preview_day_off(date(2025, 12, 24), adding=False)
    ] == [open_one]
    core.settings.remove_day_off(date(2025, 12, 24))
    assert core.petitions.details(open_one).entry.internal_target == date(2025, 12, 24)
    assert verify_audit(core.target).ok
