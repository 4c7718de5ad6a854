"""„Formular de înscriere în audiență”: the sign-up slip, half an A4 page for the citizen and the
other half for the file, cut line between — the same sheet as the registration receipt
(`receipt.py`), whose letterhead, contact and data-protection texts it reuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from cic_desktop.domain.dates_ro import long_date_ro
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import styles
from cic_desktop.render.pdf.half_page_form import (
    build_two_copies_pdf,
    copy_head,
    fields_table,
    form_copy,
    signer_block,
)
from cic_desktop.render.pdf.receipt import CIC_NAME, gdpr_notice, short_subject, status_contact

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
    clerk = data.clerk or "...................................."
    sign = Table(
        [
            [
                signer_block("Am înscris,", f"{clerk}, {CIC_NAME}", 4 * mm),
                signer_block("Solicitant,", data.name or "—", 4 * mm),
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
    return form_copy(
        copy_head(data.institution, copy_label, width),
        TITLE,
        fields_table(slip_fields(data), width, emphasised={0, 3}),
        sign,
        [gdpr_notice(data.institution), MODEL_TAG],
    )


def build_signup_slip_pdf(data: SlipData, path: str | Path) -> Path:
    """One A4 page: the citizen's copy on the top half, the file copy below."""
    return build_two_copies_pdf(
        path,
        f"{TITLE} nr. {data.number_text}",
        COPIES,
        lambda copy_label, width: _copy_flowables(data, copy_label, width),
    )
