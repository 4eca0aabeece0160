"""Many new synced records at once (a 100,000-row list opens as many group spans), without the ORM.

The session hook audits and queues each record it flushes; at this size that costs minutes. Here the
rows are inserted with one executemany in the caller's transaction, each still gets the outbox entry the
hook would have written (same fields, local keys replaced by the referenced UUIDs), and the audit trail
gets one event for the batch: how many rows, of which table, and a SHA-256 over every row's UUID and
values, so the chain still says what was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, FromClause, String, Table, select, type_coerce
from sqlalchemy.orm import Session

from desktop.services.compare_inputs import uuid_text
from desktop.store.audit import actor_of, record_event
from desktop.store.canonical import canonical_json_of_plain, plain
from desktop.store.meta import device_id
from desktop.store.models import OutboxEntry, Synced, utc_now
from desktop.store.outbox import PENDING, take_seqs
from desktop.store.random_ids import uuid4_hexes

CREATE_MANY = "create_many"
_BOOKKEEPING = ("id", "uuid", "version")
_STAMPS = ("created_at", "created_by", "updated_at", "updated_by")
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
    _check_defaults(table, keys)
    dialect = connection.dialect
    processors = [(k, table.c[k].type.bind_processor(dialect)) for k in keys]
    values = [tuple([p(row[k]) if p else row[k] for k, p in processors]) for row in rows]
    insert_stored(connection, table, keys, values)


def insert_stored(connection: Connection, table: Table, keys: Sequence[str], values: Sequence[tuple[Any, ...]]) -> None:
    """INSERT ``values``, already in the form SQLite stores (the bind processors' output), into ``keys``."""
    quote = connection.dialect.identifier_preparer
    names = ", ".join(quote.format_column(table.c[k]) for k in keys)
    sql = f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({', '.join('?' * len(keys))})"
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def _check_defaults(table: Table, keys: Sequence[str]) -> None:
    for column in table.columns:
        if column.key not in keys and not column.primary_key and column.default is not None:
            raise ValueError(f"{table.name}.{column.key} has a default: give its value")


def insert_synced(
    session: Session, model: type[Synced], rows: Sequence[Mapping[str, Any]], detail: Mapping[str, Any]
) -> int:
    """Insert ``rows`` (every column but the bookkeeping and the stamps) as new ``model`` records; returns
    how many. ``detail`` goes into the batch's audit event beside the count and the hash.

    At 100,000 rows every per-row step counts: the UUIDs come from one read of the OS's randomness, the
    stamps (the same on every row) are converted once, and rows go in as the tuples SQLite stores."""
    if not rows:
        return 0
    table: Table = model.__table__  # type: ignore[attr-defined]
    given = set(_BOOKKEEPING) | set(_STAMPS)
    data_keys = [c.key for c in table.columns if c.key not in given]
    expected = set(data_keys)
    for values in rows:
        if values.keys() != expected:
            raise ValueError(f"{table.name} rows need exactly {sorted(expected)}, got {sorted(values)}")
    connection = session.connection()
    dialect = connection.dialect
    actor, now = actor_of(session), utc_now()
    stamp = table.c.created_at.type.bind_processor(dialect)
    stored_now = stamp(now) if stamp else now
    entity_uuids = uuid4_hexes(len(rows))
    keys = ["uuid", "version", *data_keys, *_STAMPS]
    stamps = (stored_now, actor, stored_now, actor)
    for key in data_keys:
        if table.c[key].type.bind_processor(dialect) is not None:
            raise TypeError(f"{table.name}.{key} needs conversion: insert_synced writes values as given")
    stored = [(u, 1, *[row[k] for k in data_keys], *stamps) for u, row in zip(entity_uuids, rows, strict=True)]
    insert_stored(connection, table, keys, stored)
    fields = _wire_fields(table, rows, _referenced_uuids(connection, table, rows), plain(now), actor)
    _queue_creates(connection, table.name, entity_uuids, fields)
    batch = {"count": len(rows), "at": now, "by": actor, "sha256": _digest(keys, stored)}
    record_event(session, CREATE_MANY, entity_type=table.name, detail={**detail, **batch})
    return len(rows)


def _queue_creates(
    connection: Connection, entity_type: str, entity_uuids: Sequence[str], fields: Sequence[str]
) -> None:
    """The outbox entries the session hook would write for these new records (stored form, numbered in order)."""
    outbox: Table = OutboxEntry.__table__  # type: ignore[assignment]
    dialect = connection.dialect
    device = outbox.c.device_id.type.bind_processor(dialect)
    stamp = outbox.c.created_at.type.bind_processor(dialect)
    device_id_value, now = device_id(connection), utc_now()
    stored_device = device(device_id_value) if device else device_id_value
    stored_now = stamp(now) if stamp else now
    first = take_seqs(connection, len(entity_uuids))
    mutations = uuid4_hexes(len(entity_uuids))
    keys = ("seq", "mutation_id", "device_id", "entity_type", "entity_uuid", "operation", "base_version",
            "new_version", "fields", "created_at", "status", "attempts")  # fmt: skip
    values = [
        (first + i, mutation, stored_device, entity_type, entity, "create", 0, 1, text, stored_now, PENDING, 0)
        for i, (mutation, entity, text) in enumerate(zip(mutations, entity_uuids, fields, strict=True))
    ]
    insert_stored(connection, outbox, keys, values)


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


def _wire_fields(
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    references: Mapping[tuple[str, int], str],
    now: Any,
    actor: str,
) -> list[str]:
    """Each row's outbox fields as the session hook writes them (canonical JSON, local keys replaced by the
    referenced UUIDs). Each distinct date is converted once: the rows of a batch share a few."""
    plan: list[tuple[str, str, str | None]] = []  # (key in the row, name on the wire, table it points at)
    for column in table.columns:
        name = column.key
        if name in _BOOKKEEPING or name in _STAMPS:
            continue
        if column.foreign_keys:
            points_at = next(iter(column.foreign_keys)).column.table.name
            plan.append((name, name.removesuffix("_id") + "_uuid", points_at))
        else:
            plan.append((name, name, None))
    stamps = {"created_at": now, "created_by": actor, "updated_at": now, "updated_by": actor}
    seen: dict[Any, Any] = {}
    out = []
    for row in rows:
        wire = dict(stamps)
        for key, name, target in plan:
            value = row[key]
            if target is not None:
                wire[name] = None if value is None else references[(target, value)]
            elif isinstance(value, date):
                found = seen.get(value)
                wire[name] = found if found is not None else seen.setdefault(value, plain(value))
            else:
                wire[name] = value
        out.append(canonical_json_of_plain(wire))
    return out


def _digest(keys: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> str:
    """SHA-256 over each row as stored (its UUID and values in column order, the stamps, the same for all,
    left out), one line per row, in the order inserted."""
    kept = [i for i, k in enumerate(keys) if k not in ("version", *_STAMPS)]
    digest = hashlib.sha256()
    for row in rows:
        digest.update(("\x1f".join([str(row[i]) for i in kept]) + "\n").encode("utf-8"))
    return digest.hexdigest()
