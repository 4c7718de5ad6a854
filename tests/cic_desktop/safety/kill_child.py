"""Child process for the kill tests: registers petitions forever, saying each saved number."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PetitionInput


def main(path: str) -> None:
    core = CicCore.open(DbTarget(url=None, path=Path(path)), clock=FixedClock(date(2026, 11, 27)))
    core.set_current_user(core.settings.staff()[0].id)
    print("READY", flush=True)
    while True:
        details = core.petitions.register(
            PetitionInput(
                subject="Cerere înregistrată sub test de întrerupere",
                kind="request",
                channel="registry_desk",
                name="Ștefan Popescu",
                address="Sat Valea Mare nr. 5",
            )
        )
        # Acknowledged only after the commit returned: this number must survive any kill.
        print(f"SAVED {details.entry.number}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
