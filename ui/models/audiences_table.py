"""Columns of the day's list and of the register of audiences (short lists: loaded whole)."""

from __future__ import annotations

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_audiences import AudienceDetails, AudienceRow
from ui.models.rows import Column, RowsModel
from ui.views.audiences.texts import ANNULLED, WALK_IN, outcome_label, state_label


def _one_line(text: str, limit: int = 160) -> str:
    return " ".join(text.split())[:limit]


def day_state(d: AudienceDetails) -> str:
    if d.entry.status == "annulled":
        return ANNULLED
    label = d.state_label or state_label(d.state)
    return (
        f"{label} (amânată de {d.times_postponed} ori)"
        if d.times_postponed > 1
        else (f"{label} (amânată)" if d.times_postponed else label)
    )


DAY_COLUMNS = (
    Column[AudienceDetails](
        "Ora", lambda d: d.slot_time or WALK_IN, lambda d: d.slot_time or "99:99"
    ),
    Column[AudienceDetails]("Nr.", lambda d: d.entry.number_text, lambda d: d.entry.number),
    Column[AudienceDetails]("Solicitantul", lambda d: d.entry.correspondent_name),
    Column[AudienceDetails]("Acordă audiența", lambda d: d.official_name),
    Column[AudienceDetails]("Starea", day_state),
    Column[AudienceDetails](
        "Rezultatul",
        lambda d: (
            (d.outcome_label or outcome_label(d.outcome))
            + (f" – petiția nr. {d.petition_number}" if d.petition_number else "")
        ),
    ),
    Column[AudienceDetails]("Problema", lambda d: _one_line(d.entry.subject)),
)
DAY_STRETCH = 6
DAY_WIDTHS = {0: 60, 1: 110, 2: 160, 3: 150, 4: 110, 5: 190}


def row_state(r: AudienceRow) -> str:
    if r.annulled:
        return ANNULLED
    outcome = outcome_label(r.outcome)
    state = state_label(r.state)
    return f"{state}; {outcome}" if outcome else state


REGISTER_COLUMNS = (
    Column[AudienceRow]("Nr.", lambda r: r.number_text, lambda r: r.number),
    Column[AudienceRow]("Înscris la", lambda r: fmt(r.registered_on), lambda r: r.registered_on),
    Column[AudienceRow](
        "Data și ora audienței",
        lambda r: f"{fmt(r.audience_day)} {r.slot_time or WALK_IN}",
        lambda r: (r.audience_day, r.slot_time or ""),
    ),
    Column[AudienceRow]("Acordă audiența", lambda r: r.official),
    Column[AudienceRow]("Solicitantul", lambda r: r.name),
    Column[AudienceRow]("Starea / rezultatul", row_state),
    Column[AudienceRow]("Problema", lambda r: _one_line(r.subject)),
)
REGISTER_STRETCH = 6
REGISTER_WIDTHS = {0: 105, 1: 85, 2: 125, 3: 170, 4: 150, 5: 170}


def day_model(parent: object = None) -> RowsModel[AudienceDetails]:
    return RowsModel(DAY_COLUMNS, is_inactive=lambda d: d.entry.status == "annulled", parent=parent)


def register_model(parent: object = None) -> RowsModel[AudienceRow]:
    return RowsModel(REGISTER_COLUMNS, is_inactive=lambda r: r.annulled, parent=parent)
