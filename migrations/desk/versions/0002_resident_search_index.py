"""Resident search index: FTS5 tables kept in step with residents by triggers.

``residents_trigram`` (trigram tokenizer) serves substrings of 3+ characters: names, pinyin, ID-number
and phone fragments. ``residents_prefix`` (unicode61 with prefix indexes) serves pinyin and initials
prefixes, which trigram cannot do below 3 characters. Both are external-content tables over
``residents``: they store only the index, and the triggers update it in the same transaction as the row.

A later revision that rebuilds ``residents`` (batch mode copies the table) drops these triggers with
the old table and must create them again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 16:10:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

TRIGRAM_COLUMNS = ("name", "name_pinyin", "name_initials", "id_number", "phone")
PREFIX_COLUMNS = ("name_pinyin", "name_initials")


def _values(prefix: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{prefix}.{column}" for column in columns)


def _index_triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    insert = f"INSERT INTO {table}(rowid, {names}) VALUES (new.id, {_values('new', columns)});"
    delete = (
        f"INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.id, {_values('old', columns)});"
    )
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON residents BEGIN {insert} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON residents BEGIN {delete} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {names} ON residents BEGIN {delete} {insert} END",
    ]


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE residents_trigram USING fts5("
        f"{', '.join(TRIGRAM_COLUMNS)}, content='residents', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE residents_prefix USING fts5("
        f"{', '.join(PREFIX_COLUMNS)}, content='residents', content_rowid='id', "
        "tokenize='unicode61', prefix='1 2 3')"
    )
    for table, columns in (("residents_trigram", TRIGRAM_COLUMNS), ("residents_prefix", PREFIX_COLUMNS)):
        for statement in _index_triggers(table, columns):
            op.execute(statement)
        op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def downgrade() -> None:
    for table in ("residents_trigram", "residents_prefix"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER {table}_{suffix}")
        op.execute(f"DROP TABLE {table}")
