"""The petitions register's cells read back into values: the inverse of `petitions_register`.

Each function takes what the clerk wrote and returns stored values, or raises ValidationError with
a Romanian message quoting the cell. Labels are matched forgivingly (see `matching.key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from cic_desktop.domain.dates_ro import parse_date
from cic_desktop.domain.numbering import ParsedNumber, parse_registry_number
from cic_desktop.domain.text import normalize
from cic_desktop.errors import ValidationError
from cic_desktop.importing.matching import cell_text, key, lookup
from cic_desktop.labels import (
    FILING_REASON,
    PERSON_KIND,
    PETITION_CHANNEL,
    PETITION_KIND,
    PETITION_OUTCOME,
)
from cic_desktop.registers.petitions_register import ANNULLED_PREFIX
from db.enums import FilingReason

PERSON_KINDS = lookup(PERSON_KIND, {"PF": "natural", "PJ": "legal"})
KINDS = lookup(PETITION_KIND)
CHANNELS = lookup(
    PETITION_CHANNEL,
    {
        "registratură": "registry_desk",
        "online": "online_form",
        "audiență": "audience",
        "altă instituție": "other_institution",
    },
)
OUTCOMES = lookup(
    PETITION_OUTCOME,
    {"favorabilă": "favorable", "nefavorabilă": "unfavorable", "parțială": "partial"},
)
FILING_REASONS = lookup(
    FILING_REASON,
    {
        "anonimă": "anonymous",
        "anonim": "anonymous",
        "art. 7": "anonymous",
        "repetată": "repeated",
        "repetat": "repeated",
        "art. 10 alin. (2)": "repeated",
    },
)
EXAMPLE_NUMBER = "123/15.01.2026"

_EMAIL_RE = re.compile(r"^[^@\s;]+@[^@\s;]+\.[^@\s;]+$")
_JOINED_RE = re.compile(r"^conexat[ăa]?\s+la\s*(?:nr\.?\s*)?(?P<rest>.+)$", re.IGNORECASE)
_FILED_RE = re.compile(
    r"^clasat[ăa]?(?:\s*[:\-–—]\s*|\s+|$)(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
_FORWARDED_RE = re.compile(
    r"^redirec[țt]ionat[ăa]?\s+(?:c[ăa]tre|la)\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL
)
_ANNULLED_RE = re.compile(r"^(?:ANULAT|ANULATĂ)(?:\s*[:\-–—]\s*|\s+|$)(?P<rest>.*)$", re.DOTALL)
_ISO_NUMBER_RE = re.compile(
    r"(?P<number>\d{1,9})\s*/\s*(?:(?P<prefix>[A-Za-z0-9\-]{1,10})\s*/\s*)?"
    r"(?P<day>\d{4}-\d{1,2}-\d{1,2})"
)
_DATE_RE = re.compile(r"\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}")


def choice(text: str, table: dict[str, str], what: str, labels: dict) -> str:  # type: ignore[type-arg]
    """The stored code of a labelled value; `what` names it in the message (`Tipul petiției`)."""
    code = table.get(key(text))
    if code is None:
        allowed = ", ".join(f"„{label}”" for label in labels.values())
        raise ValidationError(
            "value", f"{what} „{text}” nu este recunoscut; scrieți una dintre: {allowed}."
        )
    return str(code)


def registration_number(text: str) -> ParsedNumber:
    """`123/15.01.2026` or `123/CIC/15.01.2026`: the number, its prefix and the registration date."""
    if not text.strip():
        raise ValidationError(
            "number", f"Completați numărul și data înregistrării (de exemplu {EXAMPLE_NUMBER})."
        )
    parsed = parse_registry_number(text) or _iso_number(text)
    if parsed is None or parsed.number < 1:
        raise ValidationError(
            "number",
            f"„{text}” nu este un număr de înregistrare de forma {EXAMPLE_NUMBER} "
            "(sau 123/PREFIX/15.01.2026).",
        )
    if parsed.day is None:
        raise ValidationError(
            "number", f"Lipsește data înregistrării din „{text}”; scrieți {EXAMPLE_NUMBER}."
        )
    return parsed


def _iso_number(text: str) -> ParsedNumber | None:
    """`6/2026-01-08` or `6/CIC/2026-01-08`: the date written the ISO way."""
    match = _ISO_NUMBER_RE.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = parse_date(match["day"])
    except ValidationError:
        return None
    return ParsedNumber(int(match["number"]), match["prefix"] or "", day.year, day)


def answer_date(text: str) -> date:
    """The date of an answer number such as `45/15.02.2025` (partidă numbering)."""
    parsed = parse_registry_number(text)
    if parsed is not None and parsed.day is not None:
        return parsed.day
    found = _DATE_RE.findall(text)
    if not found:
        raise ValidationError(
            "answer",
            f"„{text}” nu conține data răspunsului; scrieți numărul și data, de exemplu "
            "45/15.02.2025.",
        )
    return parse_date(found[-1], field="answer")


def split_address(text: str) -> tuple[str, str]:
    """`Str. Morii nr. 3; ana@example.ro` → (address, e-mail), as the export joins them."""
    head, separator, tail = text.rpartition(";")
    if separator and _EMAIL_RE.match(tail.strip()):
        return head.strip(), tail.strip()
    if _EMAIL_RE.match(text.strip()):
        return "", text.strip()
    return text.strip(), ""


def extension_until(value: object) -> date | None:
    """`nu` → None; `da, până la 05.05.2025` (or the date alone) → the extended legal deadline."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value).strip()
    folded = key(text)
    if folded in {"", "nu"}:
        return None
    found = _DATE_RE.findall(text)
    if found and (folded.startswith("da") or folded[:1].isdigit()):
        return parse_date(found[0], field="extension")
    if folded.startswith("da"):
        raise ValidationError(
            "extension",
            f"„{text}”: scrieți și data până la care s-a prelungit termenul, de exemplu "
            "„da, până la 05.05.2025”.",
        )
    raise ValidationError(
        "extension", f"„{text}” nu este recunoscut; scrieți „nu” sau „da, până la 05.05.2025”."
    )


