"""The walk-in queue: who came to the service point today, why, and in which order to serve them.

A walk-in is added by ID number or by name. A known ID number or a name only one resident has finds
the resident; their priority follows the special channels (DOMAIN S-15): 70 or older → 适老化,
a disability certificate → 残疾人绿色通道, a veteran → 退役军人直办通道. The queue is served by
priority, then by arrival. An ID number that is wrong is refused with core's problems (nothing is
saved, the dialog keeps what was typed); the queue is this desk's own and never goes to the county.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from core.ids import age_on, mask_id, parse_resident_id
from core.problems import Problem, error, problem_codes
from desktop.services.errors import ServiceError
from desktop.services.residents import ResidentSummary, resident_summary
from desktop.store.database import Store
from desktop.store.models import WALK_IN_REASONS, Resident, WalkIn

REASONS: tuple[str, ...] = WALK_IN_REASONS  # case types, then inquiry / certification / other
ELDERLY_AGE = 70
MAX_CANDIDATES = 10
MAX_NOTE = 200
MAX_NAME = 60
_DIGIT = re.compile(r"\d")


class Priority(StrEnum):
    ELDERLY = "elderly"  # 适老化
    DISABLED = "disabled"  # 残疾人绿色通道
    VETERAN = "veteran"  # 退役军人直办通道
    NORMAL = "normal"


PRIORITY_ORDER = (Priority.ELDERLY, Priority.DISABLED, Priority.VETERAN, Priority.NORMAL)


class WalkInStatus(StrEnum):
    WAITING = "waiting"
    SERVING = "serving"
    DONE = "done"
    LEFT = "left"  # went away before being served


_NEXT: dict[str, frozenset[str]] = {
    WalkInStatus.WAITING: frozenset({WalkInStatus.SERVING, WalkInStatus.DONE, WalkInStatus.LEFT}),
    WalkInStatus.SERVING: frozenset({WalkInStatus.WAITING, WalkInStatus.DONE, WalkInStatus.LEFT}),
}
_STATUS_ORDER = {WalkInStatus.SERVING: 0, WalkInStatus.WAITING: 1, WalkInStatus.DONE: 2, WalkInStatus.LEFT: 2}


@problem_codes
class WalkInProblem(StrEnum):
    NOBODY = "walkin.nobody"  # neither an ID number nor a name was typed
    NAME_TOO_LONG = "walkin.name_too_long"
    NOTE_TOO_LONG = "walkin.note_too_long"
    UNKNOWN_REASON = "walkin.unknown_reason"
    NOT_IN_QUEUE = "walkin.not_in_queue"
    ALREADY_FINISHED = "walkin.already_finished"
    NOT_A_CANDIDATE = "walkin.not_a_candidate"


@dataclass(frozen=True)
class Arrival:
    """What the assistant typed for a walk-in, looked up: who it is (if known) and their priority."""

    text: str
    id_number: str | None  # a valid number (whole, for saving; never shown in a list)
    name: str  # the resident's name when found, else what was typed (may be "" for an unknown ID)
    resident: ResidentSummary | None
    candidates: tuple[ResidentSummary, ...]  # several residents have this name: the assistant picks
    priority: Priority
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class WalkInRow:
    uuid: UUID
    arrived_at: datetime
    name: str
    masked_id: str | None
    resident_uuid: UUID | None
    reason: str  # one of WALK_IN_REASONS: a case type, or inquiry / certification / other
    note: str
    priority: Priority
    status: WalkInStatus
    served_by: str | None
    finished_at: datetime | None

    @property
    def open(self) -> bool:
        return self.status in (WalkInStatus.WAITING, WalkInStatus.SERVING)


def priority_of(resident: Resident, today: date) -> Priority:
    """The special channel a resident is served through (the first that applies, in PRIORITY_ORDER)."""
    if age_on(resident.birth_date, today) >= ELDERLY_AGE:
        return Priority.ELDERLY
    if any(c.valid_until is None or c.valid_until >= today for c in resident.certificates):
        return Priority.DISABLED
    if resident.veteran:
        return Priority.VETERAN
    return Priority.NORMAL


def queue_order(row: WalkInRow) -> tuple[int, int, datetime]:
    """Being served first, then waiting by priority and arrival; finished ones last."""
    return _STATUS_ORDER[row.status], PRIORITY_ORDER.index(row.priority), row.arrived_at


class WalkInsService:
    def __init__(self, store: Store, actor: str, clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock or (lambda: datetime.now(UTC).astimezone())

    def _now(self) -> datetime:
        return self._clock()

    def identify(self, text: str) -> Arrival:
        """Look up an ID number or a name as typed; nothing is saved."""
        with self._store.session(self._actor) as session:
            return self._identify(session, text)

    def add(self, text: str, reason: str, note: str = "", resident_uuid: UUID | None = None) -> WalkInRow:
        """Put someone in today's queue. ``resident_uuid`` picks one of several residents with the name."""
        note = note.strip()
        if reason not in REASONS:
            raise ServiceError.of(WalkInProblem.UNKNOWN_REASON, reason=reason)
        if len(note) > MAX_NOTE:
            raise ServiceError.of(WalkInProblem.NOTE_TOO_LONG, length=len(note), limit=MAX_NOTE)
        with self._store.session(self._actor) as session:
            arrival = self._identify(session, text)
            errors = [p for p in arrival.problems if p.is_error]
            if errors:
                raise ServiceError(errors[0])
            resident = self._chosen(session, arrival, resident_uuid)
            now = self._now()
            walk_in = WalkIn(
                arrived_at=now, name=resident.name if resident else arrival.name,
                resident=resident, id_number=resident.id_number if resident else arrival.id_number,
                reason=reason, note=note or None,
                priority=priority_of(resident, now.date()) if resident else arrival.priority,
                status=WalkInStatus.WAITING,
            )
            session.add(walk_in)
            session.flush()
            return _row(walk_in)

    def queue(self, include_finished: bool = False) -> list[WalkInRow]:
        """Today's walk-ins in serving order."""
        start = datetime.combine(self._now().date(), time(), self._now().tzinfo)
        statement = select(WalkIn).where(WalkIn.arrived_at >= start).options(selectinload(WalkIn.resident))
        if not include_finished:
            statement = statement.where(WalkIn.status.in_((WalkInStatus.WAITING, WalkInStatus.SERVING)))
        with self._store.session(self._actor) as session:
            rows = [_row(w) for w in session.scalars(statement)]
        return sorted(rows, key=queue_order)

    def set_status(self, walk_in_uuid: UUID, status: WalkInStatus) -> WalkInRow:
        """Serving, done, or left; the assistant who starts serving is recorded."""
        with self._store.session(self._actor) as session:
            walk_in = session.scalars(select(WalkIn).where(WalkIn.uuid == walk_in_uuid)).one_or_none()
            if walk_in is None:
                raise ServiceError.of(WalkInProblem.NOT_IN_QUEUE)
            if status not in _NEXT.get(walk_in.status, frozenset()):
                raise ServiceError.of(WalkInProblem.ALREADY_FINISHED, name=walk_in.name)
            walk_in.status = status
            if status == WalkInStatus.SERVING:
                walk_in.served_by = self._actor
            walk_in.finished_at = self._now() if status in (WalkInStatus.DONE, WalkInStatus.LEFT) else None
            session.flush()
            return _row(walk_in)

    # --- looking people up -------------------------------------------------------------------

    def _identify(self, session: Session, text: str) -> Arrival:
        typed = text.strip()
        today = self._now().date()
        if not typed:
            return Arrival(text, None, "", None, (), Priority.NORMAL, (error(WalkInProblem.NOBODY, "who"),))
        if _DIGIT.search(typed):
            return self._by_id(session, text, today)
        if len(typed) > MAX_NAME:
            return Arrival(text, None, typed, None, (), Priority.NORMAL,
                           (error(WalkInProblem.NAME_TOO_LONG, "who", limit=MAX_NAME),))
        return self._by_name(session, text, typed, today)

    def _by_id(self, session: Session, text: str, today: date) -> Arrival:
        check = parse_resident_id(text, today)
        if check.resident_id is None:
            return Arrival(text, None, "", None, (), Priority.NORMAL, check.problems)
        number = check.resident_id.number
        resident = _load(session, select(Resident).where(Resident.id_number == number))
        if resident:
            return Arrival(text, number, resident[0].name, resident_summary(resident[0], today), (),
                           priority_of(resident[0], today), check.problems)
        # not registered (yet): the ID's birth date still tells an elderly walk-in
        old = check.resident_id.age_on(today) >= ELDERLY_AGE
        return Arrival(text, number, "", None, (), Priority.ELDERLY if old else Priority.NORMAL, check.problems)

    def _by_name(self, session: Session, text: str, name: str, today: date) -> Arrival:
        found = _load(session, select(Resident).where(Resident.name == name).order_by(Resident.birth_date)
                      .limit(MAX_CANDIDATES + 1))
        if len(found) == 1:
            return Arrival(text, None, name, resident_summary(found[0], today), (), priority_of(found[0], today), ())
        candidates = tuple(resident_summary(r, today) for r in found[:MAX_CANDIDATES])
        return Arrival(text, None, name, None, candidates, Priority.NORMAL, ())

    def _chosen(self, session: Session, arrival: Arrival, resident_uuid: UUID | None) -> Resident | None:
        if resident_uuid is None:
            found = arrival.resident
            return _one(session, found.uuid) if found else None
        allowed = {c.uuid for c in arrival.candidates} | ({arrival.resident.uuid} if arrival.resident else set())
        if resident_uuid not in allowed:
            raise ServiceError.of(WalkInProblem.NOT_A_CANDIDATE)
        return _one(session, resident_uuid)


def _load(session: Session, statement: Select[Resident]) -> list[Resident]:
    return list(session.scalars(statement.options(selectinload(Resident.certificates))))


def _one(session: Session, resident_uuid: UUID) -> Resident | None:
    found = _load(session, select(Resident).where(Resident.uuid == resident_uuid))
    return found[0] if found else None


def _row(w: WalkIn) -> WalkInRow:
    number = w.id_number
    return WalkInRow(
        uuid=w.uuid, arrived_at=w.arrived_at, name=w.name, masked_id=mask_id(number) if number else None,
        resident_uuid=w.resident.uuid if w.resident else None, reason=w.reason, note=w.note or "",
        priority=Priority(w.priority), status=WalkInStatus(w.status), served_by=w.served_by,
        finished_at=w.finished_at,
    )

