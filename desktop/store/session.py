"""Sessions that audit every write and queue every change of a synced record, in the same transaction.

``before_flush`` checks the actor, stamps who/when, bumps versions and reads each changed row as it is
in the database (the "before"); ``after_flush`` - when generated keys and defaults are known - chains
the audit events and writes the outbox entries on the flush's own connection. Bulk ORM statements on
audited tables are refused: they would bypass both.

``session.info["actor"]`` (required) names the assistant; ``session.info["apply_remote"] = True`` marks
changes that came from the server: still audited, but not queued again and versions left as given.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from desktop.store.audit import ACTOR, EventDraft, actor_of, append_events
from desktop.store.models import Audited, AuditEvent, Base, Synced, utc_now
from desktop.store.outbox import ChangeDraft, append_changes, last_entry_of
from desktop.store.problems import AuditProblem, StoreError

APPLY_REMOTE = "apply_remote"
_PENDING = "_cunbao_pending_changes"
_BOOKKEEPING = ("id", "uuid", "version")
_TABLE_RANK = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


class AuditedSession(Session):
    """A Session whose flushes are audited (see the module docstring)."""


def session_factory(engine: Engine) -> sessionmaker[AuditedSession]:
    return sessionmaker(bind=engine, class_=AuditedSession, expire_on_commit=False)


@dataclass
class _Change:
    obj: Audited
    operation: str
    before: dict[str, Any] | None


@event.listens_for(AuditedSession, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    changes: list[_Change] = []
    now = utc_now()
    for obj in list(session.new):
        if isinstance(obj, AuditEvent):
            raise StoreError.of(AuditProblem.UNRECORDED_WRITE)
        if isinstance(obj, Audited):
            _stamp_new(obj, actor_of(session), now)
            changes.append(_Change(obj, "create", None))
        else:
            actor_of(session)
    for obj in list(session.dirty):
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, AuditEvent):
            raise StoreError.of(AuditProblem.UNRECORDED_WRITE)
        actor = actor_of(session)
        if isinstance(obj, Audited):
            before = _row_in_database(session, obj)
            obj.updated_at, obj.updated_by = now, actor
            if isinstance(obj, Synced) and not session.info.get(APPLY_REMOTE):
                obj.version = int(before["version"]) + 1
            changes.append(_Change(obj, "update", before))
    for obj in list(session.deleted):
        if isinstance(obj, AuditEvent):
            raise StoreError.of(AuditProblem.UNRECORDED_WRITE)
        actor_of(session)
        if isinstance(obj, Audited):
            changes.append(_Change(obj, "delete", _row_in_database(session, obj)))
    session.info.setdefault(_PENDING, []).extend(changes)


@event.listens_for(AuditedSession, "after_flush")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    changes: list[_Change] = sorted(session.info.pop(_PENDING, []), key=_dependency_order)
    if not changes:
        return
    connection = session.connection()
    events: list[EventDraft] = []
    drafts: list[ChangeDraft] = []
    remote = bool(session.info.get(APPLY_REMOTE))
    uuids: dict[tuple[str, int], Any] = {}  # referenced rows looked up once per flush
    for change in changes:
        state = inspect(change.obj)
        # an orphan (removed from its parent's collection, delete-orphan) is only found to be a delete
        # inside the flush: before_flush saw it as an update
        deleted = state.was_deleted or state.deleted or flush_context.is_deleted(state)  # type: ignore[no-untyped-call]
        operation = "delete" if deleted else change.operation
        table: Table = change.obj.__table__  # type: ignore[attr-defined]
        before = change.before
        after = None if operation == "delete" else _row_of(change.obj, table)
        if operation == "update" and before is not None and after is not None:
            changed = [k for k in after if after[k] != before.get(k)]
            if not changed:
                continue
            before, after = {k: before[k] for k in changed}, {k: after[k] for k in changed}
        detail = {k: v for k, v in (("before", before), ("after", after)) if v is not None}
        events.append(EventDraft(operation, table.name, str(change.obj.uuid), detail))
        if isinstance(change.obj, Synced) and not remote:
            drafts.append(_outbox_draft(connection, change, operation, table, after, uuids))
    append_events(connection, session.info[ACTOR], events)
    append_changes(connection, drafts)


@event.listens_for(AuditedSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


@event.listens_for(AuditedSession, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    actor_of(state.session)
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Audited | AuditEvent):
        raise StoreError.of(AuditProblem.UNRECORDED_WRITE)


def _dependency_order(change: _Change) -> tuple[int, int, int]:
    """Parents before children for creates and updates, children before parents for deletes.

    The server receives changes in outbox order, so a resident's household arrives before the resident.
    """
    rank = _TABLE_RANK[change.obj.__table__.name]  # type: ignore[attr-defined]
    order = inspect(change.obj).insert_order or 0
    return (1, -rank, order) if change.operation == "delete" else (0, rank, order)


def _stamp_new(obj: Audited, actor: str, now: datetime) -> None:
    if obj.uuid is None:
        obj.uuid = uuid.uuid4()
    obj.created_at, obj.created_by = now, actor
    obj.updated_at, obj.updated_by = now, actor
    if isinstance(obj, Synced) and obj.version is None:
        obj.version = 1


def _row_in_database(session: Session, obj: Audited) -> dict[str, Any]:
    table: Table = obj.__table__  # type: ignore[attr-defined]
    identity = inspect(obj).identity
    assert identity is not None
    row = session.connection().execute(select(table).where(table.c.id == identity[0])).mappings().one()
    return dict(row)


def _row_of(obj: Audited, table: Table) -> dict[str, Any]:
    state = inspect(obj)
    return {column.key: state.attrs[column.key].value for column in table.columns}


def _outbox_draft(
    connection: Connection,
    change: _Change,
    operation: str,
    table: Table,
    after: Mapping[str, Any] | None,
    uuids: dict[tuple[str, int], Any],
) -> ChangeDraft:
    base = 0 if operation == "create" else int((change.before or {}).get("version", 0))
    new_version = base + 1 if operation != "delete" else base
    fields = {} if after is None else _wire_fields(connection, table, after, uuids)
    follows = None if operation == "create" else last_entry_of(connection, table.name, change.obj.uuid)
    return ChangeDraft(table.name, change.obj.uuid, operation, base, new_version, fields, follows)


def _wire_fields(
    connection: Connection, table: Table, values: Mapping[str, Any], uuids: dict[tuple[str, int], Any]
) -> dict[str, Any]:
    """Field values as the server needs them: local integer keys replaced by the referenced UUIDs."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in _BOOKKEEPING:
            continue
        column = table.c[name]
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            ref = None
            if value is not None:
                if (target.name, value) not in uuids:
                    uuids[(target.name, value)] = connection.execute(
                        select(target.c.uuid).where(target.c.id == value)
                    ).scalar_one()
                ref = uuids[(target.name, value)]
            out[name.removesuffix("_id") + "_uuid"] = ref
        else:
            out[name] = value
    return out
