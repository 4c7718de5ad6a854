"""Registry book speed: the printed petitions book against bare ReportLab tables (run by hand).

    python benchmarks/bench_registry_book.py [--rows 10000] [--skip-naive]

Builds `--rows` register lines (PetitionRegisterRow objects made directly, so only rendering is
timed), prints the book with `build_registry_book` (title page, opening and closing statements,
continuous leaf numbers, annulled rows struck through), and times in the same run:

- baseline "same cells": a plain `LongTable(repeatRows=1)` with the same pre-wrapped text cells,
  the same fonts, page size and column widths — what ReportLab itself costs for this content;
- baseline "Paragraph cells" (skip with `--skip-naive`): the same table with a `Paragraph` in
  every cell of the columns that need wrapping (the naive way PLATFORM.md warns about).

The target is book / "same cells" <= 1.3.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle  # noqa: E402

from cic_desktop.registers.petitions_register import (  # noqa: E402
    ANNULLED_PREFIX,
    TITLE,
    PetitionRegisterRow,
)
from cic_desktop.render.pdf import registry_book as rb  # noqa: E402
from cic_desktop.render.pdf.common import Signature, esc, styles  # noqa: E402
from cic_desktop.services.books import PETITIONS_LEGAL_NOTE, petition_columns  # noqa: E402

YEAR = 2026
SUBJECTS = (
    "Solicit repararea drumului comunal DC 12 din satul Valea Mare, degradat după ploile din "
    "primăvară, și amenajarea șanțurilor de scurgere",
    "Reclam zgomotul produs noaptea de localul din centrul satului",
    "Sesizez depozitarea deșeurilor pe malul pârâului, lângă podețul de la ieșirea din sat",
    "Propun montarea unor indicatoare de limitare a vitezei în dreptul școlii gimnaziale",
    "Cerere privind eliberarea unei adeverințe de rol agricol",
    "Solicit toaletarea arborilor de pe strada Bisericii, care ating rețeaua electrică",
)
NAMES = (
    "Ștefan Popescu",
    "Ioana Țărănescu",
    "Mihai Dumitrașcu",
    "Asociația „Împreună pentru Sânmartin”",
    "SC Agroîntreprinderea Bihoreană SRL",
    "Ana-Maria Îndrieș",
)
ADDRESSES = (
    "Sat Valea Mare nr. 5",
    "Str. Principală nr. 112, sat Sânmartin",
    "Str. Școlii nr. 3, bl. A2, ap. 14, Oradea; ana.indries@example.ro",
    "",
)
DEPARTMENTS = (
    "Urbanism și amenajarea teritoriului",
    "Taxe și impozite locale",
    "Registrul agricol",
)
DOMAINS = ("Drumuri și poduri", "Mediu", "Ordine publică", "Agricultură", "")


def make_rows(count: int, seed: int = 2026) -> list[PetitionRegisterRow]:
    rnd = random.Random(seed)
    rows = []
    day = date(YEAR, 1, 5)
    for i in range(1, count + 1):
        if i % max(count // 240, 1) == 0:
            day = min(day + timedelta(days=1), date(YEAR, 12, 30))
        annulled = rnd.random() < 0.02
        answered = rnd.random() < 0.8
        extended = rnd.random() < 0.1
        deadline = day + timedelta(days=31 + (15 if extended else 0))
        rows.append(
            PetitionRegisterRow(
                entry_id=i,
                index=i,
                number=i,
                number_text=f"{i}/{day:%d.%m.%Y}",
                registered_on=day,
                petitioner=rnd.choice(NAMES),
                petitioner_kind=rnd.choice(("persoană fizică", "persoană juridică")),
                address_email=rnd.choice(ADDRESSES),
                kind=rnd.choice(("cerere", "reclamație", "sesizare", "propunere")),
                channel=rnd.choice(("depusă la registratură", "poștă", "e-mail", "din audiență")),
                subject=rnd.choice(SUBJECTS),
                domain=rnd.choice(DOMAINS),
                department=rnd.choice(DEPARTMENTS),
                legal_deadline=deadline,
                extension_until=deadline if extended else None,
                answer_number=f"{i}/{day + timedelta(days=20):%d.%m.%Y}" if answered else "",
                outcome=rnd.choice(("favorabil", "nefavorabil", "parțial")) if answered else "",
                sent_on=day + timedelta(days=21) if answered else None,
                link="redirecționat către Consiliul Județean Bihor" if rnd.random() < 0.03 else "",
                notes=f"{ANNULLED_PREFIX}înregistrare greșită" if annulled else "",
                annulled=annulled,
                flagged_incomplete=False,
            )
        )
    return rows


def book_spec(last: PetitionRegisterRow) -> rb.BookSpec:
    return rb.BookSpec(
        title=TITLE,
        year=YEAR,
        institution="Primăria comunei Sânmartin, județul Bihor",
        columns=petition_columns(),
        printed_on=date(YEAR + 1, 1, 5),
        authority_lines=("ROMÂNIA", "JUDEȚUL BIHOR", "PRIMĂRIA COMUNEI SÂNMARTIN"),
        legal_note=PETITIONS_LEGAL_NOTE,
        opening=True,
        closing=rb.Closing(last.index, date(YEAR, 12, 31), last.number_text),
        signatures=(
            Signature("Primar,", "Ion Țurcanu", stamp=True),
            Signature("Întocmit,", "Maria Ionescu"),
        ),
    )


def baseline(path: Path, spec: rb.BookSpec, rows: list[rb.BookRow], *, paragraphs: bool) -> None:
    """A bare LongTable, repeatRows=1: same fonts, page, widths, header and cell contents."""
    layout = rb._Layout(spec)
    header_style = ParagraphStyle(
        "h", fontName=styles().bold, fontSize=rb.HEADER_SIZE, leading=rb.HEADER_LEADING
    )
    cell = ParagraphStyle(
        "c", fontName=layout.fitter.font_name, fontSize=rb.BODY_SIZE, leading=rb.BODY_LEADING
    )
    wrapped = [[(values, h) for values, h in layout.wrap_row(row)] for row in rows]
    needs_wrap = {
        j for pieces in wrapped for values, _ in pieces for j, v in enumerate(values) if "\n" in v
    }
    data: list[list[object]] = [[Paragraph(esc(c.label), header_style) for c in spec.columns]]
    for row, pieces in zip(rows, wrapped, strict=True):
        if paragraphs:
            data.append(
                [
                    Paragraph(esc(text), cell) if j in needs_wrap else text
                    for j, text in enumerate(row.cells)
                ]
            )
        else:
            data += [[str(v) for v in values] for values, _ in pieces]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), layout.fitter.font_name, rb.BODY_SIZE, rb.BODY_LEADING),
            ("GRID", (0, 0), (-1, -1), rb.GRID_WIDTH, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), rb.PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), rb.PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), rb.PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), rb.PAD_Y),
        ]
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=rb.PAGE,
        leftMargin=rb.MARGIN_LEFT,
        rightMargin=rb.MARGIN_RIGHT,
        topMargin=rb.MARGIN_TOP,
        bottomMargin=rb.MARGIN_BOTTOM,
    )
    doc.build([LongTable(data, colWidths=layout.col_widths, repeatRows=1, style=style)])


def timed(label: str, work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"  {label:<46} {seconds:7.2f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--skip-naive", action="store_true", help="skip the Paragraph-cell baseline"
    )
    args = parser.parse_args()
    register_rows = make_rows(args.rows)
    rows = [rb.BookRow(r.print_cells(), r.index, r.annulled) for r in register_rows]
    spec = book_spec(register_rows[-1])
    print(f"Registry book, {args.rows} rows, 17 columns, A4 landscape")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        rendered: list[rb.BookRender] = []
        book = timed(
            "book (build_registry_book)",
            lambda: rendered.append(rb.build_registry_book(out / "book.pdf", spec, rows)),
        )
        same = timed(
            "baseline: LongTable, same text cells",
            lambda: baseline(out / "same.pdf", spec, rows, paragraphs=False),
        )
        naive = None
        if not args.skip_naive:
            naive = timed(
                "baseline: LongTable, Paragraph cells",
                lambda: baseline(out / "naive.pdf", spec, rows, paragraphs=True),
            )
        result = rendered[0]
        print(
            f"  book: {result.pages} pages (leaves 1–{result.last_page}), {len(result.struck_entries)} struck entries"
        )
        print(f"  ratio book / same-cells baseline:      {book / same:5.2f}  (target <= 1.30)")
        if naive is not None:
            print(f"  ratio book / Paragraph-cells baseline: {book / naive:5.2f}")


if __name__ == "__main__":
    main()
