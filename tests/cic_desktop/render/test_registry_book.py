"""The printed petitions book: opening statement, leaves numbered across prints, annulled rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.jobs import Cancelled, CancelToken
from cic_desktop.services.books import BooksService
from db.models import AuditEvent, BookPrint
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.render.conftest import PETITIONER, SUBJECT
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_pages,
    pdf_text,
    requires_poppler,
)

pytestmark = requires_poppler


def register_many(core: CicCore, count: int, start: int = 0) -> list[int]:
    return [
        core.petitions.register(
            petition(
                name=f"{PETITIONER} {start + i}",
                address="Str. Școlii nr. 3, sat Sânmartin",
                subject=SUBJECT if i % 4 == 0 else f"Solicit toaletarea arborilor, strada {i}",
            )
        ).id
        for i in range(count)
    ]


def test_first_print_opens_the_book_and_strikes_annulled_entries(
    doc_core: CicCore, books: BooksService, tmp_path: Path
) -> None:
    ids = register_many(doc_core, 30)
    doc_core.petitions.annul(ids[6], "Înregistrare dublă a aceluiași document")
    result = books.print_petitions_book(2026, tmp_path / "registru.pdf")
    pages = pdf_pages(result.path)
    assert (result.first_page, result.last_page, result.pages) == (1, pages, pages)
    assert pages >= 3
    assert (result.first_index, result.last_index, result.rows) == (1, 30, 30)
    assert result.opening and not result.closing
    assert result.struck_entries == frozenset({7})
    text = flat(pdf_text(result.path))
    assert (
        f"Prezentul registru conține {pages} file, numerotate de la 1 la {pages}, "
        "și a fost deschis astăzi, 27.11.2026."
    ) in text
    assert "REGISTRUL DE EVIDENȚĂ A PETIȚIILOR" in text and "ANUL 2026" in text
    assert "ANULAT – Înregistrare dublă a aceluiași document" in text
    for page in range(1, pages + 1):
        assert f"Fila {page}" in pdf_text(result.path, page, page)
    # The 17 column headers are repeated on every page of entries.
    for page in range(2, pages + 1):
        page_text = flat(pdf_text(result.path, page, page))
        assert "Obiectul petiției (rezumat)" in page_text and "Observații" in page_text
    assert "Ion Țurcanu" in text and "Maria Ionescu" in text and "L.S." in text
    assert_diacritics(text)
    assert_fonts_embedded(result.path)


def test_next_print_continues_after_the_last_printed_entry_and_leaf(
    doc_core: CicCore, books: BooksService, tmp_path: Path
) -> None:
    register_many(doc_core, 12)
    first = books.print_petitions_book(2026, tmp_path / "partea1.pdf")
    plan = books.next_print(2026)
    assert (plan.first_index, plan.first_page, plan.pending_rows) == (13, first.last_page + 1, 0)
    with pytest.raises(ValidationError, match="Nu există înregistrări noi"):
        books.print_petitions_book(2026, tmp_path / "nimic.pdf")
    assert not (tmp_path / "nimic.pdf").exists()

    register_many(doc_core, 25, start=12)
    second = books.print_petitions_book(2026, tmp_path / "partea2.pdf")
    assert second.first_page == first.last_page + 1
    assert (second.first_index, second.last_index) == (13, 37)
    assert second.pages == pdf_pages(second.path) and not second.opening
    text = flat(pdf_text(second.path))
    assert "Prezentul registru conține" not in text
    assert pdf_text(second.path, 1, 1).count(f"Fila {first.last_page + 1}") == 1
    assert f"Fila {second.last_page}" in pdf_text(second.path, second.pages, second.pages)
    # Names wrap in their column („Țăranu-” / „Îndrieș 12”): look at the last word.
    assert "Îndrieș 12" in text and "Îndrieș 11" not in text
    assert [
        (p.first_index, p.last_index, p.first_page, p.last_page) for p in books.prints(2026)
    ] == [
        (1, 12, 1, first.last_page),
        (13, 37, first.last_page + 1, second.last_page),
    ]
    with doc_core.read() as session:
        summaries = session.scalars(
            select(AuditEvent.summary).where(AuditEvent.entity == "book_print")
        ).all()
    assert len(summaries) == 2 and f"filele {second.first_page}–{second.last_page}" in summaries[1]


def test_full_year_reprint_starts_again_from_leaf_one(
    doc_core: CicCore, books: BooksService, tmp_path: Path
) -> None:
    register_many(doc_core, 20)
    books.print_petitions_book(2026, tmp_path / "a.pdf")
    register_many(doc_core, 5, start=20)
    books.print_petitions_book(2026, tmp_path / "b.pdf")
    full = books.print_petitions_book(2026, tmp_path / "integral.pdf", full_year=True)
    pages = pdf_pages(full.path)
    assert (full.first_page, full.last_page, full.first_index, full.last_index) == (1, pages, 1, 25)
    assert f"conține {pages} file, numerotate de la 1 la {pages}" in flat(pdf_text(full.path))
    assert books.next_print(2026).first_page == pages + 1


def test_past_year_is_closed_at_its_last_entry(
    doc_core: CicCore, books: BooksService, clock: FixedClock, tmp_path: Path
) -> None:
    clock.advance_to(date(2025, 12, 29))
    register_many(doc_core, 3)
    clock.advance_to(date(2026, 1, 8))
    result = books.print_petitions_book(2025, tmp_path / "registru-2025.pdf")
    pages = pdf_pages(result.path)
    text = flat(pdf_text(result.path))
    assert result.closing and result.opening
    assert "ÎNCHEIEREA REGISTRULUI" in text
    assert (
        f"Prezentul registru s-a încheiat la nr. 3 din data de 31.12.2025, conține "
        f"{pages} file." in text
    )
    assert "Ultima înregistrare are nr. 3/29.12.2025." in text
    assert "se tipărește pe măsura completării" not in text


def test_closing_on_demand_without_new_entries_continues_the_leaves(
    doc_core: CicCore, books: BooksService, tmp_path: Path
) -> None:
    register_many(doc_core, 4)
    first = books.print_petitions_book(2026, tmp_path / "a.pdf")
    closing = books.print_petitions_book(2026, tmp_path / "inchidere.pdf", closing=True)
    assert (closing.rows, closing.first_page, closing.last_page) == (
        0,
        first.last_page + 1,
        first.last_page + 1,
    )
    text = flat(pdf_text(closing.path))
    assert f"s-a încheiat la nr. 4 din data de 27.11.2026, conține {closing.last_page} file" in text


def test_cancel_leaves_no_file_and_no_log(
    doc_core: CicCore, books: BooksService, tmp_path: Path
) -> None:
    register_many(doc_core, 5)
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str = "") -> None:
        seen.append(fraction)
        token.cancel()  # the clerk presses Cancel while the book is being prepared

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        books.print_petitions_book(2026, out / "r.pdf", progress=progress, cancel=token)
    assert seen
    assert not out.exists() or list(out.iterdir()) == []
    with doc_core.read() as session:
        assert session.scalars(select(BookPrint)).all() == []


def test_progress_runs_up_to_one(doc_core: CicCore, books: BooksService, tmp_path: Path) -> None:
    register_many(doc_core, 5)
    seen: list[float] = []
    books.print_petitions_book(2026, tmp_path / "r.pdf", progress=lambda f, m="": seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_closing_statement_carries_the_audit_seal_and_explained_gaps(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date as _date

    from cic_desktop.render.pdf.registry_book import Closing, closing_text

    closing = Closing(
        12,
        _date(2025, 12, 31),
        "57/30.12.2025",
        audit_head=(345, "ab" * 32),
        gap_notes=("Numerele 58–60/2025 au fost emise înainte de restaurare.",),
    )
    text = closing_text(closing, 9)
    assert (
        "Sigiliul jurnalului de audit la încheiere: evenimentul 345, SHA-256 " + "ab" * 32 in text
    )
    assert "Numerele 58–60/2025" in text
