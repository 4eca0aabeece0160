"""The audit trail: a hash chain of events, each naming who did what to which record, and when.

Each event's hash covers the previous event's hash and the event's canonical JSON, and the last
(seq, hash) is kept in meta, so a removed, altered, reordered or cut-off event breaks the chain.
The chain proves integrity against casual edits; someone holding the data key can rewrite it all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from core.problems import Problem, error
from desktop.store.canonical import canonical_json
from desktop.store.meta import AUDIT_HEAD, get_meta, set_meta
from desktop.store.models import AuditEvent, utc_now
from desktop.store.problems import AuditProblem, StoreError

GENESIS = "0" * 64
ACTOR = "actor"


@dataclass(frozen=True)
class EventDraft:
    action: str
    entity_type: str | None = None
    entity_uuid: str | None = None
    detail: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    events_checked: int
    first_bad_seq: int | None = None
    problem: Problem | None = None


def event_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity_type: str | None,
    entity_uuid: str | None,
    detail: str,
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_uuid": entity_uuid,
            "detail": detail,
        }
    )
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


def actor_of(session: Session) -> str:
    actor = session.info.get(ACTOR)
    if not isinstance(actor, str) or not actor:
        raise StoreError.of(AuditProblem.ACTOR_MISSING)
    return actor


def append_events(connection: Connection, actor: str, drafts: Iterable[EventDraft]) -> int:
    """Chain ``drafts`` onto the trail in the caller's transaction; returns the new head seq."""
    seq, prev = _head(connection)
    at = utc_now().isoformat(timespec="microseconds")
    rows = []
    for draft in drafts:
        seq += 1
        detail = canonical_json(draft.detail or {})
        digest = event_hash(prev, seq, at, actor, draft.action, draft.entity_type, draft.entity_uuid, detail)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": draft.action,
                "entity_type": draft.entity_type,
                "entity_uuid": draft.entity_uuid,
                "detail": detail,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        connection.execute(insert(AuditEvent), rows)
        set_meta(connection, AUDIT_HEAD, f"{seq}:{prev}")
    return seq


def record_event(
    session: Session,
    action: str,
    *,
    entity_type: str | None = None,
    entity_uuid: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Record something that changed no record (a login, revealing a full ID number, an export)."""
    actor = actor_of(session)
    return append_events(session.connection(), actor, [EventDraft(action, entity_type, entity_uuid, detail)])


def verify_audit_chain(session: Session) -> AuditReport:
    """Walk the whole chain; the first event that does not fit is reported with its problem code."""
    connection = session.connection()
    expected_seq, prev, checked = 1, GENESIS, 0
    rows = connection.execute(select(AuditEvent.__table__).order_by(AuditEvent.seq)).yield_per(1000)
    for row in rows:
        if row.seq != expected_seq or row.prev_hash != prev:
            return _bad(checked, expected_seq, AuditProblem.CHAIN_BROKEN)
        digest = event_hash(
            prev, row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_uuid, row.detail
        )
        if digest != row.hash:
            return _bad(checked, row.seq, AuditProblem.EVENT_ALTERED)
        checked, prev, expected_seq = checked + 1, row.hash, row.seq + 1
    head = get_meta(connection, AUDIT_HEAD)
    if head is None:
        return (
            AuditReport(True, 0)
            if checked == 0
            else _bad(checked, expected_seq - 1, AuditProblem.HEAD_MISSING)
        )
    if head != f"{expected_seq - 1}:{prev}":
        # events after the last one we saw were cut off (or the head itself was edited)
        return _bad(checked, expected_seq, AuditProblem.TRUNCATED)
    return AuditReport(True, checked)


def _bad(checked: int, seq: int, code: AuditProblem) -> AuditReport:
    return AuditReport(False, checked, seq, error(code, seq=seq))


def _head(connection: Connection) -> tuple[int, str]:
    head = get_meta(connection, AUDIT_HEAD)
    if head is None:
        return 0, GENESIS
    seq, digest = head.split(":", 1)
    return int(seq), digest
