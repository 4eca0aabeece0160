"""The outbox: each local change of a synced record, in this device's order, until the server has it.

Entries are written by the session hook in the same transaction as the change (SYNC.md 2). Sync reads
them in ``seq`` order, deletes one only after the server acknowledged it (SYNC.md 4) and moves a
permanently rejected one to quarantine, which nothing deletes automatically (SYNC.md 6).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.store.canonical import canonical_json
from desktop.store.meta import OUTBOX_SEQ, device_id, get_meta, set_meta
from desktop.store.models import OutboxEntry, utc_now

PENDING = "pending"
QUARANTINED = "quarantined"


@dataclass(frozen=True)
class ChangeDraft:
    entity_type: str
    entity_uuid: uuid.UUID
    operation: str  # create | update | delete
    base_version: int
    new_version: int
    fields: Mapping[str, Any]
    after: int | None = None


@dataclass(frozen=True)
class Mutation:
    """An outbox entry as sync sends it."""

    seq: int
    mutation_id: uuid.UUID
    device_id: uuid.UUID
    entity_type: str
    entity_uuid: uuid.UUID
    operation: str
    base_version: int
    new_version: int
    fields: dict[str, Any]
    created_at: datetime
    status: str
    attempts: int
    last_problem: str | None
    after: int | None = None


def append_changes(connection: Connection, drafts: Iterable[ChangeDraft]) -> None:
    """Queue ``drafts`` in the caller's transaction, numbered after the last seq this device used."""
    rows = numbered_rows(connection, drafts)
    if rows:
        connection.execute(insert(OutboxEntry), rows)


def numbered_rows(connection: Connection, drafts: Iterable[ChangeDraft]) -> list[dict[str, Any]]:
    """The outbox rows of ``drafts``, numbered after the last seq this device used, which moves past them: the
    caller inserts them in the same transaction (a bulk writer may do it faster than a Core executemany)."""
    drafts = list(drafts)
    if not drafts:
        return []
    device = device_id(connection)
    seq = take_seqs(connection, len(drafts)) - 1
    now = utc_now()
    rows = []
    for draft in drafts:
        seq += 1
        rows.append(
            {
                "seq": seq,
                "mutation_id": uuid.uuid4(),
                "device_id": device,
                "entity_type": draft.entity_type,
                "entity_uuid": draft.entity_uuid,
                "operation": draft.operation,
                "base_version": draft.base_version,
                "new_version": draft.new_version,
                "fields": canonical_json(draft.fields),
                "after": draft.after,
                "created_at": now,
                "status": PENDING,
                "attempts": 0,
            }
        )
    return rows


def last_entry_of(connection: Connection, entity_type: str, entity_uuid: uuid.UUID) -> int | None:
    """The seq of the newest entry still in the outbox for this record (pending or quarantined), if any."""
    return connection.execute(
        select(func.max(OutboxEntry.seq)).where(
            OutboxEntry.entity_type == entity_type, OutboxEntry.entity_uuid == entity_uuid
        )
    ).scalar()


def take_seqs(connection: Connection, count: int) -> int:
    """Reserve ``count`` numbers after the last seq this device used, in the caller's transaction; returns
    the first. The counter lives in meta so that acknowledged (deleted) entries never free a number."""
    first = int(get_meta(connection, OUTBOX_SEQ) or 0) + 1
    set_meta(connection, OUTBOX_SEQ, str(first + count - 1))
    return first


def pending(session: Session, limit: int = 200, offset: int = 0) -> list[Mutation]:
    """The next entries to send, oldest first (quarantined ones excluded)."""
    query = (
        select(OutboxEntry).where(OutboxEntry.status == PENDING).order_by(OutboxEntry.seq).limit(limit).offset(offset)
    )
    return [_mutation(entry) for entry in session.scalars(query)]


def quarantined(session: Session) -> list[Mutation]:
    query = select(OutboxEntry).where(OutboxEntry.status == QUARANTINED).order_by(OutboxEntry.seq)
    return [_mutation(entry) for entry in session.scalars(query)]


def counts(session: Session) -> dict[str, int]:
    query = select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)
    found = {str(status): int(n) for status, n in session.execute(query)}
    return {PENDING: found.get(PENDING, 0), QUARANTINED: found.get(QUARANTINED, 0)}


def acknowledge(session: Session, mutation_ids: Iterable[uuid.UUID]) -> int:
    """Forget entries the server committed; returns how many were removed."""
    ids = list(mutation_ids)
    if not ids:
        return 0
    result = session.execute(delete(OutboxEntry).where(OutboxEntry.mutation_id.in_(ids)))
    return int(result.rowcount)  # type: ignore[attr-defined]


def record_attempt(session: Session, mutation_id: uuid.UUID, problem: str | None) -> None:
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.mutation_id == mutation_id)
        .values(attempts=OutboxEntry.attempts + 1, last_problem=problem)
    )


def quarantine(session: Session, mutation_id: uuid.UUID, problem: str) -> None:
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.mutation_id == mutation_id)
        .values(status=QUARANTINED, last_problem=problem, quarantined_at=utc_now())
    )


def _mutation(entry: OutboxEntry) -> Mutation:
    return Mutation(
        seq=entry.seq,
        mutation_id=entry.mutation_id,
        device_id=entry.device_id,
        entity_type=entry.entity_type,
        entity_uuid=entry.entity_uuid,
        operation=entry.operation,
        base_version=entry.base_version,
        new_version=entry.new_version,
        fields=json.loads(entry.fields),
        created_at=entry.created_at,
        status=entry.status,
        attempts=entry.attempts,
        last_problem=entry.last_problem,
        after=entry.after,
    )
