"""Worklists 4 and 5: birthdays that open a step (60: claim, 16: enrol) and years that will not reach 15.

Counting follows core.eligibility: a year counts when anything was paid for it (arrears included), and
contributions run to the year before the claim age; someone past the claim age makes up missing
years only by arrears, which the pack may allow, forbid or leave to staff.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from datetime import date

from core.compare.codes import CompareReason
from core.compare.facts import PolicyFacts
from core.compare.inputs import RegisterPerson
from core.compare.members import person_subject
from core.compare.model import ActionKind, NextAction, Subject, WorkItem
from core.problems import warning


def anniversary(birth: date, years: int) -> date:
    """The day someone completes `years` (周岁); born on 29 February: 1 March in a common year."""
    year = birth.year + years
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return date(year, birth.month, birth.day)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def paid_years(person: RegisterPerson) -> frozenset[int]:
    return frozenset(c.year for c in person.contributions if c.self_paid + c.government_paid + c.other_funding > 0)


def birthday_items(
    persons: Iterable[RegisterPerson],
    facts: PolicyFacts,
    today: date,
    months: int,
    subject_of: Callable[[RegisterPerson], Subject] = person_subject,
) -> list[WorkItem]:
    """Residents turning the claim age or the enrolment age between today and `months` ahead (both days
    included), and those past the claim age with enough years who have not claimed. ``subject_of`` gives
    the item's subject (the comparison shares one per person)."""
    until = add_months(today, months)
    items = []
    for person in persons:
        if person.receiving_pension or person.other_scheme:
            continue
        birth_year = person.birth_date.year
        if birth_year + facts.claim_age <= until.year:  # only then can the claim birthday be due or past
            claim_day = anniversary(person.birth_date, facts.claim_age)
            if today <= claim_day <= until:
                reason = warning(
                    CompareReason.TURNING_CLAIM_AGE, birthday=claim_day.isoformat(), years=len(paid_years(person)),
                    min_years=facts.min_years, claim_age=facts.claim_age,
                )  # fmt: skip
                items.append(WorkItem(reason, NextAction(ActionKind.PENSION_CLAIM), subject_of(person)))
            elif claim_day < today and person.enrolled and len(paid_years(person)) >= facts.min_years:
                reason = warning(
                    CompareReason.PAST_CLAIM_AGE, birthday=claim_day.isoformat(), years=len(paid_years(person))
                )
                items.append(WorkItem(reason, NextAction(ActionKind.PENSION_CLAIM), subject_of(person)))
        if not person.enrolled and today.year <= birth_year + facts.enrol_age <= until.year:
            enrol_day = anniversary(person.birth_date, facts.enrol_age)
            if today <= enrol_day <= until:
                reason = warning(CompareReason.TURNING_ENROL_AGE, birthday=enrol_day.isoformat(), age=facts.enrol_age)
                items.append(WorkItem(reason, NextAction(ActionKind.ENROLLMENT), subject_of(person)))
    return items


def years_short_items(
    persons: Iterable[RegisterPerson],
    facts: PolicyFacts,
    today: date,
    subject_of: Callable[[RegisterPerson], Subject] = person_subject,
) -> list[WorkItem]:
    """Residents of enrolment age who will not have the minimum years at the claim age by paying every
    year from now on, and those past it still short of them."""
    items = []
    for person in persons:
        if person.receiving_pension or person.other_scheme:
            continue
        # paying every year from this one to the last before the claim age gives at least that many years
        years_ahead = person.birth_date.year + facts.claim_age - today.year
        if years_ahead >= facts.min_years:
            continue
        item = _years_short(person, facts, today, subject_of)
        if item is not None:
            items.append(item)
    return items


def _years_short(
    person: RegisterPerson, facts: PolicyFacts, today: date, subject_of: Callable[[RegisterPerson], Subject]
) -> WorkItem | None:
    paid = paid_years(person)
    claim_day = anniversary(person.birth_date, facts.claim_age)
    action = NextAction(ActionKind.EXPLAIN_ARREARS if person.enrolled else ActionKind.ENROLLMENT)
    if today < claim_day:
        if today < anniversary(person.birth_date, facts.enrol_age):
            return None
        last_year = person.birth_date.year + facts.claim_age - 1
        future = sum(1 for year in range(today.year, last_year + 1) if year not in paid)
        missing = facts.min_years - len(paid) - future
        if missing <= 0:
            return None
        reason = warning(
            CompareReason.YEARS_SHORT, years=len(paid), future_years=future, missing=missing,
            min_years=facts.min_years, claim_age=facts.claim_age,
        )  # fmt: skip
        return WorkItem(reason, action, subject_of(person))
    missing = facts.min_years - len(paid)
    if missing <= 0:
        return None
    code = {
        None: CompareReason.YEARS_SHORT_AFTER_AGE_UNKNOWN,
        True: CompareReason.YEARS_SHORT_AFTER_AGE,
        False: CompareReason.YEARS_SHORT_AFTER_AGE_NOT_ALLOWED,
    }[facts.arrears_after_claim_age]
    reason = warning(code, years=len(paid), missing=missing, min_years=facts.min_years, claim_age=facts.claim_age)
    # past the claim age there is nothing to enrol for: only arrears can close the gap
    return WorkItem(reason, NextAction(ActionKind.EXPLAIN_ARREARS), subject_of(person))
