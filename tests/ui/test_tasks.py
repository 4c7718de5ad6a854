"""The task runner: work off the GUI thread, results back on it, the dialog always closes."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cic_desktop.errors import ValidationError
from ui.tasks import CancelToken, Progress, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    runner = TaskRunner(dialog_delay_ms=30)
    yield runner
    runner.wait_for_done()


def test_runs_off_the_gui_thread_and_reports_success_on_it(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(progress: Progress, cancel: CancelToken) -> int:
        seen["worker"] = threading.get_ident()
        progress(0.5, "La jumătate")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    runner.run(work, on_success=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    qtbot.waitUntil(lambda: not runner.busy)


def test_reports_an_error_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    successes: list[object] = []

    def work(_progress: Progress, _cancel: CancelToken) -> None:
        raise ValidationError("commune", "Completați câmpul „Comuna”.")

    runner.run(work, on_success=successes.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert successes == []
    assert isinstance(errors[0], ValidationError)
    assert errors[0].message_ro == "Completați câmpul „Comuna”."


def test_slow_work_shows_a_dialog_that_closes_on_error(runner: TaskRunner, qtbot: QtBot) -> None:
    release = threading.Event()
    errors: list[BaseException] = []

    def work(progress: Progress, _cancel: CancelToken) -> None:
        progress(0.25, "Se scrie registrul…")
        release.wait(10)
        raise RuntimeError("disc plin")

    task = runner.run(work, on_error=errors.append, label="Se exportă…")
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    dialog = task.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "Se scrie registrul…", timeout=5000)
    assert dialog.value() == 250
    release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert task.done
    assert task.dialog is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_quick_work_never_shows_the_dialog(qtbot: QtBot) -> None:
    runner = TaskRunner()  # default delay: 600 ms
    results: list[object] = []
    task = runner.run(lambda _p, _c: "gata", on_success=results.append)
    qtbot.waitUntil(lambda: results == ["gata"], timeout=5000)
    assert task.dialog is None
    runner.wait_for_done()


def test_cancel_from_the_dialog_reaches_the_function(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    results: list[object] = []

    def work(_progress: Progress, cancel: CancelToken) -> str:
        started.set()
        for _ in range(1000):
            if cancel.cancelled:
                return "anulat"
            threading.Event().wait(0.01)
        return "terminat"

    task = runner.run(work, on_success=results.append, cancellable=True)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    assert task.dialog is not None
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Anulează"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["anulat"]


def test_call_wraps_a_plain_function(runner: TaskRunner, qtbot: QtBot) -> None:
    results: list[object] = []
    runner.call(lambda: sum(range(10)), on_success=results.append)
    qtbot.waitUntil(lambda: results == [45], timeout=5000)
