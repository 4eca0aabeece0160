"""Home visits (上门服务): visits planned for residents who cannot come to the service point (local only).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 19:11:06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "home_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("part_of_day", sa.String(length=10), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("staff", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("cancel_reason", sa.String(length=200), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('enrollment', 'daijiao', 'tier_change', 'pension_claim', 'info_change', 'inquiry', "
            "'certification')",
            name=op.f("ck_home_visits_kind"),
        ),
        sa.CheckConstraint(
            "part_of_day IS NULL OR part_of_day IN ('morning', 'afternoon')", name=op.f("ck_home_visits_part_of_day")
        ),
        sa.CheckConstraint("status IN ('planned', 'done', 'cancelled')", name=op.f("ck_home_visits_status")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_home_visits_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_home_visits_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_visits")),
        sa.UniqueConstraint("uuid", name=op.f("uq_home_visits_uuid")),
    )
    with op.batch_alter_table("home_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_home_visits_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index("ix_home_visits_status_planned_on", ["status", "planned_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("home_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_home_visits_status_planned_on")
        batch_op.drop_index(batch_op.f("ix_home_visits_resident_id"))
    op.drop_table("home_visits")
