"""Work due at the desk: who needs the assistant soon, as one list of :class:`DueItem` from several worklists.

Each worklist is a :data:`WorklistSource`, a function of a session, the day and a limit; later work
(agency lists and data comparison) adds its own sources to :data:`DEFAULT_SOURCES` or hands them to
:class:`TodayService`. A source answers with its total and its first items, soonest due first, so the
Today page stays quick with 100,000 residents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session, selectinload

from desktop.services.residents import ResidentSummary, resident_summary
from desktop.store.database import Store
from desktop.store.models import Case, Contribution, Resident

PENSION_AGE = 60
CLAIM_NOTICE_MONTHS = 3  # the township's list names people reaching 60 next month; we look further ahead
CLAIM_OVERDUE_MONTHS = 12  # people already 60 who never claimed are still shown, as overdue
DEFAULT_LIMIT = 100


class DueKind(StrEnum):
    PENSION_CLAIM = "pension_claim"  # reaching 60, enrolled, not drawing: the 待遇领取 claim
    CONTRIBUTION_GAP = "contribution_gap"  # enrolled, under 60, nothing paid for last year


@dataclass(frozen=True)
class DueItem:
    kind: str  # a DueKind value, or a later worklist's own kind
    resident: ResidentSummary
    due_date: date
    detail: Mapping[str, str | int]  # placeholders for the item's sentence, e.g. {"year": 2025}


@dataclass(frozen=True)
class Worklist:
    kind: str
    total: int  # all residents on the list; ``items`` holds the first few
    items: tuple[DueItem, ...]


@dataclass(frozen=True)
class WorkDue:
    items: tuple[DueItem, ...]  # every worklist's first items, soonest due first
    totals: Mapping[str, int]  # kind -> how many residents the whole worklist holds


WorklistSource = Callable[[Session, date, int], Worklist]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def birthday_at(birth: date, years: int) -> date:
    """The day someone born on ``birth`` turns ``years`` (28 February for a 29 February birthday)."""
    return add_months(birth, years * 12)


def pension_claims_due(session: Session, today: date, limit: int) -> Worklist:
    """Enrolled residents reaching 60 within the notice months (or already 60 and not drawing), with no
    claim under way: each needs the 待遇领取 claim."""
    born_after = add_months(today, -12 * PENSION_AGE - CLAIM_OVERDUE_MONTHS)
    born_by = add_months(today, CLAIM_NOTICE_MONTHS - 12 * PENSION_AGE)
    claim_open = exists().where(Case.resident_id == Resident.id, Case.case_type == "pension_claim",
                                Case.status != "rejected")
    condition = (Resident.enrolled.is_(True) & Resident.receiving_pension.is_(False)
                 & Resident.other_basic_pension.is_(False)
                 & (Resident.birth_date > born_after) & (Resident.birth_date <= born_by) & ~claim_open)
    rows = _first(session, select(Resident).where(condition).order_by(Resident.birth_date, Resident.name), limit)
    items = tuple(
        DueItem(DueKind.PENSION_CLAIM, resident_summary(r, today), birthday_at(r.birth_date, PENSION_AGE),
                {"birthday": birthday_at(r.birth_date, PENSION_AGE).isoformat(),
                 "years_paid": len(r.contributions)})
        for r in rows
    )
    return Worklist(DueKind.PENSION_CLAIM, _count(session, condition), items)


def contribution_gaps(session: Session, today: date, limit: int) -> Worklist:
    """Enrolled residents under 60 with no contribution for last year: remind them to pay this year."""
    year = today.year - 1
    paid = exists().where(Contribution.resident_id == Resident.id, Contribution.year == year)
    condition = (Resident.enrolled.is_(True) & Resident.receiving_pension.is_(False)
                 & (Resident.enrolled_since < date(year + 1, 1, 1))
                 & (Resident.birth_date > date(year - PENSION_AGE, 12, 31)) & ~paid)
    rows = _first(session, select(Resident).where(condition).order_by(Resident.name, Resident.id), limit)
    # this year's contribution is the one that can still be paid; the collection closes at the year's end
    due = date(today.year, 12, 31)
    items = tuple(DueItem(DueKind.CONTRIBUTION_GAP, resident_summary(r, today), due, {"year": year}) for r in rows)
    return Worklist(DueKind.CONTRIBUTION_GAP, _count(session, condition), items)


DEFAULT_SOURCES: tuple[WorklistSource, ...] = (pension_claims_due, contribution_gaps)


def _first(session: Session, statement: Select[Resident], limit: int) -> list[Resident]:
    return list(session.scalars(statement.options(selectinload(Resident.contributions)).limit(limit)))


def _count(session: Session, condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Resident.id)).where(condition)) or 0)


class TodayService:
    def __init__(self, store: Store, actor: str, today: date | None = None,
                 sources: Sequence[WorklistSource] = DEFAULT_SOURCES) -> None:
        self._store = store
        self._actor = actor
        self._today = today
        self._sources = tuple(sources)

    def day(self) -> date:
        """The day the worklists are counted from (today, unless the service was given one)."""
        return self._today or date.today()

    def work_due(self, limit_per_kind: int = DEFAULT_LIMIT) -> WorkDue:
        today = self.day()
        with self._store.session(self._actor) as session:
            lists = [source(session, today, limit_per_kind) for source in self._sources]
        items = sorted((i for w in lists for i in w.items), key=lambda i: (i.due_date, i.resident.name))
        return WorkDue(tuple(items), {w.kind: w.total for w in lists})
