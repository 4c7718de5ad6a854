"""Taking a petition in: validating what the clerk typed, and OG 27's proposals before saving."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.text import clean_text, search_key
from cic_desktop.dto_petitions import (
    OPEN_STATES,
    PersonData,
    PetitionInput,
    Suggestion,
)
from cic_desktop.errors import ValidationError
from cic_desktop.services.people import clean_person
from cic_desktop.services.registry import entry_data
from db.enums import (
    EntryStatus,
    PersonKind,
    PetitionChannel,
    PetitionKind,
    PetitionState,
)
from db.models import Person, Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

MAX_SUBJECT = 2000
MAX_PAGES = 10_000
SIMILARITY_THRESHOLD = 0.5
_WORD_RE = re.compile(r"\w{4,}")


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(search_key(text)))


def similar_subjects(a: str, b: str) -> bool:
    """Same problem, roughly: half of the meaningful words in common (Jaccard ≥ 0.5)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= SIMILARITY_THRESHOLD


def require_choice(value: str, enum: type, field: str, message: str) -> str:
    if value not in {member.value for member in enum}:
        raise ValidationError(field, message)
    return value


def clean_input(core: CicCore, data: PetitionInput) -> tuple[PetitionInput, PersonData | None]:
    today = core.clock.today()
    require_choice(
        data.kind,
        PetitionKind,
        "kind",
        "Alegeți tipul petiției: cerere, reclamație, sesizare sau propunere.",
    )
    require_choice(
        data.channel, PetitionChannel, "channel", "Alegeți modalitatea de primire a petiției."
    )
    received = data.received_on or today
    if received > today:
        raise ValidationError("received_on", "Data primirii nu poate fi în viitor.")
    if received < today - timedelta(days=366):
        raise ValidationError(
            "received_on", "Data primirii este cu mai mult de un an în urmă; verificați-o."
        )
    if data.channel == PetitionChannel.AUDIENCE:
        if data.audience_date is None:
            raise ValidationError(
                "audience_date", "Indicați data audienței din care provine petiția."
            )
        if data.audience_date > today:
            raise ValidationError("audience_date", "Data audienței nu poate fi în viitor.")
        received = data.audience_date
    subject = clean_text(
        data.subject,
        field="subject",
        label="Obiectul petiției (rezumat)",
        max_length=MAX_SUBJECT,
        required=True,
        multiline=True,
    )
    for field_name, label in (("pages", "Număr de file"), ("annexes", "Număr de anexe")):
        value = getattr(data, field_name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > MAX_PAGES:
            raise ValidationError(
                field_name, f"„{label}” trebuie să fie un număr între 0 și {MAX_PAGES}."
            )
    if data.internal_deadline is not None and data.internal_deadline < today:
        raise ValidationError("internal_deadline", "Termenul intern nu poate fi în trecut.")
    source = clean_text(
        data.source_institution,
        field="source_institution",
        label="Instituția care a transmis petiția",
        max_length=300,
        required=data.channel == PetitionChannel.OTHER_INSTITUTION,
    )
    reference = clean_text(
        data.source_reference,
        field="source_reference",
        label="Nr. și data la instituția care a transmis",
        max_length=100,
    )
    notes = clean_text(
        data.notes, field="notes", label="Observații", max_length=2000, multiline=True
    )
    person: PersonData | None = None
    if data.name.strip() or data.person_id is not None:
        person = clean_person(
            PersonData(
                data.person_kind,
                data.name,
                data.address,
                data.email,
                data.phone,
                data.person_id,
            )
        )
    else:
        require_choice(
            data.person_kind,
            PersonKind,
            "person_kind",
            "Alegeți tipul petiționarului.",
        )
        clean_person(
            PersonData(data.person_kind, "", data.address, data.email, data.phone),
            name_required=False,
        )
    clean = replace(
        data,
        subject=subject,
        received_on=received,
        source_institution=source,
        source_reference=reference,
        notes=notes,
        name=person.name if person else "",
        address=person.address if person else data.address.strip(),
        email=person.email if person else data.email.strip(),
    )
    return clean, person


def find_suggestions(core: CicCore, data: PetitionInput) -> list[Suggestion]:
    """What OG 27 proposes before saving: file anonymous ones, join or file repeated ones."""
    result: list[Suggestion] = []
    if not data.name.strip() or not (data.address.strip() or data.email.strip()):
        result.append(
            Suggestion(
                "file_anonymous",
                "Petiția nu are datele de identificare ale petiționarului (nume și adresă). "
                "Potrivit art. 7 din OG nr. 27/2002 se propune clasarea ei fără răspuns.",
            )
        )
    if not data.name.strip() and data.person_id is None:
        return result
    key = search_key(data.name)
    since = core.clock.today() - timedelta(days=365)
    with core.read() as session:
        stmt = (
            select(RegistryEntry, Petition)
            .join(Petition, Petition.entry_id == RegistryEntry.id)
            .where(
                RegistryEntry.registered_on >= since,
                RegistryEntry.status == EntryStatus.ACTIVE,
                Petition.state != PetitionState.JOINED,
            )
            .order_by(RegistryEntry.registered_on, RegistryEntry.number)
        )
        if data.person_id is not None:
            stmt = stmt.where(Petition.person_id == data.person_id)
        else:
            stmt = stmt.join(Person, Person.id == Petition.person_id).where(
                Person.search_key == key
            )
        for entry, petition in session.execute(stmt):
            if not similar_subjects(entry.subject, data.subject):
                continue
            number = entry_data(entry).number_text
            if petition.state in OPEN_STATES:
                result.append(
                    Suggestion(
                        "join",
                        f"Același petiționar a mai depus petiția nr. {number} pe aceeași problemă, "
                        "încă nesoluționată. Potrivit art. 10 alin. (1) din OG nr. 27/2002 se "
                        "propune conexarea la aceasta.",
                        entry.id,
                        number,
                    )
                )
            elif petition.state in (PetitionState.ANSWERED, PetitionState.SENT):
                result.append(
                    Suggestion(
                        "file_repeated",
                        f"Același petiționar a primit deja răspuns la petiția nr. {number} pe aceeași "
                        "problemă. Potrivit art. 10 alin. (2) din OG nr. 27/2002 se propune clasarea, "
                        "cu mențiune la numărul inițial.",
                        entry.id,
                        number,
                    )
                )
    return result
