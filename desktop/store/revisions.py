"""The alembic revisions this app knows, configured in code (no alembic.ini is needed at run time).

The script directory is found relative to the installed ``migrations.desk`` package, so the same
code works from a source checkout, a wheel, or a frozen installer that ships the package's files.
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

import migrations.desk


def script_location() -> Path:
    return Path(migrations.desk.__file__).resolve().parent


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An alembic configuration for our scripts, running on ``connection`` (or, for tooling, ``url``)."""
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
        raise RuntimeError("no migration revisions found")
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in script_directory().walk_revisions())


def revisions_in_order() -> list[str]:
    """Oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at, or None for a database without our schema."""
    return MigrationContext.configure(connection).get_current_revision()
