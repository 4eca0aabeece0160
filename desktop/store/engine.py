"""The one engine factory: SQLCipher through SQLAlchemy, keyed and configured on every connection.

The database is opened with the raw 32-byte data key (``x'…'``), which skips SQLCipher's own PBKDF2:
the slow key derivation happens once, in :mod:`desktop.store.keys`, when the password is checked.
A file that does not open - wrong key, truncated, damaged - is reported as a problem and never
written to: the pragmas that could write (journal mode) run only after the key has been proven.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from core.problems import Problem, error
from desktop.store.layout import sidecar_files
from desktop.store.problems import DatabaseProblem, StoreError

KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4 default; used to tell a truncated file from a wrongly keyed one
BUSY_TIMEOUT_MS = 5000
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """An engine on the encrypted database at ``path``; raises :class:`StoreError` if it cannot be opened.

    ``create`` allows a new, empty database file; without it a missing file is a problem, so that a
    moved data directory is never silently replaced by an empty database.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    _check_file(path, create=create)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, key),
        # the "sqlite://" URL would get a one-connection-per-thread pool; sessions need their own connections
        poolclass=QueuePool,
    )
    _install_savepoint_recipe(engine)
    _ENGINE_KEYS[engine] = key
    with engine.connect():  # prove the key now, not at the first query of some later screen
        pass
    return engine


def engine_key(engine: Engine) -> bytes:
    """The data key of an engine made by :func:`open_engine` (backups need it for the copy)."""
    return _ENGINE_KEYS[engine]


def engine_path(engine: Engine) -> Path:
    """The database file behind an engine made by :func:`open_engine`."""
    raw = engine.raw_connection()
    try:
        rows = raw.driver_connection.execute("PRAGMA database_list").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()
    return Path(next(str(row[2]) for row in rows if row[1] == "main"))


def connect_raw(path: Path, key: bytes, *, read_only: bool = False, wal: bool = True) -> Any:
    """A sqlcipher3 connection with the key proven and the pragmas set; raises :class:`StoreError`.

    ``wal=False`` leaves the journal mode alone (backup copies are single files); a read-only
    connection never changes it.
    """
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher.Error as exc:
        raise StoreError.of(DatabaseProblem.MISSING, path=str(path)) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported as problem codes instead
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        _prove_key(conn, path)
        if wal and not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")  # the outbox and cursors must survive power loss
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files on disk
    except BaseException:
        conn.close()
        raise
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (an encrypted one starts with random salt instead)."""
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER


def _check_file(path: Path, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise StoreError.of(DatabaseProblem.MISSING, path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    if create:
        raise StoreError.of(DatabaseProblem.EXISTS, path=str(path))
    if path.stat().st_size == 0:
        # SQLite would take an empty file for a new database and write a fresh one over it
        raise StoreError.of(DatabaseProblem.CORRUPT, path=str(path))


def _prove_key(conn: Any, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        raise StoreError(_classify(conn, path, exc)) from exc
    if page_count and _is_short(path, int(page_count)):
        raise StoreError.of(DatabaseProblem.CORRUPT, path=str(path))


def _is_short(path: Path, page_count: int) -> bool:
    """True if the file holds fewer pages than its header claims and no WAL could hold the rest."""
    size = path.stat().st_size
    wal, _ = sidecar_files(path)
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return size < page_count * PAGE_SIZE


def _classify(conn: Any, path: Path, exc: sqlcipher.DatabaseError) -> Problem:
    name = getattr(exc, "sqlite_errorname", "")
    if name in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
        return error(DatabaseProblem.LOCKED, path=str(path))
    if name != "SQLITE_NOTADB":
        return error(DatabaseProblem.CORRUPT, path=str(path))
    if is_plain_sqlite(path):
        return error(DatabaseProblem.NOT_A_DATABASE, path=str(path))  # some other program's database
    if not _no_page_decrypts(conn, path):
        return error(DatabaseProblem.CORRUPT, path=str(path))
    # every page fails: another key if the file is whole pages, otherwise not a database file at all
    whole_pages = path.stat().st_size % PAGE_SIZE == 0
    return error(DatabaseProblem.WRONG_KEY if whole_pages else DatabaseProblem.NOT_A_DATABASE, path=str(path))


def _no_page_decrypts(conn: Any, path: Path) -> bool:
    """A wrong key fails on every page; a damaged file with the right key fails only on some."""
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher.Error:
        return True
    return len(failures) >= max(1, path.stat().st_size // PAGE_SIZE)


def _install_savepoint_recipe(engine: Engine) -> None:
    """SQLAlchemy's pysqlite recipe: we emit BEGIN ourselves so SAVEPOINT (nested transactions) works."""

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
