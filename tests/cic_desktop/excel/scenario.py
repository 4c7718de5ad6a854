"""A realistic year 2025 built through the core: every state of SPEC §2.2, and a prefix from March."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import department_id, petition

URBANISM = "Urbanism și amenajarea teritoriului"
TAXES = "Taxe și impozite locale"
PREFECTURE = "Instituția Prefectului Bihor"


def build_year_2025(core: CicCore, clock: FixedClock) -> dict[str, int]:
    """Register and move along 16 petitions; returns their ids by a short name."""
    urbanism, taxes = department_id(core, URBANISM), department_id(core, TAXES)
    p = core.petitions
    ids: dict[str, int] = {}

    def on(day: date) -> None:
        clock.advance_to(day)

    def answer(key: str, day: date, outcome: str) -> None:
        on(day)
        p.answer(ids[key], answered_on=day, outcome=outcome, legal_basis="art. 8 din OG 27/2002")

    on(date(2025, 1, 13))
    ids["answered_sent"] = p.register(petition(department_id=urbanism)).id
    on(date(2025, 1, 15))
    ids["partial"] = p.register(
        petition(
            name="Ioana Răducanu",
            address="Str. Morii nr. 3, Sânmartin",
            email="ioana.raducanu@example.ro",
            kind="complaint",
            channel="email",
            subject="Reclamă depozitarea gunoiului pe malul pârâului",
            domain_id=8,
            department_id=taxes,
        )
    ).id
    on(date(2025, 1, 20))
    ids["anonymous"] = p.register(
        petition(name="", address="", kind="report", channel="post", domain_id=9)
    ).id
    on(date(2025, 1, 21))
    p.file_without_action(ids["anonymous"], "anonymous", filed_on=date(2025, 1, 21))
    on(date(2025, 1, 22))
    ids["forwarded"] = p.register(
        petition(
            name="SC Agro Valea SRL",
            person_kind="legal",
            address="Str. Fabricii nr. 1, Oradea",
            kind="proposal",
            channel="online_form",
            subject="Propune amenajarea unei piețe agroalimentare",
            domain_id=10,
        )
    ).id
    on(date(2025, 1, 24))
    p.forward(ids["forwarded"], PREFECTURE, date(2025, 1, 24))
    p.mark_sent(ids["forwarded"], sent_on=date(2025, 1, 24), channel="post")
    on(date(2025, 1, 27))
    ids["joined"] = p.register(petition(subject="Solicit repararea drumului comunal DC 12")).id
    p.join(ids["joined"], ids["answered_sent"])
    on(date(2025, 2, 3))
    ids["annulled"] = p.register(
        petition(name="Elena Bălan", address="Sat Izvoare nr. 2", subject="Cerere de adeverință")
    ).id
    p.annul(ids["annulled"], "Înregistrată de două ori din greșeală")
    answer("answered_sent", date(2025, 2, 5), "favorable")
    on(date(2025, 2, 6))
    p.mark_sent(
        ids["answered_sent"],
        sent_on=date(2025, 2, 6),
        channel="registered_post",
        registered_mail_no="RO123456789",
    )
    on(date(2025, 2, 10))
    p.extend(ids["partial"], 15, date(2025, 2, 10), "Ion Țurcanu, primar", "Verificare pe teren")
    ids["audience"] = p.register(
        petition(
            name="Mihai Șerban",
            address="Sat Valea Mare nr. 20",
            channel="audience",
            audience_date=date(2025, 2, 10),
            subject="Solicită autorizație pentru o anexă gospodărească",
            domain_id=1,
            department_id=urbanism,
            notes="Ridicată în audiența primarului",
        )
    ).id
    on(date(2025, 2, 12))
    ids["assigned"] = p.register(
        petition(
            name="Consiliul Județean Bihor",
            person_kind="public_body",
            address="Piața Unirii nr. 1, Oradea",
            channel="other_institution",
            source_institution="Consiliul Județean Bihor",
            subject="Transmite sesizarea unui cetățean privind iluminatul public",
            kind="report",
            domain_id=10,
            department_id=urbanism,
        )
    ).id
    on(date(2025, 2, 14))
    ids["repeated"] = p.register(petition()).id
    p.file_without_action(ids["repeated"], "repeated", filed_on=date(2025, 2, 14))
    on(date(2025, 2, 17))
    ids["filed_other"] = p.register(
        petition(name="Vasile Cîrstea", address="Sat Izvoare nr. 7", subject="Cerere de ajutor")
    ).id
    p.file_without_action(ids["filed_other"], "other", "Petentul și-a retras cererea în scris")
    answer("partial", date(2025, 2, 20), "partial")
    on(date(2025, 3, 3))
    institution = core.settings.institution()
    core.settings.save_institution(replace(institution, number_prefix="CIC"))
    ids["registered"] = p.register(
        petition(name="Rodica Pârvu", address="", subject="Cere informații", domain_id=None)
    ).id
    on(date(2025, 3, 4))
    ids["extended"] = p.register(
        petition(name="Maria Tănase", address="Sat Valea Mare nr. 9", department_id=taxes)
    ).id
    on(date(2025, 3, 5))
    ids["late"] = p.register(
        petition(name="Gheorghe Ionescu", address="Str. Lungă nr. 4", department_id=taxes)
    ).id
    on(date(2025, 3, 6))
    ids["joined_prefix"] = p.register(petition(name="Rodica Pârvu", subject="Cere informații")).id
    p.join(ids["joined_prefix"], ids["registered"])
    ids["annulled_notes"] = p.register(
        petition(name="Ana Pop", address="Sat Izvoare nr. 1", notes="Depusă personal")
    ).id
    p.annul(ids["annulled_notes"], "Petentul a depus-o la altă primărie")
    answer("audience", date(2025, 3, 10), "unfavorable")
    on(date(2025, 3, 12))
    p.mark_sent(ids["audience"], sent_on=date(2025, 3, 12), channel="email")
    on(date(2025, 3, 20))
    p.extend(ids["extended"], 10, date(2025, 3, 20), "Ion Țurcanu, primar")
    answer("late", date(2025, 4, 10), "favorable")
    on(date(2025, 4, 11))
    p.mark_sent(ids["late"], sent_on=date(2025, 4, 11), channel="hand")
    return ids
