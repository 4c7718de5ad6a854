"""First run: the commune, its leaders and the CIC staff, saved together through the core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData, OfficialData
from cic_desktop.errors import CicError, ValidationError
from cic_desktop.labels import OfficialRole
from ui.views.first_run_view import FirstRunView
from ui.widgets import messages
from ui.widgets.buttons import romanian_button_box
from ui.widgets.forms import FieldErrors, on_enter

# The core names an official's fields `name`/`role`; on this page they can only be the mayor's.
_OFFICIAL_FIELDS = {"name": "mayor", "role": "mayor", "title": "mayor", "term_end": "mayor"}


class FirstRunDialog(QDialog):
    def __init__(self, core: CicCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.setWindowTitle("Prima configurare – CIC Desktop")
        self.resize(860, 560)
        self.view = FirstRunView()
        view = self.view
        self.errors = FieldErrors(view.general_error)
        for field, label in view.errors.items():
            widget = view.staff_name if field == "staff" else getattr(view, field)
            self.errors.register(field, widget, label)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            ),
            Save="&Salvează și începe",
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(self.buttons)

        view.add_staff.clicked.connect(self.add_staff_name)
        view.remove_staff.clicked.connect(self.remove_selected_staff)
        # Enter in the name field adds the name; on an empty field it goes on to „Salvează”.
        on_enter(view.staff_name, self._staff_enter)
        view.staff_list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        view.commune.setFocus(Qt.FocusReason.OtherFocusReason)

    def staff_names(self) -> list[str]:
        view = self.view
        return [view.staff_list.item(i).text() for i in range(view.staff_list.count())]

    def _staff_enter(self) -> None:
        if self.view.staff_name.text().strip():
            self.add_staff_name()
        else:
            self.submit()

    def add_staff_name(self) -> None:
        name = " ".join(self.view.staff_name.text().split())
        if not name:
            return
        if name.casefold() in {n.casefold() for n in self.staff_names()}:
            self.errors.show(ValidationError("staff", f"„{name}” este deja în listă."))
            return
        self.errors.clear()
        self.view.staff_list.addItem(name)
        self.view.staff_name.clear()
        self.view.staff_name.setFocus()
        self._update_buttons()

    def remove_selected_staff(self) -> None:
        row = self.view.staff_list.currentRow()
        if row >= 0:
            self.view.staff_list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.view.remove_staff.setEnabled(bool(self.view.staff_list.selectedItems()))

    def collect(self) -> tuple[InstitutionData, list[str], list[OfficialData]]:
        view = self.view
        institution = InstitutionData(
            commune=view.commune.text(),
            county=view.county.text(),
            address=view.address.text(),
            phone=view.phone.text(),
            email=view.email.text(),
        )
        staff = self.staff_names()
        pending = view.staff_name.text().strip()
        if pending and pending.casefold() not in {n.casefold() for n in staff}:
            staff.append(pending)  # typed but Enter not pressed: the clerk clearly meant it
        officials = [
            OfficialData(role=OfficialRole.MAYOR.value, name=view.mayor.text()),
            OfficialData(role=OfficialRole.SECRETARY.value, name=view.secretary.text()),
        ]
        return institution, staff, officials

    def submit(self) -> bool:
        self.errors.clear()
        institution, staff, officials = self.collect()
        try:
            self._core.settings.complete_first_run(institution, staff, officials)
        except ValidationError as err:
            field = _OFFICIAL_FIELDS.get(err.field, err.field)
            if field == "mayor" and not self.view.mayor.text().strip():
                field = "secretary"
            self.errors.show(ValidationError(field, err.message_ro))
            return False
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return False
        self.accept()
        return True
