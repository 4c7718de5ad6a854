"""SPEC §2.2 workflow: assign, extend, forward, join, file, answer, send, annul — each audited."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from tests.cic_desktop.petitions.conftest import department_id, petition


@pytest.fixture
def registered(petitions_core: CicCore, clock: FixedClock) -> int:
    """A petition registered Thu 20.03.2025 (SPEC S05: legal deadline Tue 22.04.2025)."""
    clock.advance_to(date(2025, 3, 20))
    return petitions_core.petitions.register(petition()).id


def test_assign_with_internal_deadline(petitions_core: CicCore, registered: int) -> None:
    core = petitions_core
    taxes = department_id(core, "Taxe și impozite locale")
    details = core.petitions.assign(registered, taxes, date(2025, 4, 10))
    assert (details.state, details.department_name, details.internal_deadline) == (
        "assigned",
        "Taxe și impozite locale",
        date(2025, 4, 10),
    )
    with pytest.raises(ValidationError, match="după termenul legal"):
        core.petitions.assign(registered, taxes, date(2025, 4, 23))


def test_extension_by_15_days_matches_spec_s05b(
    petitions_core: CicCore, registered: int, clock: FixedClock
) -> None:
    core = petitions_core
    clock.advance_to(date(2025, 4, 18))
    details = core.petitions.extend(
        registered, 15, date(2025, 4, 17), "Ion Țurcanu, primar", "Necesită verificare pe teren"
    )
    assert details.entry.legal_deadline == date(2025, 5, 5)
    assert details.base_legal_deadline == date(2025, 4, 22)
    assert details.state_label == "prelungită"
    assert "05.05.2025" in details.history[-1].summary
    with pytest.raises(ValidationError, match="deja prelungit"):
        core.petitions.extend(registered, 5, date(2025, 4, 18), "Ion Țurcanu")


def test_partial_extension_counts_from_the_original_date(
    petitions_core: CicCore, registered: int
) -> None:
    details = petitions_core.petitions.extend(registered, 10, date(2025, 3, 20), "Ion Țurcanu")
    # roll(D + 30 + 10 + 1) = Wed 30.04.2025, a working day; never chained on the rolled 30-day date.
    assert details.entry.legal_deadline == date(2025, 4, 30)


@pytest.mark.parametrize(
    ("days", "decided", "message"),
    [
        (16, date(2025, 3, 21), "cel mult 15"),
        (0, date(2025, 3, 21), "cel puțin o zi"),
        (10, date(2025, 4, 23), "până la termenul legal"),
        (10, date(2025, 3, 19), "înainte de data înregistrării"),
    ],
)
def test_extension_refused(
    petitions_core: CicCore,
    registered: int,
    clock: FixedClock,
    days: int,
    decided: date,
    message: str,
) -> None:
    clock.advance_to(date(2025, 4, 25))
    with pytest.raises(ValidationError, match=message):
        petitions_core.petitions.extend(registered, days, decided, "Ion Țurcanu")
    assert petitions_core.petitions.details(registered).extension_days is None


def test_forward_in_term_and_late(
    petitions_core: CicCore, registered: int, clock: FixedClock
) -> None:
    core = petitions_core
    clock.advance_to(date(2025, 3, 31))
    late = core.petitions.forward(registered, "Direcția Silvică Argeș", date(2025, 3, 31))
    assert late.state_label == "redirecționată" and late.forwarded_to == "Direcția Silvică Argeș"
    assert any("5 zile" in w for w in late.warnings)  # term expired on 26.03.2025
    on_time = core.petitions.register(petition(subject="Altă problemă, de mediu"))
    assert not core.petitions.forward(on_time.id, "Garda de Mediu", date(2025, 3, 31)).warnings


def test_join_and_file(petitions_core: CicCore, registered: int) -> None:
    core = petitions_core
    second = core.petitions.register(petition(subject="Din nou despre drumul DC 12"))
    joined = core.petitions.join(second.id, registered)
    assert joined.state == "joined" and joined.joined_to_number == "1/20.03.2025"
    assert core.petitions.details(registered).joined_here == ("2/20.03.2025",)
    with pytest.raises(ValidationError, match="prima"):
        third = core.petitions.register(petition(subject="x y z"))
        core.petitions.join(registered, third.id)
    anonymous = core.petitions.register(petition(name="", address=""))
    filed = core.petitions.file_without_action(anonymous.id, "anonymous")
    assert filed.state_label == "clasată" and filed.filed_on == date(2025, 3, 20)
    with pytest.raises(ValidationError, match="clasată"):
        core.petitions.answer(
            anonymous.id,
            answered_on=date(2025, 3, 20),
            outcome="favorable",
            legal_basis="x",
            signatory_head="y",
        )


def test_answer_in_partida_style_and_send(
    petitions_core: CicCore, registered: int, clock: FixedClock
) -> None:
    core = petitions_core
    core.petitions.assign(registered, department_id(core, "Urbanism și amenajarea teritoriului"))
    clock.advance_to(date(2025, 4, 15))
    answered = core.petitions.answer(
        registered,
        answered_on=date(2025, 4, 15),
        outcome="partial",
        legal_basis="art. 8 din OG nr. 27/2002; HCL nr. 12/2025",
    )
    assert answered.answer_number == "1/15.04.2025"  # SPEC R03: same number, answer date
    assert answered.signatory_mayor == "Ion Țurcanu"
    assert answered.signatory_head == "Radu Georgescu"
    assert answered.state_label == "soluționată"
    with pytest.raises(ValidationError, match="Nr. recomandatei"):
        core.petitions.mark_sent(registered, sent_on=date(2025, 4, 15), channel="registered_post")
    with pytest.raises(ValidationError, match="înainte de"):
        core.petitions.mark_sent(registered, sent_on=date(2025, 3, 20), channel="post")
    sent = core.petitions.mark_sent(
        registered,
        sent_on=date(2025, 4, 15),
        channel="registered_post",
        registered_mail_no="RR123456789RO",
    )
    assert sent.state_label == "răspuns expediat" and not sent.warnings
    actions = [h.summary for h in sent.history]
    assert actions[0].startswith("Înregistrat cu nr. 1/20.03.2025")
    assert actions[-1] == "Expediată pe 15.04.2025"
    assert all(h.user_name == "Maria Ionescu" for h in sent.history)


def test_answer_validation(petitions_core: CicCore, registered: int, clock: FixedClock) -> None:
    core = petitions_core
    clock.advance_to(date(2025, 4, 15))
    with pytest.raises(ValidationError, match="înainte de data înregistrării"):
        core.petitions.answer(
            registered,
            answered_on=date(2025, 3, 19),
            outcome="favorable",
            legal_basis="art. 8",
            signatory_head="Radu Georgescu",
        )
    with pytest.raises(ValidationError, match="Temei legal"):
        core.petitions.answer(
            registered,
            answered_on=date(2025, 4, 15),
            outcome="favorable",
            legal_basis=" ",
            signatory_head="Radu Georgescu",
        )
    with pytest.raises(ValidationError, match="șeful compartimentului"):
        core.petitions.answer(
            registered, answered_on=date(2025, 4, 15), outcome="favorable", legal_basis="art. 8"
        )
    assert core.petitions.details(registered).state == "registered"


def test_late_answer_is_flagged(
    petitions_core: CicCore, registered: int, clock: FixedClock
) -> None:
    core = petitions_core
    clock.advance_to(date(2025, 4, 23))
    details = core.petitions.answer(
        registered,
        answered_on=date(2025, 4, 23),
        outcome="unfavorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    assert any("după termenul legal" in w for w in details.warnings)


def test_annulled_petition_is_frozen(petitions_core: CicCore, registered: int) -> None:
    core = petitions_core
    annulled = core.petitions.annul(registered, "Înregistrată de două ori")
    assert annulled.is_annulled and annulled.state_label == "anulată"
    with pytest.raises(ValidationError, match="anulată"):
        core.petitions.assign(registered, department_id(core, "Taxe și impozite locale"))
    assert core.petitions.register(petition(subject="Nouă")).entry.number == 2


def test_letters_are_saved_with_the_case(petitions_core: CicCore, registered: int) -> None:
    core = petitions_core
    first = core.petitions.save_letter(registered, "answer", "Stimate domnule Popescu,\nRăspuns...")
    second = core.petitions.save_letter(
        registered, "answer", "Stimate domnule Popescu,\nRăspuns corectat"
    )
    assert first.id == second.id
    assert core.petitions.details(registered).letters[0].body.endswith("corectat")
