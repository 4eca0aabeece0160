"""The county side of a sync, on the county database: hello, push and pull for one authenticated device.

Every query is scoped to the device's county and village (:class:`Scope`), so nothing of another village
is read or written, whatever identifiers a request names. A push batch is applied mutation by mutation in
the caller's transaction; the HTTP layer commits before it answers, so an answer always means a durable
commit (SYNC.md 4). Replays are answered from the stored result, by mutation id and payload hash (3).
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.problems import Problem, error
from sync.county.merge import Authority, Chain, Conflict, Outcome, Record, Stamp, decide
from sync.county.records import ConflictRow, MutationRow, RecordRow, SyncSessionRow, VillageFeedRow
from sync.crash import crash_point
from sync.protocol import (
    CASE_DECISIONS,
    DECISIONS,
    MAX_PULL_BYTES,
    Change,
    DatasetCheck,
    Hello,
    Mutation,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    PushStatus,
    SyncProblem,
    Welcome,
    canonical,
    pair_digest,
)

# What only the county writes: its decisions on cases and the merge tasks for residents registered twice
# (whole types), and the fields of a desk's case that carry the county's answer.
AUTHORITY = Authority(
    county_types=frozenset({CASE_DECISIONS, "merge_tasks"}),
    county_fields={"cases": frozenset({"county_status", "county_reason", "decided_at", "decided_by"})},
)
# Sent up for the county's inbox and review, never sent back down: the desk has them already.
PUSH_ONLY = frozenset({"audit_events"})
_CURSOR_PREFIX = "f1."


class SyncRefusedError(Exception):
    """A request the county refuses as a whole; ``status`` is the HTTP status that says so."""

    def __init__(self, status: int, problem: Problem) -> None:
        super().__init__(problem.code)
        self.status = status
        self.problem = problem


@dataclass(frozen=True)
class Scope:
    """Who is asking: an authenticated device and the village it belongs to."""

    device_id: uuid.UUID
    county_code: str
    village_code: str


# --- hello and sessions ----------------------------------------------------------------------------


def hello(session: Session, scope: Scope, message: Hello, now: datetime) -> Welcome:
    """Start a sync: a new session id (any older sync of this device is superseded) and what is new."""
    sync_session = secrets.token_urlsafe(24)
    row = session.get(SyncSessionRow, (scope.county_code, scope.village_code, scope.device_id))
    if row is None:
        session.add(SyncSessionRow(county_code=scope.county_code, village_code=scope.village_code,
                                   device_id=scope.device_id, session=sync_session, started_at=now))  # fmt: skip
    else:
        row.session, row.started_at = sync_session, now
    feed = _feed(session, scope)
    expired = False
    seen = 0
    if message.cursor is not None:
        try:
            seen = _cursor_seq(message.cursor, feed)
        except SyncRefusedError:
            expired = True
    return Welcome(
        session=sync_session,
        server_time=now.isoformat(),
        more_to_pull=expired or feed.last_seq > seen,
        references_changed=(),
        cursor_expired=expired,
    )


def check_session(session: Session, scope: Scope, sync_session: str | None) -> None:
    row = session.get(SyncSessionRow, (scope.county_code, scope.village_code, scope.device_id))
    if row is None or sync_session is None or not secrets.compare_digest(row.session, sync_session):
        raise SyncRefusedError(409, error(SyncProblem.SESSION_SUPERSEDED))


# --- push ------------------------------------------------------------------------------------------


def push(session: Session, scope: Scope, request: PushRequest, now: datetime) -> PushResponse:
    """Apply a batch in the device's order; each mutation's answer is stored with it."""
    results = []
    for mutation in request.mutations:
        results.append(_receive(session, scope, mutation, now))
        crash_point("county.mid_push")
    return PushResponse(tuple(results))


def _receive(session: Session, scope: Scope, mutation: Mutation, now: datetime) -> PushResult:
    digest = mutation.payload_hash()
    known = session.get(MutationRow, (scope.county_code, scope.village_code, mutation.mutation_id))
    if known is not None:
        if known.payload_hash != digest or known.device_id != scope.device_id:
            return PushResult(mutation.mutation_id, PushStatus.MISMATCH,
                              problem=error(SyncProblem.MUTATION_MISMATCH, seq=mutation.seq))  # fmt: skip
        return _stored_result(known)  # a replay: the first answer, nothing changed
    row = MutationRow(
        county_code=scope.county_code, village_code=scope.village_code, mutation_id=mutation.mutation_id,
        device_id=scope.device_id, seq=mutation.seq, entity_type=mutation.entity_type,
        entity_uuid=mutation.entity_uuid, payload_hash=digest, body=mutation.to_json(), status=PushStatus.HELD,
        version=None, problem=None, received_at=now, settled_at=None,
    )  # fmt: skip
    session.add(row)
    _settle(session, scope, row, mutation, now)
    if row.status != PushStatus.HELD:
        _release_held(session, scope, now)
    return _stored_result(row)


def _settle(session: Session, scope: Scope, row: MutationRow, mutation: Mutation, now: datetime) -> None:
    """Decide ``mutation`` (held, or final) and write what it changes."""
    record_row = session.get(RecordRow, (scope.county_code, scope.village_code, mutation.entity_type,
                                         mutation.entity_uuid))  # fmt: skip
    device = row.device_id
    outcome = decide(
        _record(record_row), device, mutation, AUTHORITY, lambda seq: _settled(session, scope, device, seq)
    )
    row.status = str(outcome.status)
    if outcome.status is PushStatus.HELD:
        return
    row.settled_at = now
    row.problem = outcome.problem.to_json() if outcome.problem is not None else None
    if outcome.record is not None:
        row.version = outcome.record.version
        _write_record(session, scope, record_row, outcome, now)
        for conflict in outcome.conflicts:
            session.add(_conflict_row(scope, mutation, conflict, now))
    session.flush()


def _release_held(session: Session, scope: Scope, now: datetime) -> None:
    """Mutations of this village that were waiting: decided again, in each device's order, until none moves."""
    moved = True
    while moved:
        moved = False
        held = session.scalars(
            select(MutationRow)
            .where(MutationRow.county_code == scope.county_code, MutationRow.village_code == scope.village_code,
                   MutationRow.status == str(PushStatus.HELD))
            .order_by(MutationRow.device_id, MutationRow.seq)
        ).all()  # fmt: skip
        for row in held:
            _settle(session, scope, row, Mutation.from_json(row.body), now)
            moved = moved or row.status != PushStatus.HELD


