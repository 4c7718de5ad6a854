"""„Formular de înscriere în audiență”: the sign-up slip, half an A4 page for the citizen and the
other half for the file, cut line between — the same sheet as the registration receipt
(`receipt.py`), whose letterhead, contact and data-protection texts it reuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from cic_desktop.domain.dates_ro import long_date_ro
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import PRODUCER, atomic_output, esc, styles
from cic_desktop.render.pdf.letterhead import compact_letterhead
from cic_desktop.render.pdf.receipt import (
    CIC_NAME,
    _cut_line,
    gdpr_notice,
    short_subject,
    status_contact,
)

TITLE = "Formular de înscriere în audiență"
COPIES = ("Exemplar pentru solicitant", "Exemplar pentru dosar")
BRING = (
    "actul de identitate și documentele privind problema prezentată (cererile și răspunsurile "
    "anterioare, dacă există)"
)
MODEL_TAG = "Model CIC Desktop: formular de înscriere în audiență, versiunea 1"


@dataclass(frozen=True)
class SlipData:
    institution: InstitutionData
    number_text: str  # „12/15.01.2026”
    registered_at: datetime | date
    official: str  # „Ion Țurcanu, primar”
    audience_day: date
    slot_time: str | None
    walk_in: bool
    place: str
    name: str
    address: str
    subject: str
    previous_number: str
    clerk: str
    bring: str = BRING


def when_text(data: SlipData) -> str:
    """„miercuri, 14 ianuarie 2026, ora 09:20”; walk-ins: „…, fără programare pe oră”."""
    day = long_date_ro(data.audience_day)
    if data.slot_time:
        text = f"{day}, ora {data.slot_time}"
        return f"{text} (fără programare)" if data.walk_in else text
    return f"{day}, fără programare pe oră (în ordinea sosirii)"


def slip_fields(data: SlipData) -> list[tuple[str, str]]:
    """The slip's content as (label, value) pairs."""
    person = data.name + (f", {data.address}" if data.address else "")
    return [
        ("Nr. și data înscrierii", data.number_text),
        ("Solicitant", person or "—"),
        ("Audiență la", data.official or "—"),
        ("Data și ora audienței", when_text(data)),
        ("Locul", data.place or "sediul primăriei"),
        ("Problema prezentată (pe scurt)", short_subject(data.subject)),
        ("Nr. cererii anterioare", data.previous_number or "—"),
        ("Vă rugăm să prezentați", data.bring),
        ("Reprogramare sau renunțare", status_contact(data.institution)),
    ]


def _copy_flowables(data: SlipData, copy_label: str, width: float) -> list[Flowable]:
    st = styles()
    label_style = ParagraphStyle(
        "as_label", parent=st.small, textColor=colors.Color(0.25, 0.25, 0.25)
    )
    value_style = ParagraphStyle("as_value", parent=st.cell, fontSize=9, leading=11.2)
    strong = ParagraphStyle("as_strong", parent=value_style, fontName=st.bold, fontSize=10)
    copy_style = ParagraphStyle("as_copy", parent=st.right, fontName=st.bold, fontSize=8.5)
    head = Table(
        [[compact_letterhead(data.institution), Paragraph(esc(copy_label), copy_style)]],
        colWidths=[width * 0.72, width * 0.28],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
        ),
    )
    emphasised = {0, 3}
    rows = [
        [
            Paragraph(esc(label), label_style),
            Paragraph(esc(value), strong if i in emphasised else value_style),
        ]
        for i, (label, value) in enumerate(slip_fields(data))
    ]
    body = Table(
        rows,
        colWidths=[44 * mm, width - 44 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.Color(0.75, 0.75, 0.75)),
            ]
        ),
    )
    clerk = data.clerk or "...................................."
    sign = Table(
        [
            [
                [
                    Paragraph("Am înscris,", st.small),
                    Paragraph(esc(f"{clerk}, {CIC_NAME}"), st.cell_bold),
                    Spacer(1, 4 * mm),
                    Paragraph("Semnătura ..............................", st.small),
                ],
                [
                    Paragraph("Solicitant,", st.small),
                    Paragraph(esc(data.name or "—"), st.cell_bold),
                    Spacer(1, 4 * mm),
                    Paragraph("Semnătura ..............................", st.small),
                ],
            ]
        ],
        colWidths=[width * 0.55, width * 0.45],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    title = ParagraphStyle("as_title", parent=st.title, fontSize=12.5, leading=15, spaceAfter=0)
    tiny = ParagraphStyle("as_tiny", parent=st.tiny, fontSize=6.5, leading=7.8)
    return [
        head,
        Spacer(1, 3 * mm),
        Paragraph(esc(TITLE.upper()), title),
        Spacer(1, 2.5 * mm),
        body,
        Spacer(1, 3 * mm),
        sign,
        Spacer(1, 2 * mm),
        Paragraph(esc(gdpr_notice(data.institution)), tiny),
        Paragraph(esc(MODEL_TAG), tiny),
    ]


def build_signup_slip_pdf(data: SlipData, path: str | Path) -> Path:
    """One A4 page: the citizen's copy on the top half, the file copy below."""
    styles()  # registers the fonts before the canvas picks its default font
    page_w, page_h = A4
    margin_x, margin_y = 15 * mm, 9 * mm
    half = page_h / 2
    width = page_w - 2 * margin_x
    with atomic_output(path) as partial:
        canv = Canvas(str(partial), pagesize=A4, pageCompression=1)
        canv.setTitle(f"{TITLE} nr. {data.number_text}")
        canv.setAuthor(PRODUCER)
        canv.setCreator(PRODUCER)
        for index, copy_label in enumerate(COPIES):
            bottom = half if index == 0 else 0
            frame = Frame(
                margin_x,
                bottom + margin_y,
                width,
                half - 2 * margin_y,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            content = KeepInFrame(
                width, half - 2 * margin_y, _copy_flowables(data, copy_label, width), mode="shrink"
            )
            frame.addFromList([content], canv)
        _cut_line(canv, half, page_w)
        canv.showPage()
        canv.save()
    return Path(path)
