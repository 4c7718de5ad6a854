"""Romanian display formats for the GUI (the core owns them; re-exported here for the views)."""

from __future__ import annotations

from cic_desktop.domain.dates_ro import MONTHS_RO, long_date_ro

__all__ = ["MONTHS_RO", "long_date_ro"]
