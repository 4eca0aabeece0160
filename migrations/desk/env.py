"""Alembic environment of the village database, configured in code by :mod:`desktop.store.migrate`.

The app hands over an open, keyed connection in ``config.attributes["connection"]``; developers who
generate a revision hand over a plain SQLite URL instead (``python -m desktop.store.migrate revision``).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine

from desktop.store.models import Base

# FTS5 keeps its index in shadow tables that the models do not describe
_SEARCH_TABLE_PREFIXES = ("residents_trigram", "residents_prefix")


def _include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_SEARCH_TABLE_PREFIXES))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        include_name=_include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as plain:
        _run(plain)


main()
