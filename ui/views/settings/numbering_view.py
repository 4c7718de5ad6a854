"""Tab „Numerotare și termene”: the optional code in registration numbers, the reminder lead."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ui.widgets.forms import add_row, hint_label


class NumberingView(QWidget):
    def __init__(self, max_lead_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.number_prefix = QLineEdit()
        self.number_prefix.setMaxLength(10)
        self.number_prefix.setPlaceholderText("de exemplu: CIC (opțional)")
        self.number_prefix.setMaximumWidth(260)
        self.preview = QLabel()
        self.preview.setObjectName("resultValue")
        self.reminder_lead_days = QSpinBox()
        self.reminder_lead_days.setRange(0, max_lead_days)
        self.reminder_lead_days.setSuffix(" zile lucrătoare")
        self.reminder_lead_days.setMaximumWidth(260)
        self.errors: dict[str, QLabel] = {}
        _l, self.errors["number_prefix"] = add_row(
            form,
            "&Cod în numărul de înregistrare:",
            self.number_prefix,
            "Litere fără diacritice, cifre și cratimă. Lăsați gol pentru numere fără cod.",
        )
        form.addRow("Exemplu de număr:", self.preview)
        _l, self.errors["reminder_lead_days"] = add_row(
            form,
            "&Avertizare înainte de termen:",
            self.reminder_lead_days,
            "Cu câte zile lucrătoare înainte de ținta internă vă atrage atenția programul.",
        )
        outer.addWidget(
            hint_label(
                "Numerotarea este unică pe an pentru toate registrele de documente: numerele nu se "
                "refolosesc, iar înregistrările greșite se anulează, nu se șterg."
            )
        )
        outer.addStretch(1)
