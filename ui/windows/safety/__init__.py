"""„Nothing is ever lost”: backups, restore, audit verification, year locks, damaged-file recovery.

`BACKUPS` and `YEARS` are change flags announced on the bus (see `ui.bus`) when a backup was made
or a year was locked or reopened.
"""

BACKUPS = "backups"
YEARS = "years"
