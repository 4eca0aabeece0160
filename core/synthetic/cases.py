"""Village work in progress: cases that fit each resident's state.

A case is only ``approved`` when the resident's data already shows its effect (an approved
enrolment belongs to someone enrolled this or last year, an approved claim to someone drawing
since recently, an approved tier change to the tier now paid); open cases belong to people the
work is still to be done for.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from core.synthetic.lists import HARDSHIP_GROUPS
from core.synthetic.model import CaseStatus, CaseType, SyntheticCase, SyntheticResident
from core.synthetic.sampling import Weighted, age_on, chance, date_between
from core.synthetic.scheme import MINIMUM_TIER

_OPEN = Weighted[CaseStatus]([("draft", 0.3), ("ready", 0.2), ("submitted", 0.35), ("returned", 0.15)])
_ANY = Weighted[CaseStatus](
    [("draft", 0.2), ("ready", 0.15), ("submitted", 0.25), ("returned", 0.1), ("approved", 0.3)]
)
_RETURN_REASONS = (
    "materials_incomplete",
    "signature_missing",
    "id_copy_unreadable",
    "hukou_page_missing",
    "list_not_confirmed",
)
_TIERS = (100, 300, 500, 1000, 2000, 3000)


def cases_for(
    rng: random.Random, today: date, resident: SyntheticResident, next_key: Callable[[], str]
) -> list[SyntheticCase]:
    return [
        SyntheticCase(next_key(), resident.key, case_type, status, created, data)
        for case_type, status, created, data in _drafts(rng, today, resident)
    ]


_Draft = tuple[CaseType, CaseStatus, date, dict[str, object]]


def _drafts(rng: random.Random, today: date, r: SyntheticResident) -> Iterator[_Draft]:
    age = age_on(r.birth_date, today)
    yield from _enrollment(rng, today, r, age)
    yield from _daijiao(rng, today, r)
    yield from _tier_change(rng, today, r, age)
    yield from _pension_claim(rng, today, r, age)
    if age >= 16 and chance(rng, 0.1):
        field, value = ("phone", r.phone) if r.phone and chance(rng, 0.6) else ("address", r.address)
        yield _open(rng, today, "info_change", {"field": field, "new": value})


def _enrollment(rng: random.Random, today: date, r: SyntheticResident, age: int) -> Iterator[_Draft]:
    could_enrol = 16 <= age < 60 and not (r.student or r.employee_pension or r.public_institution)
    data: dict[str, object] = {"tier": r.tier or MINIMUM_TIER, "hukou_division": r.hukou_division}
    if could_enrol and not r.enrolled and r.hukou_division[:2] == "64" and chance(rng, 0.6):
        yield _open(rng, today, "enrollment", data)
    elif (
        r.enrolled
        and r.enrolled_since is not None
        and r.enrolled_since >= today.year - 1
        and age < 60
        and chance(rng, 0.5)
    ):
        created = date_between(rng, date(r.enrolled_since, 1, 1), today - timedelta(days=7))
        yield "enrollment", "approved", created, data


def _daijiao(rng: random.Random, today: date, r: SyntheticResident) -> Iterator[_Draft]:
    year = today.year
    groups = sorted({g.group for g in r.groups if g.group in HARDSHIP_GROUPS and g.active_in_year(year)})
    if r.enrolled and not r.receiving_pension and r.tier is not None and groups and chance(rng, 0.7):
        status = _ANY.pick(rng)
        data: dict[str, object] = {"year": year, "groups": groups, "tier": MINIMUM_TIER}
        if status == "returned":
            data["return_reason"] = rng.choice(_RETURN_REASONS)
        yield "daijiao", status, _created(rng, today, status), data


def _tier_change(rng: random.Random, today: date, r: SyntheticResident, age: int) -> Iterator[_Draft]:
    if r.tier is None or age >= 60 or not chance(rng, 0.12):
        return
    other = rng.choice([t for t in _TIERS if t != r.tier])
    if chance(rng, 0.4):
        data: dict[str, object] = {"year": today.year, "from_tier": other, "to_tier": r.tier}
        yield "tier_change", "approved", _created(rng, today, "approved"), data
    else:
        yield _open(rng, today, "tier_change", {"year": today.year, "from_tier": r.tier, "to_tier": other})


def _pension_claim(rng: random.Random, today: date, r: SyntheticResident, age: int) -> Iterator[_Draft]:
    if r.receiving_pension and r.pension_start is not None and (today - r.pension_start).days < 365:
        if chance(rng, 0.6):
            created = max(r.pension_start - timedelta(days=rng.randint(20, 60)), r.birth_date)
            data: dict[str, object] = {
                "claim_month": f"{r.pension_start:%Y-%m}",
                "contribution_years": r.contribution_years,
            }
            yield "pension_claim", "approved", created, data
    elif r.enrolled and not r.receiving_pension and age >= 59 and chance(rng, 0.7 if age >= 60 else 0.25):
        yield _open(rng, today, "pension_claim", {"contribution_years": r.contribution_years})


def _open(rng: random.Random, today: date, case_type: CaseType, data: dict[str, object]) -> _Draft:
    status = _OPEN.pick(rng)
    if status == "returned":
        data = {**data, "return_reason": rng.choice(_RETURN_REASONS)}
    return case_type, status, _created(rng, today, status), data


def _created(rng: random.Random, today: date, status: CaseStatus) -> date:
    days_back = {"draft": 30, "ready": 45, "submitted": 90, "returned": 120, "approved": 330}[status]
    return today - timedelta(days=rng.randint(0, days_back))
