"""The tamper-evident audit trail: each event is chained to the previous one by SHA-256 and seals
the canonical state of the row it touched, so an edit behind the app's back is detectable.

Lives in the database layer because the migration that introduces it must hash existing rows
with the very same rules as the running app.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.base import Base

GENESIS = "0" * 64
CHUNK = 500

# Which rows make up the sealed state of an audited entity: (table, key column) pairs, all keyed
# by the event's entity_id. A registry entry is sealed together with its register details.
SEALED: dict[str, tuple[tuple[str, str], ...]] = {
    "registry_entry": (
        ("registry_entry", "id"),
        ("petition", "entry_id"),
        ("info_request", "entry_id"),
        ("admin_complaint", "entry_id"),
        ("audience", "entry_id"),
    ),
    "audience_schedule": (("audience_schedule", "id"),),
    "verbal_request": (("verbal_request", "id"),),
    "court_case": (("court_case", "id"),),
    "copy_tariff": (("copy_tariff", "id"),),
    "person": (("person", "id"),),
    "institution": (("institution", "id"),),
    "official": (("official", "id"),),
    "department": (("department", "id"),),
    "staff": (("staff", "id"),),
    "petition_domain": (("petition_domain", "id"),),
    "book_print": (("book_print", "id"),),
}

EVENT_FIELDS = (
    "id",
    "occurred_at",
    "user_id",
    "user_name",
    "action",
    "entity",
    "entity_id",
    "summary",
    "before_json",
    "after_json",
    "state_hash",
    "prev_hash",
)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def canonical(data: dict[str, object]) -> str:
    return json.dumps(
        {k: _plain(v) for k, v in sorted(data.items())},
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )


def _table(name: str, tables: dict[str, Table] | None) -> Table:
    return (tables or Base.metadata.tables)[name]


def state_hashes(
    session: Session, entity: str, ids: Iterable[int], tables: dict[str, Table] | None = None
) -> dict[int, str]:
    """Hash of the canonical state of each entity id (rows of every sealed table), in bulk.

    `tables` lets a migration pass the tables as they are at its revision (reflected).
    """
    parts = SEALED.get(entity)
    wanted = sorted(set(ids))
    if not parts or not wanted:
        return {}
    collected: dict[int, dict[str, object]] = {i: {} for i in wanted}
    for table_name, key in parts:
        if tables is not None and table_name not in tables:
            continue  # a migration sealing before this table existed
        table = _table(table_name, tables)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for row in session.execute(select(table).where(table.c[key].in_(chunk))).mappings():
                collected[row[key]][table_name] = canonical(dict(row))
    return {
        i: hashlib.sha256(canonical(rows).encode("utf-8")).hexdigest()
        for i, rows in collected.items()
    }


def event_hash(fields: dict[str, object]) -> str:
    payload = canonical({name: fields.get(name) for name in EVENT_FIELDS})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal_events(
    session: Session, events: Sequence[object], tables: dict[str, Table] | None = None
) -> tuple[int, str] | None:
    """Give pending events their state seals and chain hashes; returns the new head (id, hash).

    Call with the write lock held (SQLite BEGIN IMMEDIATE; on PostgreSQL the head row is locked).
    """
    from db.models import AuditEvent, AuditHead

    pending = sorted((e for e in events if isinstance(e, AuditEvent)), key=lambda e: e.id)
    if not pending:
        return None
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_event_id=0, last_hash=GENESIS)
        session.add(head)
    by_entity: dict[str, set[int]] = {}
    for event in pending:
        if event.entity in SEALED and event.entity_id is not None:
            by_entity.setdefault(event.entity, set()).add(event.entity_id)
    seals = {
        entity: state_hashes(session, entity, ids, tables) for entity, ids in by_entity.items()
    }
    prev = head.last_hash
    for event in pending:
        event.state_hash = seals.get(event.entity, {}).get(event.entity_id or -1)
        event.prev_hash = prev
        event.hash = event_hash({name: getattr(event, name) for name in EVENT_FIELDS})
        prev = event.hash
    head.last_event_id = pending[-1].id
    head.last_hash = prev
    session.flush()
    return head.last_event_id, head.last_hash


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    message_ro: str


def verify(
    session: Session, external_head: tuple[int, str] | None
) -> tuple[list[ChainProblem], int]:
    """Walk the chain; returns the problems found (first broken link first) and the events read."""
    from db.models import AuditEvent, AuditHead, RegistryEntry

    problems: list[ChainProblem] = []
    prev, count, last_id = GENESIS, 0, 0
    latest: dict[tuple[str, int], tuple[int, str | None]] = {}
    stmt = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
    for event in session.execute(stmt).scalars():
        count += 1
        fields = {name: getattr(event, name) for name in EVENT_FIELDS}
        if event.prev_hash != prev:
            problems.append(
                ChainProblem(
                    event.id,
                    (
                        f"Lanțul este întrerupt la evenimentul {event.id}: evenimentul anterior lipsește "
                        "sau a fost modificat."
                    ),
                )
            )
        if event.hash != event_hash(fields):
            problems.append(
                ChainProblem(
                    event.id,
                    (
                        f"Evenimentul de audit {event.id} ({event.entity} {event.entity_id or ''}) "
                        "a fost modificat după înregistrare."
                    ),
                )
            )
        prev = event.hash or ""
        last_id = event.id
        if event.entity in SEALED and event.entity_id is not None:
            latest[(event.entity, event.entity_id)] = (event.id, event.state_hash)
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_event_id, head.last_hash) != (last_id, prev):
        problems.append(
            ChainProblem(
                None,
                (
                    f"Capătul lanțului din baza de date (evenimentul {head.last_event_id}) nu corespunde "
                    f"ultimului eveniment găsit ({last_id}): au fost șterse evenimente de la sfârșit."
                ),
            )
        )
    if external_head is not None:
        ext_id, ext_hash = external_head
        if ext_id > last_id:
            problems.append(
                ChainProblem(
                    ext_id,
                    (
                        f"Copia externă a capătului lanțului indică evenimentul {ext_id}, dar baza de date "
                        f"se oprește la {last_id}: au fost șterse evenimente de la sfârșit."
                    ),
                )
            )
        else:
            row = session.get(AuditEvent, ext_id) if ext_id else None
            if ext_id and (row is None or row.hash != ext_hash):
                problems.append(
                    ChainProblem(
                        ext_id,
                        (
                            f"Evenimentul {ext_id} nu mai corespunde copiei externe a capătului lanțului."
                        ),
                    )
                )
    by_entity: dict[str, dict[int, tuple[int, str | None]]] = {}
    for (entity, entity_id), value in latest.items():
        by_entity.setdefault(entity, {})[entity_id] = value
    for entity, items in by_entity.items():
        current = state_hashes(session, entity, items)
        for entity_id, (event_id, sealed) in sorted(items.items()):
            if current.get(entity_id) != sealed:
                problems.append(
                    ChainProblem(
                        event_id,
                        (
                            f"Înregistrarea {entity} {entity_id} a fost modificată în afara programului "
                            f"(nu mai corespunde sigiliului evenimentului {event_id})."
                        ),
                    )
                )
    audited = set(by_entity.get("registry_entry", {}))
    for entry_id, number, year in session.execute(
        select(RegistryEntry.id, RegistryEntry.number, RegistryEntry.year)
    ):
        if entry_id not in audited:
            problems.append(
                ChainProblem(
                    None,
                    (
                        f"Înregistrarea nr. {number}/{year} (id {entry_id}) nu apare în jurnalul de audit: "
                        "a fost adăugată în afara programului."
                    ),
                )
            )
    problems.sort(key=lambda p: (p.event_id is None, p.event_id or 0))
    return problems, count
