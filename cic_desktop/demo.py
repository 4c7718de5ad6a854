"""`cic-desktop demo`: a separate database full of realistic data, never the clerk's own."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from cic_desktop import demo_audiences, demo_public_info
from cic_desktop.clock import Clock, FixedClock, SystemClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData, InstitutionData, OfficialData
from cic_desktop.dto_petitions import PetitionInput
from cic_desktop.errors import DatabaseError
from cic_desktop.paths import default_data_dir, default_db_path
from db.migrate import SchemaState

INSTITUTION = InstitutionData(
    commune="Valea Mare",
    county="Argeș",
    address="Str. Principală nr. 12, comuna Valea Mare, județul Argeș, cod poștal 117800",
    cif="4122334",
    phone="0248 123 456",
    email="primaria@valeamare-ag.ro",
    website="www.valeamare-ag.ro",
    public_hours="Luni–vineri 08:30–16:30; joi 08:30–18:30",
    responsible_544="Maria Ionescu",
    responsible_52="Andrei Pop",
    dpo_contact="Responsabil protecția datelor: Ioana Stan, dpo@valeamare-ag.ro, 0248 123 457",
)
STAFF = ["Maria Ionescu", "Andrei Pop"]
OFFICIALS = [
    OfficialData(role="mayor", name="Ion Țurcanu", term_start=date(2024, 10, 25)),
    OfficialData(role="deputy_mayor", name="Vasile Munteanu", term_start=date(2024, 10, 25)),
    OfficialData(role="secretary", name="Elena Dumitrescu"),
]
DEPARTMENTS = [
    ("Urbanism și amenajarea teritoriului", "Radu Georgescu"),
    ("Taxe și impozite locale", "Cristina Matei"),
    ("Registrul agricol și fond funciar", "Gheorghe Barbu"),
    ("Stare civilă", "Daniela Niță"),
    ("Asistență socială", "Mihaela Dinu"),
    ("Gospodărie comunală, drumuri și salubrizare", "Florin Tudor"),
]
NAMES = [
    "Ștefan Popescu",
    "Ana-Maria Țîrlea",
    "Gheorghe Ionescu",
    "Ioana Răducanu",
    "Mihai Șerban",
    "Elena Bălan",
    "Constantin Dumitru",
    "Florica Stănescu",
    "Vasile Cîrstea",
    "Maria Tănase",
    "SC Agro Valea SRL",
    "Asociația Părinților Valea Mare",
    "Nicolae Drăgulescu",
    "Rodica Pârvu",
]
PETITION_SUBJECTS = [
    "Solicită repararea drumului comunal DC 12 din satul Valea Mare, deteriorat după ploi.",
    "Reclamă depozitarea ilegală de deșeuri la marginea pârâului din str. Morii.",
    "Cere eliberarea unei adeverințe de rol agricol pentru APIA.",
    "Sesizează iluminatul public nefuncțional pe str. Bisericii.",
    "Propune amenajarea unui loc de joacă lângă școala din satul Fântânele.",
    "Solicită scutire de la plata impozitului pe clădiri (veteran de război).",
    "Reclamă câinii fără stăpân din zona stației de autobuz.",
    "Cere lămuriri privind punerea în posesie pentru terenul din tarlaua 14.",
]
INFO_SUBJECTS = [
    "Copie a contractului de salubrizare în vigoare și a anexelor sale.",
    "Bugetul local pe anul în curs, pe capitole și subcapitole.",
    "Lista autorizațiilor de construire emise în ultimele 6 luni.",
    "Numărul de posturi ocupate și vacante din aparatul de specialitate al primarului.",
    "Sumele plătite pentru deszăpezire în iarna trecută.",
]


def _demo_target(target: DbTarget | None, now: datetime) -> DbTarget:
    if target is None:
        folder = default_data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"cic-demo-{now:%Y%m%d-%H%M%S}.sqlite"
        return DbTarget(url=None, path=path)
    if target.path is not None and target.path.resolve() == default_db_path().resolve():
        raise DatabaseError(
            "Comanda demo nu scrie niciodată în baza de date a primăriei. Alegeți alt fișier."
        )
    return target


def _refuse_non_empty(target: DbTarget) -> None:
    from cic_desktop.storage import engine_for, read_status

    if target.path is not None and (not target.path.exists() or target.path.stat().st_size == 0):
        return
    engine = engine_for(
        DbTarget(url=target.url, path=target.path, read_only=target.path is not None)
    )
    try:
        status = read_status(engine, target)
    finally:
        engine.dispose()
    if status.state is not SchemaState.EMPTY:
        raise DatabaseError(
            f"Baza de date „{target.describe()}” nu este goală. Comanda demo creează doar baze de "
            "date noi, ca să nu amestece date demonstrative cu registrele unei primării."
        )


def _working_days(core: CicCore, start: date, end: date) -> list[date]:
    calendar = core.calendar.working_calendar()
    days, day = [], start
    while day <= end:
        if calendar.is_working(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def create_demo_database(
    target: DbTarget | None, *, clock: Clock | None = None, seed: int = 2026
) -> tuple[Path | str, list[str]]:
    """Create and fill a demo database; returns its location and a summary of what was added."""
    real_clock = clock or SystemClock()
    today = real_clock.today()
    target = _demo_target(target, real_clock.now())
    _refuse_non_empty(target)
    rng = random.Random(seed)
    fixed = FixedClock(date(today.year, 1, 5))
    with CicCore.open(target, clock=fixed) as core:
        core.settings.complete_first_run(INSTITUTION, STAFF, OFFICIALS)
        staff = {s.name: s.id for s in core.settings.staff()}
        core.set_current_user(staff["Maria Ionescu"])
        for name, head in DEPARTMENTS:
            core.settings.save_department(DepartmentData(name=name, head_name=head))
        bridge = date(today.year, 12, 24)
        if core.calendar.working_calendar().is_working(bridge):
            core.settings.add_day_off(
                bridge, "zi liberă pentru personalul din sectorul public (exemplu demonstrativ)"
            )

        stats = _fill_petitions(core, fixed, staff, rng, date(today.year, 1, 5), today)
    location = target.path if target.path is not None else target.describe()
    summary = [
        f"Instituție: {INSTITUTION.display_name}",
        f"Personal CIC: {', '.join(STAFF)}; conducere: {len(OFFICIALS)}; "
        f"compartimente: {len(DEPARTMENTS)}",
        f"Petiții înregistrate: {stats['registered']} (soluționate: {stats['answered']}, "
        f"prelungite: {stats['extended']}, redirecționate: {stats['forwarded']}, "
        f"clasate: {stats['filed']}, conexate: {stats['joined']}, anulate: {stats['annulled']})",
        str(stats["info_summary"]),
        str(stats["audiences_summary"]),
    ]
    return location, summary


FORWARD_TARGETS = [
    "Instituția Prefectului – Județul Argeș",
    "Direcția Silvică Argeș",
    "Garda Națională de Mediu – Comisariatul Argeș",
    "Compania de Apă-Canal Argeș",
]


def _fill_petitions(
    core: CicCore,
    clock: FixedClock,
    staff: dict[str, int],
    rng: random.Random,
    first_day: date,
    last_day: date,
) -> dict[str, int]:
    """Walk the year day by day: register petitions and move earlier ones along their workflow."""
    departments = core.settings.departments()
    domains = core.petitions.domains()
    stats = dict.fromkeys(
        ("registered", "answered", "extended", "forwarded", "filed", "joined", "annulled"), 0
    )
    plan: dict[date, list[tuple[str, int]]] = {}
    open_by_person: dict[str, int] = {}
    info = demo_public_info.start(core, first_day)
    audiences = demo_audiences.start(core, first_day, last_day)
    for day in _working_days(core, first_day, last_day):
        clock.advance_to(datetime(day.year, day.month, day.day, 9, 0))
        core.set_current_user(staff[rng.choice(STAFF)])
        for action, entry_id in plan.pop(day, []):
            _act(core, action, entry_id, day, rng, plan, stats)
        demo_public_info.day(core, day, rng, info, lambda d: _next_working(core, d))
        demo_audiences.day(core, day, rng, audiences)
        for _ in range(rng.randint(0, 3)):
            anonymous = rng.random() < 0.03
            name = "" if anonymous else rng.choice(NAMES)
            department = rng.choice(departments)
            data = PetitionInput(
                subject=rng.choice(PETITION_SUBJECTS),
                kind=rng.choice(["request", "request", "complaint", "report", "proposal"]),
                channel=rng.choice(
                    ["registry_desk", "registry_desk", "post", "email", "online_form"]
                ),
                person_kind="legal" if name.startswith(("SC ", "Asociația")) else "natural",
                name=name,
                address="" if anonymous else _home_of(name, rng.randint(1, 400)),
                received_on=day - timedelta(days=rng.choice([0, 0, 0, 1, 3])),
                domain_id=rng.choice(domains)[0],
                pages=rng.randint(1, 6),
                annexes=rng.randint(0, 3),
                department_id=None if anonymous else department.id,
            )
            details = core.petitions.register(data)
            stats["registered"] += 1
            if anonymous:
                _act(core, "file", details.id, day, rng, plan, stats)
                continue
            earlier = open_by_person.get(name)
            if earlier and rng.random() < 0.08:
                # The same petitioner on the same problem: joined if the first is still open,
                # filed under art. 10(2) if it was already answered.
                _act(core, f"join:{earlier}", details.id, day, rng, plan, stats)
                continue
            open_by_person[name] = details.id
            roll = rng.random()
            legal = details.entry.legal_deadline or day
            if roll < 0.04:
                action, when = "forward", day + timedelta(days=rng.randint(1, 6))
            elif roll < 0.12:
                action, when = "extend", legal - timedelta(days=rng.randint(2, 8))
            elif roll < 0.17:
                action, when = "answer", legal + timedelta(days=rng.randint(1, 5))
            elif roll < 0.18:
                _act(core, "annul", details.id, day, rng, plan, stats)
                continue
            else:
                action, when = "answer", day + timedelta(days=rng.randint(3, 28))
            plan.setdefault(_next_working(core, when), []).append((action, details.id))
    stats["info_summary"] = demo_public_info.summary(info)  # type: ignore[assignment]
    stats["audiences_summary"] = demo_audiences.summary(audiences)  # type: ignore[assignment]
    return stats


def _home_of(name: str, draw: int) -> str:
    """One address per petitioner, as in life; about one time in twenty it is written differently
    (a second record of the same person, for the person file's merge)."""
    house = 7 + (NAMES.index(name) * 37) % 380
    if draw <= 20:
        return f"Sat Valea Mare nr. {house}"
    return f"Sat Valea Mare, nr. {house}"


def _next_working(core: CicCore, day: date) -> date:
    return core.calendar.working_calendar().roll(day)


def _act(
    core: CicCore,
    action: str,
    entry_id: int,
    day: date,
    rng: random.Random,
    plan: dict[date, list[tuple[str, int]]],
    stats: dict[str, int],
) -> None:
    petitions = core.petitions
    current = petitions.details(entry_id)
    if current.is_annulled or current.state not in (
        "registered",
        "assigned",
        "extended",
        "answered",
    ):
        return
    if action == "file":
        petitions.file_without_action(entry_id, "anonymous", filed_on=day)
        stats["filed"] += 1
    elif action.startswith("join:"):
        target = int(action.split(":")[1])
        if petitions.details(target).is_open:
            petitions.join(entry_id, target)
            stats["joined"] += 1
        else:
            petitions.file_without_action(entry_id, "repeated", filed_on=day)
            stats["filed"] += 1
    elif action == "forward":
        petitions.forward(entry_id, rng.choice(FORWARD_TARGETS), day)
        stats["forwarded"] += 1
        plan.setdefault(_next_working(core, day + timedelta(days=1)), []).append(("send", entry_id))
    elif action == "extend":
        if current.base_legal_deadline and day <= current.base_legal_deadline:
            petitions.extend(
                entry_id, 15, day, "Ion Țurcanu, primar", "Necesită verificare pe teren."
            )
            stats["extended"] += 1
            answer_day = _next_working(core, day + timedelta(days=rng.randint(3, 12)))
            plan.setdefault(answer_day, []).append(("answer", entry_id))
    elif action == "annul":
        petitions.annul(entry_id, "Document înregistrat de două ori din greșeală.")
        stats["annulled"] += 1
    elif action == "answer":
        petitions.answer(
            entry_id,
            answered_on=day,
            outcome=rng.choice(["favorable", "favorable", "unfavorable", "partial"]),
            legal_basis="art. 8 din OG nr. 27/2002; Legea nr. 215/2001 (Codul administrativ)",
            summary="Răspuns comunicat petentului.",
        )
        stats["answered"] += 1
        plan.setdefault(_next_working(core, day + timedelta(days=1)), []).append(("send", entry_id))
    elif action == "send":
        channel = rng.choice(["post", "registered_post", "email", "hand"])
        mail = f"RR{rng.randint(10**8, 10**9 - 1)}RO" if channel == "registered_post" else ""
        petitions.mark_sent(entry_id, sent_on=day, channel=channel, registered_mail_no=mail)
