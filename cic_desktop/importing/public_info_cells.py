"""The 544 register's cells read back into values: the inverse of `public_info_register`.

Each function takes what the clerk wrote and returns stored values, or raises ValidationError with
a Romanian message quoting the cell. Labels are matched forgivingly (see `matching.key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from cic_desktop.domain.text import normalize
from cic_desktop.errors import ValidationError
from cic_desktop.importing.matching import key, lookup
from cic_desktop.labels import DELIVERY_MODE, INFO_CHANNEL, INFO_DOMAIN, VERBAL_OUTCOME
from cic_desktop.registers.public_info_register import REQUESTER_KIND
from db.enums import InfoDomain, RefusalReason

REQUESTER_KINDS = lookup(
    {code.value: label for code, label in REQUESTER_KIND.items()},
    {
        "PF": "natural",
        "PJ": "legal",
        "fizică": "natural",
        "juridică": "legal",
        "instituție publică": "public_body",
        "autoritate publică": "public_body",
    },
)
REQUESTER_LABELS = {"natural": "persoană fizică", "legal": "persoană juridică"}
CHANNELS = lookup(
    {code.value: label for code, label in INFO_CHANNEL.items()},
    {
        "hârtie": "paper",
        "scris": "paper",
        "scrisă": "paper",
        "poștă": "paper",
        "registratură": "paper",
        "electronic": "electronic",
        "e-mail": "electronic",
        "email": "electronic",
        "online": "electronic",
        "oral": "verbal",
        "telefonic": "verbal",
        "la ghișeu": "verbal",
    },
)
DELIVERY_MODES = lookup(
    {code.value: label for code, label in DELIVERY_MODE.items()},
    {
        "hârtie": "paper",
        "pe suport de hârtie": "paper",
        "poștă": "paper",
        "e-mail": "electronic",
        "email": "electronic",
        "pe suport electronic": "electronic",
        "oral": "verbal",
    },
)
DOMAINS = lookup(
    {code.value: label for code, label in INFO_DOMAIN.items()},
    {
        "banii publici": "public_money",
        "utilizarea banilor publici": "public_money",
        "atribuții": "duties",
        "modul de îndeplinire a atribuțiilor": "duties",
        "acte normative": "regulations",
        "reglementări": "regulations",
        "activitatea liderilor": "leaders",
        "Legea 544": "law_544",
        "Legea nr. 544/2001": "law_544",
        "alte": "other",
        "altele": "other",
    },
)
VERBAL_OUTCOMES = lookup(
    {code.value: label for code, label in VERBAL_OUTCOME.items()},
    {"răspuns": "answered_on_spot", "rezolvat": "answered_on_spot", "îndrumat": "sent_to_written"},
)

# Outcome column → (outcome kind, refusal reason). Kinds: favorable, partial, redirected, refused,
# reclassified.
OUTCOMES: dict[str, tuple[str, str | None]] = {
    key("favorabil"): ("favorable", None),
    key("favorabilă"): ("favorable", None),
    key("admis"): ("favorable", None),
    key("favorabil (parțial)"): ("partial", None),
    key("parțial"): ("partial", None),
    key("parțial favorabil"): ("partial", None),
    key("redirecționat"): ("redirected", None),
    key("redirecționată"): ("redirected", None),
    key("respins – informații exceptate"): ("refused", RefusalReason.EXEMPT.value),
    key("respins – informații inexistente"): ("refused", RefusalReason.NONEXISTENT.value),
    key("respins – alte motive"): ("refused", RefusalReason.OTHER.value),
    key("respins"): ("refused", RefusalReason.OTHER.value),
    key("reîncadrat ca petiție"): ("reclassified", None),
    key("reîncadrată ca petiție"): ("reclassified", None),
}
OUTCOME_LABELS = (
    "favorabil",
    "favorabil (parțial)",
    "redirecționat",
    "respins – informații exceptate",
    "respins – informații inexistente",
    "respins – alte motive",
    "reîncadrat ca petiție",
)

_REDIRECT_OUTCOME_RE = re.compile(
    r"^redirec[țţt]ionat[ăa]?\s+(?:c[ăa]tre|la)\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL
)
_REDIRECT_NOTE_RE = re.compile(
    r"^redirec[țţt]ionat[ăa]?\s+(?:c[ăa]tre|la)\s+(?P<inst>.+?)"
    r"(?:\s+la\s+(?P<day>\d{1,2}\.\d{1,2}\.\d{4}))?\s*(?:;\s*|$)",
    re.IGNORECASE | re.DOTALL,
)
_WITHHELD_RE = re.compile(
    r"^informa[țţt]ii\s+nefurnizate\s*:\s*(?P<items>.+?)\s*(?:;\s*|$)", re.IGNORECASE | re.DOTALL
)
_BASIS_RE = re.compile(
    r"^temei\s*:\s*art\.\s*12\s*alin\.\s*\(1\)(?:\s*lit\.\s*(?P<letter>[a-gA-G])\))?"
    r"\s*(?:din\s+Legea\s+nr\.\s*544/2001)?(?:\s*[–—-]\s*(?P<desc>[^;]*))?\s*(?:;\s*|$)",
    re.IGNORECASE | re.DOTALL,
)
_LETTER_RE = re.compile(r"art\.\s*12\b[^;]*?lit\.\s*(?P<letter>[a-gA-G])\)", re.IGNORECASE)
_COPIES_RE = re.compile(
    r"^(?P<pages>\d{1,6})\s*(?:pag(?:ini|\.)?)?\s*(?:/\s*(?P<due>[\d\s.,]+?)\s*(?:lei)?)?"
    r"\s*(?:\(\s*încasat\s+(?P<paid>[\d\s.,]+?)\s*(?:lei)?\s*\))?$",
    re.IGNORECASE,
)
LATE_MARK = "(după termen)"


def choice(text: str, table: dict[str, str], what: str, labels: object) -> str:
    """The stored code of a labelled value; `what` names it in the message (`Tipul solicitantului`)."""
    code = table.get(key(text))
    if code is None:
        values = labels.values() if isinstance(labels, dict) else labels
        allowed = ", ".join(f"„{label}”" for label in values)  # type: ignore[union-attr]
        raise ValidationError(
            "value", f"{what} „{text}” nu este recunoscut; scrieți una dintre: {allowed}."
        )
    return str(code)


def outcome(text: str) -> tuple[str, str | None, str]:
    """(kind, refusal reason, institution): `redirecționat către X` carries the institution."""
    found = OUTCOMES.get(key(text))
    if found is not None:
        return found[0], found[1], ""
    if match := _REDIRECT_OUTCOME_RE.match(normalize(text)):
        return "redirected", None, match["rest"].strip().rstrip(".")
    allowed = ", ".join(f"„{label}”" for label in OUTCOME_LABELS)
    raise ValidationError(
        "outcome",
        f"Modul de soluționare „{text}” nu este recunoscut; scrieți una dintre: {allowed}.",
    )


def domain(text: str) -> tuple[str, str, bool]:
    """(code, other text, recognised): `Altele: starea pădurilor` → ("other", "starea pădurilor")."""
    text = normalize(text)
    if not text:
        return InfoDomain.OTHER.value, "", False
    code = DOMAINS.get(key(text))
    if code is not None:
        return code, "", True
    head, separator, tail = text.partition(":")
    if separator and DOMAINS.get(key(head)) == InfoDomain.OTHER:
        return InfoDomain.OTHER.value, tail.strip(), True
    return InfoDomain.OTHER.value, text, False


def _amount(text: str, cell: str) -> Decimal:
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned).quantize(Decimal("0.01"))
    except InvalidOperation as error:
        raise ValidationError(
            "copies", f"„{cell}”: suma „{text}” nu este un număr; scrieți de exemplu „25 / 15,00”."
        ) from error


def copies(text: str) -> tuple[int, Decimal, Decimal]:
    """`25 / 15,00` or `25 / 15,00 (încasat 10,00)` → (pages, due, collected)."""
    text = normalize(text)
    if not text:
        return 0, Decimal("0"), Decimal("0")
    match = _COPIES_RE.match(text)
    if match is None:
        raise ValidationError(
            "copies",
            f"„{text}” nu este recunoscut; scrieți numărul de pagini și suma, de exemplu "
            "„25 / 15,00”.",
        )
    pages = int(match["pages"])
    due = _amount(match["due"], text) if match["due"] else Decimal("0")
    paid = _amount(match["paid"], text) if match["paid"] else due
    return pages, due, paid


@dataclass(frozen=True)
class NotesParts:
    """What the export writes into Observații, taken apart again."""

    redirected_to: str = ""
    redirected_on_text: str = ""
    withheld_items: str = ""
    exempt_letter: str | None = None
    rest: str = ""


def notes_parts(text: str, kind: str, reason: str | None) -> NotesParts:
    """Split the notes (without the annulment) by the parts `public_info_register._notes` writes."""
    text = (text or "").strip()
    redirected_to = redirected_on = withheld = ""
    letter: str | None = None
    if kind == "redirected" and (match := _REDIRECT_NOTE_RE.match(text)):
        redirected_to = match["inst"].strip()
        redirected_on = match["day"] or ""
        text = text[match.end() :].strip()
    if kind == "partial" and (match := _WITHHELD_RE.match(text)):
        withheld = match["items"].strip()
        text = text[match.end() :].strip()
    if kind == "refused" and reason == RefusalReason.EXEMPT:
        if match := _BASIS_RE.match(text):
            letter = match["letter"].lower() if match["letter"] else None
            text = text[match.end() :].strip()
        elif match := _LETTER_RE.search(text):
            letter = match["letter"].lower()
    return NotesParts(redirected_to, redirected_on, withheld, letter, text)
