"""Registering petitions: number, deadline, snapshot, people, OG 27 proposals, validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PersonData
from cic_desktop.errors import ValidationError
from tests.cic_desktop.petitions.conftest import department_id, petition


def test_registration_gives_number_deadline_and_snapshot(petitions_core: CicCore) -> None:
    core = petitions_core
    urbanism = department_id(core, "Urbanism și amenajarea teritoriului")
    details = core.petitions.register(petition(department_id=urbanism, pages=3, annexes=2))
    assert details.number_text == "1/27.11.2026"
    # OG27_ANSWER_30 from Fri 27.11.2026: D+30 = Sun 27.12 → Mon 28.12; D+31 = Mon 28.12.
    assert details.entry.legal_deadline == date(2026, 12, 28)
    assert details.entry.internal_target == date(2026, 12, 28)
    assert "30 de zile" in details.deadline_explanation
    assert details.entry.correspondent_name == "Ștefan Popescu"  # cedilla typed, comma stored
    assert details.state == "assigned" and details.department_name.startswith("Urbanism")
    assert details.internal_deadline == date(2026, 12, 28)
    assert (details.pages, details.annexes, details.domain_name) == (3, 2, "drumuri")


def test_later_change_of_address_never_rewrites_the_register(petitions_core: CicCore) -> None:
    core = petitions_core
    first = core.petitions.register(petition())
    assert first.person_id is not None
    person = core.people.get(first.person_id)
    core.people.save(replace(person, address="Str. Nouă nr. 9, Pitești"))
    assert core.petitions.details(first.id).petitioner_address == "Sat Valea Mare nr. 5"


def test_the_same_person_is_reused_and_found_without_diacritics(petitions_core: CicCore) -> None:
    core = petitions_core
    a = core.petitions.register(petition())
    b = core.petitions.register(petition(subject="Cer certificat de atestare fiscală"))
    assert a.person_id == b.person_id
    assert [p.name for p in core.people.search("stefan")] == ["Ștefan Popescu"]
    assert [p.name for p in core.people.search("POPES ste")] == ["Ștefan Popescu"]
    assert core.people.search("ion") == []


def test_audience_petition_term_starts_on_the_audience_date(petitions_core: CicCore) -> None:
    core = petitions_core
    details = core.petitions.register(
        petition(channel="audience", audience_date=date(2026, 11, 20))
    )
    assert details.entry.received_on == date(2026, 11, 20)
    assert details.deadline_start == date(2026, 11, 20)
    expected = core.calendar.deadline("OG27_ANSWER_30", date(2026, 11, 20))
    assert details.entry.legal_deadline == expected.legal_deadline == date(2026, 12, 21)


def test_anonymous_petition_is_proposed_for_filing(petitions_core: CicCore) -> None:
    proposals = petitions_core.petitions.suggestions(petition(name="", address=""))
    assert [p.action for p in proposals] == ["file_anonymous"]
    assert "art. 7" in proposals[0].message_ro


def test_repeated_petition_is_proposed_for_joining_then_filing(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    core = petitions_core
    first = core.petitions.register(petition())
    again = petition(subject="Repararea drumului comunal DC 12 din satul Valea Mare, urgent")
    proposals = core.petitions.suggestions(again)
    assert [(p.action, p.related_entry_id) for p in proposals] == [("join", first.id)]
    core.petitions.answer(
        first.id,
        answered_on=date(2026, 11, 27),
        outcome="favorable",
        legal_basis="art. 8 din OG nr. 27/2002",
        signatory_head="Radu Georgescu",
    )
    proposals = core.petitions.suggestions(again)
    assert [(p.action, p.related_number) for p in proposals] == [("file_repeated", "1/27.11.2026")]
    assert core.petitions.suggestions(petition(subject="Altceva: autorizație de construire")) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "x" * 2001}, "subject"),
        ({"subject": "Cerere\x00ascunsă"}, "subject"),
        ({"kind": "plangere"}, "kind"),
        ({"channel": "porumbel"}, "channel"),
        ({"pages": -1}, "pages"),
        ({"received_on": date(2026, 11, 28)}, "received_on"),
        ({"email": "nu-e-email"}, "email"),
        ({"channel": "other_institution"}, "source_institution"),
        ({"channel": "audience"}, "audience_date"),
        ({"person_kind": "extraterestru"}, "person_kind"),
    ],
)
def test_bad_input_is_refused_with_romanian_message_and_nothing_saved(
    petitions_core: CicCore, changes: dict[str, object], field: str
) -> None:
    core = petitions_core
    with pytest.raises(ValidationError) as err:
        core.petitions.register(petition(**changes))
    assert err.value.field == field
    assert (
        err.value.message_ro and not err.value.message_ro.isascii() or " " in err.value.message_ro
    )
    assert core.registry.entries() == []
    assert core.people.search("stefan") == []
    assert core.petitions.register(petition()).entry.number == 1


def test_received_on_may_be_earlier_than_registration(petitions_core: CicCore) -> None:
    details = petitions_core.petitions.register(petition(received_on=date(2026, 11, 21)))
    assert details.entry.received_on == date(2026, 11, 21)
    assert details.entry.registered_on == date(2026, 11, 27)
    assert details.entry.legal_deadline == date(2026, 12, 28)  # counted from registration


def test_public_body_and_person_data(petitions_core: CicCore) -> None:
    saved = petitions_core.people.save(
        PersonData(kind="public_body", name="Instituția Prefectului – Județul Argeș")
    )
    details = petitions_core.petitions.register(
        petition(
            person_id=saved.id,
            person_kind="public_body",
            name=saved.name,
            address="Pitești",
            channel="other_institution",
            source_institution="Instituția Prefectului Argeș",
            source_reference="1234/20.11.2026",
        )
    )
    assert details.petitioner_kind == "public_body"
    assert details.person_id == saved.id


def test_check_validates_without_saving_and_find_by_number(petitions_core: CicCore) -> None:
    core = petitions_core
    with pytest.raises(ValidationError):
        core.petitions.check(petition(subject=""))
    core.petitions.check(petition())
    assert core.registry.entries() == []
    first = core.petitions.register(petition())
    assert core.petitions.find_by_number(2026, 1) == first.id
    assert core.petitions.find_by_number(2026, 2) is None
