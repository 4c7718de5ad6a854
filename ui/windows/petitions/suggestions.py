"""Before saving: the core's OG 27 proposals (art. 7 anonymous, art. 10 joined or repeated) and
the clerk's choice — register only, or register and at once file or join as proposed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.dto_petitions import Suggestion
from ui.widgets.buttons import romanian_button_box


@dataclass(frozen=True)
class FollowUp:
    """What to do right after registering: file (reason) or join (target)."""

    action: str  # "file_anonymous" | "join" | "file_repeated"
    related_entry_id: int | None = None
    related_number: str = ""

    @property
    def done_text(self) -> str:
        if self.action == "join":
            return f"Conexată la petiția nr. {self.related_number} (art. 10 alin. (1) din OG nr. 27/2002)."
        if self.action == "file_repeated":
            return (
                f"Clasată ca repetată: petiția nr. {self.related_number} a primit deja răspuns "
                "(art. 10 alin. (2) din OG nr. 27/2002)."
            )
        return "Clasată: petiție anonimă (art. 7 din OG nr. 27/2002)."


def option_text(s: Suggestion) -> str:
    if s.action == "join":
        return f"Înregistrează și &conexează la nr. {s.related_number}"
    if s.action == "file_repeated":
        return f"Înregistrează și clasează ca &repetată (mențiune la nr. {s.related_number})"
    return "Înregistrează și cl&asează (petiție anonimă, art. 7)"


class SuggestionsDialog(QDialog):
    def __init__(self, suggestions: list[Suggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Propuneri potrivit OG nr. 27/2002")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        for suggestion in suggestions:
            label = QLabel(f"• {suggestion.message_ro}")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(QLabel("Ce doriți să faceți?"))
        self.group = QButtonGroup(self)
        self.options: list[tuple[QRadioButton, FollowUp | None]] = []
        seen: set[tuple[str, int | None]] = set()
        for suggestion in suggestions:
            key = (suggestion.action, suggestion.related_entry_id)
            if key in seen:
                continue
            seen.add(key)
            follow = FollowUp(
                suggestion.action, suggestion.related_entry_id, suggestion.related_number
            )
            self._option(layout, option_text(suggestion), follow)
        self._option(layout, "Înregistrează &doar petiția, fără altă acțiune", None)
        self.options[0][0].setChecked(True)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok="Contin&uă",
            Cancel="Înapoi la &formular",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _option(self, layout: QVBoxLayout, text: str, follow: FollowUp | None) -> None:
        radio = QRadioButton(text)
        self.group.addButton(radio)
        layout.addWidget(radio)
        self.options.append((radio, follow))

    def choose(self, index: int) -> None:
        self.options[index][0].setChecked(True)

    def chosen(self) -> FollowUp | None:
        return next((follow for radio, follow in self.options if radio.isChecked()), None)
