"""Section „Persoane”: find a person, see everything registered from them, merge, GDPR export.

Lists and files are read on the worker; the exports are written there too (`ui/tasks.py`).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.domain.text import search_key
from cic_desktop.labels import REGISTER
from cic_desktop.person_file.export_text import answer_text
from cic_desktop.person_file.model import PersonCase, PersonFile, PersonSummary
from ui import bus
from ui.context import AppContext
from ui.models.rows import Column, RowsModel
from ui.views.people.people_view import PeopleView
from ui.widgets import files, messages
from ui.widgets.tables import fit_columns
from ui.windows.people.merge_dialog import MergeDialog, merge_question, people_columns

SEARCH_DELAY_MS = 250
_CARES_ABOUT = frozenset({bus.REGISTRY, bus.PETITIONS, bus.PUBLIC_INFO})


def case_columns() -> tuple[Column[PersonCase], ...]:
    return (
        Column("Registrul", lambda c: c.register_label),
        Column("Nr. și data", lambda c: c.number_text, lambda c: (c.registered_on, c.entry_id)),
        Column("Obiectul", lambda c: " ".join(c.subject.split())),
        Column("Starea", lambda c: c.state_label),
        Column(
            "Termen legal",
            lambda c: fmt(c.legal_deadline) if c.legal_deadline else "",
            lambda c: c.legal_deadline,
        ),
        Column("Răspuns / expediere", answer_text),
    )


def person_text(file: PersonFile) -> str:
    p = file.person
    lines = [f"{p.name} – {file.kind_label} (nr. {p.id} în evidență)"]
    lines += [f"{label}: {value}" for label, value in (
        ("Adresa", p.address), ("E-mail", p.email), ("Telefon", p.phone)
    ) if value]  # fmt: skip
    lines.append(f"Înregistrată în evidență la {fmt(file.created_at.date())}.")
    if file.redirected_from is not None:
        lines.append(
            f"Înregistrarea nr. {file.redirected_from} a fost unită cu aceasta; se arată aceasta."
        )
    return "\n".join(lines)


def merges_text(file: PersonFile) -> str:
    if not file.merges:
        return ""
    parts = [
        f"„{m.name}” (nr. {m.merged_id}, {fmt(m.merged_at.date())}, "
        f"{count_ro(m.cases_moved, 'caz mutat', 'cazuri mutate')})"
        for m in file.merges
    ]
    return "Înregistrări unite cu aceasta: " + "; ".join(parts) + "."


def file_name(name: str, suffix: str) -> str:
    slug = "-".join(search_key(name).split())[:60] or "persoana"
    return f"date-personale-{slug}{suffix}"


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = PeopleView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.people_model: RowsModel[PersonSummary] = RowsModel(people_columns(), parent=self)
        self.view.people.setModel(self.people_model)
        fit_columns(self.view.people, 1)
        self.cases_model: RowsModel[PersonCase] = RowsModel(case_columns(), parent=self)
        self.view.cases.setModel(self.cases_model)
        fit_columns(self.view.cases, 2)
        self.file: PersonFile | None = None
        self.dialog: QDialog | None = None  # the merge dialog open now (tests drive it)
        self.last_export: Path | None = None
        self.loaded = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        view = self.view
        view.search.textChanged.connect(lambda _t: self._timer.start())
        view.search.returnPressed.connect(self.reload)
        view.people.selectionModel().selectionChanged.connect(self._person_chosen)
        view.cases.activated.connect(self._open_case)
        view.merge_button.clicked.connect(self.merge)
        view.pdf_button.clicked.connect(self.export_pdf)
        view.xlsx_button.clicked.connect(self.export_xlsx)
        ctx.bus.changed.connect(self._changed)
        self.reload()

    @property
    def core(self):  # type: ignore[no-untyped-def]
        return self._ctx.core

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT:
            self.reload()

    # -- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.view.search.text()
        core = self.core
        self.view.status.setText("Se caută…")
        self._ctx.tasks.call(
            lambda: core.person_file.search(text),
            on_success=lambda rows: self._show_people(generation, rows),
            on_error=self._failed,
            label="Se caută persoanele…",
            parent=self,
        )

    def _show_people(self, generation: int, rows: list[PersonSummary]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or a newer search already ran
        current = self.file.person.id if self.file else None
        self.people_model.set_rows(rows)
        self.view.count.setText(count_ro(len(rows), "persoană", "persoane"))
        self.view.status.setText("" if rows else "Nicio persoană nu corespunde căutării.")
        ids = [p.id for p in rows]
        if current in ids:
            self.view.people.selectRow(ids.index(current))
        elif rows:
            self.view.people.selectRow(0)
        else:
            self._show_file(None)
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.view.status.setText(f"Datele nu au putut fi citite: {messages.error_text(exc)}")

    def selected(self) -> PersonSummary | None:
        rows = self.view.people.selectionModel().selectedRows()
        return self.people_model.row_at(rows[0].row()) if rows else None

    # -- the file ----------------------------------------------------------------------------

    def _person_chosen(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.load_file(chosen.id)

    def load_file(self, person_id: int) -> None:
        core = self.core
        self._ctx.tasks.call(
            lambda: core.person_file.file(person_id),
            on_success=self._file_loaded,
            on_error=self._failed,
            label="Se citește dosarul persoanei…",
            parent=self,
        )

    def _file_loaded(self, file: PersonFile) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        if chosen is None or chosen.id not in (file.person.id, file.redirected_from):
            return  # the clerk moved on to another person meanwhile
        self._show_file(file)

    def _show_file(self, file: PersonFile | None) -> None:
        self.file = file
        view = self.view
        view.person.setText(person_text(file) if file else "Alegeți o persoană din listă.")
        self.cases_model.set_rows(list(file.cases) if file else [])
        view.merges.setText(merges_text(file) if file else "")
        for button in (view.merge_button, view.pdf_button, view.xlsx_button):
            button.setEnabled(file is not None)

    def _open_case(self, index: QModelIndex) -> None:
        """A case opens in the window of its register, as the agenda's lines do."""
        case = self.cases_model.row_at(index.row())
        window = self.window()
        sections = {s.key for s in getattr(window, "sections", [])}
        page = window.page(case.register) if case.register in sections else None  # type: ignore[attr-defined]
        if page is not None and hasattr(page, "open_details"):
            page.open_details(case.entry_id)
            return
        register = REGISTER.get(case.register, case.register)  # type: ignore[call-overload]
        messages.show_info(
            self,
            f"Cazul nr. {case.number_text} este în „{register}”, care nu are încă o fereastră "
            "de detalii în program. Datele lui apar în exportul GDPR al persoanei.",
        )

    # -- merge -------------------------------------------------------------------------------

    def merge(self) -> QDialog | None:
        kept = self.selected()
        if kept is None or self.file is None:
            return None
        dialog = MergeDialog(kept, self.core.person_file.search, self)
        dialog.accepted.connect(lambda: self._merge_chosen(dialog))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _merge_chosen(self, dialog: MergeDialog) -> None:
        merged = dialog.chosen()
        if merged is None:
            return
        kept, note = dialog.kept, dialog.note.text()
        if not messages.ask_yes_no(self, merge_question(kept, merged), "Unirea a două persoane"):
            return
        core = self.core
        self._ctx.tasks.call(
            lambda: core.person_file.merge(kept.id, merged.id, note),
            on_success=self._merged,
            on_error=lambda exc: messages.show_error(self, messages.error_text(exc)),
            label="Se unesc înregistrările…",
            parent=self,
        )

    def _merged(self, file: PersonFile) -> None:
        if not shiboken6.isValid(self):
            return
        self._show_file(file)
        self.reload()
        # The merged record's cases now point to the kept person: the registers' pages reread.
        self._ctx.bus.announce(bus.PETITIONS, bus.PUBLIC_INFO, bus.AUDIENCES)
        messages.show_info(self, f"Înregistrările au fost unite. {merges_text(file)}")

    # -- GDPR export -------------------------------------------------------------------------

    def export_pdf(self) -> None:
        self._export(".pdf", files.PDF_FILTER)

    def export_xlsx(self) -> None:
        self._export(".xlsx", files.XLSX_FILTER)

    def _export(self, suffix: str, file_filter: str) -> None:
        file = self.file
        if file is None or file.person.id is None:
            return
        path = files.save_path(
            self, "Salvați datele persoanei", file_name(file.person.name, suffix), file_filter
        )
        if path is None:
            return
        person_id, service = file.person.id, self.core.person_file
        write = service.export_pdf if suffix == ".pdf" else service.export_xlsx
        self._ctx.tasks.call(
            lambda: write(person_id, path),
            on_success=self._exported,
            on_error=lambda exc: messages.show_error(self, messages.error_text(exc)),
            label="Se pregătește exportul datelor…",
            parent=self,
        )

    def _exported(self, path: Path) -> None:
        self.last_export = Path(path)
        files.open_file(self.last_export)
        messages.show_info(
            self, f"Datele persoanei au fost salvate (GDPR, art. 15).\n\nFișierul: {path}"
        )
