"""Settings tab „Tarife copiere”: the copying tariffs in force over time (Legea 544, art. 9), each
with the act that set it; adding one saves at once (a newer act closes the open-ended one)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.core import CicCore
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_public_info import TariffData
from cic_desktop.errors import CicError, ValidationError
from ui.models.rows import Column, RowsModel
from ui.widgets import messages
from ui.widgets.dates import OptionalDateEdit, form_date_edit, from_qdate
from ui.widgets.forms import FieldErrors, add_row, hint_label
from ui.widgets.tables import fit_columns
from ui.windows.action_dialog import line

TAB_TARIFFS = "Tarife copiere"
COLUMNS = (
    Column[TariffData]("Valabil de la", lambda t: fmt(t.valid_from), lambda t: t.valid_from),
    Column[TariffData]("Până la", lambda t: fmt(t.valid_to) if t.valid_to else "în vigoare"),
    Column[TariffData]("Lei pe pagină", lambda t: f"{t.lei_per_page}".replace(".", ",")),
    Column[TariffData]("Actul care îl stabilește", lambda t: t.act_reference),
)


class TariffsTab:
    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        self._on_changed = on_changed
        self.view = QWidget()
        outer = QVBoxLayout(self.view)
        outer.addWidget(
            hint_label(
                "Accesul la informații este gratuit; copiile se plătesc după tariful stabilit prin "
                "dispoziția primarului sau hotărârea consiliului local. Contravaloarea se "
                "calculează cu tariful în vigoare la data predării copiilor."
            )
        )
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.model: RowsModel[TariffData] = RowsModel(COLUMNS)
        self.table.setModel(self.model)
        fit_columns(self.table, 3)
        outer.addWidget(self.table, 1)
        box = QGroupBox("Tarif nou")
        form = QFormLayout(box)
        self.valid_from = form_date_edit(core.clock.today())
        self.valid_to = OptionalDateEdit("valid_to")
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 1000)
        self.price.setDecimals(2)
        self.price.setSuffix(" lei/pagină")
        self.act = line("", "de exemplu: Dispoziția primarului nr. 45/2025")
        self.errors = FieldErrors()
        for field, text, widget in (
            ("valid_from", "&Valabil de la:", self.valid_from),
            ("valid_to", "&Până la:", self.valid_to),
            ("lei_per_page", "&Tarif:", self.price),
            ("act_reference", "A&ctul:", self.act),
        ):
            _label, err = add_row(form, text, widget)
            self.errors.register(field, widget, err)
        self.add_button = QPushButton("A&daugă tariful")
        self.add_button.setAutoDefault(False)
        form.addRow("", self.add_button)
        outer.addWidget(box)
        self.add_button.clicked.connect(self.add)

    def load(self) -> None:
        self.model.set_rows(self._core.public_info.tariffs())

    def add(self) -> bool:
        self.errors.clear()
        try:
            self._core.public_info.add_tariff(
                TariffData(
                    valid_from=from_qdate(self.valid_from.date()),
                    lei_per_page=Decimal(f"{self.price.value():.2f}"),
                    act_reference=self.act.text(),
                    valid_to=self.valid_to.value(),
                )
            )
        except ValidationError as err:
            self.errors.show(err)
            return False
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return False
        self.act.clear()
        self.valid_to.clear()
        self.load()
        self._on_changed()
        return True
