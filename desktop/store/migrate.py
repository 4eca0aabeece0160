"""Bring a database to this app's schema at start-up: refuse a newer one, back up before changing one.

Run as ``python -m desktop.store.migrate revision "message"`` to autogenerate a new revision from the
models (against a scratch plain-SQLite database at the current head).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, create_engine

from desktop.store.backup import backup
from desktop.store.engine import engine_key
from desktop.store.problems import DatabaseProblem, StoreError
from desktop.store.revisions import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    revisions_in_order,
)

BACKUP_REASON = "before-migration"
KEEP_MIGRATION_BACKUPS = 5


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def check_revision(engine: Engine) -> str | None:
    """The database's revision; :class:`StoreError` if it was written by a newer app."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise StoreError.of(DatabaseProblem.NEWER, revision=current)
    return current


def migrate(engine: Engine, backup_dir: Path, *, keep: int = KEEP_MIGRATION_BACKUPS) -> MigrationReport:
    """Upgrade to the newest revision, after a backup; a database already there is only checked."""
    current = check_revision(engine)
    head = head_revision()
    if current == head:
        return MigrationReport(current, head, None)
    copy = None
    if current is not None:  # a new, empty database has nothing a backup could save
        copy = backup(engine, engine_key(engine), backup_dir, BACKUP_REASON, keep=keep)
    try:
        move_to(engine, head)
    except StoreError:
        raise
    except Exception as exc:  # the transaction rolled back: the database is as it was
        raise StoreError.of(DatabaseProblem.MIGRATION_FAILED, revision=head) from exc
    return MigrationReport(current, head, copy)


def move_to(engine: Engine, revision: str) -> None:
    """Upgrade or downgrade to ``revision`` in one transaction, with foreign keys checked at the end.

    SQLite alters a table by copying it, which foreign-key enforcement would stop half-way, so
    enforcement is off while the revisions run and the whole database is checked before commit.
    """
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction does this take effect
        try:
            with connection.begin():
                _run(connection, revision)
                _check_foreign_keys(connection, revision)
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def _run(connection: Connection, revision: str) -> None:
    config = alembic_config(connection)
    if _position(revision) >= _position(current_revision(connection)):
        command.upgrade(config, revision)
    else:
        command.downgrade(config, revision)


def _position(revision: str | None) -> int:
    if revision in (None, "base"):
        return -1
    return revisions_in_order().index(revision)


def _check_foreign_keys(connection: Connection, revision: str) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise StoreError.of(DatabaseProblem.MIGRATION_FAILED, revision=revision)


def _autogenerate(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'scratch.db'}"
        config = alembic_config(url=url)
        engine = create_engine(url)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        engine.dispose()
        rev_id = f"{len(known_revisions()) + 1:04d}"
        command.revision(config, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m desktop.store.migrate revision "what changes"')
    _autogenerate(sys.argv[2])
