"""The annual Legea 544 report (SPEC §1.10): a year built by hand, every figure worked out by hand,
then found again in the workbook (openpyxl) and in the PDF (pdftotext)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput, TariffData
from cic_desktop.render.pdf.report_544 import write_report_544_pdf
from cic_desktop.render.xlsx.report_544 import write_report_544_xlsx
from cic_desktop.reports.report_544 import Report544Answers, build_report_544
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)

D = date(2025, 3, 10)  # Monday: 10-day term 21.03, 30-day term 10.04, 5-day terms 17.03


def request(**changes: object) -> InfoRequestInput:
    base: dict[str, object] = dict(
        information="Copia contractului de salubrizare",
        channel="electronic",
        domain="public_money",
        delivery_preference="email",
        name="Ioana Răducanu",
        email="ioana@example.ro",
    )
    if changes.get("channel") == "paper":
        base.update(delivery_preference="paper", address="Str. Morii nr. 3, Sânmartin")
    base.update(changes)
    return InfoRequestInput(**base)  # type: ignore[arg-type]


@dataclass
class Year:
    ids: dict[str, int]
    complaints: list[int]


def build_year(core: CicCore, clock: FixedClock) -> Year:
    """R1–R13 registered on 10.03.2025 (numbers 1–13), three verbal log lines counted, one not."""
    clock.advance_to(D)
    pi = core.public_info
    pi.add_tariff(TariffData(date(2025, 1, 1), Decimal("0.60"), "Dispoziția nr. 40/2025"))
    specs = {
        "R1": request(channel="paper", name="Ion Popescu"),
        "R2": request(requester_kind="legal", name="Asociația Civica", domain="duties"),
        "R3": request(
            requester_kind="public_body", name="Consiliul Județean Argeș", domain="regulations"
        ),
        "R4": request(channel="paper", domain="leaders", name="Ana Țepeș"),
        "R5": request(name="Mihai Stănescu"),
        "R6": request(domain="other", domain_other="starea pădurilor", name="Dan Ilie"),
        "R7": request(
            channel="paper", domain="law_544", information="Fișele medicale ale angajaților"
        ),
        "R8": request(requester_kind="legal", name="SC Exemplu SRL", domain="duties"),
        "R9": request(information="Opinia primarului despre vecini"),
        "R10": request(domain="duties", information="Vreau să mi se repare drumul"),
        "R11": request(channel="paper", domain="regulations", name="Vasile Roșu"),
        "R12": request(domain="duties", information="Lista beneficiarilor de ajutor social"),
        "R13": request(information="Înregistrată din greșeală"),
    }
    ids = {key: pi.register(data).id for key, data in specs.items()}
    pi.log_verbal(requester_kind="natural", domain="duties", outcome="answered_on_spot")
    pi.log_verbal(requester_kind="legal", domain="public_money", outcome="answered_on_spot")
    pi.log_verbal(requester_kind="natural", domain="regulations", outcome="sent_to_written")
    pi.log_verbal(
        requester_kind="natural",
        domain="law_544",
        outcome="sent_to_written",
        written_entry_id=ids["R11"],
    )
    clock.advance_to(date(2025, 5, 5))
    pi.answer(
        ids["R1"],
        answered_on=date(2025, 3, 14),
        delivery_mode="paper",
        copies_pages=25,
        amount_collected=Decimal("15.00"),
    )
    pi.send_extension_notice(ids["R2"], date(2025, 3, 18))
    pi.answer(ids["R2"], answered_on=date(2025, 4, 2), delivery_mode="electronic")
    pi.send_extension_notice(ids["R3"], date(2025, 3, 20))
    on_deadline = pi.answer(ids["R3"], answered_on=date(2025, 3, 21), delivery_mode="electronic")
    assert on_deadline.notice_deadline == date(2025, 3, 21)  # answered ON the 10-day term
    pi.answer(ids["R4"], answered_on=date(2025, 3, 22), delivery_mode="paper")  # a day after
    late_notice = pi.send_extension_notice(ids["R5"], date(2025, 3, 24))
    assert late_notice.notice_late
    pi.answer(ids["R5"], answered_on=date(2025, 4, 5), delivery_mode="electronic")
    redirected = pi.redirect(ids["R6"], "Direcția Silvică Argeș", date(2025, 3, 14))
    assert redirected.redirect_deadline == date(2025, 3, 17)
    pi.refuse(ids["R7"], refused_on=date(2025, 3, 12), reason="exempt", exempt_letter="d")
    pi.refuse(ids["R8"], refused_on=date(2025, 3, 12), reason="nonexistent")
    pi.refuse(
        ids["R9"],
        refused_on=date(2025, 3, 12),
        reason="other",
        text="solicitarea nu privește informații deținute de instituție",
    )
    pi.reclassify(ids["R10"], date(2025, 3, 12))
    pi.answer(
        ids["R12"],
        answered_on=date(2025, 3, 19),
        delivery_mode="electronic",
        partial=True,
        withheld_items="CNP-urile beneficiarilor",
    )
    pi.annul(ids["R13"], "Înregistrare dublă")
    first = pi.register_complaint(ids["R7"], summary="Contest refuzul")
    second = pi.register_complaint(ids["R9"], summary="Contest refuzul motivat")
    clock.advance_to(date(2025, 5, 10))
    pi.answer_complaint(first.entry.id, outcome="rejected", answered_on=date(2025, 5, 8))
    pi.add_court_case(
        ids["R7"], court="Tribunalul Argeș", filed_on=date(2025, 5, 9), case_number="123/109/2025"
    )
    case = pi.add_court_case(ids["R8"], court="Tribunalul Argeș", filed_on=date(2025, 5, 9))
    pi.update_court_case(case.id, outcome="favorable", decided_on=date(2025, 5, 10))
    return Year(ids, [first.entry.id, second.entry.id])


ANSWERS = Report544Answers(
    overall="good",
    human_resources="sufficient",
    material_resources="insufficient",
    collaboration="very_good",
    published_where=("website", "seat"),
    visibility_sufficient="yes",
    late_causes="volumul mare de documente",
    operating_costs="12 500 lei",
    improvement_measures="instruirea personalului",
)


@pytest.fixture
def year(configured_core: CicCore, clock: FixedClock) -> Year:
    settings = configured_core.settings
    settings.save_institution(replace(settings.institution(), responsible_544="Maria Ionescu"))
    return build_year(configured_core, clock)


def test_every_figure_worked_out_by_hand(configured_core: CicCore, year: Year) -> None:
    report = build_report_544(configured_core, 2025, answers=ANSWERS)
    assert report.as_of == date(2025, 5, 10)
    # 11 written (R1–R9, R11, R12; R10 reclassified, R13 annulled) + 3 verbal (V4 became R11).
    assert report.total == 14
    assert report.annulled == 1
    assert report.by_requester == {"natural": 10, "legal": 4}  # R3 (public body) is PJ
    assert report.by_channel == {"paper": 4, "electronic": 7, "verbal": 3}
    assert report.by_domain == {
        "public_money": 4,
        "duties": 4,
        "regulations": 3,
        "leaders": 1,
        "law_544": 1,
        "other": 1,
    }
    assert report.other_domains == ("starea pădurilor",)
    assert report.favourable == 9
    assert report.favourable_by_timing == {"redirected_5": 1, "in_10": 5, "in_30": 1, "late": 2}
    assert report.favourable_by_mode == {"electronic": 4, "paper": 2, "verbal": 2}
    assert report.favourable_by_domain == {
        "public_money": 3,
        "duties": 3,
        "regulations": 1,
        "leaders": 1,
        "law_544": 0,
        "other": 1,
    }
    assert report.refused == 4
    assert report.refused_by_reason == {"exempt": 1, "nonexistent": 1, "other": 2}
    assert report.refused_by_domain == {
        "public_money": 1,
        "duties": 1,
        "regulations": 1,
        "leaders": 0,
        "law_544": 1,
        "other": 0,
    }
    assert report.other_reasons[0] == "solicitarea nu privește informații deținute de instituție"
    assert len(report.exempt_list) == 2
    assert report.exempt_list[0].startswith("7/10.03.2025: Fișele medicale")
    assert "lit. d)" in report.exempt_list[0]
    assert "CNP-urile beneficiarilor" in report.exempt_list[1]
    assert report.open_requests == ("11/10.03.2025",)
    assert report.complaints == {"favorable": 0, "rejected": 1, "pending": 1}
    assert report.court_cases == {"favorable": 1, "rejected": 0, "pending": 1}
    assert report.fees_collected == Decimal("15.00")
    assert report.tariffs == ("0,60 lei/pagină (din 01.01.2025)",)
    assert report.tariff_acts == ("Dispoziția nr. 40/2025",)
    assert not report.failed_checks()
    assert "11/10.03.2025" in report.warnings()[0]


def test_as_of_date_ignores_later_decisions(configured_core: CicCore, year: Year) -> None:
    report = build_report_544(configured_core, 2025, as_of=date(2025, 3, 20))
    # By 20.03: R1, R6, R12 done favourably; R7–R9 refused; R2–R5, R11 open; V1–V3 counted.
    assert report.total == 14
    assert report.favourable == 5 and report.refused == 4
    assert len(report.open_requests) == 5
    assert report.complaints == {"favorable": 0, "rejected": 0, "pending": 0}
    assert not report.failed_checks()


def test_failing_check_is_shown_not_hidden(
    configured_core: CicCore, year: Year, tmp_path: Path
) -> None:
    report = build_report_544(configured_core, 2025)
    broken = replace(report, total=15)
    assert {c.key for c in broken.failed_checks()} >= {"requester", "channel", "domain"}
    write_report_544_xlsx(broken, tmp_path / "r.xlsx")
    values = [c for row in load_workbook(tmp_path / "r.xlsx").active.iter_rows() for c in row]
    assert any(isinstance(c.value, str) and "NEÎNDEPLINITĂ" in c.value for c in values)


def _sheet_values(path: Path) -> dict[str, list[object]]:
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    return {"rows": rows}  # type: ignore[dict-item]


def _right_of(rows: list[list[object]], label: str) -> object:
    for row in rows:
        if isinstance(row[0], str) and row[0].endswith(label):
            return row[1]
    raise AssertionError(f"label not found: {label}")


def _below(rows: list[list[object]], column_label: str) -> object:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == column_label:
                return rows[r + 1][c]
    raise AssertionError(f"column not found: {column_label}")


def test_workbook_reads_back_the_figures(
    configured_core: CicCore, year: Year, tmp_path: Path
) -> None:
    report = build_report_544(configured_core, 2025, answers=ANSWERS)
    path = tmp_path / "raport_544.xlsx"
    write_report_544_xlsx(report, path)
    rows = _sheet_values(path)["rows"]
    text = [row[0] for row in rows if isinstance(row[0], str)]
    assert text[1] == "Raport de evaluare a implementării Legii nr. 544/2001 în anul 2025"
    assert any(
        "anexa nr. 10 la Normele metodologice aprobate prin HG nr. 123/2002" in t for t in text
    )
    assert _right_of(rows, "Numărul total de solicitări de informații de interes public") == 14
    assert _below(rows, "de la persoane fizice") == 10
    assert _below(rows, "de la persoane juridice") == 4
    assert _below(rows, "pe suport de hârtie") == 4
    assert _below(rows, "pe suport electronic") == 7
    assert _below(rows, "verbal") == 3
    assert _right_of(rows, "Număr total de solicitări soluționate favorabil") == 9
    assert _below(rows, "Redirecționate către alte instituții în 5 zile") == 1
    assert _below(rows, "Soluționate favorabil în termen de 10 zile") == 5
    assert _below(rows, "Soluționate favorabil în termen de 30 zile") == 1
    assert _below(rows, "Solicitări pentru care termenul a fost depășit") == 2
    assert _below(rows, "Comunicare electronică") == 4
    assert _below(rows, "Comunicare în format hârtie") == 2
    assert _below(rows, "Comunicare verbală") == 2
    assert _right_of(rows, "Număr total de solicitări respinse") == 4
    assert _below(rows, "Exceptate, conform legii") == 1
    assert _below(rows, "Informații inexistente") == 1
    assert _below(rows, "Din alte motive (cu precizarea acestora)") == 2
    assert _below(rows, "Sume încasate din serviciul de copiere") == "15,00 lei"
    assert _below(rows, "Costuri totale de funcționare ale compartimentului") == "12 500 lei"
    # 7.1 complaints then 7.2 court cases: Soluționate favorabil | Respinse | În curs | Total
    tables = [
        rows[r + 2][1:5]
        for r, row in enumerate(rows)
        if isinstance(row[0], str) and row[0].startswith(("7.1.", "7.2."))
    ]
    assert tables == [[0, 1, 1, 2], [1, 0, 1, 2]]
    domain = _right_of(
        rows, "a) Utilizarea banilor publici (contracte, investiții, cheltuieli etc.)"
    )
    assert domain == 4  # the first domain block is B.2 (all requests)
    assert any(isinstance(t, str) and "☒ Bună" in t for t in text)


@requires_poppler
def test_pdf_shows_the_same_figures(configured_core: CicCore, year: Year, tmp_path: Path) -> None:
    report = build_report_544(configured_core, 2025, answers=ANSWERS)
    path = tmp_path / "raport_544.pdf"
    write_report_544_pdf(report, path)
    assert_fonts_embedded(path)
    text = flat(pdf_text(path))
    assert_diacritics(text, "șțăîâÎ")
    assert "Raport de evaluare a implementării Legii nr. 544/2001 în anul 2025" in text
    assert "anexa nr. 10 la Normele metodologice aprobate prin HG nr. 123/2002" in text
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for label, value in [
        ("1. Numărul total de solicitări de informații de interes public", 14),
        ("3. Număr total de solicitări soluționate favorabil", 9),
        ("6. Număr total de solicitări respinse", 4),
        ("f) numărul de solicitări adresate de persoane fizice", 10),
        ("g) numărul de solicitări adresate de persoane juridice", 4),
    ]:
        assert re.search(re.escape(label) + rf"\s+{value}\b", layout), label
    assert "15,00 lei" in text and "Dispoziția nr. 40/2025" in text
    assert "11/10.03.2025" in text  # the open request, in the warning
    assert "a) numărul total de solicitări de informații de interes public" in text
    assert "îndeplinită (14 = 14)" in text and "NEÎNDEPLINITĂ" not in text
    assert "m) numele și prenumele persoanei responsabile" in text
    assert "Fișele medicale ale angajaților" in text
