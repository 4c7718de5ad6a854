"""The core's printing and letter services, wherever the core keeps them.

`core.letters`, `core.books`, `core.dispatch` when the core attaches them; otherwise built here
over the same core (plain classes holding nothing but the core).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cic_desktop.core import CicCore
    from cic_desktop.services.books import BooksService
    from cic_desktop.services.dispatch import DispatchService
    from cic_desktop.services.letters import LettersService


def _service(core: CicCore, name: str, build: Any) -> Any:
    attached = getattr(core, name, None)
    return attached if attached is not None else build(core)  # a service only holds the core


def letters(core: CicCore) -> LettersService:
    from cic_desktop.services.letters import LettersService

    return _service(core, "letters", LettersService)


def books(core: CicCore) -> BooksService:
    from cic_desktop.services.books import BooksService

    return _service(core, "books", BooksService)


def dispatch(core: CicCore) -> DispatchService:
    from cic_desktop.services.dispatch import DispatchService

    return _service(core, "dispatch", DispatchService)