@dataclass(frozen=True)
class Link:
    """The register's link column: joined to a number, filed with a reason, or forwarded."""

    kind: str  # "joined" | "filed" | "forwarded"
    joined: ParsedNumber | None = None
    filing_reason: str | None = None
    filing_note: str = ""
    institution: str = ""


def link(text: str) -> Link | None:
    """`conexat la 12/03.02.2025`, `clasat: anonimă (art. 7)`, `redirecționat către …`."""
    text = normalize(text)
    if not text:
        return None
    if match := _JOINED_RE.match(text):
        number = parse_registry_number(match["rest"].strip().rstrip("."))
        if number is None:
            raise ValidationError(
                "link",
                f"„{text}”: după „conexat la” scrieți numărul și data petiției, de exemplu "
                "„conexat la 12/03.02.2025”.",
            )
        return Link("joined", joined=number)
    if match := _FILED_RE.match(text):
        rest = match["rest"].strip()
        reason = FILING_REASONS.get(key(rest)) if rest else FilingReason.OTHER.value
        if reason is None:
            return Link("filed", filing_reason=FilingReason.OTHER.value, filing_note=rest)
        return Link("filed", filing_reason=str(reason))
    if match := _FORWARDED_RE.match(text):
        return Link("forwarded", institution=match["rest"].strip())
    raise ValidationError(
        "link",
        f"„{text}” nu este recunoscut; scrieți „conexat la 12/03.02.2025”, „clasat: motivul” sau "
        "„redirecționat către instituția competentă”.",
    )


def annulment(notes: str) -> tuple[str | None, str]:
    """`ANULAT – motiv` → (motiv, ""); other notes → (None, notes). The reason keeps the rest whole."""
    text = normalize(notes)
    match = _ANNULLED_RE.match(text)
    if match is None:
        return None, text
    reason = match["rest"].strip()
    if not reason:
        raise ValidationError(
            "notes", f"Scrieți motivul anulării după „{ANNULLED_PREFIX.strip()}”."
        )
    return reason, ""
