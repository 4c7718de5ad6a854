"""Registration numbers across registers: what one database has that another lacks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.labels import REGISTER
from db.enums import RegisterCode
from db.models import RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


def missing_since(core: CicCore, have: Iterable[tuple[str, int, int]]) -> list[str]:
    """Entries of the current database absent from `have` ((register, year, number) triples)."""
    present = set(have)
    missing = []
    with core.read() as session:
        rows = session.execute(
            select(
                RegistryEntry.register_code,
                RegistryEntry.year,
                RegistryEntry.number,
                RegistryEntry.registered_on,
                RegistryEntry.number_prefix,
            ).order_by(RegistryEntry.registered_on, RegistryEntry.number)
        ).all()
    for register, year, number, registered_on, prefix in rows:
        if (register, year, number) not in present:
            label = REGISTER.get(RegisterCode(register), register)
            missing.append(f"{format_registry_number(number, registered_on, prefix)} ({label})")
    return missing
