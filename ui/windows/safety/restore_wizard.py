"""„Restaurează…”: a four-step wizard. Nothing changes before the clerk has seen what the copy
holds (and what it lacks) and typed RESTAUREAZĂ; then the copy replaces the database on the
worker, the core is closed and reopened on the same file, and the window shows the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from cic_desktop import backup_crypto
from cic_desktop.core import CicCore
from cic_desktop.errors import CicError, ValidationError
from cic_desktop.services.backup import BackupContents, BackupInfo, RestoreResult
from ui.context import AppContext
from ui.tasks import CancelToken, Progress
from ui.views.safety.restore_view import (
    STEP_CHOOSE,
    STEP_CONFIRM,
    STEP_CONTENTS,
    STEP_DONE,
    STEP_TITLES,
    RestoreView,
)
from ui.views.safety.tones import set_tone
from ui.widgets.forms import FieldErrors
from ui.windows.safety import pickers
from ui.windows.safety.texts import (
    count_rows,
    entries_text,
    is_confirm_word,
    kind_text,
    moment_text,
)

# Hands the reopened core to the main window; returns False if no clerk could be set.
Reopen = Callable[[CicCore], bool]


@dataclass(frozen=True)
class RestoreOutcome:
    result: RestoreResult
    core: CicCore | None
    reopen_error: str = ""


def is_encrypted_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return backup_crypto.is_encrypted(handle.read(16))
    except OSError:
        return False


def known_text(info: BackupInfo) -> str:
    locked = "cu parolă" if info.encrypted else "fără parolă"
    entries = entries_text(sum(info.counts.values())) if info.counts else "fără număr știut"
    return f"{moment_text(info.created_at)} – {kind_text(info.kind)} – {locked} – {entries}"


def missing_title(n: int) -> str:
    if not n:
        return "Copia conține toate înregistrările care există acum."
    return (
        f"ATENȚIE: {entries_text(n)} făcute după această copie NU se află în ea. După "
        "restaurare vor lipsi și trebuie înregistrate din nou (cu numere noi):"
    )


def restore_and_reopen(core: CicCore, path: Path, password: str | None) -> RestoreOutcome:
    """On the worker: restore, close the core, reopen the same database (migrating if older)."""
    result = core.backup.restore(path, password)
    core.close()
    try:
        return RestoreOutcome(result, CicCore.open(core.target, clock=core.clock))
    except CicError as err:
        return RestoreOutcome(result, None, err.message_ro)
    except Exception as exc:  # the file is restored; the clerk must learn to restart
        return RestoreOutcome(result, None, f"{type(exc).__name__}: {exc}")


class RestoreWizard(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        reopen: Reopen,
        parent: QWidget | None = None,
        *,
        known: list[BackupInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._reopen = reopen
        self.setWindowTitle("Restaurarea unei copii de siguranță")
        self.view = RestoreView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.contents: BackupContents | None = None
        self.outcome: RestoreOutcome | None = None
        self.running = False
        self.has_user = True
        choose = self.view.choose
        self.errors = FieldErrors()
        self.errors.register("path", choose.path, choose.path_error)
        self.errors.register("password", choose.password, choose.password_error)
        for info in sorted(known or [], key=lambda b: b.created_at, reverse=True):
            item = QListWidgetItem(known_text(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            choose.known.addItem(item)
        choose.known.currentItemChanged.connect(self._known_chosen)
        choose.path.textChanged.connect(self._path_changed)
        choose.browse.clicked.connect(self.browse)
        self.view.back_button.clicked.connect(self.back)
        self.view.next_button.clicked.connect(self.next)
        self.view.restore_button.clicked.connect(self.restore)
        self.view.cancel_button.clicked.connect(self.reject)
        self.view.close_button.clicked.connect(self.accept)
        self.view.confirm.word.textChanged.connect(self._word_changed)
        self.view.confirm.word.returnPressed.connect(self.restore)
        self._path_changed("")
        self.go(STEP_CHOOSE)
        self.resize(760, 560)

    # -- navigation ------------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.view.steps.currentIndex()

    def go(self, step: int) -> None:
        view = self.view
        view.steps.setCurrentIndex(step)
        view.step_title.setText(STEP_TITLES[step])
        view.back_button.setVisible(step in (STEP_CONTENTS, STEP_CONFIRM))
        view.next_button.setVisible(step in (STEP_CHOOSE, STEP_CONTENTS))
        view.restore_button.setVisible(step == STEP_CONFIRM)
        view.cancel_button.setVisible(step != STEP_DONE)
        view.close_button.setVisible(step == STEP_DONE)
        self._set_enabled(True)
        if step == STEP_CHOOSE:
            view.next_button.setDefault(True)
        elif step == STEP_CONTENTS:
            view.next_button.setDefault(True)
            view.next_button.setFocus()
        elif step == STEP_CONFIRM:
            view.confirm.word.clear()
            view.confirm.error.setVisible(False)
            view.confirm.word.setFocus()
            self._word_changed("")
        else:
            view.close_button.setDefault(True)
            view.close_button.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.view.back_button,
            self.view.next_button,
            self.view.cancel_button,
            self.view.close_button,
        ):
            button.setEnabled(enabled)
        self.view.restore_button.setEnabled(
            enabled and is_confirm_word(self.view.confirm.word.text())
        )

    def back(self) -> None:
        if not self.running and self.step in (STEP_CONTENTS, STEP_CONFIRM):
            self.go(self.step - 1)

    def next(self) -> None:
        if self.running:
            return
        if self.step == STEP_CHOOSE:
            self.inspect()
        elif self.step == STEP_CONTENTS:
            self._fill_confirm()
            self.go(STEP_CONFIRM)

    def reject(self) -> None:
        if self.running:
            return  # the copy is being written: the wizard closes when it ends
        if self.step == STEP_DONE:
            self.accept()
            return
        super().reject()

    # -- step 1: the file ------------------------------------------------------------------------

    def _known_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.view.choose.path.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def _path_changed(self, text: str) -> None:
        encrypted = bool(text.strip()) and is_encrypted_file(Path(text.strip()))
        choose = self.view.choose
        choose.password.setEnabled(encrypted)
        choose.password_label.setEnabled(encrypted)
        if not encrypted:
            choose.password.clear()

    def browse(self) -> None:
        current = self.view.choose.path.text().strip()
        start = Path(current).parent if current else self._ctx.core.backup.auto_dir()
        chosen = pickers.choose_backup_file(self, "Alegeți fișierul copiei de siguranță", start)
        if chosen is not None:
            self.view.choose.known.setCurrentItem(None)
            self.view.choose.path.setText(str(chosen))
            if self.view.choose.password.isEnabled():
                self.view.choose.password.setFocus()

    def chosen_path(self) -> Path:
        text = self.view.choose.path.text().strip()
        if not text:
            raise ValidationError("path", "Alegeți copia de siguranță de restaurat.")
        path = Path(text)
        if not path.is_file():
            raise ValidationError("path", f"Fișierul „{path}” nu există.")
        return path

    def password(self) -> str | None:
        field = self.view.choose.password
        return field.text() if field.isEnabled() and field.text() else None

    def inspect(self) -> None:
        self.errors.clear()
        try:
            path = self.chosen_path()
        except ValidationError as err:
            self.errors.show(err)
            return
        core, password = self._ctx.core, self.password()
        self.running = True
        self._set_enabled(False)
        self._ctx.tasks.call(
            lambda: core.backup.inspect(path, password),
            on_success=self._inspected,
            on_error=self._inspect_failed,
            label="Se citește copia de siguranță…",
            parent=self,
        )

    def _inspected(self, contents: BackupContents) -> None:
        self.running = False
        if not shiboken6.isValid(self):
            return
        self.contents = contents
        self._fill_contents(contents)
        self.go(STEP_CONTENTS)

    def _inspect_failed(self, exc: BaseException) -> None:
        self.running = False
        if not shiboken6.isValid(self):
            return
        self._set_enabled(True)
        if isinstance(exc, backup_crypto.WrongPasswordError):
            self.errors.show(ValidationError("password", exc.message_ro))
        elif isinstance(exc, ValidationError) and exc.field == "password":
            self.view.choose.password.setEnabled(True)
            self.errors.show(exc)
        elif isinstance(exc, CicError):
            self.errors.show(ValidationError("path", exc.message_ro))
        else:
            self.errors.show(
                ValidationError(
                    "path", f"Copia nu a putut fi citită ({type(exc).__name__}: {exc})."
                )
            )

    # -- step 2: what the copy holds -------------------------------------------------------------

    def _fill_contents(self, contents: BackupContents) -> None:
        step = self.view.contents
        step.created.setText(f"Copia de siguranță din {moment_text(contents.created_at)}")
        step.file.setText(f"Fișierul: {contents.path}")
        while step.counts.rowCount():
            step.counts.removeRow(0)
        for label, n in count_rows(contents.counts):
            value = QLabel(str(n))
            value.setObjectName("resultValue")
            step.counts.addRow(f"{label}:", value)
        step.missing_title.setText(missing_title(len(contents.missing)))
        set_tone(step.missing_title, "bad" if contents.missing else "ok")
        step.missing.clear()
        step.missing.addItems(list(contents.missing))
        step.missing.setVisible(bool(contents.missing))
        step.filler.setVisible(not contents.missing)
        set_tone(step.missing, "bad" if contents.missing else "")

    # -- step 3: confirm and restore -------------------------------------------------------------

    def _fill_confirm(self) -> None:
        contents = self.contents
        assert contents is not None
        lost = (
            f" {entries_text(len(contents.missing))} făcute după ea vor lipsi după restaurare."
            if contents.missing
            else ""
        )
        self.view.confirm.summary.setText(
            f"Baza de date de acum va fi înlocuită cu copia din "
            f"{moment_text(contents.created_at)}.{lost}"
        )
        set_tone(self.view.confirm.summary, "bad" if contents.missing else "")

    def _word_changed(self, text: str) -> None:
        self.view.restore_button.setEnabled(not self.running and is_confirm_word(text))

    def restore(self) -> None:
        if self.running or self.step != STEP_CONFIRM or self.contents is None:
            return
        confirm = self.view.confirm
        if not is_confirm_word(confirm.word.text()):
            confirm.error.setText("Scrieți cuvântul RESTAUREAZĂ pentru a confirma.")
            confirm.error.setVisible(True)
            return
        main = self.parentWidget()
        if main is not None:
            from ui.windows.safety.reopen import close_other_windows

            if not close_other_windows(main, self):
                confirm.error.setText(
                    "Închideți celelalte ferestre deschise ale programului, apoi încercați din nou."
                )
                confirm.error.setVisible(True)
                return
        core, path, password = self._ctx.core, self.contents.path, self.password()
        self.running = True
        self._set_enabled(False)

        def op(progress: Progress, _cancel: CancelToken) -> RestoreOutcome:
            progress(None, "Se restaurează copia de siguranță…")
            return restore_and_reopen(core, path, password)

        self._ctx.tasks.run(
            op,
            on_success=self._restored,
            on_error=self._restore_failed,
            label="Se restaurează copia de siguranță…",
            parent=self,
        )

    def _restore_failed(self, exc: BaseException) -> None:
        self.running = False
        if not shiboken6.isValid(self):
            return
        self._set_enabled(True)
        text = exc.message_ro if isinstance(exc, CicError) else f"{type(exc).__name__}: {exc}"
        self.view.confirm.error.setText(f"Restaurarea nu a reușit: {text}")
        self.view.confirm.error.setVisible(True)

    def _restored(self, outcome: RestoreOutcome) -> None:
        self.running = False
        self.outcome = outcome
        if outcome.core is not None:
            self.has_user = self._reopen(outcome.core)
        if shiboken6.isValid(self):
            self._fill_done(outcome)
            self.go(STEP_DONE)

    # -- step 4: done ----------------------------------------------------------------------------

    def _fill_done(self, outcome: RestoreOutcome) -> None:
        step = self.view.done
        contents = self.contents
        when = moment_text(contents.created_at) if contents else ""
        if outcome.core is not None:
            step.result.setText(
                f"Copia din {when} a fost restaurată. Programul lucrează acum pe datele restaurate."
            )
            set_tone(step.result, "ok")
        else:
            step.result.setText(
                f"Copia din {when} a fost restaurată, dar baza de date nu a putut fi "
                f"redeschisă: {outcome.reopen_error} Închideți programul și porniți-l din nou."
            )
            set_tone(step.result, "bad")
        step.safety_copy.setText(
            f"Fișierul de dinainte de restaurare a fost păstrat: {outcome.result.safety_copy}"
        )
        gaps = outcome.result.gaps
        if gaps:
            step.gaps_title.setText(
                "Numerele date după copie nu se refolosesc; numerotarea continuă după ele:"
            )
            step.gaps.setPlainText("\n\n".join(gaps))
        else:
            step.gaps_title.setText("Numerotarea continuă fără goluri.")
        step.gaps.setVisible(bool(gaps))
