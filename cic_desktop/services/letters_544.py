"""Letters about requests for public information (Legea 544/2001): answer, extension notice,
reasoned refusal (legal grounds and remedies), redirect notice, answer to a complaint.

Default templates ship in `resources/templates/letters/info_<kind>.txt`; the commune's edited copies
live in `LetterTemplate` like the petition ones (`core.letters.save_template("info_refusal", …)`).
A draft fills the `{{name}}` placeholders from `core.public_info.details`; the clerk edits it and
prints it on letterhead with the shared letter renderer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto_public_info import ComplaintDetails, InfoRequestDetails
from cic_desktop.errors import ValidationError
from cic_desktop.labels import COMPLAINT_OUTCOME, DELIVERY_MODE
from cic_desktop.registers.public_info_register import exempt_text, money
from cic_desktop.render.pdf.common import Signature
from cic_desktop.render.pdf.letter import CIC_NAME, LetterDocument, build_letter_pdf
from cic_desktop.services.letters import current_template, fill
from db.enums import ComplaintOutcome, DeliveryMode, RefusalReason
from db.models import LetterTemplate

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

TEMPLATE_PREFIX = "info_"
KINDS: dict[str, str] = {
    "answer": "Răspuns la solicitarea de informații de interes public",
    "extension_notice": "Notificare privind prelungirea termenului de răspuns (art. 7 alin. (1))",
    "refusal": "Refuz motivat (art. 7 alin. (2) și art. 12 din Legea nr. 544/2001)",
    "redirect_notice": "Informare privind redirecționarea solicitării",
    "reclassify_notice": "Informare privind reîncadrarea solicitării ca petiție",
    "complaint_answer": "Răspuns la reclamația administrativă (art. 21)",
}
_REFERENCES = {
    "answer": "Răspuns la solicitarea de informații de interes public nr. {n}",
    "extension_notice": "Prelungirea termenului de răspuns la solicitarea nr. {n}",
    "refusal": "Solicitarea de informații de interes public nr. {n}",
    "redirect_notice": "Redirecționarea solicitării de informații de interes public nr. {n}",
    "reclassify_notice": "Reîncadrarea ca petiție a solicitării nr. {n}",
    "complaint_answer": "Reclamația administrativă nr. {c} privind solicitarea nr. {n}",
}
NONEXISTENT_TEXT = (
    "informațiile solicitate nu există în evidențele instituției noastre (nu au fost produse și "
    "nu sunt deținute de aceasta)"
)
PLACEHOLDERS_544: dict[str, str] = {
    "institutie": "numele autorității",
    "comuna": "numele comunei",
    "judet": "numele județului",
    "tribunal": "tribunalul județului (Tribunalul …)",
    "numar_inregistrare": "numărul și data înregistrării solicitării",
    "data_inregistrarii": "data înregistrării solicitării",
    "data_primirii": "data primirii solicitării",
    "solicitant": "numele solicitantului (sau denumirea)",
    "adresa": "adresa / e-mailul pentru răspuns",
    "informatia": "informația solicitată (pe scurt)",
    "data": "data scrisorii",
    "termen": "termenul de răspuns în vigoare",
    "numar_raspuns": "numărul și data răspunsului",
    "mod_comunicare": "modul de comunicare a răspunsului",
    "cost_copiere": "pagini copiate și costul lor (sau „nu este cazul”)",
    "rezumat_raspuns": "conținutul răspunsului (de completat) / informațiile nefurnizate",
    "motiv_refuz": "motivul refuzului, în cuvinte",
    "temei_refuz": "temeiul refuzului (art. 12 alin. (1) lit. … / informații inexistente)",
    "institutie_competenta": "instituția către care s-a redirecționat solicitarea",
    "data_redirectionarii": "data redirecționării",
    "data_reincadrarii": "data reîncadrării ca petiție",
    "numar_reclamatie": "numărul și data reclamației administrative",
    "rezultat_reclamatie": "soluționată favorabil / respinsă",
    "rezumat_reclamatie": "rezumatul răspunsului la reclamație",
    "primar": "numele primarului (semnatar)",
    "responsabil_544": "responsabilul cu aplicarea Legii nr. 544/2001",
    "responsabil_cic": "funcționarul CIC care întocmește scrisoarea",
    "telefon": "telefonul instituției",
    "email_institutie": "e-mailul instituției",
    "program": "programul cu publicul",
}


def template_code(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("kind", "Tip de scrisoare necunoscut.")
    return TEMPLATE_PREFIX + kind


def refusal_grounds(d: InfoRequestDetails) -> tuple[str, str]:
    """(reason in words, legal ground) of a refusal."""
    if d.refusal_reason == RefusalReason.EXEMPT:
        ground = exempt_text(d.exempt_letter)
        reason = "informațiile solicitate sunt exceptate de la liberul acces, potrivit " + ground
        if d.refusal_text:
            reason += f". {d.refusal_text}"
        return reason, ground.split(" – ")[0]
    if d.refusal_reason == RefusalReason.NONEXISTENT:
        return d.refusal_text or NONEXISTENT_TEXT, "informații inexistente"
    return d.refusal_text, "art. 7 alin. (2) din Legea nr. 544/2001"


class Letters544:
    """Drafts and prints the 544 letters. Use `Letters544(core)` (no core attribute yet)."""

    def __init__(self, core: CicCore) -> None:
        self._core = core

    def template(self, code: str) -> str:
        """The commune's edited template, or the shipped default."""
        return current_template(self._core, code)

    def _subject(
        self, entry_id: int, kind: str
    ) -> tuple[InfoRequestDetails, ComplaintDetails | None]:
        template_code(kind)
        if kind == "complaint_answer":
            complaint = self._core.public_info.complaint(entry_id)
            return self._core.public_info.details(complaint.request_entry_id), complaint
        return self._core.public_info.details(entry_id), None

    def placeholders(self, entry_id: int, kind: str) -> dict[str, str]:
        """`entry_id` is the request; for `complaint_answer`, the complaint's entry."""
        d, complaint = self._subject(entry_id, kind)
        return self._values(d, kind, complaint)

    def draft(self, entry_id: int, kind: str) -> str:
        d, complaint = self._subject(entry_id, kind)
        return fill(self.template(template_code(kind)), self._values(d, kind, complaint))

    def letter(self, entry_id: int, kind: str, body: str) -> LetterDocument:
        d, complaint = self._subject(entry_id, kind)
        values = self._values(d, kind, complaint)
        inst = self._core.settings.institution()
        addressee = [d.entry.correspondent_name or "……………"]
        addressee += [p.strip() for p in (d.delivery_address or "").split("\n") if p.strip()]
        number = values["numar_raspuns"] if kind in ("answer", "refusal") else ""
        if complaint is not None:
            base = complaint.entry.number_text.rsplit("/", 1)[0]
            number = f"{base}/{values['data']}"
        if not number or number == "……………":
            number = f"{d.entry.number_text.rsplit('/', 1)[0]}/{values['data']}"
        signatures = [
            Signature("PRIMAR,", values["primar"], stamp=True),
            Signature(
                "Responsabil Legea nr. 544/2001,",
                values["responsabil_544"] or self._core.current_user_name,
                detail=CIC_NAME,
            ),
        ]
        reference = _REFERENCES[kind].format(
            n=d.entry.number_text, c=complaint.entry.number_text if complaint else ""
        )
        return LetterDocument(
            institution=inst,
            number_line=f"Nr. {number}",
            addressee=addressee,
            reference=reference,
            body=body,
            signatures=signatures,
            title=KINDS[kind],
        )

    def print_letter(
        self, entry_id: int, kind: str, path: str | Path, body: str | None = None
    ) -> Path:
        text = body if body is not None else self.draft(entry_id, kind)
        return build_letter_pdf(self.letter(entry_id, kind, text), path)

    def _values(
        self, d: InfoRequestDetails, kind: str, complaint: ComplaintDetails | None
    ) -> dict[str, str]:
        core = self._core
        today = core.clock.today()
        inst = core.settings.institution()
        day = {
            "answer": d.answered_on,
            "refusal": d.answered_on,
            "extension_notice": d.notice_sent_on,
            "redirect_notice": d.redirected_on,
            "reclassify_notice": d.reclassified_on,
            "complaint_answer": complaint.answered_on if complaint else None,
        }.get(kind) or today
        mayor = core.settings.official_for("mayor", day)
        reason, ground = refusal_grounds(d) if d.refusal_reason else ("", "")
        copies = "nu este cazul"
        if d.copies_pages:
            copies = f"{d.copies_pages} pagini, {money(d.amount_due)} lei"
        summary = ""
        if d.partial and d.withheld_items:
            summary = (
                "Următoarele informații nu vă pot fi comunicate, fiind exceptate de la liberul "
                f"acces (art. 12 din Legea nr. 544/2001): {d.withheld_items}"
            )
        outcome = ""
        if complaint is not None and complaint.outcome != ComplaintOutcome.PENDING:
            outcome = COMPLAINT_OUTCOME[ComplaintOutcome(complaint.outcome)]
        answer_number = d.answer_number
        if not answer_number and kind in ("answer", "refusal"):
            answer_number = format_registry_number(d.entry.number, day, inst.number_prefix)
        return {
            "institutie": inst.display_name,
            "comuna": inst.commune,
            "judet": inst.county,
            "tribunal": f"Tribunalul {inst.county}" if inst.county else "",
            "numar_inregistrare": d.entry.number_text,
            "data_inregistrarii": fmt(d.entry.registered_on),
            "data_primirii": fmt(d.entry.received_on),
            "solicitant": d.entry.correspondent_name,
            "adresa": d.delivery_address,
            "informatia": d.entry.subject,
            "data": fmt(day),
            "termen": fmt(d.entry.legal_deadline) if d.entry.legal_deadline else "",
            "numar_raspuns": answer_number,
            "mod_comunicare": DELIVERY_MODE[DeliveryMode(d.delivery_mode)]
            if d.delivery_mode
            else "",
            "cost_copiere": copies,
            "rezumat_raspuns": summary,
            "motiv_refuz": reason,
            "temei_refuz": ground,
            "institutie_competenta": d.redirected_to,
            "data_redirectionarii": fmt(d.redirected_on) if d.redirected_on else "",
            "data_reincadrarii": fmt(d.reclassified_on) if d.reclassified_on else "",
            "numar_reclamatie": complaint.entry.number_text if complaint else "",
            "rezultat_reclamatie": outcome,
            "rezumat_reclamatie": complaint.answer_summary if complaint else "",
            "primar": mayor.name if mayor else "",
            "responsabil_544": inst.responsible_544,
            "responsabil_cic": core.current_user_name,
            "telefon": inst.phone,
            "email_institutie": inst.email,
            "program": " ".join(inst.public_hours.split()),
        }


def saved_templates(core: CicCore) -> list[str]:
    """Codes of the 544 templates the commune has edited."""
    with core.read() as session:
        return [
            code
            for code in session.scalars(select(LetterTemplate.code))
            if code.startswith(TEMPLATE_PREFIX)
        ]
