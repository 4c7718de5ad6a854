"""The letters of a 544 request (answer, extension notice, refusal, redirect notice, the answer to
an administrative complaint) and the standard forms (Anexa 4, 5, 6 of the Normele metodologice).

A letter starts from the one kept with the request, else the commune's template filled from the
file; the clerk edits it, keeps it with the file, prints it on letterhead or saves the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.dto_public_info import ComplaintDetails, InfoRequestDetails
from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.widgets import files
from ui.widgets.forms import error_label, hint_label
from ui.windows.letter_editor import LetterEditorBase, error_text, kept_when
from ui.windows.receipt_actions import safe_name

KIND_LABELS = {
    "answer": "Răspuns la solicitare",
    "extension_notice": "Notificare de prelungire a termenului (art. 7 alin. (1))",
    "refusal": "Refuz motivat (art. 7 alin. (2) și art. 12)",
    "redirect_notice": "Informare privind redirecționarea solicitării",
    "reclassify_notice": "Informare privind reîncadrarea ca petiție",
    "complaint_answer": "Răspuns la reclamația administrativă (art. 21)",
}
FILE_NAMES = {
    "answer": "raspuns",
    "extension_notice": "notificare-prelungire",
    "refusal": "refuz",
    "redirect_notice": "redirectionare",
    "reclassify_notice": "reincadrare-petitie",
    "complaint_answer": "raspuns-reclamatie",
}


def allowed_kinds(d: InfoRequestDetails, has_complaints: bool) -> dict[str, str]:
    """Which letters the file's state allows; the value is why a letter is not available."""
    refused = d.state == "refused" or d.refusal_reason is not None
    answered = d.answered_on is not None and not refused and d.redirected_on is None
    why = {
        "answer": "" if answered else "Doar după ce răspunsul a fost consemnat.",
        "extension_notice": ""
        if d.is_open or d.notice_sent_on is not None
        else "Doar cât solicitarea este în lucru sau după trimiterea notificării.",
        "refusal": "" if refused else "Doar după consemnarea refuzului.",
        "redirect_notice": "" if d.redirected_on is not None else "Doar după redirecționare.",
        "reclassify_notice": ""
        if d.reclassified_on is not None
        else "Doar după reîncadrarea ca petiție.",
        "complaint_answer": "" if has_complaints else "Solicitarea nu are reclamații.",
    }
    return why


def default_kind(d: InfoRequestDetails, why: dict[str, str]) -> str:
    preferred = {
        "refused": "refusal",
        "redirected": "redirect_notice",
        "reclassified": "reclassify_notice",
        "extended": "extension_notice",
    }.get(d.state, "answer" if d.answered_on else "extension_notice")
    if not why.get(preferred):
        return preferred
    return next((k for k, reason in why.items() if not reason), "answer")


def complaint_label(c: ComplaintDetails) -> str:
    subject = " ".join(c.entry.subject.split())
    return f"nr. {c.entry.number_text} – {subject[:80]}"


class InfoLetterEditor(LetterEditorBase):
    def __init__(
        self,
        ctx: AppContext,
        details: InfoRequestDetails,
        complaints: list[ComplaintDetails],
        kind: str | None = None,
        complaint_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from cic_desktop.services.letters_544 import Letters544

        super().__init__(ctx, parent)
        self.details = details
        self.complaints = complaints
        self.letters = Letters544(ctx.core)
        self.outputs = ctx.core.public_info_outputs
        self.why = allowed_kinds(details, bool(complaints))
        title = f"Scrisori – solicitarea nr. {details.entry.number_text}"
        layout = self._build_top(title, 840, KIND_LABELS)
        model = self.kind.model()
        for index, code in enumerate(KIND_LABELS):
            if self.why[code] and isinstance(model, QStandardItemModel):
                item = model.item(index)
                item.setEnabled(False)
                item.setToolTip(self.why[code])
        complaint_row = QHBoxLayout()
        self.complaint = QComboBox()
        for c in complaints:
            self.complaint.addItem(complaint_label(c), c.entry.id)
        self.complaint_label = QLabel("&Reclamația:")
        self.complaint_label.setBuddy(self.complaint)
        complaint_row.addWidget(self.complaint_label)
        complaint_row.addWidget(self.complaint, 1)
        layout.addLayout(complaint_row)
        self._build_bottom(
            layout,
            "Salvează cu &dosarul",
            "Păstrează textul scrisorii la dosarul solicitării",
        )

        start = (
            kind if kind in KIND_LABELS and not self.why[kind] else default_kind(details, self.why)
        )
        self.kind.setCurrentIndex(max(0, self.kind.findData(start)))
        if complaint_id is not None:
            self.complaint.setCurrentIndex(max(0, self.complaint.findData(complaint_id)))
        self._current = (self.current_kind(), self.complaint.currentIndex())
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.complaint.currentIndexChanged.connect(self._choice_changed)
        self._connect_buttons()
        self.load()

    def target_id(self) -> int | None:
        """The request, or for the answer to a complaint, the complaint's own entry."""
        if self.current_kind() == "complaint_answer":
            value = self.complaint.currentData()
            return int(value) if value is not None else None
        return self.details.id

    def load(self) -> None:
        kind = self.current_kind()
        is_complaint = kind == "complaint_answer"
        self.complaint.setVisible(is_complaint)
        self.complaint_label.setVisible(is_complaint)
        self.error.setVisible(False)
        available = not self.why[kind]
        target = self.target_id()
        text, status = "", ""
        if available and target is not None:
            try:
                kept = self.outputs.saved_letter(target, kind)
                if kept is not None:
                    text = kept.body
                    status = f"Scrisoarea păstrată la dosar ({kept_when(kept)})."
                else:
                    text = self.letters.draft(target, kind)
                    status = "Ciornă după model, completată din datele dosarului; nesalvată."
            except CicError as err:
                self._show_error(err.message_ro)
        else:
            status = self.why[kind]
        self._set_body(text)
        self.body.setReadOnly(not available)
        for button in (self.save_button, self.print_button, self.pdf_button):
            button.setEnabled(available)
        self.status.setText(status)
        self.dirty = False

    def _choice_changed(self, _index: int) -> None:
        if not self._may_switch():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self._current[0]))
            self.kind.blockSignals(False)
            self.complaint.blockSignals(True)
            self.complaint.setCurrentIndex(self._current[1])
            self.complaint.blockSignals(False)
            return
        self._current = (self.current_kind(), self.complaint.currentIndex())
        self.load()

    def save(self) -> bool:
        self.error.setVisible(False)
        target = self.target_id()
        if target is None:
            return False
        try:
            kept = self.outputs.save_letter(target, self.current_kind(), self.body.toPlainText())
        except CicError as err:
            self._show_error(err.message_ro)
            return False
        self._kept(kept)
        return True

    def print_letter(self, *, open_after: bool) -> None:
        kind, target = self.current_kind(), self.target_id()
        if target is None:
            return
        name = f"{FILE_NAMES[kind]}-{safe_name(self.details.entry.number_text)}.pdf"
        letters = self.letters
        self._print_to_pdf(
            name, open_after, lambda path, body: letters.print_letter(target, kind, path, body)
        )


