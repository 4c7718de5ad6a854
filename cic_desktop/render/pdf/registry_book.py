"""The printed registry book of any register: A4 landscape, numbered leaves, opening and closing.

General over a register: a title, the columns (label, relative width, alignment) and rows of
print cells. Built for speed (PLATFORM.md): cells are plain pre-wrapped strings drawn by
`FastTable`, every cell of a column shares one style object, the header row is drawn once into a
PDF form and stamped on each page, and the rows go in chunks of `CHUNK_ROWS` so progress is
reported and a cancel honoured between chunks. The page count printed in the opening and closing
statements is filled in at save time (`deferred.py`), so the book is built in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.render.pdf.common import (
    Signature,
    atomic_output,
    doc_info,
    esc,
    signature_table,
    styles,
)
from cic_desktop.render.pdf.deferred import DeferredBlock, DeferredCanvas
from cic_desktop.render.pdf.fasttable import FastTable, Struck
from cic_desktop.render.pdf.textfit import TextFitter

PAGE = landscape(A4)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 10 * mm, 6 * mm, 7 * mm, 8 * mm
TOP_BAND = 6.5 * mm
FOOT_BAND = 4.5 * mm
BODY_SIZE, BODY_LEADING = 6.4, 7.5
HEADER_SIZE, HEADER_LEADING = 5.6, 6.6
PAD_X, PAD_Y = 1.5, 1.3
GRID_WIDTH = 0.35
CHUNK_ROWS = 150
HEADER_FORM = "cicBookHeader"
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
# Share of the progress bar taken by preparing the cells; the rest is drawing the pages.
PREPARE_SHARE = 0.15


@dataclass(frozen=True)
class BookColumn:
    label: str
    weight: float
    align: str = "LEFT"  # LEFT | CENTRE | RIGHT


@dataclass(frozen=True)
class BookRow:
    cells: Sequence[str]
    index: int
    annulled: bool = False


@dataclass(frozen=True)
class Closing:
    """Year-end closing: the last `Nr. crt.`, its registration number and the closing date."""

    last_index: int
    closed_on: date
    last_number_text: str = ""
    # Tamper evidence: the audit chain's head when the book was closed (event id, SHA-256).
    audit_head: tuple[int, str] | None = None
    # Numbers of the year explained apart (e.g. issued before a restore, absent from the data).
    gap_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class BookSpec:
    title: str
    year: int
    institution: str
    columns: Sequence[BookColumn]
    printed_on: date
    authority_lines: Sequence[str] = ()
    legal_note: str = ""
    first_page: int = 1
    # The opening statement (title page); `continues` says later prints will add leaves.
    opening: bool = False
    continues: bool = False
    closing: Closing | None = None
    signatures: Sequence[Signature] = ()
    # This column keeps the „ANULAT – motiv” note of an annulled entry legible (not struck).
    annul_note_column: int = -1


@dataclass(frozen=True)
class BookRender:
    path: Path
    first_page: int
    last_page: int
    rows: int
    struck_entries: frozenset[int] = field(default_factory=frozenset)

    @property
    def pages(self) -> int:
        return self.last_page - self.first_page + 1


def _leaves(count: int) -> str:
    return count_ro(count, "filă", "file")


def opening_text(last_page: int, opened_on: date, *, continues: bool) -> str:
    text = (
        f"Prezentul registru conține {_leaves(last_page)}, numerotate de la 1 la {last_page}, "
        f"și a fost deschis astăzi, {fmt(opened_on)}."
    )
    if continues:
        text += (
            " Registrul se tipărește pe măsura completării: filele tipărite ulterior continuă "
            "numerotarea, iar numărul total de file se consemnează la încheierea registrului."
        )
    return text


def closing_text(closing: Closing, last_page: int) -> str:
    if closing.last_index <= 0:
        return (
            f"Prezentul registru s-a încheiat la data de {fmt(closing.closed_on)}, fără nicio "
            f"înregistrare, și conține {_leaves(last_page)}."
        ) + closing_remarks(closing)
    text = (
        f"Prezentul registru s-a încheiat la nr. {closing.last_index} din data de "
        f"{fmt(closing.closed_on)}, conține {_leaves(last_page)}."
    )
    if closing.last_number_text:
        text += f" Ultima înregistrare are nr. {closing.last_number_text}."
    return text + closing_remarks(closing)


def closing_remarks(closing: Closing) -> str:
    """Gaps explained, and the audit chain's head so a later edit of the data shows."""
    text = "".join(f" {note}" for note in closing.gap_notes)
    if closing.audit_head is not None:
        event_id, digest = closing.audit_head
        text += (
            f" Sigiliul jurnalului de audit la încheiere: evenimentul {event_id}, SHA-256 {digest}."
        )
    return text


