"""Home visits (上门服务): the desk goes to residents who cannot come to the service point.

A visit is planned for a registered resident, for one kind of case (or a question, or the yearly
certification), on a day not in the past, at an address (the resident's own unless another is given),
with the name of whoever will go. It can be moved or cancelled (with a reason) while planned, and is
done once the case it was for is taken - the case keeps that it was taken on a home visit. Visits are
this desk's own scheduling and never go to the county; every change is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session, selectinload

from core.problems import Problem, error, problem_codes
from desktop.services.errors import ServiceError
from desktop.services.residents import ResidentSummary, resident_summary
from desktop.store.database import Store
from desktop.store.models import HOME_VISIT_KINDS, HOME_VISIT_PARTS_OF_DAY, Case, HomeVisit, Resident

KINDS: tuple[str, ...] = HOME_VISIT_KINDS  # the case types, then inquiry and certification
PARTS_OF_DAY: tuple[str, ...] = HOME_VISIT_PARTS_OF_DAY
UPCOMING_DAYS = 14
MAX_ADDRESS = 200
MAX_STAFF = 60
MAX_NOTE = 200
MAX_REASON = 200
HOME_VISIT_KEY = "home_visit"  # the case data key saying the case was taken on a home visit


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Timing(StrEnum):
    """Where a planned visit stands against the service's day."""

    OVERDUE = "overdue"  # its day has passed and nobody went (or it was not recorded)
    DUE = "due"  # today
    UPCOMING = "upcoming"
    FINISHED = "finished"  # done or cancelled


@problem_codes
class HomeVisitProblem(StrEnum):
    UNKNOWN_RESIDENT = "home_visit.unknown_resident"
    UNKNOWN_KIND = "home_visit.unknown_kind"
    UNKNOWN_PART_OF_DAY = "home_visit.unknown_part_of_day"
    DATE_IN_PAST = "home_visit.date_in_past"
    NO_ADDRESS = "home_visit.no_address"
    ADDRESS_TOO_LONG = "home_visit.address_too_long"
    NO_STAFF = "home_visit.no_staff"
    STAFF_TOO_LONG = "home_visit.staff_too_long"
    NOTE_TOO_LONG = "home_visit.note_too_long"
    NOT_FOUND = "home_visit.not_found"
    NOT_PLANNED = "home_visit.not_planned"
    NO_CANCEL_REASON = "home_visit.no_cancel_reason"
    REASON_TOO_LONG = "home_visit.reason_too_long"
    UNKNOWN_CASE = "home_visit.unknown_case"
    CASE_OF_OTHER_RESIDENT = "home_visit.case_of_other_resident"


@dataclass(frozen=True)
class VisitPlan:
    """What the assistant chose for a visit; ``address`` empty means the resident's own address."""

    resident_uuid: UUID
    kind: str
    planned_on: date
    staff: str
    address: str = ""
    part_of_day: str | None = None
    note: str = ""


@dataclass(frozen=True)
class VisitDefaults:
    """What the scheduling dialog starts from for one resident."""

    resident: ResidentSummary
    address: str  # the resident's address, else their household's, else ""


@dataclass(frozen=True)
class HomeVisitRow:
    uuid: UUID
    resident: ResidentSummary
    kind: str
    note: str
    planned_on: date
    part_of_day: str | None
    address: str
    staff: str
    status: VisitStatus
    timing: Timing
    cancel_reason: str
    case_uuid: UUID | None
    case_reference: str | None
    done_at: datetime | None

    @property
    def planned(self) -> bool:
        return self.status is VisitStatus.PLANNED

    def defaults(self) -> VisitDefaults:
        """Where the scheduling dialog starts when this visit is moved."""
        return VisitDefaults(self.resident, self.address)

    def case_mark(self, made_on: date) -> dict[str, str]:
        """What a case taken on this visit keeps under ``case.data["home_visit"]``: the day it is made (an
        overdue visit is made later than planned), where and by whom."""
        return {"visit": str(self.uuid), "date": made_on.isoformat(), "address": self.address, "staff": self.staff}


def timing_of(status: str, planned_on: date, today: date) -> Timing:
    if status != VisitStatus.PLANNED:
        return Timing.FINISHED
    if planned_on < today:
        return Timing.OVERDUE
    return Timing.DUE if planned_on == today else Timing.UPCOMING


def home_address(resident: Resident) -> str:
    household = resident.household
    return (resident.address or (household.address if household else None) or "").strip()


