"""`cic-desktop demo`: a separate database full of realistic data, never the clerk's own."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from cic_desktop.clock import Clock, FixedClock, SystemClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData, InstitutionData, OfficialData
from cic_desktop.errors import DatabaseError
from cic_desktop.paths import default_data_dir, default_db_path
from db.enums import RegisterCode
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

        counts = {code.value: 0 for code in RegisterCode}
        annulled = 0
        for day in _working_days(core, date(today.year, 1, 5), today):
            fixed.advance_to(datetime(day.year, day.month, day.day, 9, 0))
            core.set_current_user(staff[rng.choice(STAFF)])
            for _ in range(rng.randint(0, 3)):
                if rng.random() < 0.7:
                    register, subject, rule = (
                        RegisterCode.PETITIONS,
                        rng.choice(PETITION_SUBJECTS),
                        "OG27_ANSWER_30",
                    )
                else:
                    register, subject, rule = (
                        RegisterCode.PUBLIC_INFO,
                        rng.choice(INFO_SUBJECTS),
                        "544_ANSWER_10",
                    )
                received = day - timedelta(days=rng.choice([0, 0, 0, 1, 3]))
                entry = core.registry.register(
                    register.value,
                    subject=subject,
                    received_on=received,
                    correspondent_name=rng.choice(NAMES),
                    correspondent_address=f"Sat Valea Mare, nr. {rng.randint(1, 400)}",
                    deadline_rule=rule,
                )
                counts[register.value] += 1
                if rng.random() < 0.01:
                    core.registry.annul(entry.id, "Document înregistrat de două ori din greșeală.")
                    annulled += 1
    location = target.path if target.path is not None else target.describe()
    summary = [
        f"Instituție: {INSTITUTION.display_name}",
        f"Personal CIC: {', '.join(STAFF)}; conducere: {len(OFFICIALS)}; compartimente: {len(DEPARTMENTS)}",
        f"Petiții înregistrate: {counts['petitions']}",
        f"Solicitări de informații de interes public: {counts['public_info']}",
        f"Înregistrări anulate (cu motiv): {annulled}",
    ]
    return location, summary
