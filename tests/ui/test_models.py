"""The table model of the settings lists passes Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from cic_desktop.dto import StaffData
from ui.models.rows import ROW_ROLE, SORT_ROLE, Column, RowsModel


def make_model() -> RowsModel[StaffData]:
    return RowsModel(
        (
            Column("Nume și prenume", lambda s: s.name),
            Column("Funcția", lambda s: s.job_title, align_center=True),
            Column("Stare", lambda s: "activ" if s.active else "inactiv", lambda s: s.active),
        ),
        is_inactive=lambda s: not s.active,
    )


def test_model_passes_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make_model()
    model.set_rows(
        [StaffData("Maria Ionescu", "inspector", True, 1), StaffData("Ion Pop", "", False, 2)]
    )
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_model_serves_display_sort_and_row_values() -> None:
    model = make_model()
    rows = [StaffData("Maria Ionescu", "inspector", True, 1), StaffData("Ion Pop", "", False, 2)]
    model.set_rows(rows)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(model.index(1, 2)) == "inactiv"
    assert model.data(model.index(1, 2), SORT_ROLE) is False
    assert model.data(model.index(0, 0), ROW_ROLE) == rows[0]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nume și prenume"
    assert model.data(QModelIndex()) is None
