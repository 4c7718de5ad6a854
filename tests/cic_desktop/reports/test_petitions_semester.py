"""The semester report (SPEC §2.3) on a hand-worked semester: every figure counted by hand.

As of 30.06.2025 (the report is made on 15.09.2025), P1–P15 were registered in S1 (P0 and P16 fall
outside); P9 was annulled in S1; P11's annulment (05.07), P10's answer (10.07), P13's dispatch (01.07)
and P15's forwarding (02.07) come after the as-of date and are ignored.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.render.pdf.semester_report import write_semester_report_pdf
from cic_desktop.render.xlsx.semester_report import write_semester_report_xlsx
from cic_desktop.reports.petitions_semester import build_semester_report
from cic_desktop.reports.semester_model import ReportCheckError, SemesterReport, labels
from tests.cic_desktop.reports.semester_scenario import build_semester

VERSION = "Model CIC Desktop – raport semestrial OG 27/2002, v1"
INSTITUTION = "Primăria comunei Sânmartin, județul Bihor"
CONCLUSIONS = "Se vor urmări mai atent termenele de soluționare.\nSe va instrui personalul."

# (section key, line key) → figure, each counted by hand from semester_scenario.py.
EXPECTED: dict[tuple[str, str], int] = {
    ("petitioner_kind", "natural"): 12,  # all but P3 (legal) and P7 (public body); P4 anonymous
    ("petitioner_kind", "legal"): 1,
    ("petitioner_kind", "public_body"): 1,
    ("kind", "request"): 8,  # P1 P5 P6 P8 P10 P12 P13 P15
    ("kind", "complaint"): 2,  # P2 P11
    ("kind", "report"): 2,  # P4 P7
    ("kind", "proposal"): 2,  # P3 P14
    ("channel", "registry_desk"): 8,
    ("channel", "post"): 1,
    ("channel", "email"): 2,
    ("channel", "online_form"): 1,
    ("channel", "other_institution"): 1,
    ("channel", "audience"): 1,
    ("domain", "urbanism"): 2,  # P8 P13
    ("domain", "taxe și impozite locale"): 1,  # P11
    ("domain", "stare civilă"): 0,  # only the annulled P9
    ("domain", "asistență socială"): 1,  # P10
    ("domain", "drumuri"): 5,  # P1 P5 P6 P12 P15
    ("domain", "salubrizare"): 1,  # P2
    ("domain", "ordine publică"): 1,  # P4
    ("domain", "altele"): 3,  # P3 P7 P14
    ("department", "Urbanism și amenajarea teritoriului"): 5,  # P1 P7 P8 P13 P15
    ("department", "Taxe și impozite locale"): 4,  # P2 P5 P10 P11
    ("department", ""): 5,  # unassigned: P3 P4 P6 P12 P14
    ("outcome", "favorable"): 3,  # P1 P7 P13
    ("outcome", "unfavorable"): 1,  # P5
    ("outcome", "partial"): 1,  # P2
    ("outcome", "forwarded"): 1,  # P3 (P15 only after the as-of date)
    ("outcome", "filed"): 3,  # P4 P12 P14
    ("outcome", "joined"): 1,  # P6
    ("outcome", "open"): 4,  # P8 P10 P11 P15
    ("filing", "anonymous"): 1,
    ("filing", "repeated"): 1,
    ("filing", "other"): 1,
    ("timeliness", "in_term"): 3,  # P1 (21.02 ≤ 10.03), P7 (22.04 = 22.04), P13 (27.06 ≤ 17.07)
    ("timeliness", "extended"): 1,  # P2: sent 24.03 > 13.03, ≤ 28.03
    ("timeliness", "late"): 1,  # P5: sent 16.04 > 10.04
    ("extension_reasons", "Documente suplimentare"): 1,  # P10
    ("extension_reasons", "Verificare pe teren"): 1,  # P2
}
GENERAL = {
    "registered": 15,
    "annulled": 1,
    "total": 14,
    "from_other_institutions": 1,
    "from_audiences": 1,
    "solved": 5,
    "open_overdue": 2,  # P8 (08.05) and P10 (extended to 16.06)
}
AVERAGE_DAYS = 27.6  # (15 + 42 + 37 + 33 + 11) / 5


@pytest.fixture
def report(petitions_core: CicCore, clock: FixedClock) -> SemesterReport:
    build_semester(petitions_core, clock)
    return build_semester_report(petitions_core, 2025, 1, conclusions=CONCLUSIONS)


def test_every_figure_matches_the_hand_count(report: SemesterReport) -> None:
    assert (report.period_start, report.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
    assert report.as_of == date(2025, 6, 30) and report.generated_on == date(2025, 9, 15)
    assert (report.version_tag, report.institution) == (VERSION, INSTITUTION)
    assert {k: getattr(report, k) for k in GENERAL} == GENERAL
    assert report.average_days_to_answer == AVERAGE_DAYS
    assert report.average_days_text() == "27,6"
    figures = {(s.key, line.key): line.count for s in report.sections for line in s.lines}
    assert {k: figures.get(k) for k in EXPECTED} == EXPECTED
    assert report.failed_checks() == []


def test_an_earlier_as_of_date_ignores_what_came_after(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    build_semester(petitions_core, clock)
    early = build_semester_report(petitions_core, 2025, 1, as_of=date(2025, 3, 31))
    outcome = early.section("outcome")
    # P1–P7 registered by 31.03; P5 (answered 15.04) and P7 (answered 22.04) still open.
    assert (early.registered, early.total, early.solved, early.open_overdue) == (7, 7, 2, 0)
    assert [outcome.count(k) for k in ("favorable", "partial", "forwarded", "filed")] == [1] * 4
    assert (outcome.count("joined"), outcome.count("open")) == (1, 2)
    assert early.average_days_to_answer == 28.5  # (15 + 42) / 2
    assert early.as_of_text() == "Situația la data de 31.03.2025 (înainte de sfârșitul semestrului)"
    with pytest.raises(ValidationError, match="înainte de începutul semestrului"):
        build_semester_report(petitions_core, 2025, 2, as_of=date(2025, 6, 1))


def test_workbook_reads_back_with_the_same_figures(report: SemesterReport, tmp_path: Path) -> None:
    path = tmp_path / "raport.xlsx"
    write_semester_report_xlsx(report, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [(r[0], r[1] if len(r) > 1 else None) for r in sheet.iter_rows(values_only=True)]
    texts = [a for a, _ in rows if isinstance(a, str)]
    assert INSTITUTION in texts and VERSION in texts
    assert "Situația la data de 30.06.2025" in texts
    assert "Perioada: semestrul I al anului 2025 (01.01.2025 – 30.06.2025)" in texts
    assert CONCLUSIONS in texts
    values = _figures_by_label(rows)
    for key, count in GENERAL.items():
        assert values[(labels()["general"]["title"], labels()["general"][key])] == count
    for section in report.sections:
        for line in section.lines:
            assert values[(section.title, line.label)] == EXPECTED.get(
                (section.key, line.key), line.count
            )
        if section.expected_total is not None:
            assert values[(section.title, "Total")] == section.expected_total
    assert values[(labels()["general"]["title"], labels()["average_days"])] == AVERAGE_DAYS


def _figures_by_label(rows: list[tuple[object, object]]) -> dict[tuple[str, str], object]:
    """(section title, line label) → figure: a section starts at a row whose B is „Număr”."""
    values: dict[tuple[str, str], object] = {}
    section = ""
    for label, value in rows:
        if value == labels()["count_header"]:
            section = str(label)
        elif isinstance(label, str) and value is not None:
            values[(section, label)] = value
    return values


def test_pdf_text_has_the_figures_with_diacritics(report: SemesterReport, tmp_path: Path) -> None:
    path = tmp_path / "raport.pdf"
    write_semester_report_pdf(report, path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (VERSION, INSTITUTION, "Situația la data de 30.06.2025", "Concluzii și măsuri"):
        assert expected in text
    assert "Se vor urmări mai atent termenele de soluționare." in text

    def figure(label: str) -> int:
        match = re.search(rf"{re.escape(label)}\s+(\d+)\s*$", text, re.MULTILINE)
        assert match, label
        return int(match[1])

    outcome, timeliness = labels()["outcome"], labels()["timeliness"]
    assert figure(labels()["general"]["total"]) == 14
    assert figure(labels()["general"]["annulled"]) == 1
    assert figure(outcome["favorable"]) == 3
    assert figure(outcome["partial"]) == 1
    assert figure(outcome["open"]) == 4
    assert figure(timeliness["extended"]) == 1
    assert figure(timeliness["late"]) == 1
    assert figure("instituție publică") == 1
    assert figure("reclamație") == 2
    assert re.search(r"\(zile calendaristice de la înregistrare la expediere\)\s+27,6", text)


def test_a_sum_that_does_not_add_up_is_refused(report: SemesterReport, tmp_path: Path) -> None:
    outcome = report.section("outcome")
    broken_lines = (replace(outcome.lines[0], count=outcome.lines[0].count + 1), *outcome.lines[1:])
    broken = replace(
        report,
        sections=tuple(
            replace(s, lines=broken_lines) if s.key == "outcome" else s for s in report.sections
        ),
    )
    assert any("Modul de soluționare" in f for f in broken.failed_checks())
    for writer, name in (
        (write_semester_report_xlsx, "r.xlsx"),
        (write_semester_report_pdf, "r.pdf"),
    ):
        with pytest.raises(ReportCheckError, match="cifrele nu se verifică"):
            writer(broken, tmp_path / name)
        assert not (tmp_path / name).exists()