def _settled(session: Session, scope: Scope, device: uuid.UUID, seq: int) -> bool:
    status = session.scalar(
        select(MutationRow.status).where(
            MutationRow.county_code == scope.county_code, MutationRow.village_code == scope.village_code,
            MutationRow.device_id == device, MutationRow.seq == seq,
        )
    )  # fmt: skip
    return status is not None and status != PushStatus.HELD


def _stored_result(row: MutationRow) -> PushResult:
    problem = None
    if row.problem is not None:
        stored = row.problem
        problem = error(str(stored["code"]), stored.get("field"), **dict(stored.get("params") or {}))
    return PushResult(row.mutation_id, PushStatus(row.status), row.version, problem)


# --- records ---------------------------------------------------------------------------------------


def _record(row: RecordRow | None) -> Record | None:
    if row is None:
        return None
    stamps = {name: Stamp(int(v), uuid.UUID(d) if d else None) for name, (v, d) in row.stamps.items()}
    chains = {uuid.UUID(d): Chain(int(s), int(seen)) for d, (s, seen) in row.chains.items()}
    return Record(row.entity_type, row.entity_uuid, row.version, dict(row.fields), stamps, row.deleted, chains)


def _write_record(session: Session, scope: Scope, row: RecordRow | None, outcome: Outcome, now: datetime) -> None:
    record = outcome.record
    assert record is not None
    feed = _feed(session, scope)
    feed.last_seq += 1
    stamps = {name: [s.version, str(s.device) if s.device else None] for name, s in record.stamps.items()}
    chains = {str(d): [c.last_seq, c.seen] for d, c in record.chains.items()}
    checks = dict(feed.checks)
    if row is None:
        row = RecordRow(county_code=scope.county_code, village_code=scope.village_code,
                        entity_type=record.entity_type, entity_uuid=record.uuid)  # fmt: skip
        session.add(row)
    else:
        checks = _check_out(checks, row.entity_type, row.entity_uuid, row.version, row.deleted)
    row.version, row.fields, row.stamps, row.chains = record.version, dict(record.fields), stamps, chains
    row.deleted, row.feed_seq, row.updated_at = record.deleted, feed.last_seq, now
    feed.checks = _check_in(checks, record.entity_type, record.uuid, record.version, record.deleted)


def _feed(session: Session, scope: Scope) -> VillageFeedRow:
    feed = session.get(VillageFeedRow, (scope.county_code, scope.village_code))
    if feed is None:
        feed = VillageFeedRow(county_code=scope.county_code, village_code=scope.village_code, last_seq=0, checks={})
        session.add(feed)
        session.flush()
    return feed


def _check_out(checks: dict[str, Any], entity_type: str, entity_uuid: uuid.UUID, version: int,
               deleted: bool) -> dict[str, Any]:  # fmt: skip
    if deleted:
        return checks
    count, digest = checks.get(entity_type, [0, "0" * 64])
    return {**checks, entity_type: [count - 1, f"{int(digest, 16) ^ pair_digest(entity_uuid, version):064x}"]}


def _check_in(checks: dict[str, Any], entity_type: str, entity_uuid: uuid.UUID, version: int,
              deleted: bool) -> dict[str, Any]:  # fmt: skip
    if deleted:  # a deleted record is not on the desk: it is not counted
        return checks
    count, digest = checks.get(entity_type, [0, "0" * 64])
    return {**checks, entity_type: [count + 1, f"{int(digest, 16) ^ pair_digest(entity_uuid, version):064x}"]}


