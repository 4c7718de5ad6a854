"""The dialogs of the 544 list's toolbar: the annual report (year, as-of date, the self-assessment
answers kept per year, the file type). They collect choices; `outputs.py` runs the work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.errors import CicError, ValidationError
from cic_desktop.reports.report_544 import Report544Answers, labels
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import date_edit, from_qdate, to_qdate
from ui.widgets.forms import error_label, hint_label
from ui.widgets.text import normalize_diacritics

Std = QDialogButtonBox.StandardButton
NOT_ANSWERED = "— fără răspuns —"

# field → (kind of choice in [choices], short label); the template's question is the tooltip
CHOICE_FIELDS: dict[str, tuple[str, str, str]] = {
    "overall": ("rating", "Activitatea instituției a fost:", "intro"),
    "human_resources": ("sufficiency", "Resursele umane:", "part_1.i_1"),
    "material_resources": ("sufficiency", "Resursele materiale:", "part_1.i_2"),
    "collaboration": ("rating", "Colaborarea cu compartimentele:", "part_1.i_3"),
    "visibility_sufficient": ("yes_no", "Afișare suficient de vizibilă:", "part_2.a_2"),
    "extra_datasets": ("yes_no", "Seturi de date suplimentare:", "part_2.a_4"),
    "open_format": ("yes_no", "Publicate în format deschis:", "part_2.a_5"),
    "virtual_library": ("yes_no", "Punct de informare / bibliotecă virtuală:", "b8.library"),
}
TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "published_other": ("Altă modalitate de publicare:", "part_2.a_1"),
    "visibility_solutions": ("Soluții pentru vizibilitate:", "part_2.a_3"),
    "extra_datasets_list": ("Seturile de date suplimentare:", "part_2.a_4_yes"),
    "open_data_measures": ("Măsuri pentru date deschise:", "part_2.a_6"),
    "late_causes": ("Cauzele întârzierilor:", "b4.title"),
    "late_measures": ("Măsuri luate pentru întârzieri:", "b5.title"),
    "operating_costs": ("Costurile de funcționare:", "b8.operating"),
    "improvement_points": ("Puncte de îmbunătățit:", "b8.points"),
    "improvement_measures": ("Măsuri de îmbunătățire:", "b8.measures"),
}
SINGLE_LINE = frozenset({"published_other", "operating_costs"})
GROUPS = (
    ("I. Resurse și proces", ("overall", "human_resources", "material_resources", "collaboration")),
    (
        "II.A. Informații publicate din oficiu",
        (
            "published_where",
            "published_other",
            "visibility_sufficient",
            "visibility_solutions",
            "extra_datasets",
            "extra_datasets_list",
            "open_format",
            "open_data_measures",
        ),
    ),
    ("II.B. Termene depășite (pct. 4 și 5)", ("late_causes", "late_measures")),
    (
        "II.B.8. Costuri și eficiență",
        ("operating_costs", "virtual_library", "improvement_points", "improvement_measures"),
    ),
)


def question(path: str) -> str:
    """The template's own wording of a question (the labels file), for the tooltip."""
    value: Any = labels()
    for part in path.split("."):
        value = value.get(part, "") if isinstance(value, dict) else ""
    return str(value).format(year="…", responsible="…", institution="…") if value else ""


def choices(kind: str) -> list[tuple[str, str]]:
    return [(key, text) for key, text in labels()["choices"][kind]]


def default_as_of(year: int, today: date) -> date:
    return min(date(year, 12, 31), today)


