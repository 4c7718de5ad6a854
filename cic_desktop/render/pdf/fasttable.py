"""A LongTable that draws pre-wrapped plain-text cells quickly and strikes through annulled rows.

ReportLab's `drawString` builds a text object per line, re-encodes the string and formats every
number in pure Python. Register cells repeat a lot (dates, "persoană fizică", "favorabil"), so
each distinct line is encoded once per document and the operators are written straight into
the page, with the documented dynamic-font API (`splitString` / `getSubsetInternalName`).
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import LongTable

from cic_desktop.render.pdf.textfit import TextFitter


class Struck(str):
    """A cell of an annulled entry: drawn with a line through each line of its text."""

    entry_index: int | None = None

    @classmethod
    def marked(cls, text: str, entry_index: int | None = None) -> Struck:
        value = cls(text)
        value.entry_index = entry_index
        return value


@functools.cache
def _is_truetype(font_name: str) -> bool:
    return bool(getattr(pdfmetrics.getFont(font_name), "_dynamicFont", False))


def _num(value: float) -> str:
    return f"{value:.2f}"


class _TextCache:
    """Per document: encoded text operators and widths, keyed by font, size and line."""

    def __init__(self) -> None:
        self.ops: dict[tuple[str, float, str], str] = {}
        self.fitters: dict[tuple[str, float], TextFitter] = {}

    def fitter(self, font_name: str, size: float) -> TextFitter:
        key = (font_name, size)
        fitter = self.fitters.get(key)
        if fitter is None:
            fitter = self.fitters[key] = TextFitter(font_name, size)
        return fitter


def _cache(canv: Any) -> _TextCache:
    cache = getattr(canv, "_cic_text_cache", None)
    if cache is None:
        cache = _TextCache()
        canv._cic_text_cache = cache
    return cache


def note_struck(canv: Any, entry_index: int | None) -> None:
    """Remember which entries were drawn struck through (the book reports them back)."""
    struck = getattr(canv, "struck_entries", None)
    if struck is not None and entry_index is not None:
        struck.add(entry_index)


class FastTable(LongTable):
    """LongTable whose `str` cells (LEFT/CENTRE/RIGHT, TOP) are written as raw text operators."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        if (
            not isinstance(cellval, str)
            or cellstyle.valign != "TOP"
            or cellstyle.direction
            or not _is_truetype(cellstyle.fontname)
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        if self._curcellstyle is None or cellstyle.color != self._curcellstyle.color:
            canv.setFillColor(cellstyle.color)
        self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        font_name, font_size, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        lines = cellval.split("\n")
        y = rowpos + rowheight - cellstyle.topPadding - font_size
        just = cellstyle.alignment
        cache = _cache(canv)
        fitter = cache.fitter(font_name, font_size)
        struck = isinstance(cellval, Struck)
        out: list[str] = ["BT"]
        strikes: list[str] = []
        for line in lines:
            if line:
                width = fitter.width(line) if (just != "LEFT" or struck) else 0.0
                if just == "LEFT":
                    x = colpos + cellstyle.leftPadding
                elif just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - width
                else:
                    x = (
                        colpos
                        + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
                    )
                out.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
                out.append(self._encoded(canv, cache, font_name, font_size, line))
                if struck:
                    mid = y + font_size * 0.3
                    strikes.append(f"{_num(x)} {_num(mid)} m {_num(x + width)} {_num(mid)} l")
            y -= leading
        out.append("ET")
        if len(out) > 2:
            canv.addLiteral("\n".join(out))
        if struck:
            note_struck(canv, cellval.entry_index)
            if strikes:
                canv.addLiteral("q 0 G 0.6 w " + " ".join(strikes) + " S Q")

    @staticmethod
    def _encoded(canv: Any, cache: _TextCache, font_name: str, size: float, line: str) -> str:
        key = (font_name, size, line)
        ops = cache.ops.get(key)
        if ops is None:
            font = pdfmetrics.getFont(font_name)
            doc = canv._doc
            parts = []
            for subset, chunk in font.splitString(line, doc):
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {_num(size)} Tf ({escapePDF(chunk)}) Tj")
            ops = cache.ops[key] = " ".join(parts)
        return ops
