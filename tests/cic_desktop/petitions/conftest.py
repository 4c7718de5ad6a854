from __future__ import annotations

import pytest

from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData
from cic_desktop.dto_petitions import PetitionInput


@pytest.fixture
def petitions_core(configured_core: CicCore) -> CicCore:
    configured_core.settings.save_department(
        DepartmentData(name="Urbanism și amenajarea teritoriului", head_name="Radu Georgescu")
    )
    configured_core.settings.save_department(
        DepartmentData(name="Taxe și impozite locale", head_name="Cristina Matei")
    )
    return configured_core


def department_id(core: CicCore, name: str) -> int:
    return next(d.id for d in core.settings.departments() if d.name == name)  # type: ignore[misc]


def petition(**changes: object) -> PetitionInput:
    base = dict(
        subject="Solicit repararea drumului comunal DC 12 din satul Valea Mare",
        kind="request",
        channel="registry_desk",
        name="Ştefan Popescu",
        address="Sat Valea Mare nr. 5",
        domain_id=7,
    )
    base.update(changes)
    return PetitionInput(**base)  # type: ignore[arg-type]
