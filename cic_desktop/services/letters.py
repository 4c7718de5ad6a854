"""Letters to petitioners (answer, forwarding, extension, filing notices) and the receipt.

Default templates ship read-only in `resources/templates/letters/<code>.txt`; the commune's
edited copies live in the database (`LetterTemplate`). A draft fills a template's `{{name}}`
placeholders from the case; the clerk edits it and the text is kept with the case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop import paths
from cic_desktop.domain.dates_ro import count_ro, days_ro, fmt
from cic_desktop.domain.deadlines import get_rule
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_petitions import LetterData, PetitionDetails
from cic_desktop.errors import ValidationError
from cic_desktop.labels import FILING_REASON, PETITION_CHANNEL, PETITION_KIND, PETITION_OUTCOME
from cic_desktop.render.pdf.letter import (
    FORWARD_COVER,
    LETTER_KINDS,
    department_head,
    letter_date,
    outgoing_number,
    render_letter_pdf,
)
from cic_desktop.render.pdf.receipt import ReceiptData, build_receipt_pdf, receipt_text
from cic_desktop.services import audit
from db.enums import (
    AuditAction,
    FilingReason,
    PetitionChannel,
    PetitionKind,
    PetitionOutcome,
)
from db.models import LetterTemplate

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

TEMPLATE_PREFIX = "petition_"
TEMPLATE_DIR = ("templates", "letters")
MAX_TEMPLATE = 20_000
EMPTY_VALUE = "……………"
DOCUMENT_TYPE = "petiție (OG nr. 27/2002)"

PLACEHOLDERS: dict[str, str] = {
    "institutie": "numele autorității: Primăria comunei …, județul …",
    "comuna": "numele comunei",
    "judet": "numele județului",
    "numar_inregistrare": "numărul și data înregistrării petiției (12/20.03.2026)",
    "data_inregistrarii": "data înregistrării petiției",
    "data_primirii": "data la care a sosit petiția",
    "petitionar": "numele petiționarului (sau denumirea organizației)",
    "adresa": "adresa petiționarului (sau e-mailul, dacă nu are adresă)",
    "email": "adresa de e-mail a petiționarului",
    "obiect": "obiectul petiției (rezumat)",
    "tip_petitie": "cerere / reclamație / sesizare / propunere",
    "mod_primire": "cum a sosit petiția (depusă la registratură, poștă, e-mail …)",
    "file": "numărul de file și de anexe ale petiției",
    "data": "data scrisorii (data răspunsului, a redirecționării, a prelungirii, a clasării)",
    "termen": "termenul legal de răspuns în vigoare (după o eventuală prelungire)",
    "termen_initial": "termenul legal de 30 de zile, înainte de prelungire",
    "zile_prelungire": "cu câte zile s-a prelungit termenul (art. 9)",
    "motiv_prelungire": "motivul prelungirii",
    "institutie_competenta": "instituția către care s-a redirecționat petiția (art. 6¹)",
    "data_redirectionarii": "data redirecționării",
    "motiv_clasare": "motivul clasării",
    "data_clasarii": "data clasării",
    "numar_raspuns": "numărul și data răspunsului (partidă: numărul petiției, data răspunsului)",
    "mod_solutionare": "favorabil / nefavorabil / parțial",
    "rezumat_raspuns": "conținutul răspunsului, așa cum a fost consemnat la soluționare",
    "temei_legal": "temeiul legal al soluției (art. 13 din OG nr. 27/2002)",
    "compartiment": "compartimentul care a soluționat petiția",
    "primar": "numele primarului (semnatar)",
    "sef_compartiment": "numele șefului compartimentului (semnatar)",
    "responsabil_cic": "numele funcționarului CIC care întocmește scrisoarea",
    "telefon": "telefonul instituției",
    "email_institutie": "adresa de e-mail a instituției",
    "program": "programul cu publicul",
}
_PLACEHOLDER_RE = re.compile(r"\{\{\s*([^{}\s]+)\s*\}\}")
_FILING_SENTENCE = {
    FilingReason.ANONYMOUS: (
        "petiția nu conține datele de identificare ale petiționarului",
        "art. 7 din OG nr. 27/2002",
    ),
    FilingReason.REPEATED: (
        "petiția are același conținut cu o petiție anterioară, la care vi s-a transmis deja răspuns",
        "art. 10 alin. (2) din OG nr. 27/2002",
    ),
}


@dataclass(frozen=True)
class TemplateInfo:
    code: str
    label: str
    customized: bool
    updated_at: datetime | None


def template_code(kind: str) -> str:
    if kind not in LETTER_KINDS:
        raise ValidationError("kind", "Tip de scrisoare necunoscut.")
    return TEMPLATE_PREFIX + kind


def default_template(code: str) -> str:
    """The shipped template text (resources/templates/letters/<code>.txt)."""
    path = paths.resource(*TEMPLATE_DIR, f"{code}.txt")
    if not path.is_file():
        raise ValidationError("code", f"Modelul de scrisoare „{code}” nu există.")
    return path.read_text(encoding="utf-8")


def current_template(core: CicCore, code: str) -> str:
    """The commune's edited template, or the shipped default."""
    default = default_template(code)
    with core.read() as session:
        row = session.get(LetterTemplate, code)
        return row.body if row is not None else default


