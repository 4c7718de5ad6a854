"""„Notă de audiență”: what the official decided at the audience, sent to the department.

Motru practice (SPEC §3.2): the CIC drafts the note with the official's instruction to the
competent department, which answers by the term and tells the CIC how the problem was solved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cic_desktop.domain.dates_ro import fmt, fmt_long, long_date_ro
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import (
    Signature,
    esc,
    signature_table,
    styles,
    write_story,
)
from cic_desktop.render.pdf.letterhead import letterhead

TITLE = "Notă de audiență"
MARGIN = 18 * mm


@dataclass(frozen=True)
class AudienceNoteData:
    institution: InstitutionData
    number_text: str
    audience_day: date
    slot_time: str | None
    official: str  # „Ion Țurcanu, primar”
    role_title: str  # „Primar,”
    name: str
    address: str
    contact: str
    subject: str
    previous_number: str
    participants: str
    resolution: str
    department: str
    term: date | None
    clerk: str
    printed_on: date


def note_fields(data: AudienceNoteData) -> list[tuple[str, str]]:
    when = long_date_ro(data.audience_day) + (f", ora {data.slot_time}" if data.slot_time else "")
    person = ", ".join(p for p in (data.name, data.address, data.contact) if p)
    fields = [
        ("Nr. înscrierii în audiență", data.number_text),
        ("Data audienței", when),
        ("Audiență acordată de", data.official or "—"),
        ("Solicitant", person or "—"),
        ("Problema prezentată", data.subject or "—"),
    ]
    if data.previous_number:
        fields.append(("Cerere anterioară", data.previous_number))
    if data.participants:
        fields.append(("Participanți din aparatul de specialitate", data.participants))
    fields += [
        ("Rezoluția / măsura dispusă", data.resolution or "—"),
        ("Compartiment responsabil", data.department or "—"),
        ("Termen", fmt_long(data.term) if data.term else "—"),
    ]
    return fields


def build_audience_note_pdf(data: AudienceNoteData, path: str | Path) -> Path:
    st = styles()
    width = A4[0] - 2 * MARGIN
    label = ParagraphStyle("an_label", parent=st.small, textColor=colors.Color(0.25, 0.25, 0.25))
    value = ParagraphStyle("an_value", parent=st.body_tight, fontSize=10, leading=13)
    strong = ParagraphStyle("an_strong", parent=value, fontName=st.bold)
    rows = [
        [
            Paragraph(esc(k), label),
            Paragraph(esc(v), strong if k.startswith("Rezoluția") else value),
        ]
        for k, v in note_fields(data)
    ]
    table = Table(
        rows,
        colWidths=[52 * mm, width - 52 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.Color(0.75, 0.75, 0.75)),
            ]
        ),
    )
    to = f"Către: {data.department}" if data.department else "Către: compartimentul responsabil"
    term = f" până la {fmt(data.term)}" if data.term else " în termenul stabilit"
    ask = (
        "Vă rugăm să duceți la îndeplinire măsura dispusă, să comunicați solicitantului răspunsul"
        f"{term} și să informați Centrul de Informare pentru Cetățeni despre modul de soluționare."
    )
    story: list[Flowable] = [
        *letterhead(data.institution, width),
        Paragraph(esc(f"Nr. {data.number_text}"), st.right),
        Spacer(1, 4 * mm),
        Paragraph(esc(to), st.bold_text),
        Spacer(1, 5 * mm),
        Paragraph(esc(TITLE.upper()), st.title),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 6 * mm),
        Paragraph(esc(ask), st.body_justified),
        Spacer(1, 8 * mm),
        signature_table(
            [
                Signature(data.role_title, data.official.split(",")[0]),
                Signature("Întocmit,", data.clerk, "Centrul de Informare pentru Cetățeni"),
                Signature(
                    "Primit,", "", f"{data.department or 'compartimentul'}, data ..........."
                ),
            ],
            width,
        ),
        Spacer(1, 6 * mm),
        Paragraph(esc(f"Tipărit la {fmt(data.printed_on)}."), st.tiny),
    ]
    return write_story(
        path, story, f"{TITLE} nr. {data.number_text}", (MARGIN, MARGIN, 14 * mm, 14 * mm)
    )
