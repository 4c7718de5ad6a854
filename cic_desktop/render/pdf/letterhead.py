"""The town hall's letterhead: ROMÂNIA / JUDEȚUL … / PRIMĂRIA COMUNEI …, contacts, logo."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Table, TableStyle

from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import esc, logo_image, styles


def authority_lines(inst: InstitutionData) -> list[str]:
    """„ROMÂNIA”, „JUDEȚUL BIHOR”, „PRIMĂRIA COMUNEI SÂNMARTIN” as headed paper shows them."""
    lines = ["ROMÂNIA"]
    if inst.county:
        lines.append(f"JUDEȚUL {inst.county.upper()}")
    lines.append(f"PRIMĂRIA COMUNEI {inst.commune.upper()}" if inst.commune else "PRIMĂRIA")
    return lines


def contact_line(inst: InstitutionData) -> str:
    parts = []
    if inst.cif:
        parts.append(f"CIF {inst.cif}")
    if inst.phone:
        parts.append(f"Tel. {inst.phone}")
    if inst.email:
        parts.append(f"E-mail {inst.email}")
    if inst.website:
        parts.append(inst.website)
    return " · ".join(parts)


def letterhead(inst: InstitutionData, width: float) -> list[Flowable]:
    """Full letterhead for letters and lists: authority lines, address, contacts, a rule."""
    st = styles()
    authority = ParagraphStyle("lh_authority", parent=st.heading, fontSize=10, leading=12.5)
    lines = authority_lines(inst)
    text: list[Flowable] = [Paragraph(esc(line), authority) for line in lines]
    if inst.address:
        text.append(Paragraph(esc(inst.address), st.small))
    if contact := contact_line(inst):
        text.append(Paragraph(esc(contact), st.small))
    image = logo_image(inst.logo)
    if image is not None and inst.logo:
        w, h = image.getSize()
        logo_w = min(20 * mm * w / h, 40 * mm)  # 20 mm tall, at most 40 mm wide
        logo = Image(io.BytesIO(inst.logo), width=logo_w, height=logo_w * h / w)
        head: Flowable = Table(
            [[logo, text]],
            colWidths=[logo_w + 4 * mm, width - logo_w - 4 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), st.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        flowables: list[Flowable] = [head]
    else:
        flowables = list(text)
    flowables.append(
        HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=8)
    )
    return flowables


def compact_letterhead(inst: InstitutionData) -> list[Flowable]:
    """Two lines for half-page documents: the authority's name, then address and CIF."""
    st = styles()
    flowables: list[Flowable] = [Paragraph(esc(inst.display_name), st.heading)]
    details = " · ".join(p for p in (inst.address, f"CIF {inst.cif}" if inst.cif else "") if p)
    if details:
        flowables.append(Paragraph(esc(details), st.small))
    return flowables
