"""Page „Setări”: what is configured now, and the button that opens the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.labels import OFFICIAL_ROLE, OfficialRole
from ui.context import AppContext
from ui.labels_order import role_rank
from ui.widgets.forms import hint_label


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        outer = QVBoxLayout(self)
        title = QLabel("Setări")
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addWidget(
            hint_label(
                "Datele primăriei, conducerea, compartimentele, personalul și zilele libere."
            )
        )
        self.open_button = QPushButton("Modifică &setările…")
        self.open_button.clicked.connect(self._open_dialog)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_button)
        button_row.addStretch(1)
        outer.addLayout(button_row)
        self.summary = QGroupBox("Pe scurt")
        self.form = QFormLayout(self.summary)
        outer.addWidget(self.summary)
        outer.addStretch(1)
        ctx.bus.changed.connect(lambda _flags: self.refresh())
        self.refresh()

    def _open_dialog(self) -> None:
        window = self.window()
        opener = getattr(window, "open_settings", None)
        if opener is not None:
            opener()

    def refresh(self) -> None:
        settings = self._ctx.core.settings
        data = settings.institution()
        officials = sorted(settings.officials(), key=role_rank)
        staff = settings.staff()
        departments = settings.departments()
        today = self._ctx.core.clock.today()
        days_off = settings.days_off(today.year)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.form.addRow("Instituția:", _value(data.display_name))
        self.form.addRow("Adresa:", _value(data.address))
        self.form.addRow(
            "Telefon, e-mail:", _value(", ".join(v for v in (data.phone, data.email) if v))
        )
        self.form.addRow("Program cu publicul:", _value(data.public_hours))
        leaders = [f"{OFFICIAL_ROLE[OfficialRole(o.role)]}: {o.name}" for o in officials]
        self.form.addRow("Conducerea:", _value("\n".join(leaders)))
        self.form.addRow("Personalul CIC:", _value(", ".join(s.name for s in staff)))
        self.form.addRow("Compartimente active:", _value(str(len(departments))))
        self.form.addRow(f"Zile libere în {today.year}:", _value(str(len(days_off))))
