"""Petitions test data: departments with their heads, petitions registered through the core."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData
from cic_desktop.dto_petitions import PetitionDetails, PetitionInput

URBANISM = "Urbanism și amenajarea teritoriului"
TAXES = "Taxe și impozite locale"
HEADS = {URBANISM: "Radu Georgescu", TAXES: "Cristina Matei"}

BASE = PetitionInput(
    subject="Solicit repararea drumului comunal DC 12 din satul Valea Mare, deteriorat după ploi.",
    kind="request",
    channel="registry_desk",
    name="Ștefan Popescu",
    address="Str. Morii nr. 3, sat Valea Mare",
)


def add_departments(core: CicCore) -> dict[str, int]:
    for name, head in HEADS.items():
        core.settings.save_department(DepartmentData(name=name, head_name=head))
    return {d.name: d.id for d in core.settings.departments() if d.id is not None}


def register(core: CicCore, **changes: Any) -> PetitionDetails:
    return core.petitions.register(replace(BASE, **changes))
