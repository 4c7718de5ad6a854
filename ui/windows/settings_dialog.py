"""The settings dialog: eight tabs. The institution's fields are saved together with „Salvează”;
list tabs (conducere, compartimente, personal, zile libere, domenii) save each change at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.widgets import messages
from ui.widgets.buttons import romanian_button_box
from ui.widgets.forms import hint_label
from ui.windows.public_info.tariffs_tab import TAB_TARIFFS, TariffsTab
from ui.windows.settings.audience_schedules_tab import TAB_SCHEDULES, AudienceSchedulesTab
from ui.windows.settings.days_off_tab import DaysOffTab
from ui.windows.settings.domains import DomainsEditor
from ui.windows.settings.institution_form import InstitutionForm
from ui.windows.settings.people import DepartmentsEditor, OfficialsEditor, StaffEditor

# Tabs change with Ctrl+Tab / Ctrl+Shift+Tab; their titles carry no mnemonic so that every
# field of a tab can have its own Alt+letter without clashes.
TAB_INSTITUTION = "Instituție"
TAB_OFFICIALS = "Conducere"
TAB_DEPARTMENTS = "Compartimente"
TAB_STAFF = "Personal CIC"
TAB_RESPONSIBLE = "Responsabili"
TAB_NUMBERING = "Numerotare și termene"
TAB_DAYS_OFF = "Zile libere"
TAB_DOMAINS = "Domenii petiții"


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        core = ctx.core
        self.setWindowTitle("Setări – CIC Desktop")
        self.resize(960, 660)
        self.tabs = QTabWidget()
        self.form = InstitutionForm(core, self.tabs.setCurrentWidget)
        self.officials = OfficialsEditor(core, lambda: ctx.bus.announce(bus.OFFICIALS))
        self.departments = DepartmentsEditor(core, lambda: ctx.bus.announce(bus.DEPARTMENTS))
        self.staff = StaffEditor(core, lambda: ctx.bus.announce(bus.STAFF))
        self.days_off = DaysOffTab(core, lambda: ctx.bus.announce(bus.DAYS_OFF))
        self.domains = DomainsEditor(core, lambda: ctx.bus.announce(bus.PETITION_DOMAINS))
        self.tabs.addTab(self.form.institution_view, TAB_INSTITUTION)
        self.tabs.addTab(self.officials.view, TAB_OFFICIALS)
        self.tabs.addTab(self.departments.view, TAB_DEPARTMENTS)
        self.tabs.addTab(self.staff.view, TAB_STAFF)
        self.tabs.addTab(self.form.responsible_view, TAB_RESPONSIBLE)
        self.tabs.addTab(self.form.numbering_view, TAB_NUMBERING)
        self.tabs.addTab(self.days_off.view, TAB_DAYS_OFF)
        self.tabs.addTab(self.domains.view, TAB_DOMAINS)
        self.tariffs = TariffsTab(core, lambda: ctx.bus.announce(bus.PUBLIC_INFO))
        self.tabs.addTab(self.tariffs.view, TAB_TARIFFS)
        self.schedules = AudienceSchedulesTab(core, lambda: ctx.bus.announce(bus.AUDIENCES))
        self.tabs.addTab(self.schedules.view, TAB_SCHEDULES)

        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
            )
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.setToolTip(
            "Salvează datele din filele Instituție, Responsabili și Numerotare și termene"
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note: QLabel = hint_label(
            "„Salvează” păstrează datele instituției, responsabilii și numerotarea. "
            "Modificările din liste (conducere, compartimente, personal, zile libere, domenii) "
            "se salvează imediat, cu butoanele din fiecare filă. Ctrl+Tab trece la fila următoare."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        self.form.load()
        for editor in (self.officials, self.departments, self.staff, self.domains):
            editor.reload()
        self.days_off.load()
        self.tariffs.load()
        self.schedules.load()

    def save(self) -> bool:
        """Save the institution's fields; on a ValidationError stay open with the field shown."""
        try:
            saved = self.form.save()
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return False
        if saved is None:
            return False
        self._ctx.bus.announce(bus.INSTITUTION)
        self.accept()
        return True

    def reject(self) -> None:
        # QDialog routes Escape and the window's close button here too.
        if self.form.is_dirty() and not messages.ask_yes_no(
            self,
            "Datele instituției au modificări nesalvate. Închideți fără să le salvați?",
            "Modificări nesalvate",
        ):
            return
        super().reject()
