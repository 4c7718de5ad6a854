"""Small openpyxl helpers shared by the workbooks: styles, atomic saving, safe sheet names."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

DATE_FORMAT = "DD.MM.YYYY"
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
_THIN = Side(style="thin", color="8A94A6")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str) -> str:
    """Excel refuses some characters and more than 31 characters in a sheet name."""
    return _SHEET_FORBIDDEN.sub("-", text)[:31]


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary file next to `path`; it replaces `path` only if the block succeeds.

    A cancelled or failed export never leaves a half-written workbook under the clerk's name.
    """
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix or ".tmp", dir=target.parent or "."
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
