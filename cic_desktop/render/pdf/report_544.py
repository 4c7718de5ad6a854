"""The annual Legea 544 report as an A4 PDF (embedded DejaVu fonts), like the official template."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cic_desktop.render.pdf.common import atomic_output, doc_info, esc
from cic_desktop.render.pdf.fonts import register_fonts
from cic_desktop.reports.report_544 import Block, Report544, blocks, labels

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
VALUE_WIDTH = 32 * mm
GRID = colors.HexColor("#8A94A6")
HEADER_BACKGROUND = colors.HexColor("#DDE4EE")
RED = colors.HexColor("#B00020")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle("r544_body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=2)
    return {
        "body": body,
        "text": ParagraphStyle("r544_text", parent=body, leftIndent=5 * mm),
        "note": ParagraphStyle("r544_note", parent=body, fontSize=8.5, textColor=colors.grey),
        "warning": ParagraphStyle("r544_warn", parent=body, fontName=bold, textColor=RED),
        "title": ParagraphStyle(
            "r544_title",
            parent=body,
            fontName=bold,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            spaceBefore=4 * mm,
            spaceAfter=3 * mm,
        ),
        "h1": ParagraphStyle(
            "r544_h1", parent=body, fontName=bold, fontSize=11, spaceBefore=4 * mm
        ),
        "h2": ParagraphStyle("r544_h2", parent=body, fontName=bold, spaceBefore=2.5 * mm),
        "h3": ParagraphStyle("r544_h3", parent=body, spaceBefore=1.5 * mm),
        "cell": ParagraphStyle("r544_cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_centre": ParagraphStyle(
            "r544_cell_c", parent=body, fontSize=9, leading=11, spaceAfter=0, alignment=TA_CENTER
        ),
        "cell_bold": ParagraphStyle(
            "r544_cell_b",
            parent=body,
            fontName=bold,
            fontSize=8.5,
            leading=10.5,
            spaceAfter=0,
            alignment=TA_CENTER,
        ),
    }


def _label(block: Block) -> str:
    return esc(f"{block.number} {block.text}".strip())


def _flowables(block: Block, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    regular = st["body"].fontName
    if block.kind in ("title", "note", "warning", "text"):
        return [Paragraph(esc(block.text), st[block.kind])]
    if block.kind == "heading":
        return [Paragraph(_label(block), st[f"h{max(1, min(block.level, 3))}"])]
    if block.kind in ("value", "check"):
        style = st["h2"] if block.level < 3 and block.kind == "value" else st["cell"]
        value_style = st["cell"] if len(str(block.value)) > 12 else st["cell_bold"]
        wide = len(str(block.value)) > 12
        widths = [WIDTH * 0.55, WIDTH * 0.45] if wide else [WIDTH - VALUE_WIDTH, VALUE_WIDTH]
        table = Table(
            [
                [
                    Paragraph(_label(block), ParagraphStyle("x", parent=style, spaceBefore=0)),
                    Paragraph(esc(str(block.value)), value_style),
                ]
            ],
            colWidths=widths,
        )
        commands: list[tuple[Any, ...]] = [
            ("BOX", (1, 0), (1, 0), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), regular),
        ]
        if block.kind == "check" and not block.ok:
            commands.append(("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#F8D7DA")))
        table.setStyle(TableStyle(commands))
        return [table]
    if block.kind == "table":
        title = Paragraph(_label(block), st["h2"] if block.number else st["h3"])
        rows: list[list[object]] = [[Paragraph(esc(c), st["cell_bold"]) for c in block.columns]]
        rows += [
            [Paragraph(esc(str(v)), st["cell_centre"]) for v in values] for values in block.rows
        ]
        count = len(block.columns)
        table = Table(rows, colWidths=[(WIDTH - 5 * mm) / count] * count, hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                ]
            )
        )
        return [KeepTogether([title, table, Spacer(1, 1.5 * mm)])]
    return []


def write_report_544_pdf(report: Report544, path: str | os.PathLike[str]) -> None:
    """Write the report (checks shown, never refused) to `path` atomically."""
    st = _styles()
    story: list[Flowable] = []
    for block in blocks(report):
        story += _flowables(block, st)
    story.append(Spacer(1, 12 * mm))
    regular = st["body"].fontName
    page = labels()["page"]

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(MARGIN, 10 * mm, report.version_tag)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, page.format(page=document.page))
        canvas.restoreState()

    with atomic_output(path) as partial:
        document = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=18 * mm,
            **doc_info(report.title),
        )
        document.build(story, onFirstPage=footer, onLaterPages=footer)
