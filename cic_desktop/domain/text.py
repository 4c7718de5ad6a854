"""Text as the clerk types it: comma-below diacritics, no control characters, bounded length."""

from __future__ import annotations

import re
import unicodedata

from cic_desktop.errors import ValidationError

_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize(value: str | None) -> str:
    """NFC, cedilla ş ţ → comma-below ș ț, trimmed."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", value).translate(_CEDILLA_TO_COMMA).strip()


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Normalize and validate one text field; the Romanian message names the field by `label`."""
    text = normalize(value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    pattern = _CONTROL_RE if multiline else _CONTROL_SINGLE_LINE_RE
    if pattern.search(text):
        raise ValidationError(field, f"Câmpul „{label}” conține caractere de control nepermise.")
    if required and not text:
        raise ValidationError(field, f"Completați câmpul „{label}”.")
    if len(text) > max_length:
        raise ValidationError(
            field,
            f"Câmpul „{label}” are {len(text)} de caractere; sunt permise cel mult {max_length}.",
        )
    return text


def clean_email(value: str | None, *, field: str, label: str = "E-mail") -> str:
    text = clean_text(value, field=field, label=label, max_length=200)
    if text and not _EMAIL_RE.match(text):
        raise ValidationError(field, f"Adresa de e-mail „{text}” nu este validă.")
    return text


def search_key(value: str | None) -> str:
    """Lower case without diacritics (cedilla or comma): "Ștefan" and "stefan" give the same key."""
    decomposed = unicodedata.normalize("NFKD", normalize(value))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