def _conflict_row(scope: Scope, mutation: Mutation, conflict: Conflict, now: datetime) -> ConflictRow:
    return ConflictRow(
        county_code=scope.county_code, village_code=scope.village_code, id=uuid.uuid4(),
        entity_type=mutation.entity_type, entity_uuid=mutation.entity_uuid, field=conflict.field,
        kept=conflict.kept, kept_by=conflict.kept_by, offered=conflict.offered, offered_by=conflict.offered_by,
        mutation_id=mutation.mutation_id, created_at=now, resolved_at=None, resolution=None,
    )  # fmt: skip


# --- pull ------------------------------------------------------------------------------------------


def pull(session: Session, scope: Scope, request: PullRequest) -> PullResponse:
    """The village's records changed after the cursor, oldest change first, within the page's bounds."""
    feed = _feed(session, scope)
    after = _cursor_seq(request.cursor, feed) if request.cursor is not None else 0
    rows = session.scalars(
        select(RecordRow)
        .where(RecordRow.county_code == scope.county_code, RecordRow.village_code == scope.village_code,
               RecordRow.feed_seq > after, RecordRow.entity_type.not_in(PUSH_ONLY))
        .order_by(RecordRow.feed_seq)
        .limit(request.limit + 1)
    ).all()  # fmt: skip
    changes: list[Change] = []
    size = 0
    last = after
    for row in rows[: request.limit]:
        crash_point("county.mid_page")
        change = Change(row.entity_type, row.entity_uuid, row.version, dict(row.fields), row.deleted)
        size += len(canonical(change.to_json()))
        if changes and size > MAX_PULL_BYTES:
            break
        changes.append(change)
        last = row.feed_seq
    more = len(changes) < len(rows)
    checks: dict[str, DatasetCheck] = {}
    if not more:
        checks = {t: DatasetCheck(int(c), str(d)) for t, (c, d) in feed.checks.items() if t not in PUSH_ONLY}
        last = max(last, feed.last_seq)  # push-only changes after the last record sent need no second look
    return PullResponse(tuple(changes), f"{_CURSOR_PREFIX}{last}", more, checks)


def _cursor_seq(cursor: str, feed: VillageFeedRow) -> int:
    """The feed position a cursor names; a cursor this village's feed never issued is refused (410)."""
    text = cursor.removeprefix(_CURSOR_PREFIX)
    if not cursor.startswith(_CURSOR_PREFIX) or not text.isdigit() or int(text) > feed.last_seq:
        raise SyncRefusedError(410, error(SyncProblem.CURSOR_EXPIRED))
    return int(text)


# --- the county's own decisions ------------------------------------------------------------------------


def county_cases(session: Session, village_code: str | None = None) -> list[tuple[RecordRow, dict[str, Any] | None]]:
    """Every case the desks sent (of one village, or all), each with the county's newest decision on it."""
    query = select(RecordRow).where(RecordRow.entity_type == "cases", RecordRow.deleted.is_(False))
    if village_code is not None:
        query = query.where(RecordRow.village_code == village_code)
    cases = session.scalars(query.order_by(RecordRow.village_code, RecordRow.updated_at)).all()
    decided: dict[str, dict[str, Any]] = {}
    for row in session.scalars(select(RecordRow).where(RecordRow.entity_type == CASE_DECISIONS)):
        case_uuid = str(row.fields.get("case_uuid"))
        if case_uuid not in decided or row.fields.get("decided_at", "") >= decided[case_uuid].get("decided_at", ""):
            decided[case_uuid] = dict(row.fields)
    return [(row, decided.get(str(row.entity_uuid))) for row in cases]


def find_case(session: Session, key: str) -> RecordRow | None:
    """A case by its UUID or by the reference printed on its papers (CB + 8 characters)."""
    query = select(RecordRow).where(RecordRow.entity_type == "cases", RecordRow.deleted.is_(False))
    try:
        return session.scalars(query.where(RecordRow.entity_uuid == uuid.UUID(key))).first()
    except ValueError:
        pass
    wanted = key.strip().upper()
    return next((row for row in session.scalars(query) if str(row.fields.get("reference", "")).upper() == wanted), None)


def county_decide(session: Session, case: RecordRow, decision: str, reason: str | None, clerk: str,
                  now: datetime) -> RecordRow:  # fmt: skip
    """Record the county's decision on ``case`` as a record of its own, which goes down to the case's desk."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    scope = Scope(uuid.UUID(int=0), case.county_code, case.village_code)
    fields = {"case_uuid": str(case.entity_uuid), "decision": decision, "reason": reason,
              "decided_at": now.isoformat(), "decided_by": clerk}  # fmt: skip
    record = Record(CASE_DECISIONS, uuid.uuid4(), 1, fields, {name: Stamp(1, None) for name in fields})
    _write_record(session, scope, None, Outcome(PushStatus.APPLIED, record), now)
    session.flush()
    row = session.get(RecordRow, (case.county_code, case.village_code, CASE_DECISIONS, record.uuid))
    assert row is not None
    return row
