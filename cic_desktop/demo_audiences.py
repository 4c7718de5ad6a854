"""Demo data for audiences: the three officials' programmes and a year of sign-ups walked day by
day with the petitions — attendance, postponements, outcomes, notes to departments, a few
converted to petitions or annulled, and some booked in the coming days."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from cic_desktop.core import CicCore
from cic_desktop.dto_audiences import AudienceInput, OutcomeInput, ScheduleInput

PEOPLE = [
    ("Ștefan Popescu", "Sat Valea Mare, nr. 14", "0722 314 159"),
    ("Ioana Răducanu", "Sat Fântânele, nr. 3", ""),
    ("Gheorghe Ionescu", "Sat Valea Mare, nr. 211", "0744 100 200"),
    ("Florica Stănescu", "Sat Izvoru, nr. 27", ""),
    ("Constantin Dumitru", "Sat Fântânele, nr. 90", "0755 010 203"),
    ("Maria Tănase", "Sat Valea Mare, nr. 56", ""),
    ("Nicolae Drăgulescu", "Sat Izvoru, nr. 4", "0733 222 111"),
    ("Rodica Pârvu", "Sat Valea Mare, nr. 130", ""),
]
PROBLEMS = [  # (the problem, the petitions domain it belongs to)
    ("Cere pietruirea drumului de acces la locuință, impracticabil după ploi.", "drumuri"),
    ("Solicită sprijin pentru obținerea ajutorului de încălzire a locuinței.", "asistență socială"),
    ("Reclamă vecinul care și-a mutat gardul pe terenul său.", "fond funciar"),
    (
        "Întreabă de stadiul cererii de punere în posesie pentru terenul din extravilan.",
        "fond funciar",
    ),
    ("Cere montarea unui stâlp de iluminat public pe ulița Bisericii.", "urbanism"),
    ("Solicită eșalonarea impozitului pe clădiri restant.", "taxe și impozite locale"),
    ("Propune amenajarea unei stații de autobuz acoperite în satul Izvoru.", "urbanism"),
]
RESOLUTIONS = {
    "solved": "Lămurit pe loc; i s-au explicat pașii și documentele necesare.",
    "verbal": "I s-a răspuns verbal; revine cu actele doveditoare.",
    "department": "Compartimentul verifică pe teren și comunică răspunsul în scris.",
}


@dataclass
class AudienceStats:
    signed_up: int = 0
    present: int = 0
    absent: int = 0
    postponed: int = 0
    converted: int = 0
    annulled: int = 0
    officials: list[int] = field(default_factory=list)
    sessions: set[date] = field(default_factory=set)
    domains: dict[str, int] = field(default_factory=dict)  # petitions domain name → id


def start(core: CicCore, first_day: date, last_day: date) -> AudienceStats:
    """The programmes: primar weekly on Wednesday, viceprimar every other Thursday, secretar on
    the first Monday of the month."""
    ids = {o.role: o.id for o in core.settings.officials()}
    mayor, deputy, secretary = ids["mayor"], ids["deputy_mayor"], ids["secretary"]
    channels = "La Centrul de Informare pentru Cetățeni, personal, telefonic sau pe e-mail."
    for data in (
        ScheduleInput(mayor, 2, "weekly", "09:00", "12:00", 20, place="Biroul primarului"),
        ScheduleInput(deputy, 3, "biweekly", "10:00", "12:00", 20, place="Biroul viceprimarului"),
        ScheduleInput(secretary, 0, "monthly", "09:00", "11:00", 20, month_week=1,
                      place="Biroul secretarului general"),
    ):  # fmt: skip
        core.audiences.add_schedule(
            ScheduleInput(**{**data.__dict__, "signup_channels": channels, "valid_from": first_day})
        )
    stats = AudienceStats(officials=[mayor, deputy, secretary])
    stats.domains = {name: domain_id for domain_id, name in core.petitions.domains()}
    horizon = last_day + timedelta(days=21)
    stats.sessions = {s.day for s in core.audiences.session_days(first_day, horizon)}
    return stats


def day(core: CicCore, today: date, rng: random.Random, stats: AudienceStats) -> None:
    """One working day: hold today's audiences, then sign a few people up for the next slots."""
    if today in stats.sessions:
        _hold(core, today, rng, stats)
    for _ in range(rng.choice((0, 0, 0, 0, 1, 1))):
        official = rng.choice(stats.officials)
        slots = core.audiences.free_slots(official, start=today + timedelta(days=1), limit=2)
        if not slots:
            continue
        slot = rng.choice(slots)
        name, address, phone = rng.choice(PEOPLE)
        problem, domain = rng.choice(PROBLEMS)
        details = core.audiences.sign_up(
            AudienceInput(
                official,
                slot.day,
                problem,
                name,
                domain_id=stats.domains.get(domain),
                slot_time=slot.time,
                address=address,
                phone=phone,
                previous_number=f"{rng.randint(10, 400)}/{today:%d.%m.%Y}"
                if rng.random() < 0.2
                else "",
            )
        )
        stats.signed_up += 1
        if rng.random() < 0.03:
            core.audiences.annul(details.entry.id, "Solicitantul a renunțat la audiență.")
            stats.annulled += 1


def _hold(core: CicCore, today: date, rng: random.Random, stats: AudienceStats) -> None:
    departments = core.settings.departments()
    for details in core.audiences.day_list(today):
        entry_id = details.entry.id
        if details.state != "scheduled":
            continue
        roll = rng.random()
        if roll < 0.05 and details.official_id is not None:
            later = core.audiences.free_slots(
                details.official_id, start=today + timedelta(days=1), limit=1
            )
            if later:
                core.audiences.postpone(
                    entry_id, later[0].day, later[0].time, "Primarul participă la o ședință."
                )
                stats.postponed += 1
                continue
        if roll < 0.15:
            core.audiences.mark_absent(entry_id)
            stats.absent += 1
            continue
        core.audiences.mark_present(entry_id)
        stats.present += 1
        kind = rng.choices(["solved", "verbal", "department", "petition"], [35, 25, 25, 15])[0]
        if kind == "petition":
            core.audiences.convert_to_petition(entry_id, department_id=rng.choice(departments).id)
            stats.converted += 1
            continue
        department = rng.choice(departments) if kind == "department" else None
        core.audiences.record_outcome(
            entry_id,
            OutcomeInput(
                kind,
                resolution=RESOLUTIONS[kind],
                department_id=department.id if department else None,
                term=today + timedelta(days=15) if department else None,
                answer_on=today if kind != "department" else None,
                answer_channel="verbal, în audiență" if kind != "department" else "",
            ),
        )


def summary(stats: AudienceStats) -> str:
    return (
        f"Audiențe: {stats.signed_up} înscrieri (prezenți: {stats.present}, neprezentați: "
        f"{stats.absent}, amânate: {stats.postponed}, înregistrate ca petiții: {stats.converted}, "
        f"anulate: {stats.annulled})"
    )