class HomeVisitsService:
    def __init__(self, store: Store, actor: str, today: date | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._actor = actor
        self._today = today
        self._clock = clock or (lambda: datetime.now(UTC))

    def day(self) -> date:
        return self._today or date.today()

    # --- planning ---------------------------------------------------------------------------------

    def defaults(self, resident_uuid: UUID) -> VisitDefaults:
        with self._store.session(self._actor) as session:
            resident = self._resident(session, resident_uuid)
            return VisitDefaults(resident_summary(resident, self.day()), home_address(resident))

    def check(self, plan: VisitPlan) -> list[Problem]:
        """Every problem with a plan at once (nothing saved): the dialog shows them all together."""
        with self._store.session(self._actor) as session:
            return self._check(session, plan)

    def schedule(self, plan: VisitPlan) -> HomeVisitRow:
        with self._store.session(self._actor) as session:
            _refuse(self._check(session, plan))
            resident = self._resident(session, plan.resident_uuid)
            visit = HomeVisit(resident=resident, kind=plan.kind, note=plan.note.strip() or None,
                              planned_on=plan.planned_on, part_of_day=plan.part_of_day,
                              address=plan.address.strip() or home_address(resident), staff=plan.staff.strip(),
                              status=VisitStatus.PLANNED)
            session.add(visit)
            session.flush()
            return self._row(visit)

    def reschedule(self, visit_uuid: UUID, plan: VisitPlan) -> HomeVisitRow:
        """Another day, time, address, person or note for a planned visit (same resident and kind)."""
        with self._store.session(self._actor) as session:
            visit = self._planned(session, visit_uuid)
            plan = VisitPlan(visit.resident.uuid, visit.kind, plan.planned_on, plan.staff, plan.address,
                             plan.part_of_day, plan.note)
            _refuse(self._check(session, plan))
            visit.planned_on, visit.part_of_day = plan.planned_on, plan.part_of_day
            visit.address = plan.address.strip() or home_address(visit.resident)
            visit.staff, visit.note = plan.staff.strip(), plan.note.strip() or None
            session.flush()
            return self._row(visit)

    def cancel(self, visit_uuid: UUID, reason: str) -> HomeVisitRow:
        reason = reason.strip()
        if not reason:
            raise ServiceError.of(HomeVisitProblem.NO_CANCEL_REASON)
        if len(reason) > MAX_REASON:
            raise ServiceError.of(HomeVisitProblem.REASON_TOO_LONG, length=len(reason), limit=MAX_REASON)
        with self._store.session(self._actor) as session:
            visit = self._planned(session, visit_uuid)
            visit.status, visit.cancel_reason = VisitStatus.CANCELLED, reason
            session.flush()
            return self._row(visit)

    def mark_done(self, visit_uuid: UUID, case_uuid: UUID | None = None) -> HomeVisitRow:
        """The visit took place; ``case_uuid`` is the case it produced (none for a question or certification)."""
        with self._store.session(self._actor) as session:
            visit = self._planned(session, visit_uuid)
            if case_uuid is not None:
                case = session.scalars(select(Case).where(Case.uuid == case_uuid)).one_or_none()
                if case is None:
                    raise ServiceError.of(HomeVisitProblem.UNKNOWN_CASE)
                if case.resident_id != visit.resident_id:
                    raise ServiceError.of(HomeVisitProblem.CASE_OF_OTHER_RESIDENT, name=visit.resident.name)
                visit.case = case
            visit.status, visit.done_at = VisitStatus.DONE, self._clock()
            session.flush()
            return self._row(visit)

    # --- lists ------------------------------------------------------------------------------------

    def get(self, visit_uuid: UUID) -> HomeVisitRow | None:
        with self._store.session(self._actor) as session:
            found = session.scalars(_loaded(select(HomeVisit).where(HomeVisit.uuid == visit_uuid))).one_or_none()
            return self._row(found) if found else None

    def due(self) -> list[HomeVisitRow]:
        """Planned visits whose day is today or has passed, the longest overdue first."""
        return self._planned_until(self.day())

    def upcoming(self, days: int = UPCOMING_DAYS) -> list[HomeVisitRow]:
        """Planned visits after today, within ``days``, soonest first."""
        return [v for v in self._planned_until(self.day() + timedelta(days=days)) if v.planned_on > self.day()]

    def agenda(self, days: int = UPCOMING_DAYS) -> list[HomeVisitRow]:
        """Overdue, today's and the coming days' planned visits, in the order to make them."""
        return self._planned_until(self.day() + timedelta(days=days))

    def of_resident(self, resident_uuid: UUID) -> list[HomeVisitRow]:
        """All of a resident's visits, newest plan first."""
        statement = (select(HomeVisit).join(HomeVisit.resident).where(Resident.uuid == resident_uuid)
                     .order_by(HomeVisit.planned_on.desc(), HomeVisit.id.desc()))
        with self._store.session(self._actor) as session:
            return [self._row(v) for v in session.scalars(_loaded(statement))]

    # --- inside -----------------------------------------------------------------------------------

    def _planned_until(self, last: date) -> list[HomeVisitRow]:
        # within a day: morning, afternoon, then the visits fixed to no part of the day
        part = case({p: n for n, p in enumerate(PARTS_OF_DAY)}, value=HomeVisit.part_of_day, else_=len(PARTS_OF_DAY))
        statement = (select(HomeVisit).where(HomeVisit.status == VisitStatus.PLANNED, HomeVisit.planned_on <= last)
                     .order_by(HomeVisit.planned_on, part, HomeVisit.id))
        with self._store.session(self._actor) as session:
            return [self._row(v) for v in session.scalars(_loaded(statement))]

    def _check(self, session: Session, plan: VisitPlan) -> list[Problem]:
        problems: list[Problem] = []
        resident = session.scalars(select(Resident).options(selectinload(Resident.household))
                                   .where(Resident.uuid == plan.resident_uuid)).one_or_none()
        if resident is None:
            problems.append(error(HomeVisitProblem.UNKNOWN_RESIDENT, "resident"))
        if plan.kind not in KINDS:
            problems.append(error(HomeVisitProblem.UNKNOWN_KIND, "kind", kind=plan.kind))
        if plan.part_of_day is not None and plan.part_of_day not in PARTS_OF_DAY:
            problems.append(error(HomeVisitProblem.UNKNOWN_PART_OF_DAY, "part_of_day"))
        if plan.planned_on < self.day():
            problems.append(error(HomeVisitProblem.DATE_IN_PAST, "planned_on", date=plan.planned_on.isoformat(),
                                  today=self.day().isoformat()))
        address = plan.address.strip() or (home_address(resident) if resident else "")
        if not address and resident is not None:
            problems.append(error(HomeVisitProblem.NO_ADDRESS, "address", name=resident.name))
        elif len(address) > MAX_ADDRESS:
            problems.append(error(HomeVisitProblem.ADDRESS_TOO_LONG, "address", length=len(address),
                                  limit=MAX_ADDRESS))
        staff = plan.staff.strip()
        if not staff:
            problems.append(error(HomeVisitProblem.NO_STAFF, "staff"))
        elif len(staff) > MAX_STAFF:
            problems.append(error(HomeVisitProblem.STAFF_TOO_LONG, "staff", limit=MAX_STAFF))
        if len(plan.note.strip()) > MAX_NOTE:
            problems.append(error(HomeVisitProblem.NOTE_TOO_LONG, "note", length=len(plan.note.strip()),
                                  limit=MAX_NOTE))
        return problems

    def _resident(self, session: Session, resident_uuid: UUID) -> Resident:
        statement = select(Resident).options(selectinload(Resident.household), selectinload(Resident.certificates))
        resident = session.scalars(statement.where(Resident.uuid == resident_uuid)).one_or_none()
        if resident is None:
            raise ServiceError.of(HomeVisitProblem.UNKNOWN_RESIDENT)
        return resident

    def _planned(self, session: Session, visit_uuid: UUID) -> HomeVisit:
        visit = session.scalars(_loaded(select(HomeVisit).where(HomeVisit.uuid == visit_uuid))).one_or_none()
        if visit is None:
            raise ServiceError.of(HomeVisitProblem.NOT_FOUND)
        if visit.status != VisitStatus.PLANNED:
            raise ServiceError.of(HomeVisitProblem.NOT_PLANNED, name=visit.resident.name)
        return visit

    def _row(self, v: HomeVisit) -> HomeVisitRow:
        today = self.day()
        return HomeVisitRow(
            uuid=v.uuid, resident=resident_summary(v.resident, today), kind=v.kind, note=v.note or "",
            planned_on=v.planned_on, part_of_day=v.part_of_day, address=v.address, staff=v.staff,
            status=VisitStatus(v.status), timing=timing_of(v.status, v.planned_on, today),
            cancel_reason=v.cancel_reason or "", case_uuid=v.case.uuid if v.case else None,
            case_reference=v.case.reference if v.case else None, done_at=v.done_at,
        )


def _loaded(statement: Select[HomeVisit]) -> Select[HomeVisit]:
    return statement.options(selectinload(HomeVisit.resident), selectinload(HomeVisit.case))


def _refuse(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.is_error]
    if errors:
        raise ServiceError(errors[0])

