"""The person file: cases from every register, merging two records, search without merged ones."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PersonData
from cic_desktop.errors import ValidationError
from cic_desktop.person_file.merge import case_links
from db.models import AuditEvent, InfoRequest, Person, PersonMerge, Petition, RegistryEntry
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request


@pytest.fixture
def core(configured_core: CicCore, clock: FixedClock) -> CicCore:
    clock.advance_to(date(2026, 1, 15))
    return configured_core


def _person_of_petition(core: CicCore, entry_id: int) -> int:
    with core.read() as session:
        return session.get(Petition, entry_id).person_id  # type: ignore[union-attr, return-value]


def test_file_lists_cases_of_every_register(core: CicCore) -> None:
    first = core.petitions.register(petition(name="Ștefan Popescu", address="Str. Morii 3"))
    person_id = _person_of_petition(core, first.id)
    info = core.public_info.register(request(person_id=person_id, name="Ștefan Popescu"))
    other = core.petitions.register(petition(name="Ana Marin", subject="Iluminat public"))

    file = core.person_file.file(person_id)

    assert file.person.name == "Ștefan Popescu"
    assert file.kind_label == "persoană fizică"
    by_register = {c.register: c for c in file.cases}
    assert set(by_register) == {"petitions", "public_info"}
    pet = by_register["petitions"]
    assert pet.number_text == first.entry.number_text
    assert pet.state_label == "înregistrată"
    assert pet.legal_deadline == first.entry.legal_deadline
    assert pet.subject == first.entry.subject
    assert ("Adresa la înregistrare", "Str. Morii 3") in pet.details
    assert by_register["public_info"].entry_id == info.entry.id
    assert by_register["public_info"].register_label == "Informații publice"
    assert other.id not in {c.entry_id for c in file.cases}


def test_answered_case_shows_outcome_and_dates(core: CicCore, clock: FixedClock) -> None:
    done = core.petitions.register(petition())
    clock.advance_to(date(2026, 1, 20))
    core.petitions.answer(
        done.id,
        answered_on=date(2026, 1, 20),
        outcome="favorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    case = core.person_file.file(_person_of_petition(core, done.id)).cases[0]
    assert case.state_label == "soluționată (favorabil)"
    assert case.answered_on == date(2026, 1, 20)


def test_search_ignores_diacritics_and_counts_cases(core: CicCore) -> None:
    a = core.petitions.register(petition(name="Ștefan Popescu", address="Sat Valea Mare nr. 5"))
    core.petitions.register(petition(name="Ștefan Popescu", address="Sat Valea Mare nr. 5"))
    core.petitions.register(petition(name="Ana Marin"))
    found = core.person_file.search("stefan pop")
    assert [(p.id, p.name, p.case_count) for p in found] == [
        (_person_of_petition(core, a.id), "Ștefan Popescu", 2)
    ]
    assert {p.name for p in core.person_file.search("")} == {"Ștefan Popescu", "Ana Marin"}


def _two_records(core: CicCore) -> tuple[int, int, int, int]:
    """The same man registered twice under two spellings: a petition and a 544 request."""
    pet = core.petitions.register(petition(name="Ștefan Popescu", address="Str. Morii 3"))
    info = core.public_info.register(
        request(name="Stefan Popescu", address="Str. Morii nr. 3", phone="0722 111 222")
    )
    kept = _person_of_petition(core, pet.id)
    with core.read() as session:
        merged = session.get(InfoRequest, info.entry.id).person_id  # type: ignore[union-attr]
    assert kept != merged
    return kept, merged, pet.id, info.entry.id  # type: ignore[return-value]


def test_merge_moves_cases_keeps_record_and_snapshots(core: CicCore) -> None:
    kept, merged, pet_id, info_id = _two_records(core)

    file = core.person_file.merge(kept, merged, "aceeași persoană, verificat la ghișeu")

    assert {c.entry_id for c in file.cases} == {pet_id, info_id}
    with core.read() as session:
        assert session.get(InfoRequest, info_id).person_id == kept  # type: ignore[union-attr]
        old = session.get(Person, merged)
        assert old is not None and old.merged_into_id == kept  # kept, never deleted
        entry = session.get(RegistryEntry, info_id)
        assert entry.correspondent_name == "Stefan Popescu"  # type: ignore[union-attr]
        record = session.scalars(select(PersonMerge)).one()
        assert (record.kept_id, record.merged_id, record.cases_moved) == (kept, merged, 1)
        assert record.merged_name == "Stefan Popescu"
        said = json.loads(record.merged_details)
        assert said["phone"] == "0722 111 222" and said["address"] == "Str. Morii nr. 3"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "person", AuditEvent.entity_id == merged)
        ).all()[-1]
        assert "aceeași persoană" in event.summary and "cazuri mutate: 1" in event.summary
    assert [m.name for m in file.merges] == ["Stefan Popescu"]
    assert file.merges[0].merged_by == "Maria Ionescu"
    assert verify_audit(core.target).ok


def test_merged_record_is_hidden_and_redirects(core: CicCore) -> None:
    kept, merged, _pet, _info = _two_records(core)
    core.person_file.merge(kept, merged)
    assert [p.id for p in core.person_file.search("popescu")] == [kept]
    assert [p.id for p in core.people.search("popescu")] == [kept]
    redirected = core.person_file.file(merged)
    assert redirected.person.id == kept and redirected.redirected_from == merged
    assert len(redirected.cases) == 2


def test_merge_chain_keeps_earlier_merges(core: CicCore) -> None:
    kept, merged, _pet, _info = _two_records(core)
    third = core.people.save(PersonData("natural", "Ștefan Popescu", "Valea Mare")).id
    assert third is not None
    core.person_file.merge(merged, third)  # the third into the second …
    file = core.person_file.merge(kept, merged)  # … then the second into the first
    assert {m.merged_id for m in file.merges} == {merged, third}
    assert core.person_file.file(third).person.id == kept


@pytest.mark.parametrize("case", ["itself", "into_merged", "already_merged", "kinds"])
def test_merge_refusals_change_nothing(core: CicCore, case: str) -> None:
    kept, merged, _pet, info_id = _two_records(core)
    company = core.people.save(PersonData("legal", "SC Popescu SRL", "Str. Morii 3")).id
    if case in {"into_merged", "already_merged"}:
        third = core.people.save(PersonData("natural", "Ștefan Popescu", "Valea Mare")).id
        core.person_file.merge(kept, third)  # type: ignore[arg-type]
        args = (third, merged) if case == "into_merged" else (kept, third)
    else:
        args = {"itself": (kept, kept), "kinds": (kept, company)}[case]
    expected = {
        "itself": "cu ea însăși",
        "into_merged": "alegeți înregistrarea păstrată",
        "already_merged": "a fost deja unită cu altă persoană",
        "kinds": "persoană fizică și o persoană juridică",
    }[case]
    with pytest.raises(ValidationError, match=expected):
        core.person_file.merge(*args)  # type: ignore[arg-type]
    with core.read() as session:
        assert session.get(InfoRequest, info_id).person_id == merged  # type: ignore[union-attr]
        assert session.get(Person, merged).merged_into_id is None  # type: ignore[union-attr]


def test_every_table_pointing_to_a_person_is_re_pointed() -> None:
    names = {table.name for table, _column in case_links()}
    assert {"petition", "info_request", "audience"} <= names
    assert "person" not in names and "person_merge" not in names


def test_new_registration_matching_a_merged_record_goes_to_the_kept_one(core: CicCore) -> None:
    kept, merged, _pet, _info = _two_records(core)
    core.person_file.merge(kept, merged)
    with core.read() as session:
        old = session.get(Person, merged)
        assert old is not None
        name, address = old.name, old.address

    again = core.petitions.register(petition(name=name, address=address, subject="Drum lateral"))

    assert _person_of_petition(core, again.id) == kept
    with core.read() as session:
        kept_row = session.get(Person, kept)
        assert kept_row is not None and kept_row.name == "Ștefan Popescu"  # the kept spelling stays
        assert session.query(Person).count() == 2  # no third record


def test_a_registration_for_a_picked_person_never_erases_what_is_on_file(core: CicCore) -> None:
    first = core.petitions.register(
        petition(name="Ștefan Popescu", address="Str. Morii 3", phone="0722 111 222")
    )
    person_id = _person_of_petition(core, first.id)
    # Picked from the records, the form's address and phone left blank:
    info = core.public_info.register(request(person_id=person_id, name="Ștefan Popescu"))
    with core.read() as session:
        row = session.get(Person, person_id)
        assert row is not None and (row.address, row.phone) == ("Str. Morii 3", "0722 111 222")
        linked = session.get(InfoRequest, info.entry.id)
        assert linked is not None and linked.person_id == person_id


def test_a_registration_for_a_merged_record_goes_to_the_kept_one(core: CicCore) -> None:
    kept, merged, _pet, _info = _two_records(core)
    core.person_file.merge(kept, merged)
    again = core.petitions.register(
        petition(person_id=merged, name="Stefan Popescu", subject="Drum lateral")
    )
    assert _person_of_petition(core, again.id) == kept


def test_merge_chain_keeps_the_audit_chain_whole(core: CicCore) -> None:
    """A record merged earlier is re-pointed to the kept one: that change is audited too."""
    kept, merged, _pet, _info = _two_records(core)
    third = core.people.save(PersonData("natural", "Ștefan Popescu", "Valea Mare")).id
    assert third is not None
    core.person_file.merge(merged, third)
    core.person_file.merge(kept, merged)
    with core.read() as session:
        assert session.get(Person, third).merged_into_id == kept  # type: ignore[union-attr]
    report = verify_audit(core.target)
    assert report.ok, report


def test_a_registration_for_a_merged_record_keeps_the_kept_spelling(core: CicCore) -> None:
    kept, merged, _pet, _info = _two_records(core)
    core.person_file.merge(kept, merged)
    again = core.petitions.register(
        petition(person_id=merged, name="Stefan Popescu", subject="Drum lateral")
    )
    with core.read() as session:
        kept_row = session.get(Person, kept)
        assert kept_row is not None and kept_row.name == "Ștefan Popescu"
        entry = session.get(RegistryEntry, again.id)
        assert entry is not None and entry.correspondent_name == "Stefan Popescu"  # as typed
