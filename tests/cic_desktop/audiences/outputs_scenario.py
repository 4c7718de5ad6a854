"""A small real audience year built through `core.audiences`, shared by the output tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData, OfficialData
from cic_desktop.dto_audiences import AudienceInput, OutcomeInput, ScheduleInput

START = date(2026, 11, 2)  # a Monday; the test clock ends on TODAY (27.11.2026)


@dataclass(frozen=True)
class Scenario:
    mayor: int
    secretary: int
    department_id: int
    solved: int
    department: int
    absent: int
    postponed: int
    petition: int
    annulled: int
    walk_in: int
    day: date  # the day with several audiences


def official(core: CicCore, role: str) -> int:
    return next(o.id for o in core.settings.officials() if o.role == role)  # type: ignore[misc]


def build(core: CicCore, clock: FixedClock) -> Scenario:
    """Mayor on Wednesdays 09–12 (20 min), secretary on Thursdays 10–12; sign-ups on 04.11,
    11.11 and 18.11.2026 with every attendance and outcome, one postponed, one annulled."""
    clock.advance_to(START)
    core.settings.save_official(OfficialData(role="deputy_mayor", name="Vasile Munteanu"))
    core.settings.save_department(
        DepartmentData(name="Urbanism și amenajarea teritoriului", head_name="Radu Georgescu")
    )
    mayor, secretary = official(core, "mayor"), official(core, "secretary")
    department_id = core.settings.departments()[0].id
    assert department_id is not None
    domain = core.petitions.domains()[0][0]
    core.audiences.add_schedule(
        ScheduleInput(mayor, 2, "weekly", "09:00", "12:00", 20, place="Biroul primarului",
                      signup_channels="La CIC, telefonic sau pe e-mail, cu cel puțin o zi înainte",
                      valid_from=START)
    )  # fmt: skip
    core.audiences.add_schedule(
        ScheduleInput(secretary, 3, "weekly", "10:00", "12:00", 30, place="Sala de ședințe",
                      valid_from=START)
    )  # fmt: skip

    def sign(day: date, time: str | None, name: str, subject: str, **kw: object) -> int:
        data = AudienceInput(mayor, day, subject, name, slot_time=time, **kw)  # type: ignore[arg-type]
        return core.audiences.sign_up(data).entry.id

    wed = date(2026, 11, 4)
    solved = sign(wed, "09:00", "Ștefan Popescu", "Iluminat public pe strada Morii",
                  address="Sat Valea Mare nr. 3", phone="0722 111 222", domain_id=domain)  # fmt: skip
    dept = sign(wed, "09:20", "Ana-Maria Țîrlea", "Gard ridicat pe domeniul public",
                address="Sat Fântânele nr. 8", email="ana@example.ro",
                previous_number="45/03.11.2026")  # fmt: skip
    absent = sign(wed, "09:40", "Gheorghe Ionescu", "Scutire de impozit pe clădire")
    moved = sign(wed, "10:00", "Ioana Răducanu", "Drum comunal deteriorat după ploi")
    petition = sign(wed, "10:20", "Mihai Șerban", "Reclamă zgomotul de la atelierul vecin")
    annulled = sign(wed, "10:40", "Elena Bălan", "Înscriere dublă")
    core.audiences.annul(annulled, "Înscrisă de două ori din greșeală.")
    core.audiences.postpone(moved, date(2026, 11, 11), "09:00", "primarul este în delegație")
    clock.advance_to(wed)
    walk_in = core.audiences.sign_up(
        AudienceInput(mayor, wed, "Adeverință de rol agricol", "Constantin Dumitru",
                      slot_time="11:40", walk_in=True)
    ).entry.id  # fmt: skip
    for entry_id in (solved, dept, petition, walk_in):
        core.audiences.mark_present(entry_id)
    core.audiences.mark_absent(absent)
    core.audiences.record_outcome(
        solved, OutcomeInput("solved", resolution="Becurile se înlocuiesc săptămâna aceasta.",
                             answer_on=wed, answer_channel="verbal, în audiență")
    )  # fmt: skip
    core.audiences.record_outcome(
        dept, OutcomeInput("department", resolution="Verificare pe teren și notificarea vecinului.",
                           participants="Radu Georgescu, urbanism", department_id=department_id,
                           term=date(2026, 11, 20))
    )  # fmt: skip
    core.audiences.record_outcome(
        walk_in, OutcomeInput("verbal", resolution="Îndrumat la registrul agricol.")
    )
    core.audiences.convert_to_petition(petition, department_id=department_id)
    clock.advance_to(date(2026, 11, 11))
    core.audiences.mark_present(moved)
    clock.advance_to(date(2026, 11, 27))
    return Scenario(mayor, secretary, department_id, solved, dept, absent, moved, petition,
                    annulled, walk_in, wed)  # fmt: skip