# -- the standard forms -------------------------------------------------------------------------

FORMS = {
    "anexa4": "Anexa 4 – Solicitare de informații de interes public",
    "anexa5": "Anexa 5 – Reclamație administrativă, după un răspuns negativ",
    "anexa6": "Anexa 6 – Reclamație administrativă, fără răspuns în termen",
}


def form_writer(core: Any, form: str, entry_id: int | None) -> Callable[[Path], Path]:
    """What writes the chosen form: pre-filled from the request, or blank without one."""
    from cic_desktop.render.pdf import forms_544 as f

    def write(path: Path) -> Path:
        if form == "anexa4":
            return f.build_anexa4_pdf(
                path, f.anexa4_from_request(core, entry_id) if entry_id is not None else None
            )
        data = f.complaint_form_from_request(core, entry_id) if entry_id is not None else None
        build = f.build_anexa5_pdf if form == "anexa5" else f.build_anexa6_pdf
        return build(path, data)

    return write


class FormsDialog(QDialog):
    """„Formulare”: the standard forms, filled in from the request (or blank from the list)."""

    def __init__(
        self,
        ctx: AppContext,
        details: InfoRequestDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.details = details
        self.last_pdf: Path | None = None
        number = details.entry.number_text if details is not None else ""
        self.setWindowTitle(
            f"Formulare – solicitarea nr. {number}" if details else "Formulare necompletate"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "Formularele din Normele metodologice (HG nr. 123/2002), completate cu datele "
                "solicitării; câmpurile necunoscute rămân cu puncte, de completat de mână."
                if details
                else "Formularele din Normele metodologice (HG nr. 123/2002), necompletate, "
                "pentru cei care vin la ghișeu."
            )
        )
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for index, (code, label) in enumerate(FORMS.items(), start=4):
            button = QRadioButton(f"&{index}. {label}")
            self.group.addButton(button)
            self.choices[code] = button
            layout.addWidget(button)
        start = "anexa4"
        if details is not None and details.state == "refused":
            start = "anexa5"
        self.choices[start].setChecked(True)
        self.status = hint_label("")
        layout.addWidget(self.status)
        self.error = error_label("formError")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.print_button = QPushButton("&Tipărește")
        self.print_button.setToolTip("Deschide formularul în format PDF, pentru tipărire")
        self.pdf_button = QPushButton("Salvează &PDF…")
        self.close_button = QPushButton("Î&nchide")
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.print_button.clicked.connect(lambda: self.write(open_after=True))
        self.pdf_button.clicked.connect(lambda: self.write(open_after=False))
        self.close_button.clicked.connect(self.reject)
        self.resize(620, self.sizeHint().height())

    def chosen(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())

    def write(self, *, open_after: bool) -> None:
        form = self.chosen()
        suffix = (
            safe_name(self.details.entry.number_text) if self.details is not None else "necompletat"
        )
        name = f"{form}-{suffix}.pdf"
        if open_after:
            path: Path | None = files.temporary_pdf(name)
        else:
            path = files.save_path(self, "Salvați formularul", name, files.PDF_FILTER)
        if path is None:
            return
        write = form_writer(
            self._ctx.core, form, self.details.id if self.details is not None else None
        )
        self.error.setVisible(False)
        target = path
        self._ctx.tasks.call(
            lambda: write(target),
            on_success=lambda written: self._written(Path(written), open_after),
            on_error=lambda exc: self._failed(exc),
            label="Se pregătește formularul…",
            parent=self,
        )

    def _written(self, path: Path, open_after: bool) -> None:
        self.last_pdf = path
        if open_after:
            files.open_file(path)
        if shiboken6.isValid(self):
            self.status.setText(f"PDF creat: {path}")

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
