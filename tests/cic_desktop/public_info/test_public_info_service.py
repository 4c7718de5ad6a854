"""Legea 544 requests: the 10/30-day route, refusals from receipt, redirects, reclassification,
fees by the tariff in force, verbal log, complaints and court cases (SPEC §1.5–§1.7)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput, TariffData
from cic_desktop.errors import ValidationError


def request(**changes: object) -> InfoRequestInput:
    base = dict(
        information="Copia contractului de salubrizare și a anexelor",
        channel="electronic",
        domain="public_money",
        delivery_preference="email",
        name="Ioana Răducanu",
        email="ioana@example.ro",
    )
    base.update(changes)
    return InfoRequestInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def core(configured_core: CicCore, clock: FixedClock) -> CicCore:
    clock.advance_to(date(2025, 3, 10))  # SPEC S04: notice by 21.03.2025, answer by 10.04.2025
    return configured_core


def test_registration_and_deadlines(core: CicCore) -> None:
    details = core.public_info.register(request(received_on=date(2025, 3, 8)))
    assert details.entry.number_text == "1/10.03.2025"
    assert details.entry.register_code == "public_info"
    assert details.entry.legal_deadline == date(2025, 3, 21)  # S04a/S22-like: 10 days
    assert details.notice_deadline == date(2025, 3, 21)
    assert details.refusal_deadline == date(2025, 3, 14)  # 5 days from RECEIPT (Sat 08.03)
    assert details.delivery_address == "ioana@example.ro"


def test_timely_notice_extends_to_30_days_late_notice_does_not(
    core: CicCore, clock: FixedClock
) -> None:
    first = core.public_info.register(request())
    second = core.public_info.register(request(information="Bugetul local"))
    clock.advance_to(date(2025, 3, 21))
    extended = core.public_info.send_extension_notice(first.id, date(2025, 3, 21))
    assert extended.entry.legal_deadline == date(2025, 4, 10)  # S04b
    assert extended.state == "extended" and not extended.warnings
    clock.advance_to(date(2025, 3, 24))
    late = core.public_info.send_extension_notice(second.id, date(2025, 3, 24))
    assert late.entry.legal_deadline == date(2025, 3, 21)
    assert late.notice_late and "rămas de 10 zile" in late.warnings[0]


def test_answer_with_fees_by_the_tariff_in_force(core: CicCore, clock: FixedClock) -> None:
    core.public_info.add_tariff(
        TariffData(date(2024, 1, 1), Decimal("0.50"), "Dispoziția nr. 12/2024")
    )
    core.public_info.add_tariff(
        TariffData(date(2025, 3, 15), Decimal("0.60"), "Dispoziția nr. 40/2025")
    )
    assert core.public_info.tariffs()[0].valid_to == date(2025, 3, 14)
    details = core.public_info.register(
        request(delivery_preference="paper", address="Str. Morii 3")
    )
    clock.advance_to(date(2025, 3, 20))
    answered = core.public_info.answer(
        details.id,
        answered_on=date(2025, 3, 14),
        delivery_mode="paper",
        copies_pages=25,
        copies_handed_on=date(2025, 3, 17),
        amount_collected=Decimal("15.00"),
    )
    assert answered.amount_due == Decimal("15.00")  # 25 × 0.60, the tariff of 17.03.2025
    assert answered.answer_number == "1/14.03.2025"
    with pytest.raises(ValidationError, match="negativ"):
        core.public_info.answer(
            core.public_info.register(request()).id,
            answered_on=date(2025, 3, 20),
            delivery_mode="paper",
            copies_pages=-1,
        )


def test_bad_input_is_refused(core: CicCore) -> None:
    first = core.public_info.register(request())
    with pytest.raises(ValidationError, match="înainte de data înregistrării"):
        core.public_info.answer(first.id, answered_on=date(2025, 3, 9), delivery_mode="electronic")
    with pytest.raises(ValidationError, match="motivul respingerii"):
        core.public_info.refuse(first.id, refused_on=date(2025, 3, 10), reason="")
    with pytest.raises(ValidationError, match="art. 12"):
        core.public_info.refuse(first.id, refused_on=date(2025, 3, 10), reason="exempt")
    with pytest.raises(ValidationError, match="Motivarea"):
        core.public_info.refuse(first.id, refused_on=date(2025, 3, 10), reason="other")
    with pytest.raises(ValidationError, match="verbale"):
        core.public_info.register(request(channel="verbal"))
    with pytest.raises(ValidationError, match="adresa"):
        core.public_info.register(request(email="", address="", delivery_preference="email"))
    assert core.public_info.details(first.id).state == "registered"


def test_refusal_redirect_and_reclassification(core: CicCore, clock: FixedClock) -> None:
    exempt = core.public_info.register(request(information="Fișele medicale ale angajaților"))
    refused = core.public_info.refuse(
        exempt.id, refused_on=date(2025, 3, 10), reason="exempt", exempt_letter="d"
    )
    assert refused.state_label == "respinsă" and refused.exempt_letter == "d"
    moved = core.public_info.register(request(information="Vreau să mi se repare drumul"))
    petition_id = core.public_info.reclassify(moved.id, date(2025, 3, 10))
    petition = core.petitions.details(petition_id)
    assert petition.number_text == "2/10.03.2025"  # keeps its number and date
    assert petition.entry.register_code == "petitions"
    assert petition.entry.legal_deadline == date(2025, 4, 10)  # OG 27 from the same D
    other = core.public_info.register(request(information="Date despre pădurea de stat"))
    clock.advance_to(date(2025, 3, 20))
    redirected = core.public_info.redirect(other.id, "Direcția Silvică Argeș", date(2025, 3, 20))
    assert redirected.warnings and "5 zile" in redirected.warnings[0]


def test_verbal_log_complaint_and_court_case(core: CicCore, clock: FixedClock) -> None:
    verbal = core.public_info.log_verbal(
        requester_kind="natural", domain="duties", outcome="answered_on_spot"
    )
    assert verbal.asked_on == date(2025, 3, 10) and verbal.name == ""
    assert len(core.public_info.verbal_requests(2025)) == 1
    refused = core.public_info.register(request())
    core.public_info.refuse(refused.id, refused_on=date(2025, 3, 10), reason="nonexistent")
    clock.advance_to(date(2025, 3, 12))
    complaint = core.public_info.register_complaint(refused.id, summary="Contest refuzul")
    assert complaint.entry.register_code == "complaints_544"
    assert complaint.entry.number == 2  # the general sequence
    assert (
        complaint.entry.legal_deadline
        == core.calendar.deadline("544_RECLAMATIE_ANSWER_15", date(2025, 3, 12)).legal_deadline
    )
    answered = core.public_info.answer_complaint(
        complaint.entry.id, outcome="rejected", answered_on=date(2025, 3, 12)
    )
    assert answered.outcome == "rejected" and answered.request_number == "1/10.03.2025"
    case = core.public_info.add_court_case(
        refused.id, court="Tribunalul Argeș", filed_on=date(2025, 3, 12)
    )
    assert (
        core.public_info.update_court_case(
            case.id, outcome="favorable", decided_on=date(2025, 3, 12)
        ).outcome
        == "favorable"
    )
    assert core.public_info.details(refused.id).complaints == (complaint.entry.id,)
    assert verify_audit(core.target).ok


def test_list_rows_from_one_query(core: CicCore, clock: FixedClock) -> None:
    first = core.public_info.register(request(received_on=date(2025, 3, 7)))
    second = core.public_info.register(request(information="Bugetul local", name="Ștefan Pop"))
    core.public_info.annul(second.id, "Înregistrată de două ori")
    clock.advance_to(date(2025, 3, 19))
    rows = core.public_info.list_rows(2025)
    assert [r.number_text for r in rows] == ["1/10.03.2025", "2/10.03.2025"]
    assert rows[0].deadline_state == "due_soon" and rows[0].refusal_passed
    assert rows[0].refusal_deadline == first.refusal_deadline
    assert rows[1].annulled and rows[1].state_label == "anulată" and rows[1].deadline_state is None
    assert "stefan" in rows[1].search_key
