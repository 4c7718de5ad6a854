from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData, OfficialData
from cic_desktop.dto_audiences import AudienceInput, ScheduleInput


def official_id(core: CicCore, role: str) -> int:
    return next(o.id for o in core.settings.officials() if o.role == role)  # type: ignore[misc]


def schedule(core: CicCore, role: str = "mayor", **changes: object) -> ScheduleInput:
    base: dict[str, object] = dict(
        official_id=official_id(core, role),
        weekday=0,
        recurrence="weekly",
        start_time="09:00",
        end_time="10:00",
        slot_minutes=15,
        place="Biroul primarului",
        signup_channels="La CIC, telefonic sau pe e-mail",
        valid_from=date(2026, 11, 1),
    )
    base.update(changes)
    return ScheduleInput(**base)  # type: ignore[arg-type]


def signup(
    core: CicCore, day: date, time: str | None = "09:00", **changes: object
) -> AudienceInput:
    base: dict[str, object] = dict(
        official_id=official_id(core, "mayor"),
        audience_day=day,
        slot_time=time,
        subject="Drumul de pe ulița Morii este impracticabil după ploi",
        name="Vasile Șerban",
        address="Sat Valea Mare nr. 12",
        phone="0722 000 111",
        domain_id=7,
    )
    base.update(changes)
    return AudienceInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def aud_core(configured_core: CicCore) -> CicCore:
    """Mayor on Mondays 09–10 (15-minute slots), secretary every other Wednesday from 02.12.2026."""
    core = configured_core
    core.settings.save_official(OfficialData(role="deputy_mayor", name="Mihai Lazăr"))
    core.settings.save_department(
        DepartmentData(name="Urbanism și amenajarea teritoriului", head_name="Radu Georgescu")
    )
    core.audiences.add_schedule(schedule(core))
    core.audiences.add_schedule(
        schedule(
            core,
            "secretary",
            weekday=2,
            recurrence="biweekly",
            start_time="10:00",
            end_time="12:00",
            slot_minutes=30,
            place="Sala de ședințe",
            valid_from=date(2026, 12, 2),
        )
    )
    return core


def department_id(core: CicCore) -> int:
    return core.settings.departments()[0].id  # type: ignore[return-value]
