"""AppContext: what every window needs, handed down explicitly (no module-level globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cic_desktop.core import CicCore
from ui.bus import ChangeBus
from ui.preferences import Preferences
from ui.tasks import TaskRunner


@dataclass
class AppContext:
    core: CicCore
    tasks: TaskRunner
    preferences: Preferences
    bus: ChangeBus = field(default_factory=ChangeBus)

    def close(self) -> None:
        """Let running work finish, then release the database."""
        self.tasks.wait_for_done()
        self.core.close()
