"""„Căutare”: one field searching every register; results grouped by register, each line opens
its case. The search runs on the worker thread, a short pause after the last key typed."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTreeWidgetItem, QVBoxLayout, QWidget

from cic_desktop.errors import CicError
from cic_desktop.search.query import SearchResults
from cic_desktop.search.text import group_heading
from ui import bus
from ui.context import AppContext
from ui.views.search.search_view import SearchView
from ui.widgets import messages

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 250
_CARES_ABOUT = frozenset({bus.REGISTRY, bus.PETITIONS, bus.PUBLIC_INFO, bus.AUDIENCES})


class SearchPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = SearchView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._asked = 0  # each search gets a number; only the answer to the last one is shown
        self.shown: SearchResults | None = None  # the results on screen (tests look at them)
        self.view.field.textChanged.connect(lambda _text: self._timer.start())
        self.view.field.returnPressed.connect(self._enter_in_field)
        self.view.results.itemActivated.connect(self._open_line)
        ctx.bus.changed.connect(self._changed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.view.field.setFocus()
        self.view.field.selectAll()

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT and self.view.field.text().strip():
            self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.view.field.text()
        self._asked += 1
        asked = self._asked
        if not text.strip():
            self._show(SearchResults(text), asked)
            return
        self.view.status.setText("Se caută…")
        core = self._ctx.core
        self._ctx.tasks.call(
            lambda: core.search.find(text),
            on_success=lambda results: self._show(results, asked),
            on_error=lambda exc: self._failed(exc, asked),
            parent=self,
        )

    def _failed(self, exc: BaseException, asked: int) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return
        text = exc.message_ro if isinstance(exc, CicError) else f"{type(exc).__name__}: {exc}"
        self.view.status.setText(f"Căutarea nu a reușit: {text}")

    def _show(self, results: SearchResults, asked: int) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # the window closed, or the clerk typed on since this search started
        tree = self.view.results
        tree.clear()
        for group in results.groups:
            parent = QTreeWidgetItem([group_heading(group)])
            tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)
            for line in group.lines:
                child = QTreeWidgetItem([line.number_text, line.name, line.subject, line.state])
                child.setData(0, ENTRY_ROLE, (line.register_code, line.entry_id))
                child.setToolTip(2, line.subject)
                if line.annulled:
                    _strike_through(child)
                parent.addChild(child)
            parent.setExpanded(True)
        for column in (0, 1, 3):
            tree.resizeColumnToContents(column)
        if results.groups:
            self.view.status.setText(_found_text(results.total))
        elif results.text.strip():
            self.view.status.setText(f"Nu s-a găsit nimic pentru „{results.text.strip()}”.")
        else:
            self.view.status.setText("")
        self.shown = results

    def _enter_in_field(self) -> None:
        """Enter in the field searches at once, without waiting for the pause."""
        self.search_now()

    def _open_line(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """A line opens its case in the window of its register."""
        target = item.data(0, ENTRY_ROLE)
        if not target:
            return
        register, entry_id = target
        window = self.window()
        page = None
        if hasattr(window, "page") and any(s.key == register for s in window.sections):
            page = window.page(register)
        if page is None or not hasattr(page, "open_details"):
            messages.show_info(
                self, "Acest registru nu are încă o fereastră în care să se deschidă dosarul."
            )
            return
        page.open_details(entry_id)


def _strike_through(item: QTreeWidgetItem) -> None:
    """An annulled entry keeps its line, struck through, as in the registry book."""
    for column in range(item.columnCount()):
        font = item.font(column)
        font.setStrikeOut(True)
        item.setFont(column, font)


def _found_text(total: int) -> str:
    if total == 1:
        return "S-a găsit o înregistrare."
    of = "de " if total % 100 == 0 or total % 100 >= 20 else ""
    return f"S-au găsit {total} {of}înregistrări."
