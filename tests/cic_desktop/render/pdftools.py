"""Reading the PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

DIACRITICS = "șțăîâȘȚĂÎÂ"

requires_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return _run(*args, str(path), "-")


def pdf_pages(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(path)), re.MULTILINE)
    assert match, "pdfinfo found no page count"
    return int(match[1])


def assert_fonts_embedded(path: Path) -> None:
    """Every font line of `pdffonts` says emb=yes, and nothing falls back to Helvetica."""
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "the PDF uses no font at all"
    for line in lines:
        # Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, generation.
        columns = line.split()
        assert columns[-5] == "yes", f"font not embedded: {line}"
        assert "Helvetica" not in line, line


def assert_diacritics(text: str, letters: str = DIACRITICS) -> None:
    missing = [c for c in letters if c not in text]
    assert not missing, f"missing diacritics in the PDF text: {missing}"
    assert "ş" not in text and "ţ" not in text, "cedilla ş/ţ printed instead of comma-below ș/ț"


def flat(text: str) -> str:
    """Whitespace collapsed, so a phrase wrapped over two lines is still found."""
    return " ".join(text.split())
