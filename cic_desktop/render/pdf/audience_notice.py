"""„Programul de audiențe”: the public notice of the audience programme.

Ex officio information (Legea nr. 544/2001, art. 5 alin. (1) lit. b)); HG nr. 478/2016 asks for
the way to sign up and the contact data for signing up, so both are printed under the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto import InstitutionData
from cic_desktop.dto_audiences import ScheduleData
from cic_desktop.render.pdf.common import (
    Signature,
    esc,
    signature_table,
    styles,
    write_story,
)
from cic_desktop.render.pdf.letterhead import letterhead

TITLE = "Programul de audiențe"
MARGIN = 16 * mm
LEGAL = (
    "Informație de interes public comunicată din oficiu, potrivit art. 5 alin. (1) lit. b) din "
    "Legea nr. 544/2001 privind liberul acces la informațiile de interes public."
)
DEFAULT_SIGNUP = (
    "Înscrierea în audiență se face la Centrul de Informare pentru Cetățeni, personal, telefonic "
    "sau prin e-mail, în nume propriu, cu indicarea problemei și, dacă există, a numărului cererii "
    "scrise anterioare. La audiență se prezintă actul de identitate."
)
PETITIONS = (
    "Problemele care nu pot fi soluționate în cadrul audienței se înregistrează ca petiții și "
    "primesc răspuns în scris în termen de 30 de zile de la data audienței (OG nr. 27/2002)."
)
HEADERS = ("Persoana care acordă audiența", "Ziua", "Ora", "Locul")
WIDTHS = (50, 56, 30, 42)


@dataclass(frozen=True)
class NoticeData:
    institution: InstitutionData
    schedules: Sequence[ScheduleData]
    mayor: str
    printed_on: date


def day_text(schedule: ScheduleData) -> str:
    """The day and recurrence: the schedule's own description up to its hours."""
    text = schedule.description_ro or ""
    head, separator, _ = text.partition(f", {schedule.start_time}")
    return head if separator else text


def hours_text(schedule: ScheduleData) -> str:
    return f"{schedule.start_time}–{schedule.end_time}"


def signup_texts(schedules: Sequence[ScheduleData]) -> list[str]:
    """The distinct sign-up channels of the programmes, or the usual wording."""
    seen: list[str] = []
    for schedule in schedules:
        text = " ".join(schedule.signup_channels.split())
        if text and text not in seen:
            seen.append(text)
    return seen or [DEFAULT_SIGNUP]


def contact_text(inst: InstitutionData) -> str:
    parts = []
    if inst.phone:
        parts.append(f"telefon {inst.phone}")
    if inst.email:
        parts.append(f"e-mail {inst.email}")
    if inst.address:
        parts.append(f"la sediul primăriei ({inst.address})")
    text = "Date de contact pentru înscriere: " + (", ".join(parts) or "la sediul primăriei")
    if inst.public_hours:
        text += f"; program cu publicul: {' '.join(inst.public_hours.split())}"
    return text + "."


def build_public_notice_pdf(data: NoticeData, path: str | Path) -> Path:
    st = styles()
    width = A4[0] - 2 * MARGIN
    cell = ParagraphStyle("pn_cell", parent=st.cell, fontSize=9.5, leading=12)
    bold = ParagraphStyle("pn_bold", parent=cell, fontName=st.bold)
    head = ParagraphStyle("pn_head", parent=st.cell_bold, fontSize=9, alignment=1)
    scale = width / sum(WIDTHS)
    rows: list[list[object]] = [[Paragraph(esc(h), head) for h in HEADERS]]
    for s in data.schedules:
        person = [
            Paragraph(esc(s.official_name), bold),
            Paragraph(esc(s.official_role_label), cell),
        ]
        rows.append(
            [
                person,
                Paragraph(esc(day_text(s)), cell),
                Paragraph(esc(hours_text(s)), cell),
                Paragraph(esc(s.place or "sediul primăriei"), cell),
            ]
        )
    if not data.schedules:
        rows.append([Paragraph("Nu este stabilit niciun program de audiențe.", cell), "", "", ""])
    table = Table(
        rows,
        colWidths=[w * scale for w in WIDTHS],
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ]
        ),
    )
    inst = data.institution
    subtitle = f"al conducerii Primăriei comunei {inst.commune}" if inst.commune else ""
    story: list[Flowable] = [*letterhead(inst, width), Spacer(1, 4 * mm)]
    story.append(
        Paragraph(
            esc(TITLE.upper()), ParagraphStyle("pn_t", parent=st.title, fontSize=16, leading=21)
        )
    )
    if subtitle:
        story.append(Paragraph(esc(subtitle), st.centered))
    story += [Spacer(1, 6 * mm), table, Spacer(1, 6 * mm)]
    story.append(Paragraph("Modul de înscriere", st.heading))
    story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(esc(text), st.body_justified) for text in signup_texts(data.schedules)]
    story.append(Paragraph(esc(contact_text(inst)), st.body_justified))
    story.append(Paragraph(esc(PETITIONS), st.body_justified))
    story += [
        Spacer(1, 8 * mm),
        signature_table([Signature("Primar,", data.mayor, stamp=True)], width / 2),
        Spacer(1, 8 * mm),
        Paragraph(esc(f"{LEGAL} Afișat la {fmt(data.printed_on)}."), st.tiny),
    ]
    return write_story(path, story, TITLE, (MARGIN, MARGIN, 14 * mm, 14 * mm))
