"""Audience statistics: the figures of a known month, sums that add up in every breakdown, and
the same figures in the workbook and the PDF."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import openpyxl
import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.reports.audience_stats import COUNT_LABELS, Counts
from tests.cic_desktop.audiences.outputs_scenario import build
from tests.cic_desktop.render.pdftools import (
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)


def _check_sums(counts: Counts) -> None:
    assert counts.signups == counts.present + counts.absent + counts.scheduled
    assert counts.present == (
        counts.solved + counts.verbal + counts.department + counts.petition + counts.no_outcome
    )


def test_figures_of_the_scenario(configured_core: CicCore, clock: FixedClock) -> None:
    build(configured_core, clock)
    stats = configured_core.audience_outputs.statistics_data(2026)
    total = stats.total
    # 7 sign-ups, one annulled: 6 counted; the postponed one came on 11.11 without an outcome.
    assert (total.signups, total.present, total.absent, total.scheduled) == (6, 5, 1, 0)
    assert (total.solved, total.verbal, total.department, total.petition) == (1, 1, 1, 1)
    assert (total.no_outcome, total.postponed, stats.annulled) == (1, 1, 1)
    assert [name for name, _ in stats.by_official.groups] == ["Ion Țurcanu (primar)"]
    months = dict(stats.by_month.groups)
    assert len(months) == 12 and months["noiembrie"].signups == 6
    for breakdown in stats.breakdowns:
        for _, counts in breakdown.groups:
            _check_sums(counts)
        assert breakdown.total.values() == total.values()
    assert sum(v for _, v in stats.by_outcome) == total.signups
    october = configured_core.audience_outputs.statistics_data(2026, month=10)
    assert october.total.signups == 0 and october.period == "luna octombrie 2026"
    with pytest.raises(ValidationError, match="Luna 13"):
        configured_core.audience_outputs.statistics_data(2026, month=13)


def test_workbook_sheets_add_up(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    build(configured_core, clock)
    out = configured_core.audience_outputs
    path = out.statistics(2026, "xlsx", tmp_path / "s.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Pe persoane", "Pe domenii", "Pe luni", "Pe rezultate"]
    for name in book.sheetnames[:3]:
        rows = list(book[name].iter_rows(min_row=3, values_only=True))
        assert list(rows[0][1:]) == list(COUNT_LABELS)
        groups, total = rows[1:-1], rows[-1]
        assert total[0] == "Total"
        for column in range(1, len(COUNT_LABELS) + 1):
            assert total[column] == sum(row[column] for row in groups)
        assert total[1] == 6
    outcomes = list(book["Pe rezultate"].iter_rows(min_row=4, values_only=True))
    total_row = next(r for r in outcomes if r[0] == "Total")
    assert total_row[1] == 6
    assert len(fields(Counts)) == len(COUNT_LABELS)


@requires_poppler
def test_pdf_shows_the_same_totals(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    build(configured_core, clock)
    path = configured_core.audience_outputs.statistics(2026, "pdf", tmp_path / "s.pdf", month=11)
    text = flat(pdf_text(path))
    assert "Statistica audiențelor – luna noiembrie 2026" in text
    assert "Total 6 5 1 0 1 1 1 1 1 1" in text
    assert "Pe rezultatul audienței" in text and "Înregistrate ca petiții" in text
    assert_fonts_embedded(path)


def test_breakdowns_follow_the_romanian_alphabet(aud_core: CicCore) -> None:
    from datetime import date

    from tests.cic_desktop.audiences.conftest import signup

    schools = aud_core.petitions.save_domain("școli")
    for time, domain in (("09:00", schools), ("09:15", 8), ("09:30", 2)):  # salubrizare, taxe…
        aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 7), time, domain_id=domain))
    stats = aud_core.audience_outputs.statistics_data(2026)
    # ș after s…, before t (plain Python order would put „școli” last)
    assert [name for name, _ in stats.by_domain.groups] == [
        "salubrizare",
        "școli",
        "taxe și impozite locale",
    ]
