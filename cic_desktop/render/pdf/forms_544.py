"""The standard forms of the norms (HG nr. 123/2002, as numbered since HG 478/2016; SPEC §1.8):
Anexa 4 (cerere de informații de interes public), Anexa 5 (reclamație administrativă după un
răspuns negativ) and Anexa 6 (reclamație administrativă când nu s-a răspuns în termen).

Each prints blank (dotted lines to fill by hand) or pre-filled from a registered request.
Anexa 5 body: the SPEC gives the fields, not the exact wording; Anexa 6 body is reconstructed [M].
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.render.pdf.common import atomic_output, doc_info, esc, styles

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

BLANK = "…" * 30
SHORT = "…" * 12
CHECKED, UNCHECKED = "☒", "☐"
LAW = "Legii nr. 544/2001 privind liberul acces la informațiile de interes public"


@dataclass(frozen=True)
class Anexa4Data:
    authority: str = ""
    authority_address: str = ""
    day: str = ""
    information: str = ""
    delivery: str = ""  # email | email_editable | paper | ""
    email: str = ""
    editable_format: str = ""
    address: str = ""
    name: str = ""
    profession: str = ""
    phone: str = ""
    fax: str = ""


@dataclass(frozen=True)
class ComplaintFormData:
    authority: str = ""
    authority_address: str = ""
    day: str = ""
    request_number: str = ""
    request_date: str = ""
    answer_date: str = ""
    official: str = ""
    documents: str = ""
    name: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""


def _v(value: str, blank: str = BLANK) -> str:
    return esc(value) if value.strip() else blank


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "title": ParagraphStyle(
            "f544_title", parent=st.title, spaceBefore=4 * mm, spaceAfter=5 * mm
        ),
        "annex": ParagraphStyle("f544_annex", parent=st.right, fontSize=9),
        "body": st.body_justified,
        "line": ParagraphStyle("f544_line", parent=st.body, spaceAfter=4),
        "indent": ParagraphStyle("f544_indent", parent=st.body, leftIndent=8 * mm, spaceAfter=3),
        "center": ParagraphStyle("f544_center", parent=st.body, alignment=TA_CENTER),
        "small": st.small,
    }


def _header(
    s: dict[str, ParagraphStyle], annex: str, authority: str, address: str, day: str
) -> list[Flowable]:
    return [
        Paragraph(esc(annex), s["annex"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Denumirea autorității sau instituției publice: {_v(authority)}", s["line"]),
        Paragraph(f"Sediul/Adresa: {_v(address)}", s["line"]),
        Paragraph(f"Data: {_v(day, SHORT)}", s["line"]),
    ]


def _build(path: str | Path, story: list[Flowable], title: str) -> Path:
    with atomic_output(path) as partial:
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=20 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            **doc_info(title),
        )
        doc.build(story)
    return Path(path)


def build_anexa4_pdf(path: str | Path, data: Anexa4Data | None = None) -> Path:
    """Anexa 4 – Formular-tip cerere de informații de interes public (labels in SPEC order)."""
    d = data or Anexa4Data()
    s = _styles()
    lines = [ln for ln in d.information.split("\n") if ln.strip()] or [BLANK * 2] * 5

    def tick(key: str) -> str:
        return CHECKED if d.delivery == key else UNCHECKED

    story = _header(
        s, "Anexa nr. 4 la Normele metodologice", d.authority, d.authority_address, d.day
    )
    story += [
        Paragraph("Formular-tip cerere de informații de interes public", s["title"]),
        Paragraph("Stimate domnule/Stimată doamnă ……………,", s["line"]),
        Paragraph(
            f"Prin prezenta formulez o cerere conform {LAW}, cu modificările și completările "
            "ulterioare. Doresc să primesc o copie de pe următoarele documente (petentul este "
            "rugat să enumere cât mai concret documentele sau informațiile solicitate):",
            s["body"],
        ),
        *[Paragraph(esc(line) if line != BLANK * 2 else line, s["indent"]) for line in lines],
        Spacer(1, 2 * mm),
        Paragraph("Doresc ca informațiile solicitate să îmi fie furnizate:", s["line"]),
        Paragraph(
            f"{tick('email')} Pe e-mail, la adresa {_v(d.email if d.delivery == 'email' else '')}",
            s["indent"],
        ),
        Paragraph(
            f"{tick('email_editable')} Pe e-mail în format editabil: {_v(d.editable_format, SHORT)} "
            f"la adresa {_v(d.email if d.delivery == 'email_editable' else '')}",
            s["indent"],
        ),
        Paragraph(
            f"{tick('paper')} Pe format de hârtie, la adresa "
            f"{_v(d.address if d.delivery == 'paper' else '')}",
            s["indent"],
        ),
        Paragraph(
            f"{UNCHECKED} Sunt dispus să plătesc costurile aferente serviciilor de copiere a "
            "documentelor solicitate (dacă se solicită copii în format scris).",
            s["body"],
        ),
        Spacer(1, 3 * mm),
        Paragraph("Vă mulțumesc pentru solicitudine,", s["line"]),
        Spacer(1, 8 * mm),
        Paragraph(f"{SHORT}<br/>(semnătura petentului)", s["line"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Numele și prenumele petentului: {_v(d.name)}", s["line"]),
        Paragraph(f"Adresa: {_v(d.address)}", s["line"]),
        Paragraph(f"E-mail: {_v(d.email)}", s["line"]),
        Paragraph(
            f"Profesia (opțional): {_v(d.profession, SHORT)} Telefon (opțional): "
            f"{_v(d.phone, SHORT)} Fax (opțional): {_v(d.fax, SHORT)}",
            s["line"],
        ),
    ]
    return _build(path, story, "Cerere de informații de interes public (Anexa nr. 4)")


def _complaint(path: str | Path, d: ComplaintFormData, *, negative: bool) -> Path:
    s = _styles()
    annex = (
        "Anexa nr. 5 la Normele metodologice" if negative else "Anexa nr. 6 la Normele metodologice"
    )
    number = "(1)" if negative else "(2)"
    story = _header(s, annex, d.authority, d.authority_address, d.day)
    story += [
        Paragraph(f"RECLAMAȚIE ADMINISTRATIVĂ {number}", s["title"]),
        Paragraph("Stimate domnule/Stimată doamnă ……………,", s["line"]),
    ]
    if negative:
        story.append(
            Paragraph(
                f"Prin prezenta formulez o reclamație administrativă, conform {LAW}, cu "
                f"modificările și completările ulterioare, întrucât la cererea nr. "
                f"{_v(d.request_number, SHORT)} din data de {_v(d.request_date, SHORT)} am primit "
                f"un răspuns negativ, la data de {_v(d.answer_date, SHORT)}, într-o scrisoare "
                f"semnată de {_v(d.official)} (completați numele respectivului funcționar).",
                s["body"],
            )
        )
    else:
        story.append(
            Paragraph(
                f"Prin prezenta formulez o reclamație administrativă, conform {LAW}, cu "
                f"modificările și completările ulterioare, întrucât nu am primit informațiile "
                f"solicitate în termenul legal, stabilit de lege, la cererea nr. "
                f"{_v(d.request_number, SHORT)} din data de {_v(d.request_date, SHORT)}.",
                s["body"],
            )
        )
    docs = [ln for ln in d.documents.split("\n") if ln.strip()]
    story += [
        Paragraph("Documentele de interes public solicitate erau următoarele:", s["line"]),
        *(
            [Paragraph(esc(line), s["indent"]) for line in docs]
            if docs
            else [Paragraph(BLANK * 2, s["indent"])] * 4
        ),
        Paragraph(
            "Documentele solicitate se încadrează în categoria informațiilor de interes public, "
            "din următoarele considerente:",
            s["line"],
        ),
        *[Paragraph(BLANK * 2, s["indent"])] * 3,
        Paragraph(
            "Prin prezenta solicit revenirea asupra deciziei de a nu primi informațiile de interes "
            "public solicitate în scris/în format electronic, considerând că dreptul meu la "
            "informație, conform legii, a fost lezat.",
            s["body"],
        ),
        Spacer(1, 3 * mm),
        Paragraph("Vă mulțumesc pentru solicitudine,", s["line"]),
        Spacer(1, 8 * mm),
        Paragraph(f"{SHORT}<br/>(semnătura petentului)", s["line"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Numele și adresa petentului: {_v(d.name)}", s["line"]),
        Paragraph(f"Adresa: {_v(d.address)}", s["line"]),
        Paragraph(f"Telefon: {_v(d.phone, SHORT)}", s["line"]),
        Paragraph(f"Fax: {_v(d.fax, SHORT)}", s["line"]),
    ]
    return _build(path, story, f"Reclamație administrativă {number}")


def build_anexa5_pdf(path: str | Path, data: ComplaintFormData | None = None) -> Path:
    """Anexa 5 – Reclamație administrativă (1), after a negative answer."""
    return _complaint(path, data or ComplaintFormData(), negative=True)


def build_anexa6_pdf(path: str | Path, data: ComplaintFormData | None = None) -> Path:
    """Anexa 6 – Reclamație administrativă (2), no answer within the legal term."""
    return _complaint(path, data or ComplaintFormData(), negative=False)


def anexa4_from_request(core: CicCore, entry_id: int) -> Anexa4Data:
    """Anexa 4 pre-filled from a registered request (e.g. a request taken at the desk, to sign)."""
    d = core.public_info.details(entry_id)
    inst = core.settings.institution()
    postal = d.requester_address if "@" not in d.requester_address else ""
    return Anexa4Data(
        authority=inst.display_name,
        authority_address=inst.address,
        day=fmt(d.entry.received_on),
        information=d.entry.subject,
        delivery=d.delivery_preference,
        email=d.requester_email,
        address=d.delivery_address if d.delivery_preference == "paper" else postal,
        name=d.entry.correspondent_name,
    )


def complaint_form_from_request(core: CicCore, entry_id: int) -> ComplaintFormData:
    """Anexa 5/6 pre-filled from the request the complaint is about."""
    d = core.public_info.details(entry_id)
    inst = core.settings.institution()
    number, _, day = d.entry.number_text.rpartition("/")
    return ComplaintFormData(
        authority=inst.display_name,
        authority_address=inst.address,
        day=fmt(core.clock.today()),
        request_number=number,
        request_date=day,
        answer_date=fmt(d.answered_on) if d.refusal_reason and d.answered_on else "",
        documents=d.entry.subject,
        name=d.entry.correspondent_name,
        address=d.delivery_address,
    )
