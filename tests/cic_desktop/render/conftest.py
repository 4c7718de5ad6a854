"""Documents printed from real cases: petitions registered and processed through the core."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from cic_desktop.core import CicCore
from cic_desktop.services.books import BooksService
from cic_desktop.services.dispatch import DispatchService
from cic_desktop.services.letters import LettersService
from tests.cic_desktop.petitions.conftest import (  # noqa: F401 - fixture used by the ones below
    department_id,
    petition,
    petitions_core,
)

PETITIONER = "Ștefan Țăranu-Îndrieș"
ADDRESS = "Sat Valea Mare nr. 5, comuna Sânmartin, județul Bihor"
SUBJECT = (
    "Solicit repararea drumului comunal DC 12 și curățarea șanțurilor de lângă "
    "ȘCOALA GIMNAZIALĂ „ÎNVĂȚĂMÂNT PENTRU TOȚI” din satul Valea Mare"
)
DPO = "dpo@sanmartin.ro, tel. 0259 123 457"


@pytest.fixture
def doc_core(petitions_core: CicCore) -> CicCore:  # noqa: F811
    """The commune with every contact the documents print."""
    core = petitions_core
    core.settings.save_institution(
        replace(
            core.settings.institution(),
            cif="4251234",
            phone="0259 123 456",
            email="cic@sanmartin.ro",
            website="www.sanmartin.ro",
            public_hours="Luni–Joi 8:00–16:00, Vineri 8:00–14:00",
            dpo_contact=DPO,
        )
    )
    return core


@dataclass(frozen=True)
class Cases:
    answered: int
    forwarded: int
    extended: int
    filed: int
    by_email: int


@pytest.fixture
def cases(doc_core: CicCore) -> Cases:
    """Five petitions of 27.11.2026 (the clock), each at another step of the workflow."""
    core = doc_core
    today = core.clock.today()

    def register(**changes: object) -> int:
        base: dict[str, object] = dict(
            name=PETITIONER, address=ADDRESS, subject=SUBJECT, pages=3, annexes=1, kind="complaint"
        )
        base.update(changes)
        return core.petitions.register(petition(**base)).id

    answered = register()
    core.petitions.assign(answered, department_id(core, "Urbanism și amenajarea teritoriului"))
    core.petitions.answer(
        answered,
        answered_on=today,
        outcome="favorable",
        legal_basis="art. 8 și art. 13 din OG nr. 27/2002; HCL nr. 12/2026",
        summary="Drumul comunal DC 12 va fi reparat în primăvara anului 2027.",
    )
    forwarded = register(
        name="Ștefania Îndrieș", subject="Solicit racordarea la rețeaua de gaze naturale"
    )
    core.petitions.forward(forwarded, "Consiliul Județean Bihor", today)
    extended = register(name="Șerban Dumitrașcu", subject="Reclam zgomotul de pe strada Școlii")
    core.petitions.extend(extended, 15, today, "Ion Țurcanu, primar", "verificare pe teren")
    filed = register(
        name="Ionuț Șerbănescu", subject="Solicit curățarea șanțurilor de pe drumul comunal DC 12"
    )
    core.petitions.file_without_action(filed, "other", "petiția a fost retrasă de petiționară")
    by_email = register(
        name="Ioana Țărănescu",
        address="",
        email="ioana.taranescu@example.ro",
        channel="email",
        subject="Propun amenajarea unui loc de joacă în centrul satului Sânmartin",
    )
    return Cases(answered, forwarded, extended, filed, by_email)


@pytest.fixture
def letters(doc_core: CicCore) -> LettersService:
    return LettersService(doc_core)


@pytest.fixture
def books(doc_core: CicCore) -> BooksService:
    return BooksService(doc_core)


@pytest.fixture
def dispatch(doc_core: CicCore) -> DispatchService:
    return DispatchService(doc_core)


TODAY = date(2026, 11, 27)
