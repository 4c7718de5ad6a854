"""Year lock: refused while cases are open; a locked year is read-only; unlocking needs a reason."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from tests.cic_desktop.petitions.conftest import petition


def test_lock_unlock_cycle(configured_core: CicCore, clock: FixedClock) -> None:
    core = configured_core
    clock.advance_to(date(2025, 12, 1))
    first = core.petitions.register(petition())
    second = core.petitions.register(petition(subject="Alt subiect"))
    clock.advance_to(date(2026, 1, 15))
    with pytest.raises(ValidationError, match="încheiat"):
        core.years.lock(2026)
    with pytest.raises(ValidationError) as err:
        core.years.lock(2025)
    assert "1/01.12.2025, 2/01.12.2025" in err.value.message_ro
    core.petitions.answer(
        first.id,
        answered_on=date(2026, 1, 15),
        outcome="favorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    core.petitions.file_without_action(second.id, "other", "Retrasă de petent")
    core.years.lock(2025, "Rapoartele pe 2025 au fost prezentate consiliului local.")
    assert core.years.is_locked(2025)
    with pytest.raises(ValidationError, match="Anul 2025 este închis"):
        core.petitions.mark_sent(first.id, sent_on=date(2026, 1, 15), channel="post")
    with pytest.raises(ValidationError, match="Anul 2025 este închis"):
        core.petitions.annul(second.id, "Greșeală descoperită târziu")
    with pytest.raises(ValidationError, match="Motivul redeschiderii"):
        core.years.unlock(2025, " ")
    core.years.unlock(2025, "Expedierea răspunsului nr. 1 nu fusese consemnată.")
    assert core.petitions.mark_sent(first.id, sent_on=date(2026, 1, 15), channel="post").sent_on
    history = [h.summary for h in core.registry.history(first.id)]
    assert history[-1].startswith("Expediată")
