"""Agency lists: how each snapshot was read, its accepted records and its rejected or warned rows (local only).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 19:28:55
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "list_snapshot_details",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_hash", sa.String(length=64), nullable=False),
        sa.Column("as_of_basis", sa.String(length=10), nullable=False),
        sa.Column("strict", sa.Boolean(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("default_group", sa.String(length=40), nullable=True),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "as_of_basis IN ('given', 'title', 'quarter', 'today')", name=op.f("ck_list_snapshot_details_as_of_basis")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["list_snapshots.id"], name=op.f("fk_list_snapshot_details_snapshot_id_list_snapshots")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_snapshot_details")),
        sa.UniqueConstraint("snapshot_id", name=op.f("uq_list_snapshot_details_snapshot_id")),
    )
    with op.batch_alter_table("list_snapshot_details", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_snapshot_details_snapshot_hash"), ["snapshot_hash"], unique=False)

    op.create_table(
        "list_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("group_key", sa.String(length=40), nullable=True),
        sa.Column("subtype", sa.String(length=40), nullable=True),
        sa.Column("review_group", sa.String(length=40), nullable=True),
        sa.Column("disability_category", sa.Integer(), nullable=True),
        sa.Column("disability_grade", sa.Integer(), nullable=True),
        sa.Column("cert_number", sa.String(length=24), nullable=True),
        sa.Column("veteran_cert", sa.String(length=40), nullable=True),
        sa.Column("household_head", sa.String(length=60), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("match", sa.String(length=10), nullable=True),
        sa.CheckConstraint("match IS NULL OR match IN ('id', 'confirmed')", name=op.f("ck_list_records_match")),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], name=op.f("fk_list_records_resident_id_residents")),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["list_snapshots.id"], name=op.f("fk_list_records_snapshot_id_list_snapshots")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_records")),
    )
    with op.batch_alter_table("list_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_records_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_records_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index("ix_list_records_snapshot_row", ["snapshot_id", "row"], unique=False)

    op.create_table(
        "list_row_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("resolved_resident_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('rejected', 'warning')", name=op.f("ck_list_row_reports_kind")),
        sa.ForeignKeyConstraint(
            ["resolved_resident_id"], ["residents.id"], name=op.f("fk_list_row_reports_resolved_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["list_snapshots.id"], name=op.f("fk_list_row_reports_snapshot_id_list_snapshots")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_row_reports")),
    )
    with op.batch_alter_table("list_row_reports", schema=None) as batch_op:
        batch_op.create_index("ix_list_row_reports_snapshot_row", ["snapshot_id", "row"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("list_row_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_list_row_reports_snapshot_row")

    op.drop_table("list_row_reports")
    with op.batch_alter_table("list_records", schema=None) as batch_op:
        batch_op.drop_index("ix_list_records_snapshot_row")
        batch_op.drop_index(batch_op.f("ix_list_records_resident_id"))
        batch_op.drop_index(batch_op.f("ix_list_records_id_number"))

    op.drop_table("list_records")
    with op.batch_alter_table("list_snapshot_details", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_snapshot_details_snapshot_hash"))

    op.drop_table("list_snapshot_details")
