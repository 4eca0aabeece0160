"""Alembic environment of the county database, configured in code by :mod:`sync.county.migrate`.

The server hands over an open connection in ``config.attributes["connection"]``; developers who
generate a revision hand over a URL instead (``python -m sync.county.migrate revision "message"``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from sync.county.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
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
