"""Sync: each outbox entry names the entry it follows (the server holds it until that one settles); the
county's decisions on cases as they arrive; the scans the county holds whole

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 22:35:58.820580
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "county_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.String(length=40), nullable=False),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_county_decisions_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_decisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_county_decisions_uuid")),
    )
    with op.batch_alter_table("county_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_county_decisions_case_id"), ["case_id"], unique=False)

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("after", sa.Integer(), nullable=True))

    op.create_table(
        "uploaded_files",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("uploaded_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_uploaded_files")),
    )


def downgrade() -> None:
    op.drop_table("uploaded_files")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("after")

    with op.batch_alter_table("county_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_county_decisions_case_id"))

    op.drop_table("county_decisions")