class _Layout:
    """Column widths, cell styles and the wrapping of rows into table cells."""

    def __init__(self, spec: BookSpec) -> None:
        st = styles()
        self.width = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
        total = sum(c.weight for c in spec.columns)
        self.col_widths = [c.weight * self.width / total for c in spec.columns]
        self.fitter = TextFitter(st.regular, BODY_SIZE)
        self.col_styles = [
            self._cell_style(i, c.align, st.regular) for i, c in enumerate(spec.columns)
        ]
        self.grid = TableStyle([("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black)])
        header_style = ParagraphStyle(
            "book_header",
            fontName=st.bold,
            fontSize=HEADER_SIZE,
            leading=HEADER_LEADING,
            alignment=TA_CENTER,
        )
        numbers = [str(i) for i in range(1, len(spec.columns) + 1)]
        self.header = Table(
            [[Paragraph(esc(c.label), header_style) for c in spec.columns], numbers],
            colWidths=self.col_widths,
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), st.bold, HEADER_SIZE, HEADER_LEADING),
                    ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 1), (-1, 1), "CENTRE"),
                    ("FONT", (0, 1), (-1, 1), st.regular, 5, 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, 0), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                    ("TOPPADDING", (0, 1), (-1, 1), 0.5),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 0.8),
                ]
            ),
        )
        _, self.header_height = self.header.wrap(self.width, PAGE[1])
        self.frame_top = PAGE[1] - MARGIN_TOP - TOP_BAND - self.header_height
        self.frame_bottom = MARGIN_BOTTOM + FOOT_BAND
        self.max_lines = int((self.frame_top - self.frame_bottom - 2 * PAD_Y) // BODY_LEADING) - 1
        self.note_column = spec.annul_note_column % len(spec.columns)

    @staticmethod
    def _cell_style(index: int, align: str, font: str) -> CellStyle:
        style = CellStyle(f"col{index}")
        style.fontname, style.fontsize, style.leading = font, BODY_SIZE, BODY_LEADING
        style.leftPadding = style.rightPadding = PAD_X
        style.topPadding = style.bottomPadding = PAD_Y
        style.alignment, style.valign = align, "TOP"
        return style

    def wrap_row(self, row: BookRow) -> list[tuple[list[str], float]]:
        """The row as table rows (several only when it is taller than a page) with heights."""
        fitter, widths = self.fitter, self.col_widths
        cells = [
            fitter.wrap(text, w - 2 * PAD_X) if text else [""]
            for text, w in zip(row.cells, widths, strict=True)
        ]
        tallest = max(len(lines) for lines in cells)
        pieces = []
        for start in range(0, tallest, self.max_lines):
            part = [lines[start : start + self.max_lines] for lines in cells]
            values: list[str] = []
            for column, lines in enumerate(part):
                text = "\n".join(lines)
                if row.annulled and text and column != self.note_column:
                    text = Struck.marked(text, row.index)
                values.append(text)
            height = max(1, *(len(lines) for lines in part)) * BODY_LEADING + 2 * PAD_Y
            pieces.append((values, height))
        return pieces


class _Checkpoint(Flowable):
    """Zero-size marker between chunks: reports progress, honours cancel."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.callback()


class _BookDoc(BaseDocTemplate):
    def __init__(self, filename: str, spec: BookSpec, layout: _Layout) -> None:
        super().__init__(
            filename,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **doc_info(f"{spec.title} – anul {spec.year}"),
        )
        self.spec, self.layout = spec, layout
        self.table_done = False
        title_frame = Frame(
            MARGIN_LEFT + 20 * mm,
            MARGIN_BOTTOM + FOOT_BAND,
            layout.width - 40 * mm,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - FOOT_BAND - TOP_BAND,
            id="title",
        )
        body_frame = Frame(
            MARGIN_LEFT,
            layout.frame_bottom,
            layout.width,
            layout.frame_top - layout.frame_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        title = PageTemplate("title", [title_frame], onPage=self._decorate)
        body = PageTemplate("body", [body_frame], onPage=self._decorate_body)
        # The first template is the one the document starts on.
        self.addPageTemplates([title, body] if spec.opening else [body, title])

    def page_label(self) -> int:
        return self.spec.first_page + self.page - 1

    def _decorate(self, canv: Any, _doc: Any) -> None:
        st = styles()
        spec = self.spec
        top = PAGE[1] - MARGIN_TOP - 4 * mm
        canv.saveState()
        canv.setFont(st.regular, 7.5)
        canv.drawString(MARGIN_LEFT, top, f"{spec.institution} – {spec.title}, anul {spec.year}")
        canv.setFont(st.bold, 10)
        canv.drawRightString(PAGE[0] - MARGIN_RIGHT, top, f"Fila {self.page_label()}")
        canv.setFont(st.regular, 6)
        canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canv.drawString(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            f"Tipărit la {fmt(spec.printed_on)} cu CIC Desktop. Filele se numerotează continuu; "
            "înregistrările anulate rămân în registru, tăiate cu o linie.",
        )
        canv.restoreState()

    def _decorate_body(self, canv: Any, doc: Any) -> None:
        self._decorate(canv, doc)
        if self.table_done:
            return
        layout = self.layout
        if not canv.hasForm(HEADER_FORM):
            canv.beginForm(HEADER_FORM, 0, 0, layout.width, layout.header_height)
            layout.header.drawOn(canv, 0, 0)
            canv.endForm()
        canv.saveState()
        canv.translate(MARGIN_LEFT, layout.frame_top)
        canv.doForm(HEADER_FORM)
        canv.restoreState()


class _Story:
    """The flowables of one print, with progress and cancel between chunks."""

    def __init__(
        self,
        spec: BookSpec,
        layout: _Layout,
        doc: _BookDoc,
        progress: Progress,
        cancel: CancelToken | None,
    ) -> None:
        self.spec, self.layout, self.doc = spec, layout, doc
        self.progress, self.cancel = progress, cancel
        self.total = 0
        self.done = 0

    def build(self, rows: Sequence[BookRow]) -> list[Flowable]:
        spec = self.spec
        story: list[Flowable] = []
        if spec.opening:
            story += self._title_page()
            story += [NextPageTemplate("body"), PageBreak()]
        prepared = self._prepare(rows)
        self.total = len(prepared)
        for start in range(0, len(prepared), CHUNK_ROWS):
            chunk = prepared[start : start + CHUNK_ROWS]
            story.append(
                FastTable(
                    [values for values, _ in chunk],
                    colWidths=self.layout.col_widths,
                    rowHeights=[height for _, height in chunk],
                    cellStyles=[self.layout.col_styles] * len(chunk),
                    normalizedData=1,
                    style=self.layout.grid,
                    hAlign="LEFT",
                )
            )
            story.append(_Checkpoint(partial(self._advance, len(chunk))))
        story.append(_Checkpoint(self._table_finished))
        if spec.closing is not None:
            story.append(self._closing_block(spec.closing))
        return story

    def _prepare(self, rows: Sequence[BookRow]) -> list[tuple[list[str], float]]:
        prepared: list[tuple[list[str], float]] = []
        count = max(len(rows), 1)
        for i, row in enumerate(rows):
            if i % 500 == 0:
                self._check_cancel()
                self.progress(PREPARE_SHARE * i / count, "Se pregătesc rândurile registrului…")
            prepared.extend(self.layout.wrap_row(row))
        return prepared

    def _check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def _advance(self, rows: int) -> None:
        self._check_cancel()
        self.done += rows
        fraction = PREPARE_SHARE + (1 - PREPARE_SHARE) * self.done / max(self.total, 1)
        self.progress(min(fraction, 0.99), f"Se tipărește fila {self.doc.page_label()}…")

    def _table_finished(self) -> None:
        self.doc.table_done = True

    def _title_page(self) -> list[Flowable]:
        st = styles()
        spec = self.spec
        big = ParagraphStyle("book_title", parent=st.title, fontSize=22, leading=28)
        year = ParagraphStyle("book_year", parent=st.title, fontSize=15, leading=20)
        text = ParagraphStyle("book_text", parent=st.body, fontSize=12, leading=17)
        authority = ParagraphStyle("book_authority", parent=st.heading, fontSize=10.5, leading=14)
        width = self.layout.width - 40 * mm
        flowables: list[Flowable] = [
            Paragraph(esc(line), authority) for line in spec.authority_lines
        ]
        flowables += [Spacer(1, 22 * mm), Paragraph(esc(spec.title.upper()), big)]
        flowables.append(Paragraph(esc(f"ANUL {spec.year}"), year))
        if spec.legal_note:
            flowables.append(Paragraph(esc(spec.legal_note), st.centered))
        flowables.append(Spacer(1, 20 * mm))

        def make(last_page: int) -> list[Flowable]:
            statement = opening_text(last_page, spec.printed_on, continues=spec.continues)
            return [Paragraph(esc(statement), text)]

        flowables.append(DeferredBlock("cicOpening", make, width))
        flowables.append(Spacer(1, 14 * mm))
        flowables.append(signature_table(spec.signatures, width))
        return flowables

    def _closing_block(self, closing: Closing) -> Flowable:
        st = styles()
        spec = self.spec
        width = self.layout.width * 0.7
        text = ParagraphStyle("closing_text", parent=st.body, fontSize=10.5, leading=15)

        def make(last_page: int) -> list[Flowable]:
            return [Paragraph(esc(closing_text(closing, last_page)), text)]

        block = [
            Spacer(1, 8 * mm),
            Paragraph(
                "ÎNCHEIEREA REGISTRULUI", ParagraphStyle("ch", parent=st.heading, fontSize=11)
            ),
            Spacer(1, 3 * mm),
            DeferredBlock("cicClosing", make, width),
            Spacer(1, 8 * mm),
            signature_table(spec.signatures, width),
        ]
        return KeepTogether(block)


def build_registry_book(
    path: str | Path,
    spec: BookSpec,
    rows: Sequence[BookRow],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> BookRender:
    """Write the book (or the next part of it) to `path`; nothing is left behind on cancel."""
    layout = _Layout(spec)
    canvases: list[DeferredCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> DeferredCanvas:
        canvas = DeferredCanvas(*args, page_offset=spec.first_page - 1, **kwargs)
        canvases.append(canvas)
        return canvas

    with atomic_output(path) as partial_path:
        doc = _BookDoc(str(partial_path), spec, layout)
        story = _Story(spec, layout, doc, progress, cancel).build(rows)
        doc.build(story, canvasmaker=make_canvas)
    canvas = canvases[-1]
    progress(1.0, "Registrul a fost tipărit.")
    return BookRender(
        path=Path(path),
        first_page=spec.first_page,
        last_page=spec.first_page + canvas.pages_written - 1,
        rows=len(rows),
        struck_entries=frozenset(canvas.struck_entries),
    )
