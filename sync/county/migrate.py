"""Bring the county database to this server's schema at open; refuse one a newer server wrote.

Configured in code (no alembic.ini at run time); the scripts are found beside the installed
``migrations.county`` package. Run ``python -m sync.county.migrate revision "message"`` to
autogenerate a revision from the models against a scratch SQLite database at the current head.
"""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine

import migrations.county
from sync.county.problems import CountyError, CountyProblem

# Two server processes starting at once on one PostgreSQL must not both create the tables.
_PG_MIGRATION_LOCK = 0x63756E62  # "cunb"


def script_location() -> Path:
    return Path(migrations.county.__file__).resolve().parent


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    config.set_main_option("path_separator", "os")
    if url is not None:
        config.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no county migration revisions found")
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in script_directory().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Move the database to ``revision`` in one transaction; returns the revision it was at before."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        before = current_revision(connection)
        if before is not None and before not in known_revisions():
            raise CountyError.of(CountyProblem.DATABASE_NEWER, revision=before)
        target = head_revision() if revision == "head" else revision
        if before == target:
            return before
        try:
            command.upgrade(alembic_config(connection), target)
        except Exception as exc:  # the transaction rolls back: the database is as it was
            raise CountyError.of(CountyProblem.MIGRATION_FAILED, revision=target, reason=str(exc)) from exc
        return before


def downgrade(engine: Engine, revision: str) -> None:
    """Walk back to ``revision`` ("base" empties the schema); used by the migration tests and by hand."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def _autogenerate(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'scratch.db'}"
        engine = create_engine(url)
        upgrade(engine)
        engine.dispose()
        rev_id = f"{len(known_revisions()) + 1:04d}"
        command.revision(alembic_config(url=url), message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m sync.county.migrate revision "what changes"')
    _autogenerate(sys.argv[2])
