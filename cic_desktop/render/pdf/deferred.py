"""Text that needs the final page count, drawn in one pass (PDF form XObjects defined at save).

A page may use a form before it is defined; `DeferredCanvas.save()` defines each pending form
once the number of pages is known. So the opening statement on page 1 can say how many pages
the book has without building it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

# Builds the block's flowables once the last page label of the document is known.
BlockMaker = Callable[[int], Sequence[Flowable]]


class DeferredCanvas(Canvas):
    """Canvas that also records the entries drawn struck through and defines late forms."""

    def __init__(self, *args: Any, page_offset: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.page_offset = page_offset
        self.struck_entries: set[int] = set()
        self.pages_written = 0
        self._pending: dict[str, Callable[[Canvas, int], None]] = {}

    def defer(self, name: str, define: Callable[[Canvas, int], None]) -> None:
        self._pending.setdefault(name, define)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self.pages_written += 1
        super().showPage()

    def save(self) -> None:
        last_label = self.page_offset + self.pages_written
        for define in self._pending.values():
            define(self, last_label)
        self._pending.clear()
        super().save()


def _stack_height(flowables: Sequence[Flowable], canv: Any, width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrapOn(canv, width, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class DeferredBlock(Flowable):
    """A block of flowables whose text depends on the final page count.

    Its height is reserved with `placeholder` pages (the widest number it can show) and it is
    drawn at save time, top-aligned in that space.
    """

    def __init__(self, name: str, make: BlockMaker, width: float, placeholder: int = 99_999):
        super().__init__()
        self.name = name
        self.make = make
        self.block_width = width
        self.placeholder = placeholder
        self.block_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self.block_height:
            flowables = self.make(self.placeholder)
            self.block_height = _stack_height(flowables, None, self.block_width) + 2
        return self.block_width, self.block_height

    def draw(self) -> None:
        canv = self.canv
        canv.doForm(self.name)
        if isinstance(canv, DeferredCanvas):
            canv.defer(self.name, self._define)
        else:  # a plain canvas (never in this app): draw now with the placeholder
            self._define(canv, self.placeholder)

    def _define(self, canv: Canvas, last_page: int) -> None:
        flowables = self.make(last_page)
        width, height = self.block_width, self.block_height
        canv.beginForm(self.name, 0, 0, width, height)
        y = height
        for f in flowables:
            _, h = f.wrapOn(canv, width, height)
            y -= f.getSpaceBefore() + h
            f.drawOn(canv, 0, y)
            y -= f.getSpaceAfter()
        canv.endForm()
