"""The county database: one engine factory, migrations at open, sessions that commit on success.

SQLite (``data_dir/county.sqlite3``) is the embedded default: WAL, foreign keys on, ``synchronous=FULL``
and a busy timeout, with every write session taking the write lock at BEGIN (``BEGIN IMMEDIATE``), so a
read-then-write such as using up a registration code never fails half-way on a lock upgrade and two
writers queue instead. PostgreSQL (``postgresql+psycopg://...``) is the production database.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sync.county import migrate
from sync.county.problems import CountyError, CountyProblem

SQLITE_FILE = "county.sqlite3"
BUSY_TIMEOUT_MS = 15_000
_BEGIN_OPTION = "cunbao_begin"


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / SQLITE_FILE}"


def create_county_engine(url: str) -> Engine:
    """An engine for ``url`` with the pragmas and transaction behaviour the county relies on."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise CountyError.of(CountyProblem.DATABASE_UNAVAILABLE, url=url, reason=str(exc)) from exc
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN handling is switched off so that ours (below) decides the lock mode
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON", "synchronous = FULL"):
            cursor.execute(f"PRAGMA {pragma}")
        _use_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _use_wal(cursor: Any) -> None:
    """Switch a new database to WAL (the mode is kept in the file, so this happens once per database).

    The switch needs the database to itself and SQLite answers "locked" at once, without waiting, while
    another connection is reading: server processes starting together retry until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@dataclass
class CountyStore:
    engine: Engine
    _writer: sessionmaker[Session]
    _reader: sessionmaker[Session]

    @classmethod
    def open(cls, data_dir: Path, database_url: str | None = None) -> CountyStore:
        """Open (creating ``data_dir`` for SQLite) and migrate to the newest revision."""
        if database_url is None:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # residents' data: the server's user only
            database_url = sqlite_url(data_dir)
        engine = create_county_engine(database_url)
        try:
            migrate.upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            shown = make_url(database_url).render_as_string(hide_password=True)
            raise CountyError.of(CountyProblem.DATABASE_UNAVAILABLE, url=shown, reason=str(exc.orig)) from exc
        except BaseException:
            engine.dispose()
            raise
        reader = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
        return cls(
            engine,
            sessionmaker(engine, expire_on_commit=False),
            sessionmaker(reader, expire_on_commit=False),
        )

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session committed when the block ends normally, rolled back when it raises.

        ``readonly`` sessions on SQLite begin without the write lock, so readers never queue behind writers.
        """
        factory = self._reader if readonly else self._writer
        with factory() as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
            session.commit()

    def close(self) -> None:
        self.engine.dispose()
