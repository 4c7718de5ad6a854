"""„Cine lucrează acum?”: the clerk picks her name at start; the last one used is preselected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.dto import StaffData
from ui.widgets.buttons import romanian_button_box


class UserPickerDialog(QDialog):
    def __init__(
        self,
        staff: list[StaffData],
        last_id: int | None,
        institution_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cine lucrează acum? – CIC Desktop")
        self.resize(440, 300)
        heading = QLabel("Cine lucrează acum?")
        heading.setObjectName("pageTitle")
        title = QLabel(institution_name)
        title.setWordWrap(True)
        prompt = QLabel("&Alegeți numele dumneavoastră și apăsați Enter:")
        self.list = QListWidget()
        prompt.setBuddy(self.list)
        for person in staff:
            text = f"{person.name} – {person.job_title}" if person.job_title else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        ids = [p.id for p in staff]
        self.list.setCurrentRow(ids.index(last_id) if last_id in ids else 0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok="&Continuă",
            Cancel="&Ieșire",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(title)
        layout.addWidget(prompt)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
