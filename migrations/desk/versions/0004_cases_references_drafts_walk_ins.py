"""Case references and the county's reason for a return; wizard drafts and the walk-in queue (local only).

Existing cases get their reference ("CB" + 8 Crockford base32 characters of the case UUID; when two
UUIDs would give the same reference, the later case gets one derived from a fresh random UUID - the
case keeps its own UUID, which the county may already know). Cases saved as "draft" by earlier versions
are cases still waiting for documents, the status this version uses for them.

The reference derivation is copied here rather than imported, so that this revision does the same
thing for ever, whatever later code does.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 16:26:23
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _reference(case_uuid: uuid.UUID) -> str:
    value = case_uuid.int >> 88
    return "CB" + "".join(_CROCKFORD[(value >> shift) & 0x1F] for shift in range(35, -1, -5))


@contextmanager
def _quiet_reflection() -> Iterator[None]:
    """Batch mode reflects ``cases`` and the ``residents`` it refers to, whose expression index (0003)
    SQLAlchemy cannot reflect; it warns and skips it, which is harmless here: ``residents`` is not copied."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Skipped unsupported reflection of expression-based index")
        yield


def _backfill_references() -> None:
    connection = op.get_bind()
    taken: set[str] = set()
    rows = connection.execute(sa.text("SELECT id, uuid FROM cases ORDER BY id")).all()
    for row_id, stored_uuid in rows:
        reference = _reference(uuid.UUID(str(stored_uuid)))
        while reference in taken:
            reference = _reference(uuid.uuid4())
        taken.add(reference)
        connection.execute(
            sa.text("UPDATE cases SET reference = :reference WHERE id = :id"), {"reference": reference, "id": row_id}
        )


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("returned_reason", sa.Text(), nullable=True))
    _backfill_references()
    op.execute("UPDATE cases SET status = 'waiting_documents' WHERE status = 'draft'")
    with _quiet_reflection(), op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column("reference", existing_type=sa.String(length=12), nullable=False)
        batch_op.create_index(batch_op.f("ix_cases_reference"), ["reference"], unique=True)
        batch_op.create_index("ix_cases_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("case_type", sa.String(length=40), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], name=op.f("fk_drafts_resident_id_residents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_drafts_uuid")),
    )
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drafts_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_drafts_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "walk_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("arrived_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("priority", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("served_by", sa.String(length=64), nullable=True),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "priority IN ('normal', 'elderly', 'disabled', 'veteran')", name=op.f("ck_walk_ins_priority")
        ),
        sa.CheckConstraint("status IN ('waiting', 'serving', 'done', 'left')", name=op.f("ck_walk_ins_status")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_walk_ins_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_walk_ins")),
        sa.UniqueConstraint("uuid", name=op.f("uq_walk_ins_uuid")),
    )
    with op.batch_alter_table("walk_ins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_walk_ins_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index("ix_walk_ins_status_arrived_at", ["status", "arrived_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("walk_ins", schema=None) as batch_op:
        batch_op.drop_index("ix_walk_ins_status_arrived_at")
        batch_op.drop_index(batch_op.f("ix_walk_ins_resident_id"))
    op.drop_table("walk_ins")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drafts_updated_at"))
        batch_op.drop_index(batch_op.f("ix_drafts_resident_id"))
    op.drop_table("drafts")

    # the older app knows no "waiting_documents": it called an unfinished case a draft
    op.execute("UPDATE cases SET status = 'draft' WHERE status = 'waiting_documents'")
    with _quiet_reflection(), op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_updated_at")
        batch_op.drop_index(batch_op.f("ix_cases_reference"))
        batch_op.drop_column("returned_reason")
        batch_op.drop_column("reference")
