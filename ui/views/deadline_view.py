"""Layout of the deadline calculator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import hint_label


def _value_label() -> QLabel:
    label = QLabel()
    label.setObjectName("resultValue")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DeadlineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        title = QLabel("Calculator de termene")
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addWidget(
            hint_label(
                "Alegeți regula și data de la care curge termenul. Se țin seama de sărbătorile "
                "legale și de zilele libere configurate în Setări."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rule = QComboBox()
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule.setMinimumContentsLength(40)
        self.rule.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rule.setMaxVisibleItems(15)
        rule_label = QLabel("&Regula:")
        rule_label.setBuddy(self.rule)
        form.addRow(rule_label, self.rule)
        self.law = QLabel()
        form.addRow("Temeiul legal:", self.law)
        self.start_row = QHBoxLayout()  # the controller puts the date edit here
        self.start_event = QLabel()
        self.start_event.setObjectName("hint")
        self.start_label = QLabel("&Data de început:")
        holder = QWidget()
        holder.setLayout(self.start_row)
        self.start_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.start_label, holder)
        form.addRow("Se socotește de la:", self.start_event)
        outer.addLayout(form)

        results = QGroupBox("Rezultat")
        grid = QFormLayout(results)
        self.legal_caption = QLabel("Termen legal:")
        self.legal_value = _value_label()
        self.target_caption = QLabel("Țintă internă:")
        self.target_value = _value_label()
        grid.addRow(self.legal_caption, self.legal_value)
        grid.addRow(self.target_caption, self.target_value)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addRow(line)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addRow(self.explanation)
        outer.addWidget(results)
        outer.addStretch(1)
