"""Village dashboard figures: coverage of each group (enrolled / eligible), 代缴 completeness, and the trend.

Today's figures come from the comparison, lists and register together. The trend is recomputed for
each quarter from the register alone (its group spans, enrolment dates and contributions), because
only the register keeps history; people on a list whom nobody has registered are therefore in
today's figures but not in the trend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from core.compare.facts import PolicyFacts
from core.compare.inputs import RegisterPerson, ServicePoint
from core.compare.members import MemberStatus, outside
from core.compare.worklists import Comparison
from core.ids import age_on

ALL_GROUPS = "*"  # the key of the line that counts each person once, whatever their groups

_ELIGIBLE = frozenset(MemberStatus) - {MemberStatus.CANNOT_ENROL, MemberStatus.HANDED_OVER}
_IN_SCHEME = frozenset({MemberStatus.COVERED, MemberStatus.NO_DAIJIAO_DUE, MemberStatus.DAIJIAO_MISSING})
_DUE = frozenset({MemberStatus.COVERED, MemberStatus.DAIJIAO_MISSING})


@dataclass(frozen=True)
class Ratio:
    """`part` of `whole`; `rate` is None when there is nobody to count."""

    key: str  # a group key, or ALL_GROUPS
    part: int
    whole: int

    @property
    def rate(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class Figures:
    day: date
    coverage: tuple[Ratio, ...]  # enrolled / eligible, per group in key order, ALL_GROUPS first
    daijiao: tuple[Ratio, ...]  # 代缴 recorded / due this year, likewise

    def coverage_of(self, key: str) -> Ratio | None:
        return next((r for r in self.coverage if r.key == key), None)

    def daijiao_of(self, key: str) -> Ratio | None:
        return next((r for r in self.daijiao if r.key == key), None)


@dataclass(frozen=True)
class TrendPoint:
    quarter: str  # "2026Q3"
    figures: Figures


@dataclass(frozen=True)
class Dashboard:
    today: Figures
    trend: tuple[TrendPoint, ...]  # oldest quarter first


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {ALL_GROUPS: [0, 0]}

    def add(self, groups: Iterable[str], part: bool) -> None:
        for key in (ALL_GROUPS, *groups):
            count = self.counts.setdefault(key, [0, 0])
            count[0] += int(part)
            count[1] += 1

    def ratios(self) -> tuple[Ratio, ...]:
        return tuple(Ratio(k, c[0], c[1]) for k, c in sorted(self.counts.items()))


def dashboard(comparison: Comparison, persons: Iterable[RegisterPerson], snapshot_days: Iterable[date]) -> Dashboard:
    """Today's figures and one trend point per quarter: the latest of the given snapshot days in it."""
    coverage, daijiao = _Tally(), _Tally()
    for member in comparison.members:
        if member.status in _ELIGIBLE:
            coverage.add(member.groups, member.status in _IN_SCHEME)
        if member.status in _DUE:
            daijiao.add(member.daijiao_groups, member.status is MemberStatus.COVERED)
    latest: dict[str, date] = {}
    for day in snapshot_days:
        quarter = quarter_of(day)
        latest[quarter] = max(day, latest.get(quarter, day))
    people = [p for p in persons if p.memberships]
    trend = tuple(
        TrendPoint(q, register_figures(people, comparison.facts, comparison.point, latest[q])) for q in sorted(latest)
    )
    return Dashboard(Figures(comparison.today, coverage.ratios(), daijiao.ratios()), trend)


def register_figures(persons: Iterable[RegisterPerson], facts: PolicyFacts, point: ServicePoint, day: date) -> Figures:
    """Coverage and 代缴 completeness as the register shows them on a past day: groups held that day,
    enrolment begun by then, and 代缴 for that day's year (status at any time of the year up to the day)."""
    first = date(day.year, 1, 1)
    coverage, daijiao = _Tally(), _Tally()
    for person in persons:
        spans = [m for m in person.memberships if m.group in facts.groups and m.valid_from <= day]
        held = {m.group for m in spans if m.covers(day)}
        this_year = {m.group for m in spans if m.overlaps(first, day)} & facts.daijiao_groups
        if not (held or this_year) or outside(point, person.village_code, person.hukou_division) is not None:
            continue
        if person.other_scheme or age_on(person.birth_date, day) < facts.enrol_age:
            continue
        in_scheme = (person.enrolled or person.receiving_pension) and (
            person.enrolled_since is None or person.enrolled_since <= day
        )
        drawing = person.receiving_pension and (person.pension_start is None or person.pension_start <= day)
        if held:
            coverage.add(held, in_scheme)
        if this_year and in_scheme and not drawing:
            paid = person.contribution(day.year)
            daijiao.add(this_year, paid is not None and paid.daijiao)
    return Figures(day, coverage.ratios(), daijiao.ratios())
