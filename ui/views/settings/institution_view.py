"""Tab „Instituție”: the commune's identity, contacts, public hours and logo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import add_row, error_label, hint_label

LOGO_PREVIEW_SIZE = 96


class InstitutionView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.addWidget(
            hint_label(
                "Aceste date apar în antetul documentelor tipărite "
                "(„Primăria comunei …, județul …”)."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)

        self.commune = QLineEdit()
        self.commune.setPlaceholderText("de exemplu: Bălțătești")
        self.county = QLineEdit()
        self.county.setPlaceholderText("de exemplu: Neamț")
        self.address = QLineEdit()
        self.cif = QLineEdit()
        self.cif.setMaxLength(20)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.public_hours = QPlainTextEdit()
        self.public_hours.setTabChangesFocus(True)
        self.public_hours.setFixedHeight(84)
        self.public_hours.setPlaceholderText(
            "de exemplu:\nLuni–Joi: 8:00–16:00\nVineri: 8:00–14:00"
        )

        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        rows = (
            ("commune", "C&omuna:", self.commune, ""),
            ("county", "&Județul:", self.county, ""),
            ("address", "A&dresa:", self.address, ""),
            ("cif", "&CIF:", self.cif, "Codul de identificare fiscală, de exemplu 2613583."),
            ("phone", "&Telefon:", self.phone, ""),
            ("email", "&E-mail:", self.email, ""),
            ("website", "Pagina de &internet:", self.website, ""),
            ("public_hours", "Program cu p&ublicul:", self.public_hours, ""),
        )
        for field, text, widget, hint in rows:
            self.labels[field], self.errors[field] = add_row(form, text, widget, hint)

        self.logo_preview = QLabel("Fără siglă")
        self.logo_preview.setFixedSize(LOGO_PREVIEW_SIZE, LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton("Alege i&maginea…")
        self.remove_logo = QPushButton("Elimină si&gla")
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_column = QVBoxLayout(logo_box)
        logo_column.setContentsMargins(0, 0, 0, 0)
        logo_column.addLayout(logo_row)
        logo_column.addWidget(hint_label("Opțional: o imagine PNG sau JPG, cel mult 2 MB."))
        self.errors["logo"] = error_label()
        logo_column.addWidget(self.errors["logo"])
        logo_label = QLabel("Sigla:")
        form.addRow(logo_label, logo_box)
        self.labels["logo"] = logo_label
        outer.addStretch(1)
        self.setWidget(body)
