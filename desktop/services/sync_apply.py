"""Records that come down from the county, written into the desk's database.

A pulled record is the county's current copy at its server version. It is written as a remote change (the
session audits it but queues nothing back, and keeps the county's version), except where the desk still
has changes of that record waiting to go up: those fields stay as the desk has them, and the county's
answer to them comes with a later pull. The county's decisions on cases set the case's status and, for a
case sent back, the reason the assistant reads on the Today screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Table, Uuid, func, select
from sqlalchemy.orm import Session

from desktop.store.models import Base, Case, CountyDecision, Money, OutboxEntry, Synced, UtcDateTime, utc_now
from sync.protocol import CASE_DECISIONS, DECISIONS, Change

# The county's word for a decision -> the case status the desk shows.
DECISION_STATUS = dict(zip(DECISIONS, ("submitted", "returned", "approved", "rejected"), strict=True))
_BOOKKEEPING = ("id", "uuid", "version")


@dataclass
class Applied:
    records: int = 0
    decisions: int = 0
    waiting: int = 0  # records with the desk's own changes still going up: their fields were left alone
    unknown: list[str] = field(default_factory=list)  # record types this desk does not keep


def synced_tables() -> dict[str, type[Synced]]:
    """Every synced model by its table name (the outbox's and the wire's entity type)."""
    found: dict[str, type[Synced]] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Synced) and isinstance(mapper.local_table, Table):
            found[mapper.local_table.name] = mapper.class_
    return found


def apply_changes(session: Session, changes: tuple[Change, ...], applied: Applied) -> None:
    """Write one pulled page into ``session`` (which the caller commits together with the cursor)."""
    tables = synced_tables()
    for change in changes:
        if change.entity_type == CASE_DECISIONS:
            applied.decisions += _decision(session, change)
            continue
        model = tables.get(change.entity_type)
        if model is None:
            if change.entity_type not in applied.unknown:
                applied.unknown.append(change.entity_type)
            continue
        if _waiting(session, change):
            applied.waiting += 1
            continue
        applied.records += _record(session, model, change)


def _waiting(session: Session, change: Change) -> bool:
    return (
        session.scalar(
            select(OutboxEntry.seq)
            .where(OutboxEntry.entity_type == change.entity_type, OutboxEntry.entity_uuid == change.entity_uuid)
            .limit(1)
        )
        is not None
    )


def _record(session: Session, model: type[Synced], change: Change) -> int:
    table: Table = model.__table__  # type: ignore[attr-defined]
    obj = session.scalars(select(model).where(model.uuid == change.entity_uuid)).one_or_none()
    if change.deleted:
        if obj is not None:
            session.delete(obj)
            return 1
        return 0
    if obj is not None and obj.version == change.version:
        return 0  # the desk has this version already (its own change, acknowledged)
    values = _columns(session, table, change.fields)
    if obj is None:
        obj = model(**values)  # the session stamps its creation; the county's uuid and version are kept
        obj.uuid = change.entity_uuid
        session.add(obj)
    else:
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
    obj.version = change.version
    session.flush()
    return 1


def _columns(session: Session, table: Table, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Wire fields as column values: referenced UUIDs back to local keys, text back to dates and money."""
    values: dict[str, Any] = {}
    for column in table.columns:
        name = column.key
        if name in _BOOKKEEPING:
            continue
        if column.foreign_keys:
            wire = name.removesuffix("_id") + "_uuid"
            if wire not in fields:
                continue
            ref = fields[wire]
            target = next(iter(column.foreign_keys)).column.table
            values[name] = None if ref is None else session.scalar(
                select(target.c.id).where(target.c.uuid == uuid.UUID(str(ref)))
            )  # fmt: skip
            continue
        if name in fields:
            values[name] = _typed(column.type, fields[name])
    return values


def _typed(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Money):
        return Decimal(str(value))
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    return value


def _decision(session: Session, change: Change) -> int:
    """A county decision: kept as it came, and the case follows the newest one."""
    if session.scalar(select(CountyDecision.id).where(CountyDecision.uuid == change.entity_uuid)) is not None:
        return 0
    fields = change.fields
    case = session.scalars(select(Case).where(Case.uuid == uuid.UUID(str(fields.get("case_uuid"))))).one_or_none()
    decision = str(fields.get("decision", ""))
    if case is None or decision not in DECISION_STATUS:
        return 0
    reason = fields.get("reason")
    decided_at = str(fields.get("decided_at", ""))
    newest = session.scalar(select(func.max(CountyDecision.decided_at)).where(CountyDecision.case_id == case.id))
    session.add(CountyDecision(uuid=change.entity_uuid, case_id=case.id, decision=decision,
                               reason=str(reason) if reason else None, decided_at=decided_at,
                               decided_by=str(fields.get("decided_by", "")), received_at=utc_now()))  # fmt: skip
    if newest is None or decided_at >= newest:  # one decided earlier but pulled later changes nothing
        case.status = DECISION_STATUS[decision]
        case.returned_reason = str(reason) if decision == "returned" and reason else None
    session.flush()
    return 1
