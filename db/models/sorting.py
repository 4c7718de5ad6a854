"""Keeping the Romanian sort keys of names in step on every insert and update, whatever the path
(services, importers, future registers): ORM mapper events, so no writer has to remember them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from db.models.people import Person
from db.models.registry import RegistryEntry
from db.sort_keys import romanian_sort_key


@event.listens_for(RegistryEntry, "before_insert")
@event.listens_for(RegistryEntry, "before_update")
def _entry_name_sort(_mapper: Any, _connection: Any, entry: RegistryEntry) -> None:
    entry.name_sort = romanian_sort_key(entry.correspondent_name)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_name_sort(_mapper: Any, _connection: Any, person: Person) -> None:
    person.name_sort = romanian_sort_key(person.name)
