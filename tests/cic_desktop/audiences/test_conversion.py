"""An issue not solved at the audience becomes a petition: OG 27 term from the audience date."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.domain.deadlines import compute_deadline
from cic_desktop.dto_petitions import PetitionInput
from cic_desktop.errors import ValidationError
from db.models import Petition
from db.queries.numbering import last_issued
from tests.cic_desktop.audiences.conftest import department_id, signup

MONDAY = date(2026, 12, 7)


@pytest.fixture
def present(aud_core: CicCore, clock: FixedClock) -> int:
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:15"))
    clock.advance_to(MONDAY)
    aud_core.audiences.mark_present(booked.entry.id)
    return booked.entry.id


def general_last(core: CicCore, year: int) -> int:
    with core.read() as session:
        return last_issued(session, "general", year)[0]


def test_converted_audience_becomes_a_linked_petition_with_the_og27_term(
    aud_core: CicCore, clock: FixedClock, present: int
) -> None:
    core = aud_core
    core.petitions.register(
        PetitionInput(
            subject="Altă petiție", kind="request", channel="registry_desk", name="Ana Pop"
        )
    )
    clock.advance_to(date(2026, 12, 9))  # converted two days after the audience
    before = general_last(core, 2026)
    petition = core.audiences.convert_to_petition(
        present, kind="complaint", department_id=department_id(core)
    )
    assert general_last(core, 2026) == before + 1
    assert petition.entry.number == before + 1
    assert petition.entry.registered_on == date(2026, 12, 9)
    assert petition.entry.received_on == MONDAY
    assert petition.channel == "audience" and petition.kind == "complaint"
    assert petition.deadline_start == MONDAY
    calendar = core.calendar.working_calendar()
    expected = compute_deadline("OG27_ANSWER_30", MONDAY, calendar).legal_deadline
    assert petition.entry.legal_deadline == expected
    # 07.12.2026 + 30 days = Wed 06.01.2027 (Boboteaza); Thu 07.01 (Sf. Ioan) → Fri 08.01.2027.
    assert expected == date(2027, 1, 8)
    assert petition.entry.deadline_rule == "AUDIENCE_PETITION_30"
    assert petition.department_name == "Urbanism și amenajarea teritoriului"
    details = core.audiences.details(present)
    assert petition.person_id == details.person_id
    assert petition.domain_id == details.domain_id
    assert details.petition_entry_id == petition.entry.id
    assert details.petition_number == petition.entry.number_text
    assert (details.outcome, details.outcome_label) == ("petition", "înregistrat ca petiție")
    with core.read() as session:
        row = session.get(Petition, petition.entry.id)
        assert row is not None and row.audience_entry_id == present
    assert any("Înregistrată ca petiția nr." in h.summary for h in details.history)
    assert any("Provine din audiența nr. 1/27.11.2026" in h.summary for h in petition.history)
    assert core.audiences.rows(2026)[0].petition_number == petition.entry.number_text
    # Once: a second conversion, a changed outcome, an annulment are refused.
    with pytest.raises(ValidationError) as err:
        core.audiences.convert_to_petition(present)
    assert "deja" in err.value.message_ro
    assert general_last(core, 2026) == before + 1
    with pytest.raises(ValidationError):
        core.audiences.annul(present, "Înscriere greșită din eroare")


def test_conversion_needs_attendance(aud_core: CicCore, clock: FixedClock) -> None:
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:15"))
    clock.advance_to(MONDAY)
    aud_core.audiences.mark_absent(booked.entry.id)
    before = general_last(aud_core, 2026)
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.convert_to_petition(booked.entry.id)
    assert "prezent" in err.value.message_ro
    assert general_last(aud_core, 2026) == before
    assert aud_core.registry.entries("petitions") == []
