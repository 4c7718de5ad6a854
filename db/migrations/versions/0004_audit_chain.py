"""Tamper-evident audit trail: chained hashes, state seals and the chain's head.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    _seal_existing_events()


def _seal_existing_events() -> None:
    """Chain the events recorded before this revision, sealing the rows as they are now.

    Uses the tables as reflected at this revision, never the current models.
    """
    from db import audit_chain

    bind = op.get_bind()
    reflected = sa.MetaData()
    reflected.reflect(bind=bind)
    tables = dict(reflected.tables)
    events_table = tables["audit_event"]
    session = Session(bind=bind)
    events = [
        dict(row)
        for row in bind.execute(sa.select(events_table).order_by(events_table.c.id)).mappings()
    ]
    ids_by_entity: dict[str, set[int]] = {}
    for event in events:
        if event["entity"] in audit_chain.SEALED and event["entity_id"] is not None:
            ids_by_entity.setdefault(event["entity"], set()).add(event["entity_id"])
    seals = {
        entity: audit_chain.state_hashes(session, entity, ids, tables)
        for entity, ids in ids_by_entity.items()
    }
    prev = audit_chain.GENESIS
    for event in events:
        event["state_hash"] = seals.get(event["entity"], {}).get(event["entity_id"] or -1)
        event["prev_hash"] = prev
        event["hash"] = audit_chain.event_hash(event)
        prev = event["hash"]
        bind.execute(
            events_table.update()
            .where(events_table.c.id == event["id"])
            .values(
                state_hash=event["state_hash"], prev_hash=event["prev_hash"], hash=event["hash"]
            )
        )
    bind.execute(
        tables["audit_head"]
        .insert()
        .values(id=1, last_event_id=events[-1]["id"] if events else 0, last_hash=prev)
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("state_hash")
