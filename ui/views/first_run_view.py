"""Layout of the first-run setup: the essentials on one page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import add_row, error_label, hint_label


class FirstRunView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        title = QLabel("Bun venit în CIC Desktop")
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addWidget(
            hint_label(
                "Completați datele de bază ale primăriei și numele persoanelor care lucrează "
                "în Centrul de Informații pentru Cetățeni. Le puteți modifica oricând din "
                "meniul Fișier → Setări."
            )
        )
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 3)

        institution = QGroupBox("Primăria")
        form = QFormLayout(institution)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.commune = QLineEdit()
        self.commune.setPlaceholderText("de exemplu: Bălțătești")
        self.county = QLineEdit()
        self.county.setPlaceholderText("de exemplu: Neamț")
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        for field, text, widget in (
            ("commune", "C&omuna:", self.commune),
            ("county", "&Județul:", self.county),
            ("address", "A&dresa:", self.address),
            ("phone", "&Telefon:", self.phone),
            ("email", "&E-mail:", self.email),
        ):
            _label, self.errors[field] = add_row(form, text, widget)
        left.addWidget(institution)

        leaders = QGroupBox("Conducerea")
        form = QFormLayout(leaders)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.mayor = QLineEdit()
        self.secretary = QLineEdit()
        _l, self.errors["mayor"] = add_row(form, "&Primarul:", self.mayor, "Nume și prenume.")
        _l, self.errors["secretary"] = add_row(
            form, "Se&cretarul general al comunei:", self.secretary, "Nume și prenume."
        )
        left.addWidget(leaders)
        left.addStretch(1)

        staff = QGroupBox("Personalul CIC")
        staff_layout = QVBoxLayout(staff)
        staff_layout.addWidget(
            hint_label("Scrieți numele unei persoane și apăsați Enter. Cel puțin o persoană.")
        )
        entry = QHBoxLayout()
        self.staff_name = QLineEdit()
        self.staff_name.setPlaceholderText("Nume și prenume")
        staff_label = QLabel("&Nume:")
        staff_label.setBuddy(self.staff_name)
        self.add_staff = QPushButton("Adau&gă")
        self.add_staff.setAutoDefault(False)
        entry.addWidget(staff_label)
        entry.addWidget(self.staff_name, 1)
        entry.addWidget(self.add_staff)
        staff_layout.addLayout(entry)
        self.errors["staff"] = error_label()
        staff_layout.addWidget(self.errors["staff"])
        self.staff_list = QListWidget()
        self.staff_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        staff_layout.addWidget(self.staff_list, 1)
        self.remove_staff = QPushButton("E&limină persoana selectată")
        self.remove_staff.setAutoDefault(False)
        staff_layout.addWidget(self.remove_staff)
        columns.addWidget(staff, 2)

        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
