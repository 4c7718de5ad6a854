"""Recording who changed what, in the same transaction as the change."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.dto import AuditData
from db.models import AuditEvent

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


PENDING_AUDIT = "cic_pending_audit_events"


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items() if not isinstance(v, bytes)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    session: Session,
    core: CicCore,
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    before: Any = None,
    after: Any = None,
) -> None:
    event = AuditEvent(
        occurred_at=core.clock.now(),
        user_id=core.current_user_id,
        user_name=core.current_user_name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before_json=None if before is None else json.dumps(_jsonable(before), ensure_ascii=False),
        after_json=None if after is None else json.dumps(_jsonable(after), ensure_ascii=False),
    )
    session.add(event)
    session.info.setdefault(PENDING_AUDIT, []).append(event)


def history(session: Session, entity: str, entity_id: int) -> list[AuditData]:
    rows = session.execute(
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    ).scalars()
    return [
        AuditData(r.occurred_at, r.user_name, r.action, r.entity, r.entity_id, r.summary)
        for r in rows
    ]
