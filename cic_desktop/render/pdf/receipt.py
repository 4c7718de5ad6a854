"""„Confirmare de înregistrare” (SPEC §6): half an A4 page for the citizen, the other for the file.

General over registers: the document type and the legal term wording are passed in, so the
544 requests, complaints and audiences print the same receipt. `receipt_text` gives the same
content as plain text for an e-mail reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cic_desktop.domain.dates_ro import count_ro, fmt_long
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import styles
from cic_desktop.render.pdf.half_page_form import (
    build_two_copies_pdf,
    copy_head,
    fields_table,
    form_copy,
    signer_block,
)

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
    clerk = data.clerk or "...................................."
    sign = Table(
        [
            [
                signer_block("Am primit și înregistrat,", f"{clerk}, {CIC_NAME}", 5 * mm),
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
    return form_copy(
        copy_head(data.institution, copy_label, width),
        TITLE,
        fields_table(receipt_fields(data), width, emphasised={0}),
        sign,
        [gdpr_notice(data.institution), MODEL_TAG],
    )


def build_receipt_pdf(data: ReceiptData, path: str | Path) -> Path:
    """One A4 page: the citizen's copy on the top half, the file copy below, a cut line between."""
    return build_two_copies_pdf(
        path,
        f"{TITLE} nr. {data.number_text}",
        COPIES,
        lambda copy_label, width: _copy_flowables(data, copy_label, width),
    )
