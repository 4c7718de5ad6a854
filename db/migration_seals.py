"""Re-sealing the audit chain when a migration changes sealed tables (a new column, a backfill).

A seal is the hash of a row's whole state, so a migration that adds a column would make every
sealed row look tampered with. Before changing anything, a migration notes which rows still match
their latest seal; after, it appends one `migrate` event per such row whose state changed, sealed
anew and chained. A row that did not match before keeps its old seal: a migration never launders a
change made behind the app's back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, MetaData, Table, func, select
from sqlalchemy.orm import Session

from db import audit_chain

Key = tuple[str, int]


def _tables(bind: Connection) -> dict[str, Table]:
    reflected = MetaData()
    reflected.reflect(bind=bind)
    return dict(reflected.tables)


def _states(bind: Connection, keys: set[Key], tables: dict[str, Table]) -> dict[Key, str]:
    by_entity: dict[str, set[int]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, set()).add(entity_id)
    session = Session(bind=bind)
    found: dict[Key, str] = {}
    for entity, ids in by_entity.items():
        for entity_id, state in audit_chain.state_hashes(session, entity, ids, tables).items():
            found[(entity, entity_id)] = state
    return found


def intact_seals(bind: Connection) -> dict[Key, str]:
    """Every sealed row that still matches its latest seal, with that seal (tables as they are)."""
    tables = _tables(bind)
    if "audit_head" not in tables:
        return {}
    events = tables["audit_event"]
    latest: dict[Key, str | None] = {}
    rows = bind.execute(
        select(events.c.entity, events.c.entity_id, events.c.state_hash).order_by(events.c.id)
    )
    for entity, entity_id, state in rows:
        if entity in audit_chain.SEALED and entity_id is not None:
            latest[(entity, entity_id)] = state
    current = _states(bind, set(latest), tables)
    return {key: seal for key, seal in latest.items() if seal and current.get(key) == seal}


def reseal_changed(bind: Connection, before: dict[Key, str], revision: str) -> int:
    """Append a sealed `migrate` event for each intact row whose state the migration changed."""
    if not before:
        return 0
    tables = _tables(bind)
    events, head_table = tables["audit_event"], tables["audit_head"]
    after = _states(bind, set(before), tables)
    changed = sorted(key for key, seal in before.items() if after.get(key) != seal)
    if not changed:
        return 0
    head = bind.execute(select(head_table).where(head_table.c.id == 1)).mappings().one()
    prev = head["last_hash"]
    next_id = (bind.execute(select(func.max(events.c.id))).scalar() or 0) + 1
    now = datetime.now().replace(microsecond=0)
    summary = (
        f"Actualizarea bazei de date (versiunea {revision}): câmpuri noi; sigiliul a fost reînnoit."
    )
    rows = []
    for offset, (entity, entity_id) in enumerate(changed):
        fields: dict[str, object] = {
            "id": next_id + offset,
            "occurred_at": now,
            "user_id": None,
            "user_name": "",
            "action": "migrate",
            "entity": entity,
            "entity_id": entity_id,
            "summary": summary,
            "before_json": None,
            "after_json": None,
            "state_hash": after.get((entity, entity_id)),
            "prev_hash": prev,
        }
        fields["hash"] = prev = audit_chain.event_hash(fields)
        rows.append(fields)
    bind.execute(events.insert(), rows)
    bind.execute(
        head_table.update()
        .where(head_table.c.id == 1)
        .values(last_event_id=rows[-1]["id"], last_hash=prev)
    )
    return len(rows)
