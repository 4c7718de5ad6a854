"""Tab „Domenii petiții”: the configurable list of petition domains (add, rename, deactivate)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QLineEdit

from cic_desktop.core import CicCore
from ui.models.rows import Column
from ui.windows.settings.list_editor import ListEditor


@dataclass(frozen=True)
class DomainRow:
    name: str
    active: bool = True
    id: int | None = None


class DomainsEditor(ListEditor[DomainRow]):
    intro = (
        "Domeniile în care se încadrează petițiile (urbanism, taxe, drumuri …): apar la "
        "înregistrare, în filtrele registrului și în raportul semestrial. Un domeniu folosit nu "
        "se șterge: se dezactivează și rămâne pe petițiile vechi."
    )
    add_title = "Adăugați un domeniu"

    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        super().__init__(on_changed)
        self.view.show_inactive.setText("Arată și domeniile inacti&ve")

    def columns(self) -> Sequence[Column[DomainRow]]:
        return (
            Column("Domeniul", lambda d: d.name),
            Column("Stare", lambda d: "activ" if d.active else "inactiv"),
        )

    def build_form(self) -> None:
        self.name = QLineEdit()
        self.add_field("name", "Denumi&rea domeniului:", self.name)

    def fill_form(self, item: DomainRow | None) -> None:
        self.name.setText(item.name if item else "")

    def collect(self, current: DomainRow | None) -> DomainRow:
        return replace(current, name=self.name.text()) if current else DomainRow(self.name.text())

    def load_rows(self, include_inactive: bool) -> list[DomainRow]:
        petitions = self._core.petitions
        active = {domain_id for domain_id, _name in petitions.domains()}
        everything = petitions.domains(include_inactive=include_inactive)
        return [DomainRow(name, domain_id in active, domain_id) for domain_id, name in everything]

    def save_row(self, item: DomainRow) -> DomainRow:
        domain_id = self._core.petitions.save_domain(item.name, item.id, item.active)
        return replace(item, id=domain_id)

    def with_active(self, item: DomainRow, active: bool) -> DomainRow:
        return replace(item, active=active)
