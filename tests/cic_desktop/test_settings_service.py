"""Institution settings: validation in Romanian, nothing saved half-way, every change audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData, InstitutionData, OfficialData, StaffData
from cic_desktop.errors import ValidationError
from db.models import AuditEvent


def test_first_run_is_all_or_nothing(core: CicCore) -> None:
    assert not core.settings.is_configured()
    with pytest.raises(ValidationError) as err:
        core.settings.complete_first_run(
            InstitutionData(commune="Sânmartin", county="Bihor"),
            ["Maria Ionescu", "maria ionescu"],
            [OfficialData(role="mayor", name="Ion Țurcanu")],
        )
    assert "de două ori" in err.value.message_ro
    assert core.settings.institution().commune == ""
    assert core.settings.officials() == []
    assert not core.settings.is_configured()


def test_institution_fields_are_normalised_and_audited(configured_core: CicCore) -> None:
    core = configured_core
    saved = core.settings.save_institution(
        InstitutionData(
            commune="  Sânmartin ",
            county="Bihor",
            address="Str. Şcolii nr. 2",
            cif="ro 4122334",
            email="primaria@sanmartin.ro",
            number_prefix="CIC",
        )
    )
    assert saved.address == "Str. Școlii nr. 2"  # cedilla typed, comma-below stored
    assert saved.cif == "RO4122334"
    assert core.settings.institution() == saved
    assert saved.display_name == "Primăria comunei Sânmartin, județul Bihor"
    with core.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "institution")).all()
    assert events[-1].user_name == "Maria Ionescu"
    assert "Sânmartin" in (events[-1].after_json or "")


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"commune": ""}, "commune", "Comuna"),
        ({"county": " "}, "county", "Județul"),
        ({"email": "primaria-at-sanmartin"}, "email", "nu este validă"),
        ({"cif": "12AB"}, "cif", "CIF"),
        ({"number_prefix": "C/1"}, "number_prefix", "cratimă"),
        ({"reminder_lead_days": -1}, "reminder_lead_days", "între 0 și"),
        ({"address": "Str. X\x07"}, "address", "caractere de control"),
        ({"public_hours": "x" * 1001}, "public_hours", "cel mult 1000"),
    ],
)
def test_bad_institution_input_is_refused_and_nothing_saved(
    configured_core: CicCore, change: dict[str, object], field: str, words: str
) -> None:
    core = configured_core
    before = core.settings.institution()
    with pytest.raises(ValidationError) as err:
        core.settings.save_institution(replace(before, **change))  # type: ignore[arg-type]
    assert err.value.field == field
    assert words in err.value.message_ro
    assert core.settings.institution() == before


def test_officials_departments_and_staff(configured_core: CicCore) -> None:
    core = configured_core
    deputy = core.settings.save_official(
        OfficialData(role="deputy_mayor", name="Vasile Munteanu", term_start=date(2024, 10, 25))
    )
    assert deputy.id is not None
    assert core.settings.official_for("deputy_mayor", date(2026, 1, 1)) == deputy
    assert core.settings.official_for("deputy_mayor", date(2020, 1, 1)) is None
    with pytest.raises(ValidationError, match="mandatului"):
        core.settings.save_official(
            OfficialData(
                role="mayor", name="X", term_start=date(2026, 1, 1), term_end=date(2025, 1, 1)
            )
        )
    urbanism = core.settings.save_department(
        DepartmentData(name="Urbanism", head_name="Radu Georgescu")
    )
    with pytest.raises(ValidationError, match="există deja"):
        core.settings.save_department(DepartmentData(name="urbanism"))
    core.settings.save_department(replace(urbanism, active=False))
    assert core.settings.departments() == []
    assert core.settings.departments(include_inactive=True)[0].name == "Urbanism"
    core.settings.save_staff(StaffData(name="Ioana Stan", job_title="consilier"))
    assert [s.name for s in core.settings.staff()] == ["Andrei Pop", "Ioana Stan", "Maria Ionescu"]


def test_days_off_change_the_working_calendar(configured_core: CicCore) -> None:
    """SPEC S12: with 24.12.2025 off, the petition of 24.11.2025 has its target on 29.12.2025."""
    core = configured_core
    before = core.calendar.deadline("OG27_ANSWER_30", date(2025, 11, 24))
    assert before.internal_target == date(2025, 12, 24)
    core.settings.add_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    after = core.calendar.deadline("OG27_ANSWER_30", date(2025, 11, 24))
    assert after.internal_target == date(2025, 12, 29)
    assert after.legal_deadline == date(2025, 12, 29)
    assert "HG nr. 1234/2025" in after.explanation
    with pytest.raises(ValidationError, match="deja zi nelucrătoare"):
        core.settings.add_day_off(date(2025, 12, 25), "Crăciun")
    with pytest.raises(ValidationError, match="weekend"):
        core.settings.add_day_off(date(2025, 12, 27), "sâmbătă")
    with pytest.raises(ValidationError, match="Motivul"):
        core.settings.add_day_off(date(2025, 12, 31), " ")
    core.settings.remove_day_off(date(2025, 12, 24))
    assert core.settings.days_off() == []


def test_officials_are_listed_in_letterhead_order(configured_core: CicCore) -> None:
    core = configured_core
    core.settings.save_official(OfficialData(role="deputy_mayor", name="Aurel Vlaicu"))
    core.settings.save_official(OfficialData(role="other", name="Administrator public"))
    assert [o.role for o in core.settings.officials()] == [
        "mayor",
        "deputy_mayor",
        "secretary",
        "other",
    ]


def test_the_last_active_clerk_cannot_be_deactivated(configured_core: CicCore) -> None:
    core = configured_core
    andrei, maria = core.settings.staff()
    core.settings.save_staff(replace(andrei, active=False))
    with pytest.raises(ValidationError, match="activă"):
        core.settings.save_staff(replace(maria, active=False))
    assert core.settings.is_configured()
