"""Work and pension-scheme status of a synthetic resident, consistent with age and hardship.

16-59: mostly enrolled and paying a tier (hardship members on 100, though some of them are missing
from the scheme so the comparison worklists have work); students and people in the employee or
public-institution schemes are not enrolled; 60+: mostly drawing the pension from the month after
their 60th birthday. Young adults often work away as flexible workers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from core.synthetic.sampling import Weighted, chance

# Assumption for synthetic data: the rural scheme reached the villages in 2011, and people who
# were already 60 then drew the basic pension from its start without contributing.
SCHEME_START = date(2011, 1, 1)
MINIMUM_TIER = 100
CLAIM_YEARS = 15
_TIERS = Weighted([(100, 0.5), (300, 0.27), (500, 0.11), (1000, 0.07), (2000, 0.03), (3000, 0.02)])


@dataclass(frozen=True, slots=True)
class Work:
    student: bool
    employee_pension: bool
    public_institution: bool
    flexible_worker: bool
    employment_difficulty: bool


@dataclass(frozen=True, slots=True)
class Scheme:
    enrolled: bool
    enrolled_since: int | None
    tier: int | None
    receiving_pension: bool
    pension_start: date | None
    contribution_years: int


NOT_ENROLLED = Scheme(False, None, None, False, None, 0)


def work_flags(rng: random.Random, age: int, hardship: bool) -> Work:
    student = _is_student(rng, age)
    employee = public = False
    if not student and age >= 20:
        roll = rng.random()
        employee = roll < (0.05 if age < 60 else 0.04)
        public = not employee and roll < (0.065 if age < 60 else 0.05)
    free = not (student or employee or public)
    flexible = free and 18 <= age < 60 and chance(rng, 0.45 if age <= 50 else 0.15)
    difficulty = free and 16 <= age < 60 and chance(rng, 0.3 if hardship else (0.12 if flexible else 0.02))
    return Work(student, employee, public, flexible, difficulty)


def _is_student(rng: random.Random, age: int) -> bool:
    if 6 <= age < 16:
        return True
    if 16 <= age <= 18:
        return chance(rng, 0.75)
    if 19 <= age <= 22:
        return chance(rng, 0.4)
    if 23 <= age <= 24:
        return chance(rng, 0.1)
    return False


def scheme_status(
    rng: random.Random,
    today: date,
    birth: date,
    age: int,
    work: Work,
    hukou_in_ningxia: bool,
    hardship: bool,
    tuopin: bool,
) -> Scheme:
    if age < 16 or work.student or work.employee_pension or work.public_institution or not hukou_in_ningxia:
        return NOT_ENROLLED
    if age >= 60:
        return _senior(rng, today, birth)
    enrol = 0.75 if hardship else (0.5 if age < 20 else 0.9)
    if not chance(rng, enrol):
        return NOT_ENROLLED
    first = max(SCHEME_START.year, birth.year + 16)
    since = first + int((today.year - first + 1) * rng.random() ** 2)
    tier = MINIMUM_TIER if hardship or (tuopin and chance(rng, 0.7)) else _TIERS.pick(rng)
    years = _paid_years(rng, since, min(today.year - 1, birth.year + 59))
    return Scheme(True, since, tier, False, None, years)


def _senior(rng: random.Random, today: date, birth: date) -> Scheme:
    start = max(_month_after_60th_birthday(birth), SCHEME_START)
    since = max(SCHEME_START.year, birth.year + 16)
    if birth.year + 60 <= SCHEME_START.year:
        years = 0
    else:
        years = _paid_years(rng, since, birth.year + 59)
        if years < CLAIM_YEARS and chance(rng, 0.6):
            years = CLAIM_YEARS  # closed the gap with arrears (补缴) before claiming
    just_turned = (today - start).days < 150
    if start <= today and chance(rng, 0.4 if just_turned else 0.92):
        return Scheme(True, since, None, True, start, years)
    if start > today or just_turned or chance(rng, 0.5):
        return Scheme(True, since, None, False, None, years)
    return NOT_ENROLLED


def _paid_years(rng: random.Random, first: int, last: int) -> int:
    """Years paid from ``first`` to ``last``; some people skipped a few."""
    years = max(0, last - first + 1)
    if years and chance(rng, 0.2):
        years -= rng.randint(1, min(3, years))
    return years


def _month_after_60th_birthday(birth: date) -> date:
    year, month = birth.year + 60, birth.month + 1
    if month > 12:
        year, month = year + 1, 1
    return date(year, month, 1)
