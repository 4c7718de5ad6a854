"""The Romanian Qt catalogue: compiled file up to date, every message translated, buttons in Romanian."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ui.translator import qm_path, ts_path

Msg = QMessageBox.StandardButton
Std = QDialogButtonBox.StandardButton


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    if not candidate.exists():
        pytest.skip("pyside6-lrelease is not installed")
    return str(candidate)


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    fresh = tmp_path / "qt_ro.qm"
    subprocess.run(
        [_lrelease(), str(ts_path()), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == qm_path().read_bytes(), (
        "resources/translations/qt_ro.qm is stale: run "
        "pyside6-lrelease resources/translations/qt_ro.ts"
    )


def test_every_message_is_translated() -> None:
    root = ET.parse(ts_path()).getroot()
    untranslated = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if not (translation.text or "").strip() or translation.get("type") == "unfinished":
                untranslated.append(f"{name}: {message.findtext('source')}")
    assert untranslated == []


@pytest.mark.parametrize(
    ("context", "source", "expected"),
    [
        ("QPlatformTheme", "Cancel", "Anulează"),
        ("QPlatformTheme", "&Yes", "&Da"),
        ("QPlatformTheme", "&No", "&Nu"),
        ("QPlatformTheme", "Close", "Închide"),
        ("QPlatformTheme", "Save", "Salvează"),
        ("QPlatformTheme", "Open", "Deschide"),
        ("QPlatformTheme", "Apply", "Aplică"),
        ("QPlatformTheme", "Help", "Ajutor"),
        ("QLineEdit", "&Paste", "&Lipește"),
        ("QWidgetTextControl", "Select All", "Selectează tot"),
    ],
)
def test_installed_translator_answers(context: str, source: str, expected: str) -> None:
    assert QCoreApplication.translate(context, source) == expected


def test_message_box_yes_no_in_romanian(qtbot: QtBot) -> None:
    """No explicit texts here: the translator alone must make Qt's own buttons Romanian."""
    box = QMessageBox(QMessageBox.Icon.Question, "Întrebare", "Continuați?", Msg.Yes | Msg.No)
    qtbot.addWidget(box)
    box.show()
    assert _plain(box.button(Msg.Yes).text()) == "Da"
    assert _plain(box.button(Msg.No).text()) == "Nu"


def test_button_box_ok_cancel_in_romanian(qtbot: QtBot) -> None:
    box = QDialogButtonBox(Std.Ok | Std.Cancel | Std.Save | Std.Close)
    qtbot.addWidget(box)
    assert _plain(box.button(Std.Ok).text()) == "OK"
    assert _plain(box.button(Std.Cancel).text()) == "Anulează"
    assert _plain(box.button(Std.Save).text()) == "Salvează"
    assert _plain(box.button(Std.Close).text()) == "Închide"


def test_text_field_context_menu_in_romanian(qtbot: QtBot) -> None:
    edit = QLineEdit("text")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [_plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Anulează acțiunea",
        "Refă",
        "Decupează",
        "Copiază",
        "Lipește",
        "Șterge",
        "Selectează tot",
    ]
