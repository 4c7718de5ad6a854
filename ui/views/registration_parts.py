"""Layout pieces the petition and 544 registration windows share, so both forms read alike: two
columns of titled groups, the person rows, a form row that remembers its label and error line,
the save/cancel bar, and the result page's heading and buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import add_row, error_label, hint_label


def group_form(box: QGroupBox) -> QFormLayout:
    """A form inside a titled group, its fields taking the width the group has."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


class RegistrationFormBase(QWidget):
    """The form page: rows keyed by the core's field names (for validation messages), two
    columns, the person group first and the save/cancel bar last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.columns = QHBoxLayout()
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        self.columns.addLayout(self.left, 1)
        self.columns.addLayout(self.right, 1)

    def _person_group(self, title: str, kind_field: str, kind_label: str) -> QComboBox:
        """The person group in the left column; returns the kind combo (named per register)."""
        person_box = QGroupBox(title)
        person = group_form(person_box)
        self.name = QLineEdit()
        self.name.setPlaceholderText("scrieți câteva litere: apar persoanele din evidență")
        self.linked = hint_label("")
        self.linked.setVisible(False)
        kind = QComboBox()
        self.address = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._row(person, "name", "&Nume și prenume / denumire:", self.name)
        person.addRow("", self.linked)
        self._row(person, kind_field, kind_label, kind)
        self._row(person, "address", "A&dresa:", self.address)
        self._row(person, "email", "&E-mail:", self.email)
        self._row(person, "phone", "Tele&fon:", self.phone)
        self.left.addWidget(person_box)
        return kind

    def _finish(self, save_tooltip: str) -> None:
        """The columns above, the general error line, then the hint and save/cancel buttons."""
        outer = QVBoxLayout(self)
        outer.addLayout(self.columns, 1)
        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label("Ctrl+Enter sau Ctrl+S înregistrează; Esc renunță."), 1)
        self.save_button = QPushButton("Înre&gistrează")
        self.save_button.setToolTip(save_tooltip)
        self.cancel_button = QPushButton("Renunță")
        self.cancel_button.setToolTip("Închide fereastra fără să înregistreze (Esc)")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def _row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label, err = add_row(form, text, widget)
        self.labels[field] = label
        self.errors[field] = err

    def show_row(self, field: str, visible: bool) -> None:
        """Hide or show a form row (the label, the field and its error line)."""
        label = self.labels[field]
        label.setVisible(visible)
        buddy = label.buddy()
        container = buddy.parentWidget() if buddy is not None else None
        if container is not None:
            container.setVisible(visible)


class RegistrationResultBase(QWidget):
    """The result page: heading, number and summary above the register's terms, the actions
    below (print, PDF, e-mail text, a new one, the file card, close)."""

    def __init__(self, heading_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outer = QVBoxLayout(self)
        self.heading = QLabel(heading_text)
        self.heading.setObjectName("sectionTitle")
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = hint_label("")

    def _terms_form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = group_form(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_deadline = QLabel()
        self.legal_deadline.setObjectName("resultValue")
        self.explanation = hint_label("")
        return box, form

    def _finish(self, widgets: tuple[QWidget, ...]) -> None:
        """Stack the given widgets, then the row of action buttons."""
        for widget in widgets:
            self.outer.addWidget(widget)
        self.outer.addStretch(1)
        self.print_button = QPushButton("&Tipărește confirmarea")
        self.print_button.setToolTip("Deschide confirmarea în format PDF, pentru tipărire")
        self.pdf_button = QPushButton("&Salvează PDF…")
        self.copy_button = QPushButton("&Copiază textul pentru e-mail")
        self.new_button = QPushButton("Înregistrare &nouă")
        self.new_button.setToolTip("Ctrl+N")
        self.details_button = QPushButton("Deschide &fișa")
        self.close_button = QPushButton("Închide")
        self.close_button.setToolTip("Esc")
        row = QHBoxLayout()
        for button in (
            self.print_button,
            self.pdf_button,
            self.copy_button,
            self.new_button,
            self.details_button,
        ):
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.outer.addLayout(row)
