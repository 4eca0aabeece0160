"""Village work in progress: cases that fit each resident's state.

A case is only ``approved`` when the resident's data already shows its effect (an approved
enrolment belongs to someone enrolled this or last year, an approved claim to someone drawing
since recently, an approved tier change to the tier now paid); open cases belong to people the
work is still to be done for.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from core.ids import age_on
from core.synthetic.lists import HARDSHIP_GROUPS
from core.synthetic.model import CaseStatus, CaseType, SyntheticCase, SyntheticResident
from core.synthetic.sampling import Weighted, between, chance, date_between, one_of
from core.synthetic.scheme import MINIMUM_TIER

# an unfinished wizard is a local draft, never a case: a case starts out waiting for its papers
_OPEN = Weighted[CaseStatus](
    [("waiting_documents", 0.3), ("ready", 0.2), ("submitted", 0.35), ("returned", 0.15)]
)
_ANY = Weighted[CaseStatus](
    [("waiting_documents", 0.2), ("ready", 0.15), ("submitted", 0.25), ("returned", 0.1), ("approved", 0.3)]
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
    rng: random.Random, today: date, resident: SyntheticResident, numbers: Iterator[int]
) -> list[SyntheticCase]:
    """The resident's cases, keyed ``C000001`` ... from the shared ``numbers``."""
    age = age_on(resident.birth_date, today)
    drafts = (
        _enrollment(rng, today, resident, age),
        _daijiao(rng, today, resident),
        _tier_change(rng, today, resident, age),
        _pension_claim(rng, today, resident, age),
        _info_change(rng, today, resident, age),
    )
    return [
        SyntheticCase(f"C{next(numbers):06d}", resident.key, case_type, status, created, data)
        for case_type, status, created, data in filter(None, drafts)
    ]


_Draft = tuple[CaseType, CaseStatus, date, dict[str, object]]


def _enrollment(rng: random.Random, today: date, r: SyntheticResident, age: int) -> _Draft | None:
    could_enrol = 16 <= age < 60 and not (r.student or r.employee_pension or r.public_institution)
    data: dict[str, object] = {"tier": r.tier or MINIMUM_TIER, "hukou_division": r.hukou_division}
    if could_enrol and not r.enrolled and r.hukou_division[:2] == "64" and chance(rng, 0.6):
        return _open(rng, today, "enrollment", data)
    since = r.enrolled_since
    if since is not None and since >= today.year - 1 and age < 60 and chance(rng, 0.5):
        created = date_between(rng, date(since, 1, 1), today - timedelta(days=7))
        return "enrollment", "approved", created, data
    return None


def _daijiao(rng: random.Random, today: date, r: SyntheticResident) -> _Draft | None:
    if not r.groups or not r.enrolled or r.receiving_pension or r.tier is None:
        return None
    year = today.year
    groups = sorted({g.group for g in r.groups if g.group in HARDSHIP_GROUPS and g.active_in_year(year)})
    if not groups or not chance(rng, 0.7):
        return None
    status = _ANY.pick(rng)
    data: dict[str, object] = {"year": year, "groups": groups, "tier": MINIMUM_TIER}
    if status == "returned":
        data["return_reason"] = one_of(rng, _RETURN_REASONS)
    return "daijiao", status, _created(rng, today, status), data


def _tier_change(rng: random.Random, today: date, r: SyntheticResident, age: int) -> _Draft | None:
    if r.tier is None or age >= 60 or not chance(rng, 0.12):
        return None
    other = one_of(rng, [t for t in _TIERS if t != r.tier])
    if chance(rng, 0.4):
        data: dict[str, object] = {"year": today.year, "from_tier": other, "to_tier": r.tier}
        return "tier_change", "approved", _created(rng, today, "approved"), data
    return _open(rng, today, "tier_change", {"year": today.year, "from_tier": r.tier, "to_tier": other})


def _pension_claim(rng: random.Random, today: date, r: SyntheticResident, age: int) -> _Draft | None:
    if r.receiving_pension and r.pension_start is not None and (today - r.pension_start).days < 365:
        if not chance(rng, 0.6):
            return None
        created = max(r.pension_start - timedelta(days=between(rng, 20, 60)), r.birth_date)
        data: dict[str, object] = {
            "claim_month": f"{r.pension_start:%Y-%m}",
            "contribution_years": r.contribution_years,
        }
        return "pension_claim", "approved", created, data
    if r.enrolled and not r.receiving_pension and age >= 59 and chance(rng, 0.7 if age >= 60 else 0.25):
        return _open(rng, today, "pension_claim", {"contribution_years": r.contribution_years})
    return None


def _info_change(rng: random.Random, today: date, r: SyntheticResident, age: int) -> _Draft | None:
    if age < 16 or not chance(rng, 0.1):
        return None
    field, value = ("phone", r.phone) if r.phone and chance(rng, 0.6) else ("address", r.address)
    return _open(rng, today, "info_change", {"field": field, "new": value})


def _open(rng: random.Random, today: date, case_type: CaseType, data: dict[str, object]) -> _Draft:
    status = _OPEN.pick(rng)
    if status == "returned":
        data = {**data, "return_reason": one_of(rng, _RETURN_REASONS)}
    return case_type, status, _created(rng, today, status), data


_DAYS_BACK: dict[CaseStatus, int] = {
    "waiting_documents": 30, "ready": 45, "submitted": 90, "returned": 120, "approved": 330,
}  # fmt: skip


def _created(rng: random.Random, today: date, status: CaseStatus) -> date:
    return today - timedelta(days=between(rng, 0, _DAYS_BACK[status]))
