"""The general book renderer on its own: chunks, cancel between chunks, very tall rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cic_desktop.jobs import Cancelled, CancelToken
from cic_desktop.render.pdf.registry_book import (
    CHUNK_ROWS,
    BookColumn,
    BookRow,
    BookSpec,
    build_registry_book,
)
from tests.cic_desktop.render.pdftools import flat, pdf_pages, pdf_text, requires_poppler

pytestmark = requires_poppler

COLUMNS = (
    BookColumn("Nr. crt.", 10, "CENTRE"),
    BookColumn("Conținut", 120),
    BookColumn("Observații", 40),
)


def spec(**changes: object) -> BookSpec:
    base: dict[str, object] = dict(
        title="Registrul de încercare",
        year=2026,
        institution="Primăria comunei Sânmartin, județul Bihor",
        columns=COLUMNS,
        printed_on=date(2026, 11, 27),
    )
    base.update(changes)
    return BookSpec(**base)  # type: ignore[arg-type]


def rows(count: int) -> list[BookRow]:
    return [
        BookRow([str(i), f"Înregistrarea nr. {i} – țară, școală, câmpie", ""], i, annulled=i == 3)
        for i in range(1, count + 1)
    ]


def test_cancel_is_honoured_between_chunks(tmp_path: Path) -> None:
    token = CancelToken()
    messages: list[str] = []

    def progress(fraction: float, message: str = "") -> None:
        messages.append(message)
        if message.startswith("Se tipărește"):
            token.cancel()

    with pytest.raises(Cancelled):
        build_registry_book(
            tmp_path / "r.pdf", spec(), rows(CHUNK_ROWS * 3), progress=progress, cancel=token
        )
    assert sum(m.startswith("Se tipărește") for m in messages) == 1
    assert list(tmp_path.iterdir()) == []


def test_many_chunks_continue_page_numbers_from_the_given_leaf(tmp_path: Path) -> None:
    result = build_registry_book(tmp_path / "r.pdf", spec(first_page=41), rows(CHUNK_ROWS * 2 + 7))
    pages = pdf_pages(result.path)
    assert (result.first_page, result.last_page) == (41, 40 + pages)
    assert result.struck_entries == frozenset({3})
    assert "Fila 41" in pdf_text(result.path, 1, 1)
    assert f"Fila {40 + pages}" in pdf_text(result.path, pages, pages)
    text = flat(pdf_text(result.path))
    assert f"Înregistrarea nr. {CHUNK_ROWS * 2 + 7} –" in text


def test_a_row_taller_than_a_page_is_split_not_lost(tmp_path: Path) -> None:
    long_text = " ".join(f"cuvântul{i}" for i in range(1500))
    result = build_registry_book(
        tmp_path / "r.pdf", spec(), [BookRow(["1", long_text, "ultimul"], 1)]
    )
    assert result.pages >= 2
    text = flat(pdf_text(result.path))
    assert "cuvântul0 " in text and "cuvântul1499" in text and "ultimul" in text
