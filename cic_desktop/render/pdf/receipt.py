"""„Confirmare de înregistrare” (SPEC §6): half an A4 page for the citizen, the other for the file.

General over registers: the document type and the legal term wording are passed in, so the
544 requests, complaints and audiences print the same receipt. `receipt_text` gives the same
content as plain text for an e-mail reply.
"""

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

from cic_desktop.domain.dates_ro import count_ro, fmt_long
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import PRODUCER, atomic_output, esc, styles
from cic_desktop.render.pdf.letterhead import compact_letterhead

TITLE = "Confirmare de înregistrare"
COPIES = ("Exemplar pentru petent", "Exemplar pentru dosar")
CIC_NAME = "Centrul de Informare pentru Cetățeni"
MAX_SUBJECT = 350
MODEL_TAG = "Model CIC Desktop: confirmare de înregistrare, versiunea 1"


@dataclass(frozen=True)
class ReceiptData:
    institution: InstitutionData
    number_text: str
    registered_at: datetime | date
    document_type: str  # „petiție (OG nr. 27/2002)”
    subject: str
    petitioner: str
    clerk: str
    pages: int = 0
    annexes: int = 0
    term_text: str = ""  # the rule's receipt_term_ro: „30 de zile (art. 8 … OG nr. 27/2002)”
    deadline: date | None = None
    delivery: str = ""  # „prin poștă, la adresa …” / „prin e-mail, la adresa …”
    show_time: bool = True
    person_label: str = "Petent"

    @property
    def registered_text(self) -> str:
        when = self.registered_at
        if self.show_time and isinstance(when, datetime):
            return f"{self.number_text}, ora {when:%H:%M}"
        return self.number_text


def short_subject(subject: str, limit: int = MAX_SUBJECT) -> str:
    text = " ".join(subject.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def status_contact(inst: InstitutionData) -> str:
    parts = []
    if inst.phone:
        parts.append(f"telefon {inst.phone}")
    if inst.email:
        parts.append(f"e-mail {inst.email}")
    text = ", ".join(parts) or "la sediul instituției"
    if inst.public_hours:
        text += f"; program cu publicul: {' '.join(inst.public_hours.split())}"
    return text + ". Vă rugăm să indicați numărul de înregistrare."


def gdpr_notice(inst: InstitutionData) -> str:
    contact = inst.dpo_contact or "la sediul instituției"
    return (
        f"Datele cu caracter personal sunt prelucrate de {inst.display_name}, ca operator, în "
        "temeiul art. 6 alin. (1) lit. c) și e) din Regulamentul (UE) 2016/679, numai pentru "
        "soluționarea documentului și arhivarea lui potrivit legii; nu sunt transmise altor "
        "destinatari decât în cazurile prevăzute de lege. Aveți drepturile de acces, rectificare, "
        "ștergere, restricționare și opoziție, precum și dreptul de a vă adresa ANSPDCP. "
        f"Responsabilul cu protecția datelor: {contact}."
    )


def receipt_fields(data: ReceiptData) -> list[tuple[str, str]]:
    """The receipt's content as (label, value) pairs, shared by the PDF and the e-mail text."""
    fields = [
        ("Nr. și data înregistrării", data.registered_text),
        ("Tipul documentului", data.document_type),
        (data.person_label, data.petitioner or "—"),
        ("Obiectul (pe scurt)", short_subject(data.subject)),
    ]
    if data.pages or data.annexes:
        fields.append(
            (
                "Număr de file / anexe",
                f"{count_ro(data.pages, 'filă', 'file')}, {count_ro(data.annexes, 'anexă', 'anexe')}",
            )
        )
    if data.term_text:
        term = data.term_text
        if data.deadline:
            term += f"; termenul se împlinește la {fmt_long(data.deadline)}"
        fields.append(("Termenul legal de răspuns", term))
    if data.delivery:
        fields.append(("Răspunsul va fi transmis", data.delivery))
    fields.append(("Informații despre stadiu", status_contact(data.institution)))
    return fields


def receipt_text(data: ReceiptData) -> str:
    """The receipt as plain text, to paste into an e-mail reply to the petitioner."""
    inst = data.institution
    lines = [inst.display_name]
    details = " · ".join(p for p in (inst.address, f"CIF {inst.cif}" if inst.cif else "") if p)
    if details:
        lines.append(details)
    lines += ["", TITLE.upper(), "", "Vă confirmăm înregistrarea documentului dumneavoastră:", ""]
    lines += [f"{label}: {value}" for label, value in receipt_fields(data)]
    lines += ["", "Cu stimă,", data.clerk or CIC_NAME]
    lines += [f"{CIC_NAME}, {inst.display_name}", "", gdpr_notice(inst)]
    return "\n".join(lines)


def _copy_flowables(data: ReceiptData, copy_label: str, width: float) -> list[Flowable]:
    st = styles()
    label_style = ParagraphStyle(
        "rc_label", parent=st.small, textColor=colors.Color(0.25, 0.25, 0.25)
    )
    value_style = ParagraphStyle("rc_value", parent=st.cell, fontSize=9, leading=11.2)
    copy_style = ParagraphStyle("rc_copy", parent=st.right, fontName=st.bold, fontSize=8.5)
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
    number_style = ParagraphStyle("rc_number", parent=value_style, fontName=st.bold, fontSize=10)
    rows = [
        [
            Paragraph(esc(label), label_style),
            Paragraph(esc(value), number_style if i == 0 else value_style),
        ]
        for i, (label, value) in enumerate(receipt_fields(data))
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
                    Paragraph("Am primit și înregistrat,", st.small),
                    Paragraph(esc(f"{clerk}, {CIC_NAME}"), st.cell_bold),
                    Spacer(1, 5 * mm),
                    Paragraph("Semnătura ..............................", st.small),
                ],
                Paragraph("L.S.", ParagraphStyle("rc_ls", parent=st.centered, fontSize=9)),
            ]
        ],
        colWidths=[width * 0.7, width * 0.3],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    title = ParagraphStyle("rc_title", parent=st.title, fontSize=12.5, leading=15, spaceAfter=0)
    tiny = ParagraphStyle("rc_tiny", parent=st.tiny, fontSize=6.5, leading=7.8)
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


def _cut_line(canv: Canvas, y: float, width: float) -> None:
    st = styles()
    canv.saveState()
    canv.setDash(3, 3)
    canv.setLineWidth(0.5)
    canv.line(8 * mm, y, width - 8 * mm, y)
    canv.setDash()
    canv.setFont(st.regular, 7)
    label = "✂ Decupați aici"
    text_w = canv.stringWidth(label, st.regular, 7) + 4
    canv.setFillColor(colors.white)
    canv.rect(width / 2 - text_w / 2, y - 4, text_w, 8, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.drawCentredString(width / 2, y - 2.4, label)
    canv.restoreState()


def build_receipt_pdf(data: ReceiptData, path: str | Path) -> Path:
    """One A4 page: the citizen's copy on the top half, the file copy below, a cut line between."""
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