def fill(template: str, values: dict[str, str]) -> str:
    """Replace known `{{name}}` placeholders; unknown ones stay visible, as typed."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            return match.group(0)
        return values[name] or EMPTY_VALUE

    return _PLACEHOLDER_RE.sub(substitute, template)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders the app does not know (a typo in an edited template), in order of appearance."""
    seen: list[str] = []
    for name in _PLACEHOLDER_RE.findall(text):
        if name not in PLACEHOLDERS and name not in seen:
            seen.append(name)
    return seen


def filing_reason(d: PetitionDetails) -> tuple[str, str]:
    """(sentence, legal basis) of a filing."""
    if d.filing_reason in _FILING_SENTENCE:
        return _FILING_SENTENCE[FilingReason(d.filing_reason)]
    if d.filing_reason:
        label = FILING_REASON[FilingReason(d.filing_reason)]
        return (d.filing_note or label, "OG nr. 27/2002")
    return ("", "")


class LettersService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- templates -----------------------------------------------------------------------------

    def templates(self) -> list[TemplateInfo]:
        with self._core.read() as session:
            edited = {
                row.code: row.updated_at
                for row in session.execute(select(LetterTemplate)).scalars()
            }
        return [
            TemplateInfo(
                template_code(kind),
                label,
                template_code(kind) in edited,
                edited.get(template_code(kind)),
            )
            for kind, label in LETTER_KINDS.items()
        ]

    def template(self, code: str) -> str:
        """The commune's edited template, or the shipped default."""
        return current_template(self._core, code)

    def save_template(self, code: str, body: str) -> str:
        default_template(code)  # refuses unknown codes
        body = clean_text(
            body,
            field="body",
            label="Textul modelului",
            max_length=MAX_TEMPLATE,
            required=True,
            multiline=True,
        )
        with self._core.write() as session:
            row = session.get(LetterTemplate, code)
            before = row.body if row is not None else None
            if row is None:
                row = LetterTemplate(code=code, body=body, updated_at=self._core.clock.now())
                session.add(row)
            row.body, row.updated_at = body, self._core.clock.now()
            row.updated_by_id = self._core.current_user_id
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.SETTINGS,
                entity="letter_template",
                entity_id=None,
                summary=f"Model de scrisoare modificat: {code}",
                before={"code": code, "body": before},
                after={"code": code, "body": body},
            )
        return body

    def reset_template(self, code: str) -> str:
        """Drop the commune's edited copy; the shipped default applies again."""
        default = default_template(code)
        with self._core.write() as session:
            row = session.get(LetterTemplate, code)
            if row is not None:
                before = row.body
                session.delete(row)
                audit.record(
                    session,
                    self._core,
                    action=AuditAction.SETTINGS,
                    entity="letter_template",
                    entity_id=None,
                    summary=f"Model de scrisoare readus la forma implicită: {code}",
                    before={"code": code, "body": before},
                )
        return default

    # -- drafts --------------------------------------------------------------------------------

    def placeholders(self, entry_id: int, kind: str) -> dict[str, str]:
        details = self._core.petitions.details(entry_id)
        return self._values(details, kind)

    def saved_letter(self, entry_id: int, kind: str) -> LetterData | None:
        template_code(kind)
        details = self._core.petitions.details(entry_id)
        return next((letter for letter in details.letters if letter.kind == kind), None)

    def draft(self, entry_id: int, kind: str) -> str:
        """The letter kept with the case, else the template filled from the case."""
        code = template_code(kind)
        details = self._core.petitions.details(entry_id)
        saved = next((letter for letter in details.letters if letter.kind == kind), None)
        if saved is not None:
            return saved.body
        return fill(self.template(code), self._values(details, kind))

    def save(self, entry_id: int, kind: str, body: str) -> LetterData:
        """Keep the edited letter with the case."""
        template_code(kind)
        return self._core.petitions.save_letter(entry_id, kind, body)

    def print_letter(
        self, entry_id: int, kind: str, path: str | Path, body: str | None = None
    ) -> Path:
        """Print on letterhead; without `body`, the draft (saved letter or filled template)."""
        text = body if body is not None else self.draft(entry_id, kind)
        return render_letter_pdf(self._core, entry_id, kind, text, path)

    def _values(self, d: PetitionDetails, kind: str) -> dict[str, str]:
        core = self._core
        today = core.clock.today()
        inst = core.settings.institution()
        mayor = d.signatory_mayor or getattr(core.settings.official_for("mayor", today), "name", "")
        head = d.signatory_head or department_head(core, d)
        sentence, basis = filing_reason(d)
        temei = {
            "answer": d.legal_basis,
            "forward_notice": "art. 6¹ din OG nr. 27/2002",
            FORWARD_COVER: "art. 6¹ din OG nr. 27/2002",
            "extension_notice": "art. 9 din OG nr. 27/2002",
            "filing_notice": basis,
        }[kind]
        return {
            "institutie": inst.display_name,
            "comuna": inst.commune,
            "judet": inst.county,
            "numar_inregistrare": d.number_text,
            "data_inregistrarii": fmt(d.entry.registered_on),
            "data_primirii": fmt(d.entry.received_on),
            "petitionar": d.entry.correspondent_name,
            "adresa": d.petitioner_address or d.petitioner_email,
            "email": d.petitioner_email,
            "obiect": d.entry.subject,
            "tip_petitie": PETITION_KIND[PetitionKind(d.kind)],
            "mod_primire": PETITION_CHANNEL[PetitionChannel(d.channel)],
            "file": (
                f"{count_ro(d.pages, 'filă', 'file')}, {count_ro(d.annexes, 'anexă', 'anexe')}"
            ),
            "data": fmt(letter_date(d, kind, today)),
            "termen": fmt(d.entry.legal_deadline) if d.entry.legal_deadline else "",
            "termen_initial": fmt(d.base_legal_deadline) if d.base_legal_deadline else "",
            "zile_prelungire": days_ro(d.extension_days) if d.extension_days else "",
            "motiv_prelungire": d.extension_reason
            or "sunt necesare informații și verificări suplimentare",
            "institutie_competenta": d.forwarded_to,
            "data_redirectionarii": fmt(d.forwarded_on) if d.forwarded_on else "",
            "motiv_clasare": sentence,
            "data_clasarii": fmt(d.filed_on) if d.filed_on else "",
            "numar_raspuns": outgoing_number(d, "answer", today) if kind == "answer" else "",
            "mod_solutionare": PETITION_OUTCOME[PetitionOutcome(d.outcome)] if d.outcome else "",
            "rezumat_raspuns": d.answer_summary,
            "temei_legal": temei,
            "compartiment": d.department_name,
            "primar": mayor,
            "sef_compartiment": head,
            "responsabil_cic": core.current_user_name,
            "telefon": inst.phone,
            "email_institutie": inst.email,
            "program": " ".join(inst.public_hours.split()),
        }

    # -- receipt -------------------------------------------------------------------------------

    def receipt(self, entry_id: int) -> ReceiptData:
        """The registration receipt of a petition (SPEC §6)."""
        d = self._core.petitions.details(entry_id)
        rule = get_rule(d.entry.deadline_rule) if d.entry.deadline_rule else None
        return ReceiptData(
            institution=self._core.settings.institution(),
            number_text=d.number_text,
            registered_at=d.entry.created_at,
            document_type=DOCUMENT_TYPE,
            subject=d.entry.subject,
            petitioner=d.entry.correspondent_name,
            clerk=self._core.current_user_name,
            pages=d.pages,
            annexes=d.annexes,
            term_text=rule.receipt_term_ro if rule else "",
            # The term stated at registration, even when reprinted after an extension.
            deadline=d.base_legal_deadline or d.entry.legal_deadline,
            delivery=delivery_text(d),
            show_time=not d.entry.imported,  # an imported entry's time is the import's
        )

    def print_receipt(self, entry_id: int, path: str | Path) -> Path:
        return build_receipt_pdf(self.receipt(entry_id), path)

    def receipt_text(self, entry_id: int) -> str:
        return receipt_text(self.receipt(entry_id))


def delivery_text(d: PetitionDetails) -> str:
    """How the answer will reach the petitioner: e-mail for e-mailed petitions, else post."""
    by_email = d.channel in (PetitionChannel.EMAIL, PetitionChannel.ONLINE_FORM)
    if d.petitioner_email and (by_email or not d.petitioner_address):
        return f"prin e-mail, la adresa {d.petitioner_email}"
    if d.petitioner_address:
        return f"prin poștă, la adresa: {d.petitioner_address}"
    return "petiționarul nu a indicat o adresă de corespondență"