class Report544Dialog(QDialog):
    """„Raport anual 544”: the answers are loaded for the year and saved before the export."""

    def __init__(
        self,
        years: list[int],
        year: int,
        today: date,
        load: Callable[[int], Report544Answers],
        save: Callable[[int, Report544Answers], Report544Answers],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Raportul anual privind aplicarea Legii nr. 544/2001")
        self._today = today
        self._load = load
        self._save = save
        self.saved_answers: Report544Answers | None = None
        self.resize(860, 700)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "Cifrele se calculează din registru la data situației. Răspunsurile de mai jos "
                "(autoevaluarea) se păstrează pentru anul ales și se salvează la crearea raportului."
            )
        )
        top = QHBoxLayout()
        self.year = QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        self.as_of = date_edit(default_as_of(self.chosen_year(), today))
        self.as_of.setMaximumDate(to_qdate(today))
        self.format = QComboBox()
        self.format.addItem("Excel (.xlsx)", "xlsx")
        self.format.addItem("PDF", "pdf")
        for text, widget in (
            ("&Anul:", self.year),
            ("Situația la &data:", self.as_of),
            ("F&ormat:", self.format),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(12)
        top.addStretch(1)
        layout.addLayout(top)

        self.combos: dict[str, QComboBox] = {}
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.published: dict[str, QCheckBox] = {}
        page = QWidget()
        column = QVBoxLayout(page)
        for title, names in GROUPS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name in names:
                self._add(form, name)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        self.error = error_label("formError")
        layout.addWidget(self.error)
        self.buttons = romanian_button_box(
            QDialogButtonBox(Std.Ok | Std.Cancel), Ok="&Creează raportul…", Cancel="Renunță"
        )
        self.ok_button = self.buttons.button(Std.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.show_answers(self._load(self.chosen_year()))

    def _add(self, form: QFormLayout, name: str) -> None:
        if name == "published_where":
            row = QWidget()
            boxes = QVBoxLayout(row)
            boxes.setContentsMargins(0, 0, 0, 0)
            for key, text in choices("published"):
                check = QCheckBox(text.rstrip(":"))
                self.published[key] = check
                boxes.addWidget(check)
            label = QLabel("Informațiile din oficiu au fost afișate:")
            label.setWordWrap(True)
            label.setToolTip(question("part_2.a_1"))
            form.addRow(label, row)
            return
        if name in CHOICE_FIELDS:
            kind, text, tip = CHOICE_FIELDS[name]
            combo = QComboBox()
            combo.addItem(NOT_ANSWERED, "")
            for key, choice in choices(kind):
                combo.addItem(choice, key)
            self.combos[name] = combo
            widget: QWidget = combo
        else:
            text, tip = TEXT_FIELDS[name]
            if name in SINGLE_LINE:
                edit: QLineEdit | QPlainTextEdit = QLineEdit()
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
            normalize_diacritics(edit)
            self.texts[name] = edit
            widget = edit
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(widget)
        hint = question(tip)
        label.setToolTip(hint)
        widget.setToolTip(hint)
        form.addRow(label, widget)

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def chosen_as_of(self) -> date:
        return from_qdate(self.as_of.date())

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _year_changed(self) -> None:
        self.as_of.setDate(to_qdate(default_as_of(self.chosen_year(), self._today)))
        self.show_answers(self._load(self.chosen_year()))

    def show_answers(self, answers: Report544Answers) -> None:
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(answers, name))))
        for key, check in self.published.items():
            check.setChecked(key in answers.published_where)
        for name, edit in self.texts.items():
            value = getattr(answers, name)
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)

    def answers(self) -> Report544Answers:
        values: dict[str, Any] = {}
        for name, combo in self.combos.items():
            values[name] = str(combo.currentData() or "")
        values["published_where"] = tuple(k for k, c in self.published.items() if c.isChecked())
        for name, edit in self.texts.items():
            values[name] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        known = {f.name for f in fields(Report544Answers)}
        return replace(Report544Answers(), **{k: v for k, v in values.items() if k in known})

    def accept(self) -> None:
        """Keep the answers with the year first; a refused answer leaves the dialog open."""
        self.error.setVisible(False)
        try:
            self.saved_answers = self._save(self.chosen_year(), self.answers())
        except ValidationError as err:
            self.error.setText(err.message_ro)
            self.error.setVisible(True)
            return
        except CicError as err:
            self.error.setText(err.message_ro)
            self.error.setVisible(True)
            return
        super().accept()
