"""The registry list: filters and sorting in SQL, colour states computed for open cases."""

from __future__ import annotations

from datetime import date

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PetitionQuery
from tests.cic_desktop.petitions.conftest import department_id, petition


def _numbers(core: CicCore, **filters: object) -> list[int]:
    ids = core.petition_list.ids(PetitionQuery(year=2025, **filters))  # type: ignore[arg-type]
    return [row.number for row in core.petition_list.rows(ids)]


def test_filters_and_states(petitions_core: CicCore, clock: FixedClock) -> None:
    core = petitions_core
    urbanism = department_id(core, "Urbanism și amenajarea teritoriului")
    clock.advance_to(date(2025, 3, 3))  # S22-like dates: legal 02.04.2025 for OG 27
    p1 = core.petitions.register(petition(name="Ștefan Popescu", department_id=urbanism))
    p2 = core.petitions.register(
        petition(
            name="Ioana Răducanu",
            kind="complaint",
            subject="Reclamă zgomotul de la barul din centru",
        )
    )
    p3 = core.petitions.register(
        petition(name="Mihai Șerban", subject="Propune un parc", kind="proposal")
    )
    p4 = core.petitions.register(petition(name="Elena Bălan", subject="Cerere de adeverință"))
    core.petitions.annul(p4.id, "Dublură a nr. 3")
    clock.advance_to(date(2025, 3, 10))
    core.petitions.answer(
        p3.id,
        answered_on=date(2025, 3, 10),
        outcome="favorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )

    assert _numbers(core) == [1, 2, 3, 4]
    assert _numbers(core, text="stefan") == [1]
    assert _numbers(core, text="RECLAMA zgom") == [2]
    assert _numbers(core, text="2/03.03") == [2]
    assert _numbers(core, kinds=("complaint",)) == [2]
    assert _numbers(core, states=("answered",)) == [3]
    assert _numbers(core, states=("annulled",)) == [4]
    assert _numbers(core, include_annulled=False) == [1, 2, 3]
    assert _numbers(core, department_ids=(urbanism,)) == [1]
    assert _numbers(core, sort="petitioner") == [4, 2, 3, 1]
    assert _numbers(core, sort="number", descending=True) == [4, 3, 2, 1]

    # Legal deadline of 03.03.2025 + 31 = 03.04.2025 (Thu); internal target 02.04.2025.
    clock.advance_to(date(2025, 3, 31))
    assert _numbers(core, due_soon=True) == [1, 2]
    rows = core.petition_list.rows(core.petition_list.ids(PetitionQuery(year=2025)))
    assert [r.deadline_state for r in rows] == ["due_soon", "due_soon", None, None]
    clock.advance_to(date(2025, 4, 4))
    assert _numbers(core, overdue=True) == [1, 2]
    assert _numbers(core, due_soon=True) == []
    core.petitions.answer(
        p1.id,
        answered_on=date(2025, 4, 4),
        outcome="unfavorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    assert _numbers(core, answered_late=True) == [1]
    rows = core.petition_list.rows([p1.id, p2.id, p4.id])
    assert [r.state_label for r in rows] == ["soluționată", "înregistrată", "anulată"]
    assert rows[0].answered_late and rows[1].deadline_state == "overdue"
    assert core.petition_list.years() == [2025]


def test_a_page_from_sql_equals_the_rows_of_the_same_ids(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    core = petitions_core
    clock.advance_to(date(2025, 3, 3))
    names = ["Ștefan Popescu", "Ioana Răducanu", "Mihai Șerban", "Stefan Ionescu", "Elena Bălan"]
    for name in names:
        core.petitions.register(petition(name=name))
    core.petitions.annul(core.petition_list.ids(PetitionQuery(year=2025))[4], "Dublură a nr. 4")
    queries = [
        PetitionQuery(year=2025),
        PetitionQuery(year=2025, text="stefan"),
        PetitionQuery(year=2025, sort="petitioner", descending=True),
        PetitionQuery(year=2025, states=("registered",), include_annulled=False),
    ]
    for query in queries:
        ids = core.petition_list.ids(query)
        for offset, limit in ((0, 100), (1, 2)):
            expected = core.petition_list.rows(ids[offset : offset + limit])
            assert core.petition_list.page(query, offset, limit) == expected


def test_sort_by_petitioner_follows_the_romanian_alphabet(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    clock.advance_to(date(2025, 3, 3))
    for name in (
        "Zamfir Ion",
        "Țurcanu Ana",
        "Ştefan Mihai",
        "Tudor Dan",
        "Szabo Iosif",
        "Stan Ilie",
    ):
        petitions_core.petitions.register(petition(name=name))
    ids = petitions_core.petition_list.ids(PetitionQuery(year=2025, sort="petitioner"))
    names = [row.petitioner for row in petitions_core.petition_list.rows(ids)]
    # ș after every other s…, ț after every other t…, both before z (not after, as bytes sort).
    # The cedilla form typed is stored with the comma below.
    assert names == [
        "Stan Ilie",
        "Szabo Iosif",
        "Ștefan Mihai",
        "Tudor Dan",
        "Țurcanu Ana",
        "Zamfir Ion",
    ]
