"""Tab „Responsabili”: the people named by Legea 544, Legea 52 and the GDPR."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets.forms import add_row, hint_label


class ResponsibleView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint_label(
                "Persoanele desemnate prin dispoziția primarului; numele lor apar în rapoarte "
                "și în răspunsurile către cetățeni."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        self.responsible_544 = QLineEdit()
        self.responsible_52 = QLineEdit()
        self.dpo_contact = QPlainTextEdit()
        self.dpo_contact.setTabChangesFocus(True)
        self.dpo_contact.setFixedHeight(64)
        self.errors: dict[str, QLabel] = {}
        rows = (
            (
                "responsible_544",
                "Responsabil Legea nr. &544/2001:",
                self.responsible_544,
                "Pentru informațiile de interes public.",
            ),
            (
                "responsible_52",
                "Responsabil Legea nr. 5&2/2003:",
                self.responsible_52,
                "Pentru relația cu societatea civilă (transparența decizională).",
            ),
            (
                "dpo_contact",
                "Responsabil cu &protecția datelor:",
                self.dpo_contact,
                "Nume și date de contact (telefon, e-mail).",
            ),
        )
        for field, text, widget, hint in rows:
            _label, self.errors[field] = add_row(form, text, widget, hint)
        outer.addStretch(1)
