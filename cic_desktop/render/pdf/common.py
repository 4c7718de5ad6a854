"""What every printed document shares: fonts, paragraph styles, escaping, safe file output."""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cic_desktop.render.pdf.fonts import register_fonts

PRODUCER = "CIC Desktop"
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of letters, receipts and lists (created once, shared)."""

    regular: str
    bold: str
    body: ParagraphStyle
    body_justified: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    label: ParagraphStyle
    bold_text: ParagraphStyle
    body_tight: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    centered: ParagraphStyle
    centered_bold: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@functools.cache
def styles() -> Styles:
    regular, bold = register_fonts()

    def style(name: str, size: float, *, font: str = regular, **kw: object) -> ParagraphStyle:
        kw.setdefault("leading", round(size * 1.25, 2))
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **kw)  # type: ignore[arg-type]

    return Styles(
        regular=regular,
        bold=bold,
        body=style("body", 10.5, alignment=TA_LEFT, leading=14, spaceAfter=6),
        body_justified=style(
            "body_justified", 10.5, alignment=TA_JUSTIFY, leading=14, spaceAfter=6
        ),
        small=style("small", 8.5, leading=10.5),
        tiny=style("tiny", 7, leading=8.5, textColor=GREY),
        label=style("label", 8.5, leading=10.5, textColor=GREY),
        bold_text=style("bold_text", 10.5, font=bold, leading=14),
        body_tight=style("body_tight", 10.5, leading=13),
        heading=style("heading", 9.5, font=bold, leading=12),
        title=style("title", 13, font=bold, alignment=TA_CENTER, leading=17, spaceAfter=2),
        centered=style("centered", 9.5, alignment=TA_CENTER, leading=12),
        centered_bold=style("centered_bold", 10.5, font=bold, alignment=TA_CENTER, leading=13),
        right=style("right", 8.5, alignment=TA_RIGHT, leading=10.5),
        cell=style("cell", 8.5, leading=10.2),
        cell_bold=style("cell_bold", 8.5, font=bold, leading=10.2),
    )


def esc(text: str) -> str:
    """Plain text as Paragraph markup: XML-escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def logo_image(logo: bytes | None) -> ImageReader | None:
    """The commune's logo, or None when missing or not a readable image (never fails a print)."""
    if not logo:
        return None
    try:
        image = ImageReader(io.BytesIO(logo))
        image.getSize()
    except Exception:  # noqa: BLE001 - a damaged logo must not stop a registration receipt
        return None
    return image


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Write to a temporary file beside `path`, then replace it: no half-written PDF is left."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def doc_info(title: str) -> dict[str, str]:
    """Metadata for BaseDocTemplate(...)."""
    return {"title": title, "author": PRODUCER, "creator": PRODUCER, "subject": title}


def write_story(
    path: str | os.PathLike[str],
    story: list[Flowable],
    title: str,
    margins: tuple[float, float, float, float],
    *,
    pagesize: tuple[float, float] = A4,
) -> Path:
    """Lay the flowables out on pages (`margins`: left, right, top, bottom) into `path`,
    atomically, with `title` in the document's metadata."""
    left, right, top, bottom = margins
    with atomic_output(path) as partial:
        SimpleDocTemplate(
            str(partial),
            pagesize=pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            **doc_info(title),
        ).build(story)
    return Path(path)


@dataclass(frozen=True)
class Signature:
    """A signature block: the role („Primar,”), the name under it, a place for the stamp."""

    role: str
    name: str = ""
    detail: str = ""
    stamp: bool = False


def signature_table(signatures: Sequence[Signature], width: float, *, gap: float = 9) -> Flowable:
    """Signature blocks side by side, each with a line to sign on (and „L.S.” if stamped)."""
    st = styles()
    if not signatures:
        return Spacer(1, 1)
    cells = []
    any_detail = any(sig.detail for sig in signatures)
    for sig in signatures:
        lines: list[Flowable] = [Paragraph(esc(sig.role), st.heading)]
        if any_detail:  # keeps the names and signature lines of the blocks level
            lines.append(Paragraph(esc(sig.detail) or "&nbsp;", st.small))
        if sig.name:
            lines.append(Paragraph(esc(sig.name), st.body_tight))
        lines.append(Spacer(1, gap * mm))
        lines.append(Paragraph("Semnătura ..............................", st.small))
        if sig.stamp:
            lines.append(Spacer(1, 1.5 * mm))
            lines.append(Paragraph("L.S.", st.small))
        cells.append(lines)
    return Table(
        [cells],
        colWidths=[width / len(cells)] * len(cells),
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign="LEFT",
    )
