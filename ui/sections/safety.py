"""Page „Siguranța datelor”: backups (make, list, restore), the audit check, closing years."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from cic_desktop.audit_verify import AuditReport, verify_audit
from cic_desktop.core import CicCore
from cic_desktop.errors import CicError
from cic_desktop.services.backup import BackupInfo
from ui import bus
from ui.context import AppContext
from ui.views.safety.page_view import (
    COL_DATE,
    COL_ENCRYPTED,
    COL_ENTRIES,
    COL_FILE,
    COL_KIND,
    YCOL_ENTRIES,
    YCOL_STATE,
    YCOL_YEAR,
    SafetyView,
)
from ui.views.safety.tones import set_tone
from ui.widgets import files, messages
from ui.windows.safety import BACKUPS, YEARS
from ui.windows.safety.backup_dialog import BackupDialog
from ui.windows.safety.restore_wizard import RestoreWizard
from ui.windows.safety.status import STALE_TEXT
from ui.windows.safety.texts import counts_tooltip, entries_text, kind_text, moment_text
from ui.windows.safety.years import YearDialog, YearRow, state_text, year_rows

SHOWN_BACKUPS = 30
_CARES_ABOUT = frozenset({BACKUPS, YEARS, bus.REGISTRY, bus.PETITIONS})


@dataclass(frozen=True)
class SafetyData:
    backups: list[BackupInfo]  # newest first
    last: BackupInfo | None
    stale: bool
    folder: Path | None
    unavailable: str = ""  # why there are no file backups (a PostgreSQL database)
    years: list[YearRow] = field(default_factory=list)


def gather(core: CicCore) -> SafetyData:
    """Everything the page shows, read on the worker."""
    years = year_rows(core)
    try:
        backups = core.backup.backups()
        return SafetyData(
            backups=sorted(backups, key=lambda b: b.created_at, reverse=True),
            last=core.backup.last_good_backup(),
            stale=core.backup.backup_is_stale(),
            folder=core.backup.auto_dir(),
            years=years,
        )
    except CicError as err:
        return SafetyData([], None, False, None, unavailable=err.message_ro, years=years)


def audit_summary(report: AuditReport) -> str:
    if report.ok:
        return "Jurnalul de audit este intact: lanțul și sigiliile corespund."
    return next((line for line in report.lines() if line.startswith("JURNALUL")), "")


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class SafetyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = SafetyView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.data: SafetyData | None = None
        self.loaded = False
        self.audit_report: AuditReport | None = None
        self.backup_dialog: BackupDialog | None = None
        self.restore_wizard: RestoreWizard | None = None
        self.year_dialog: YearDialog | None = None
        view = self.view
        view.backup_button.clicked.connect(self.open_backup_dialog)
        view.restore_button.clicked.connect(self.open_restore_wizard)
        view.open_folder_button.clicked.connect(self.open_folder)
        view.verify_button.clicked.connect(self.verify_audit)
        view.lock_button.clicked.connect(lambda: self.open_year_dialog(unlocking=False))
        view.unlock_button.clicked.connect(lambda: self.open_year_dialog(unlocking=True))
        view.years.itemSelectionChanged.connect(self._year_selected)
        view.years.itemActivated.connect(lambda _item: self._year_activated())
        ctx.bus.changed.connect(self._changed)
        view.status.setText("Se încarcă…")
        self._year_selected()
        self.refresh()

    # -- data ------------------------------------------------------------------------------------

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT:
            self.refresh()

    def refresh(self) -> None:
        core = self._ctx.core
        self._ctx.tasks.call(
            lambda: gather(core), on_success=self._show, on_error=self._failed, parent=self
        )

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            text = exc.message_ro if isinstance(exc, CicError) else str(exc)
            self.view.status.setText(f"Datele nu au putut fi citite: {text}")

    def _show(self, data: SafetyData) -> None:
        if not shiboken6.isValid(self):
            return
        self.data = data
        self._show_backups(data)
        self._show_years(data.years)
        self.view.status.setText("")
        self.loaded = True

    def _show_backups(self, data: SafetyData) -> None:
        view = self.view
        available = not data.unavailable
        for widget in (view.backup_button, view.restore_button, view.open_folder_button):
            widget.setEnabled(available)
        view.backups.setVisible(available)
        view.backups_title.setVisible(available)
        if not available:
            view.last_backup.setText(data.unavailable)
            view.stale_warning.setVisible(False)
            view.folder.setText("")
            return
        last = data.last
        view.last_backup.setText(
            f"Ultima copie de siguranță bună: {moment_text(last.created_at)} "
            f"({kind_text(last.kind)})"
            if last
            else "Nu există încă nicio copie de siguranță."
        )
        view.stale_warning.setText(
            f"{STALE_TEXT}. Faceți o copie acum, de preferat și pe un stick USB."
            if last
            else "Faceți prima copie de siguranță acum."
        )
        set_tone(view.stale_warning, "warn")
        view.stale_warning.setVisible(data.stale)
        view.folder.setText(f"Copiile automate se păstrează în: {data.folder}")
        table = view.backups
        shown = data.backups[:SHOWN_BACKUPS]
        table.setRowCount(len(shown))
        for row, info in enumerate(shown):
            exists = info.path.exists()
            table.setItem(row, COL_DATE, _item(moment_text(info.created_at)))
            table.setItem(row, COL_KIND, _item(kind_text(info.kind)))
            table.setItem(row, COL_ENCRYPTED, _item("da" if info.encrypted else "nu"))
            entries = entries_text(sum(info.counts.values())) if info.counts else "—"
            table.setItem(row, COL_ENTRIES, _item(entries, counts_tooltip(info.counts)))
            name = str(info.path) if exists else f"{info.path} (fișierul nu mai există)"
            table.setItem(row, COL_FILE, _item(name, str(info.path)))

    def _show_years(self, rows: list[YearRow]) -> None:
        table = self.view.years
        chosen = self.selected_year()
        table.setRowCount(len(rows))
        for row, data in enumerate(rows):
            year_item = _item(str(data.year))
            year_item.setData(Qt.ItemDataRole.UserRole, data.year)
            table.setItem(row, YCOL_YEAR, year_item)
            table.setItem(row, YCOL_ENTRIES, _item(str(data.entries)))
            state = _item(state_text(data))
            if data.locked:
                font = state.font()
                font.setBold(True)
                state.setFont(font)
            table.setItem(row, YCOL_STATE, state)
        years = [r.year for r in rows]
        if chosen in years:
            table.selectRow(years.index(chosen))
        self._year_selected()

    # -- backups ---------------------------------------------------------------------------------

    def open_backup_dialog(self) -> BackupDialog:
        dialog = BackupDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def open_restore_wizard(self) -> RestoreWizard:
        from ui.windows.safety.reopen import reopen_in_window

        main = self.window()
        core = self._ctx.core
        user_id, user_name = core.current_user_id, core.current_user_name

        def reopen(new_core: CicCore) -> bool:
            return reopen_in_window(main, new_core, user_id, user_name)  # type: ignore[arg-type]

        wizard = RestoreWizard(
            self._ctx, reopen, main, known=self.data.backups if self.data else None
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._wizard_finished(wizard, main))
        self.restore_wizard = wizard
        wizard.open()
        return wizard

    @staticmethod
    def _wizard_finished(wizard: RestoreWizard, main: QWidget) -> None:
        outcome = wizard.outcome
        if outcome is not None and (outcome.core is None or not wizard.has_user):
            main.close()  # as at start: no database, or nobody chose who is working

    def open_folder(self) -> None:
        folder = self.data.folder if self.data else None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            messages.show_error(self, f"Dosarul „{folder}” nu poate fi creat: {err.strerror}.")
            return
        if not files.open_file(folder):
            messages.show_info(self, f"Copiile de siguranță se află în dosarul:\n{folder}")

    # -- audit -----------------------------------------------------------------------------------

    def verify_audit(self) -> None:
        target = self._ctx.core.target
        self.view.verify_button.setEnabled(False)
        set_tone(self.view.audit_status, "")
        self.view.audit_status.setText("Se verifică jurnalul de audit…")
        self._ctx.tasks.run(
            lambda _progress, _cancel: verify_audit(target),
            on_success=self._verified,
            on_error=self._verify_failed,
            label="Se verifică jurnalul de audit…",
            parent=self,
        )

    def _verified(self, report: AuditReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.audit_report = report
        self.view.verify_button.setEnabled(True)
        self.view.audit_status.setText(audit_summary(report))
        set_tone(self.view.audit_status, "ok" if report.ok else "bad")
        self.view.audit_lines.setPlainText("\n".join(report.lines()))

    def _verify_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.view.verify_button.setEnabled(True)
        text = exc.message_ro if isinstance(exc, CicError) else f"{type(exc).__name__}: {exc}"
        self.view.audit_status.setText(f"Verificarea nu a putut fi făcută: {text}")
        set_tone(self.view.audit_status, "bad")

    # -- years -----------------------------------------------------------------------------------

    def selected_year(self) -> int | None:
        rows = self.view.years.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.view.years.item(rows[0].row(), YCOL_YEAR)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selected_row(self) -> YearRow | None:
        year = self.selected_year()
        rows = self.data.years if self.data else []
        return next((r for r in rows if r.year == year), None)

    def select_year(self, year: int) -> None:
        table = self.view.years
        for row in range(table.rowCount()):
            item = table.item(row, YCOL_YEAR)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == year:
                table.selectRow(row)
                return

    def _year_selected(self) -> None:
        row = self._selected_row()
        self.view.lock_button.setEnabled(row is not None and not row.locked and not row.current)
        self.view.unlock_button.setEnabled(row is not None and row.locked)

    def _year_activated(self) -> None:
        row = self._selected_row()
        if row is not None and not row.current:
            self.open_year_dialog(unlocking=row.locked)

    def open_year_dialog(self, *, unlocking: bool) -> YearDialog | None:
        year = self.selected_year()
        if year is None:
            return None
        dialog = YearDialog(self._ctx, year, unlocking=unlocking, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.year_dialog = dialog
        dialog.open()
        return dialog
