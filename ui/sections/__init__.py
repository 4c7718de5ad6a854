"""The main window's sections: each is a title and a factory building its page.

A new area of the app (a register, reports, …) plugs in by adding a `Section` to `SECTIONS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    factory: Callable[[AppContext], QWidget]
    shortcut: str = ""


def default_sections() -> list[Section]:
    from ui.sections.audiences import AudiencesPage
    from ui.sections.dashboard import DashboardPage
    from ui.sections.deadline_calculator import DeadlineCalculatorPage
    from ui.sections.home import HomePage
    from ui.sections.people import PeoplePage
    from ui.sections.petitions import PetitionsPage
    from ui.sections.public_info import PublicInfoPage
    from ui.sections.safety import SafetyPage
    from ui.sections.search import SearchPage
    from ui.sections.settings_page import SettingsPage

    return [
        Section("home", "Acasă", HomePage, "Ctrl+1"),
        Section("petitions", "Petiții", PetitionsPage, "Ctrl+2"),
        Section("public_info", "Informații publice", PublicInfoPage, "Ctrl+3"),
        Section("audiences", "Audiențe", AudiencesPage, "Ctrl+7"),
        Section("deadlines", "Calculator de termene", DeadlineCalculatorPage, "Ctrl+4"),
        Section("settings", "Setări", SettingsPage, "Ctrl+5"),
        Section("safety", "Siguranța datelor", SafetyPage, "Ctrl+6"),
        Section("dashboard", "Tablou de bord", DashboardPage, "Ctrl+8"),
        Section("people", "Persoane", PeoplePage, "Ctrl+9"),
        Section("search", "Căutare", SearchPage, "Ctrl+F"),
    ]
