"""Romanian display formats the GUI needs beyond `cic_desktop.domain.dates_ro`."""

from __future__ import annotations

from datetime import date

from cic_desktop.domain.dates_ro import weekday_ro

MONTHS_RO: tuple[str, ...] = (
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)


def long_date_ro(d: date) -> str:
    """`duminică, 29 noiembrie 2026`: today's date as a heading."""
    return f"{weekday_ro(d)}, {d.day} {MONTHS_RO[d.month - 1]} {d.year}"
