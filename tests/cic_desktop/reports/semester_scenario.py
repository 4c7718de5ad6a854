"""A hand-worked first semester of 2025, built through the core day by day (see the test's figures).

Legal deadlines (roll(D + 31), Orthodox Easter 20.04.2025, Easter Monday 21.04.2025):
P1 06.02 → 10.03 · P2 10.02 → 13.03, extended 15 days → 28.03 · P5 10.03 → 10.04 ·
P7 20.03 → 22.04 · P8 (audience 07.04) → 08.05 · P10 05.05 → 05.06, extended 10 days → 16.06 ·
P11 02.06 → 03.07 · P13 16.06 → 17.07 · P15 25.06 → 28.07.
"""

from __future__ import annotations

from datetime import date

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import department_id, petition

URBANISM, TAXES, SOCIAL, TAX_DOMAIN, ROADS, WASTE, ORDER, OTHER = 1, 2, 6, 2, 7, 8, 9, 10


def build_semester(core: CicCore, clock: FixedClock) -> dict[str, int]:
    urbanism = department_id(core, "Urbanism și amenajarea teritoriului")
    taxes = department_id(core, "Taxe și impozite locale")
    p = core.petitions
    ids: dict[str, int] = {}

    def on(day: date) -> None:
        clock.advance_to(day)

    def register(key: str, day: date, **changes: object) -> None:
        on(day)
        ids[key] = p.register(petition(**changes)).id

    def answer(name: str, day: date, outcome: str) -> None:
        on(day)
        p.answer(ids[name], answered_on=day, outcome=outcome, legal_basis="art. 8 din OG 27/2002")

    def send(name: str, day: date) -> None:
        on(day)
        p.mark_sent(ids[name], sent_on=day, channel="post")

    register("P0", date(2024, 12, 30), name="Înainte de semestru")
    register("P1", date(2025, 2, 6), department_id=urbanism)
    register(
        "P2",
        date(2025, 2, 10),
        name="Ioana Răducanu",
        kind="complaint",
        channel="email",
        email="ioana@example.ro",
        domain_id=WASTE,
        department_id=taxes,
    )
    register(
        "P3",
        date(2025, 2, 17),
        name="SC Agro Valea SRL",
        person_kind="legal",
        kind="proposal",
        channel="online_form",
        domain_id=OTHER,
    )
    on(date(2025, 2, 19))
    p.forward(ids["P3"], "Instituția Prefectului Bihor", date(2025, 2, 19))
    answer("P1", date(2025, 2, 20), "favorable")
    send("P1", date(2025, 2, 21))
    register(
        "P4", date(2025, 3, 3), name="", address="", kind="report", channel="post", domain_id=ORDER
    )
    on(date(2025, 3, 4))
    p.file_without_action(ids["P4"], "anonymous", filed_on=date(2025, 3, 4))
    on(date(2025, 3, 5))
    p.extend(ids["P2"], 15, date(2025, 3, 5), "Ion Țurcanu, primar", "Verificare pe teren")
    register("P5", date(2025, 3, 10), name="Gheorghe Ionescu", department_id=taxes)
    register("P6", date(2025, 3, 12), name="Gheorghe Ionescu")
    p.join(ids["P6"], ids["P5"])
    register(
        "P7",
        date(2025, 3, 20),
        name="Consiliul Județean Bihor",
        person_kind="public_body",
        kind="report",
        channel="other_institution",
        source_institution="Consiliul Județean Bihor",
        domain_id=OTHER,
        department_id=urbanism,
    )
    answer("P2", date(2025, 3, 20), "partial")
    send("P2", date(2025, 3, 24))
    register(
        "P8",
        date(2025, 4, 7),
        name="Mihai Șerban",
        channel="audience",
        audience_date=date(2025, 4, 7),
        domain_id=URBANISM,
        department_id=urbanism,
    )
    register("P9", date(2025, 4, 14), name="Elena Bălan", domain_id=5)
    p.annul(ids["P9"], "Înregistrată de două ori")
    answer("P5", date(2025, 4, 15), "unfavorable")
    send("P5", date(2025, 4, 16))
    answer("P7", date(2025, 4, 22), "favorable")
    register("P10", date(2025, 5, 5), name="Vasile Cîrstea", domain_id=SOCIAL, department_id=taxes)
    on(date(2025, 5, 30))
    p.extend(ids["P10"], 10, date(2025, 5, 30), "Ion Țurcanu, primar", "Documente suplimentare")
    register(
        "P11",
        date(2025, 6, 2),
        name="Maria Tănase",
        kind="complaint",
        domain_id=TAX_DOMAIN,
        department_id=taxes,
    )
    register("P12", date(2025, 6, 10), name="Rodica Pârvu")
    p.file_without_action(ids["P12"], "repeated", filed_on=date(2025, 6, 10))
    register("P13", date(2025, 6, 16), name="Ana Pop", domain_id=URBANISM, department_id=urbanism)
    register(
        "P14",
        date(2025, 6, 20),
        name="Ion Vasile",
        kind="proposal",
        channel="email",
        email="ion.vasile@example.ro",
        domain_id=OTHER,
    )
    register("P15", date(2025, 6, 25), name="Dan Mihai", department_id=urbanism)
    p.file_without_action(ids["P14"], "other", "Petentul a retras cererea", date(2025, 6, 25))
    answer("P13", date(2025, 6, 27), "favorable")
    send("P13", date(2025, 7, 1))  # dispatched after the as-of date: judged by the answer date
    on(date(2025, 7, 2))
    p.forward(ids["P15"], "Direcția Silvică Bihor", date(2025, 7, 2))  # after: still open
    register("P16", date(2025, 7, 3), name="După semestru")
    on(date(2025, 7, 5))
    p.annul(ids["P11"], "Anulată după sfârșitul semestrului")  # after: still counted, open
    answer("P10", date(2025, 7, 10), "favorable")  # after: still open (and overdue) at 30.06
    on(date(2025, 9, 15))
    return ids
