"""Malformed .xlsx/.csv files never crash the import: a Romanian rejection, nothing saved."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cic_desktop.core import CicCore
from cic_desktop.errors import CicError
from cic_desktop.importing.petitions_import import import_petitions
from cic_desktop.registers.petitions_register import COLUMNS

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_random_bytes(configured_core: CicCore, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"registru{suffix}"
    path.write_bytes(data)
    before = len(configured_core.registry.entries())
    try:
        import_petitions(configured_core, path)
    except CicError as err:
        assert err.message_ro.strip()
    assert len(configured_core.registry.entries()) == before


@SETTINGS
@given(
    cells=st.lists(st.lists(st.text(max_size=60), min_size=1, max_size=20), max_size=8),
    separator=st.sampled_from([";", ","]),
)
def test_csv_with_the_right_header_and_garbage_rows(
    configured_core: CicCore, tmp_path: Path, cells: list[list[str]], separator: str
) -> None:
    lines = [separator.join(COLUMNS)] + [
        separator.join(c.replace(separator, " ").replace("\n", " ") for c in row) for row in cells
    ]
    path = tmp_path / "registru.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = len(configured_core.registry.entries())
    try:
        report = import_petitions(configured_core, path)
    except CicError as err:
        assert err.message_ro.strip()
        assert len(configured_core.registry.entries()) == before
    else:
        assert len(configured_core.registry.entries()) == before + report.imported


def test_a_zip_that_is_not_a_workbook(configured_core: CicCore, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<nu este un registru>")
    path = tmp_path / "registru.xlsx"
    path.write_bytes(buffer.getvalue())
    try:
        import_petitions(configured_core, path)
    except CicError as err:
        assert err.message_ro.strip()
    else:
        raise AssertionError("a broken workbook was accepted")
    assert configured_core.registry.entries() == []
