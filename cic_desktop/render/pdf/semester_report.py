"""The semester report on petitions as an A4 PDF (ReportLab, embedded DejaVu fonts)."""

from __future__ import annotations

import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from cic_desktop.render.pdf.fonts import register_fonts
from cic_desktop.render.xlsx.workbook import atomic_path
from cic_desktop.reports.semester_model import INDENTED, ReportLine, SemesterReport, labels

MARGIN = 18 * mm
LABEL_WIDTH = A4[0] - 2 * MARGIN - 25 * mm
HEADER_BACKGROUND = colors.HexColor("#DDE4EE")


def write_semester_report_pdf(report: SemesterReport, path: str | os.PathLike[str]) -> None:
    """Check every sum (ReportCheckError if one fails), then write the PDF atomically."""
    report.check()
    regular, bold = register_fonts()
    styles = _styles(regular, bold)
    text = labels()
    story: list[Flowable] = [
        Paragraph(escape(report.institution), styles["institution"]),
        Paragraph(escape(report.title), styles["title"]),
        Paragraph(escape(text["legal_basis"]), styles["center"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(report.period_text()), styles["body"]),
        Paragraph(f"<b>{escape(report.as_of_text())}</b>", styles["body"]),
        Paragraph(escape(report.generated_text()), styles["body"]),
        Paragraph(escape(text["annulled_note"]), styles["note"]),
        Spacer(1, 3 * mm),
    ]
    general = [*report.general, ReportLine("average", text["average_days"], 0)]
    story.extend(
        _table(
            text["general"]["title"],
            general,
            None,
            styles,
            bold,
            values={"average": report.average_days_text()},
        )
    )
    for section in report.sections:
        if not section.lines:
            continue
        total = section.total if section.expected_total is not None else None
        story.extend(_table(section.title, section.lines, total, styles, bold))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(f"<b>{escape(text['conclusions'])}</b>", styles["body"]),
        *[
            Paragraph(escape(paragraph), styles["body"])
            for paragraph in (report.conclusions or text["conclusions_empty"]).split("\n")
        ],
        Spacer(1, 10 * mm),
        Paragraph(escape(text["prepared_by"]), styles["body"]),
        Paragraph(escape(text["prepared_by_office"]), styles["body"]),
    ]

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(MARGIN, 10 * mm, report.version_tag)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, text["page"].format(page=document.page))
        canvas.restoreState()

    with atomic_path(path) as temp:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=18 * mm,
            title=f"{report.title} – semestrul {report.semester} {report.year}",
            author=report.institution,
            creator="CIC Desktop",
        )
        document.build(story, onFirstPage=footer, onLaterPages=footer)


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        "cell_indent": ParagraphStyle(
            "cell_indent", parent=body, fontSize=9, leading=11, leftIndent=5 * mm
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=bold, fontSize=9, leading=11
        ),
        "note": ParagraphStyle(
            "note", parent=body, fontSize=8.5, textColor=colors.HexColor("#555555")
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "institution": ParagraphStyle("institution", parent=body, fontName=bold),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=6 * mm,
            spaceAfter=2 * mm,
        ),
    }


def _table(
    title: str,
    lines: tuple[ReportLine, ...] | list[ReportLine],
    total: int | None,
    styles: dict[str, ParagraphStyle],
    bold: str,
    *,
    values: dict[str, str] | None = None,
) -> list[Flowable]:
    """A titled two-column table; the total row (if any) in bold. Kept on one page when small."""
    values = values or {}
    rows: list[list[object]] = [
        [
            Paragraph(escape(title), styles["cell_bold"]),
            Paragraph(escape(labels()["count_header"]), styles["cell_bold"]),
        ]
    ]
    for line in lines:
        style = styles["cell_indent"] if line.key in INDENTED else styles["cell"]
        rows.append([Paragraph(escape(line.label), style), values.get(line.key, str(line.count))])
    if total is not None:
        rows.append([Paragraph(escape(labels()["total"]), styles["cell_bold"]), str(total)])
    table = Table(rows, colWidths=[LABEL_WIDTH, 25 * mm], repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A94A6")),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
        # Every cell names its font: the table default is an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("FONTSIZE", (1, 1), (1, -1), 9),
    ]
    if total is not None:
        commands.append(("FONTNAME", (1, -1), (1, -1), bold))
    table.setStyle(TableStyle(commands))
    block: list[Flowable] = [Spacer(1, 3 * mm), table]
    return [KeepTogether(block)] if len(rows) <= 25 else block
