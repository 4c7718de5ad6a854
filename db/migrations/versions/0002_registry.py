"""Registers, numbering sequences and registry entries.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sequence",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sequence")),
    )

    op.create_table(
        "register",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sequence_code", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["sequence_code"], ["sequence.code"], name=op.f("fk_register_sequence_code_sequence")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_register")),
    )

    op.create_table(
        "sequence_counter",
        sa.Column("sequence_code", sa.String(length=30), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("last_registered_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sequence_code"],
            ["sequence.code"],
            name=op.f("fk_sequence_counter_sequence_code_sequence"),
        ),
        sa.PrimaryKeyConstraint("sequence_code", "year", name=op.f("pk_sequence_counter")),
    )

    op.create_table(
        "registry_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_code", sa.String(length=30), nullable=False),
        sa.Column("sequence_code", sa.String(length=30), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("number_prefix", sa.String(length=20), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("correspondent_name", sa.String(length=300), nullable=False),
        sa.Column("correspondent_address", sa.String(length=500), nullable=False),
        sa.Column("deadline_rule", sa.String(length=40), nullable=True),
        sa.Column("legal_deadline", sa.Date(), nullable=True),
        sa.Column("internal_target", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("annul_reason", sa.Text(), nullable=True),
        sa.Column("annulled_on", sa.Date(), nullable=True),
        sa.Column("annulled_by_id", sa.Integer(), nullable=True),
        sa.Column("imported", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["annulled_by_id"], ["staff.id"], name=op.f("fk_registry_entry_annulled_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_registry_entry_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["register_code"],
            ["register.code"],
            name=op.f("fk_registry_entry_register_code_register"),
        ),
        sa.ForeignKeyConstraint(
            ["sequence_code"],
            ["sequence.code"],
            name=op.f("fk_registry_entry_sequence_code_sequence"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_entry")),
        sa.UniqueConstraint(
            "register_code",
            "year",
            "number",
            name=op.f("uq_registry_entry_register_code_year_number"),
        ),
        sa.UniqueConstraint(
            "sequence_code",
            "year",
            "number",
            name=op.f("uq_registry_entry_sequence_code_year_number"),
        ),
    )
    with op.batch_alter_table("registry_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registry_entry_register_year", ["register_code", "year"], unique=False
        )

    sequence = sa.table("sequence", sa.column("code", sa.String), sa.column("name", sa.String))
    op.bulk_insert(
        sequence,
        [
            {"code": "general", "name": "Registrul general de intrare-ieșire"},
            {"code": "audiences", "name": "Registrul de audiențe"},
        ],
    )
    register = sa.table(
        "register",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("sequence_code", sa.String),
    )
    op.bulk_insert(
        register,
        [
            {
                "code": "petitions",
                "name": "Registrul de evidență a petițiilor",
                "sequence_code": "general",
            },
            {
                "code": "public_info",
                "name": "Registrul de evidență a solicitărilor de informații de interes public",
                "sequence_code": "general",
            },
            {"code": "audiences", "name": "Registrul de audiențe", "sequence_code": "audiences"},
            {
                "code": "consultations",
                "name": "Registrul pentru transparența decizională",
                "sequence_code": "general",
            },
        ],
    )


def downgrade() -> None:
    op.drop_table("registry_entry")
    op.drop_table("sequence_counter")
    op.drop_table("register")
    op.drop_table("sequence")
