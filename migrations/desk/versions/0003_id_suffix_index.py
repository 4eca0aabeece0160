"""Index on the last four characters of the ID number, for "the one ending in 123X" searches.

Trigram search finds a fragment anywhere, but cannot tell cheaply which matches end with it; this
expression index makes the ID-suffix tier one index lookup (alembic cannot compare expression indexes
on SQLite, so it is written here by hand and declared on the model as well).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:04:05
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_residents_id_suffix ON residents (substr(id_number, -4))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_residents_id_suffix")
