"""Running core work off the GUI thread.

A task is a plain function `op(progress, cancel) -> result` following the core's contract
(`cic_desktop.jobs`): `progress(fraction, message)` reports how far it got (0..1; None shows a busy
bar) and `cancel.cancelled` tells it to stop. The runner executes it on one worker thread (database
work is serialized), then calls `on_success(result)` or `on_error(exception)` on the GUI thread.
A progress dialog appears only if the work takes longer than `dialog_delay_ms` and always closes
when the work ends, on error too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cic_desktop.jobs import Cancelled, CancelToken, Progress

__all__ = ["CancelToken", "Cancelled", "Progress", "Task", "TaskRunner"]

log = logging.getLogger(__name__)

DEFAULT_DIALOG_DELAY_MS = 600
_SCALE = 1000  # QProgressDialog works with ints: fractions are shown in thousandths


Operation = Callable[[Progress, CancelToken], Any]


class _Signals(QObject):
    """Lives on the GUI thread; emitted from the worker, so delivery is queued to the GUI."""

    progressed = Signal(object, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, op: Operation, signals: _Signals, cancel: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        def progress(fraction: float | None, message: str = "") -> None:
            self._signals.progressed.emit(fraction, message)

        try:
            result = self._op(progress, self._cancel)
        except BaseException as exc:  # every failure must reach on_error and close the dialog
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """One submitted operation: its dialog, its callbacks, and whether it has finished."""

    finished = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        *,
        label: str,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        parent_widget: QWidget | None,
        cancellable: bool,
    ) -> None:
        super().__init__(runner)
        self.cancel = CancelToken()
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._label = label
        self._on_success = on_success
        self._on_error = on_error
        self._parent_widget = parent_widget
        self._cancellable = cancellable
        self._last: tuple[float | None, str] = (None, "")
        self.signals = _Signals(self)
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    def start_timer(self, delay_ms: int) -> None:
        self._timer.start(max(0, delay_ms))

    @Slot()
    def _show_dialog(self) -> None:
        if self.done:
            return
        parent = self._parent_widget
        if parent is not None and not shiboken6.isValid(parent):
            parent = None  # the page that asked was closed meanwhile
        dialog = QProgressDialog(self._label, "Anulează", 0, 0, parent)
        dialog.setWindowTitle("Vă rugăm așteptați")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._user_cancelled)
        self.dialog = dialog
        self._apply_progress(*self._last)
        dialog.show()

    @Slot()
    def _user_cancelled(self) -> None:
        self.cancel.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText("Se anulează…")

    @Slot(object, str)
    def _progressed(self, fraction: float | None, message: str) -> None:
        self._last = (fraction, message)
        self._apply_progress(fraction, message)

    def _apply_progress(self, fraction: float | None, message: str) -> None:
        if self.dialog is None:
            return
        if fraction is None:
            self.dialog.setRange(0, 0)
        else:
            self.dialog.setRange(0, _SCALE)
            self.dialog.setValue(round(min(max(fraction, 0.0), 1.0) * _SCALE))
        if message:
            self.dialog.setLabelText(message)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("Task failed", exc_info=exc)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._user_cancelled)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()


class TaskRunner(QObject):
    """One worker thread for core work; create it on the GUI thread."""

    def __init__(
        self, parent: QObject | None = None, *, dialog_delay_ms: int = DEFAULT_DIALOG_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.dialog_delay_ms = dialog_delay_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def run(
        self,
        op: Operation,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "Se lucrează…",
        parent: QWidget | None = None,
        cancellable: bool = False,
    ) -> Task:
        task = Task(
            self,
            label=label,
            on_success=on_success,
            on_error=on_error,
            parent_widget=parent,
            cancellable=cancellable,
        )
        self._running.add(task)
        task.finished.connect(lambda: self._forget(task))
        task.start_timer(self.dialog_delay_ms)
        self._pool.start(_Runnable(op, task.signals, task.cancel))
        return task

    def call(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "Se lucrează…",
        parent: QWidget | None = None,
    ) -> Task:
        """Run a function that takes no progress/cancel arguments."""
        return self.run(
            lambda _progress, _cancel: fn(),
            on_success=on_success,
            on_error=on_error,
            label=label,
            parent=parent,
        )

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker is idle (used when the app closes)."""
        return self._pool.waitForDone(timeout_ms)
