"""Many new synced records at once (a 100,000-row list opens as many group spans), without the ORM.

The session hook audits and queues each record it flushes; at this size that costs minutes. Here the
rows are inserted with one executemany in the caller's transaction, each still gets the outbox entry the
hook would have written (same fields, local keys replaced by the referenced UUIDs), and the audit trail
gets one event for the batch: how many rows, of which table, and a SHA-256 over every row's UUID and
values, so the chain still says what was written.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, FromClause, String, Table, select, type_coerce
from sqlalchemy.orm import Session

from desktop.services.compare_inputs import uuid_text
from desktop.store.audit import actor_of, record_event
from desktop.store.canonical import plain
from desktop.store.models import OutboxEntry, Synced, utc_now
from desktop.store.outbox import ChangeDraft, numbered_rows

CREATE_MANY = "create_many"
_BOOKKEEPING = ("id", "uuid", "version")
_STAMPS = ("created_at", "created_by", "updated_at", "updated_by")
_LITERAL = {"literal_binds": True}  # the ids are written into the statement: the raw cursor binds nothing
_LOOKUP_CHUNK = 5000  # ids per statement


def insert_rows(connection: Connection, table: FromClause, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (each with the same keys) with one executemany on the driver's cursor, in the caller's
    transaction. SQLAlchemy's per-row parameter handling costs as much as SQLite's insert itself; each value
    still goes through its column type's bind processor, so what is stored is what Core would store. Columns
    left out must have no default (Core would fill it in)."""
    if not isinstance(table, Table):
        raise TypeError(f"need a table, got {table!r}")
    if not rows:
        return
    keys = list(rows[0])
    columns = [table.c[k] for k in keys]
    for column in table.columns:
        if column.key not in keys and not column.primary_key and column.default is not None:
            raise ValueError(f"{table.name}.{column.key} has a default: give its value")
    dialect = connection.dialect
    quote = dialect.identifier_preparer
    names = ", ".join(quote.format_column(c) for c in columns)
    sql = f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"
    processors = [(k, c.type.bind_processor(dialect)) for k, c in zip(keys, columns, strict=True)]
    values = [tuple([p(row[k]) if p else row[k] for k, p in processors]) for row in rows]
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def insert_synced(
    session: Session, model: type[Synced], rows: Sequence[Mapping[str, Any]], detail: Mapping[str, Any]
) -> int:
    """Insert ``rows`` (every column but the bookkeeping and the stamps) as new ``model`` records; returns
    how many. ``detail`` goes into the batch's audit event beside the count and the hash."""
    if not rows:
        return 0
    table: Table = model.__table__  # type: ignore[attr-defined]
    given = set(_BOOKKEEPING) | set(_STAMPS)
    expected = {c.key for c in table.columns} - given
    actor, now = actor_of(session), utc_now()
    connection = session.connection()
    stamped: list[dict[str, Any]] = []
    for values in rows:
        if set(values) != expected:
            raise ValueError(f"{table.name} rows need exactly {sorted(expected)}, got {sorted(values)}")
        stamped.append({**values, "uuid": uuid.uuid4(), "version": 1, "created_at": now, "created_by": actor,
                        "updated_at": now, "updated_by": actor})  # fmt: skip
    insert_rows(connection, table, stamped)
    references = _referenced_uuids(connection, table, stamped)
    seen: dict[Any, Any] = {}
    drafts = [ChangeDraft(table.name, r["uuid"], "create", 0, 1, _wire(table, r, references, seen)) for r in stamped]
    insert_rows(connection, OutboxEntry.__table__, numbered_rows(connection, drafts))
    batch = {"count": len(stamped), "at": now, "by": actor, "sha256": _digest(table, stamped)}
    record_event(session, CREATE_MANY, entity_type=table.name, detail={**detail, **batch})
    return len(stamped)


def _referenced_uuids(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> dict[tuple[str, int], str]:
    """The UUID (as text) of every row the new rows point at, by (table, local id), a chunk of ids per query."""
    found: dict[tuple[str, int], str] = {}
    for column in table.columns:
        if not column.foreign_keys or column.key in _BOOKKEEPING:
            continue
        target = next(iter(column.foreign_keys)).column.table
        ids = sorted({row[column.key] for row in rows if row[column.key] is not None})
        # on the driver's cursor, UUIDs as stored (hex text): SQLAlchemy's UUID objects cost more than the query
        stored = type_coerce(target.c.uuid, String)
        cursor = connection.connection.cursor()
        try:
            for start in range(0, len(ids), _LOOKUP_CHUNK):
                chunk = ids[start : start + _LOOKUP_CHUNK]
                statement = select(target.c.id, stored).where(target.c.id.in_(chunk))
                cursor.execute(
                    str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
                )
                for local, ref in cursor.fetchall():
                    found[(target.name, local)] = uuid_text(ref)
        finally:
            cursor.close()
        missing = [i for i in ids if (target.name, i) not in found]
        if missing:
            raise ValueError(f"{table.name}.{column.key} points at no {target.name} row: {missing[:5]}")
    return found


def _wire(
    table: Table, row: Mapping[str, Any], references: Mapping[tuple[str, int], str], seen: dict[Any, Any]
) -> dict[str, Any]:
    """The fields the session hook sends for a new record: local keys replaced by the referenced UUIDs. Values
    are given in their JSON form already (canonical.plain's), which canonical_json leaves as they are."""
    out: dict[str, Any] = {}
    for column in table.columns:
        name = column.key
        if name in _BOOKKEEPING:
            continue
        value = row[name]
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            out[name.removesuffix("_id") + "_uuid"] = None if value is None else references[(target.name, value)]
        else:
            out[name] = _plain(value, seen)
    return out


def _plain(value: Any, seen: dict[Any, Any]) -> Any:
    """canonical.plain, each distinct date or time converted once (the rows of a batch share a few)."""
    if not isinstance(value, date):
        return value
    found = seen.get(value)
    if found is None:
        found = seen[value] = plain(value)
    return found


def _digest(table: Table, rows: Sequence[Mapping[str, Any]]) -> str:
    """SHA-256 over each row's UUID and values in column order (the stamps, the same for all, are left out),
    one line per row, in the order inserted."""
    names = [c.key for c in table.columns if c.key not in ("id", "version", *_STAMPS)]
    digest = hashlib.sha256()
    for row in rows:
        digest.update(("\x1f".join([str(row[n]) for n in names]) + "\n").encode("utf-8"))
    return digest.hexdigest()
