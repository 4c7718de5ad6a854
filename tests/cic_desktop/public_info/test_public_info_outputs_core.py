"""544 receipt, letters kept with the request, and the report answers stored per year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.reports.report_544 import Report544Answers
from tests.cic_desktop.public_info.test_public_info_service import request


def test_receipt_letters_and_answers(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    core = configured_core
    clock.advance_to(date(2025, 3, 10))
    details = core.public_info.register(request())
    outputs = core.public_info_outputs
    text = outputs.receipt_text(details.id)
    assert "1/10.03.2025" in text and "Legea nr. 544/2001" in text and "10 zile" in text
    assert outputs.print_receipt(details.id, tmp_path / "confirmare.pdf").exists()
    outputs.save_letter(details.id, "answer", "Stimată doamnă,\nVă comunicăm...")
    outputs.save_letter(details.id, "answer", "Stimată doamnă,\nVă comunicăm, corectat.")
    saved = outputs.saved_letter(details.id, "answer")
    assert saved is not None and saved.body.endswith("corectat.")
    with pytest.raises(ValidationError):
        outputs.save_letter(details.id, "nu-exista", "text")
    assert outputs.report_answers(2025) == Report544Answers()
    stored = outputs.save_report_answers(
        2025,
        Report544Answers(
            overall="good",
            late_causes="Volumul mare de documente.",
            published_where=("website", "seat"),
        ),
    )
    assert outputs.report_answers(2025) == stored
    assert outputs.report_answers(2025).published_where == ("website", "seat")


def test_reclassified_request_stays_listed_and_gets_its_notice(
    configured_core: CicCore, clock: FixedClock
) -> None:
    from cic_desktop.services.letters_544 import Letters544

    core = configured_core
    clock.advance_to(date(2025, 3, 10))
    moved = core.public_info.register(request(information="Vreau să mi se repare drumul"))
    core.public_info.reclassify(moved.id, date(2025, 3, 10))
    rows = core.public_info.list_rows(2025)
    assert [r.state for r in rows] == ["reclassified"]
    text = Letters544(core).draft(moved.id, "reclassify_notice")
    assert "reîncadrată ca petiție" in text and "10.04.2025" in text
    core.public_info_outputs.save_letter(moved.id, "reclassify_notice", text)
