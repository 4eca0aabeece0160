"""Shared helpers: a service point in 隆德县, people and list entries built by hand, one comparison."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from functools import cache

from core.compare import (
    CompareInput,
    CompareOptions,
    Comparison,
    ListEntry,
    Membership,
    RegisterPerson,
    ServicePoint,
    YearContribution,
    compare,
)
from core.ids import make_resident_id
from core.policy import Policy, load_policy
from tests.core.policy_dir import bundled_policy_dir

TODAY = date(2026, 11, 28)
COUNTY = "640423"
HOME = "640423100201"  # this service point's village
NEIGHBOUR = "640423100202"
POINT = ServicePoint(COUNTY, frozenset({HOME}), {NEIGHBOUR: "邻村", "640422": "西吉县"})
FRESH = {"civil-affairs": date(2026, 10, 1), "disability": date(2026, 10, 1), "rural-revitalization": date(2026, 10, 1)}
_sequence = itertools.count(1)


@cache
def policy() -> Policy:
    return load_policy(bundled_policy_dir(), COUNTY)


def id_for(birth: date, division: str = COUNTY) -> str:
    return make_resident_id(division, birth, next(_sequence) % 1000)


def daijiao_paid(year: int = TODAY.year, amount: str = "100") -> YearContribution:
    return YearContribution(year, government_paid=Decimal(amount), subsidy=Decimal(30))


def self_paid(year: int, amount: str = "100") -> YearContribution:
    return YearContribution(year, self_paid=Decimal(amount), subsidy=Decimal(30))


def person(
    key: str,
    birth: date = date(1970, 5, 1),
    *,
    name: str | None = None,
    groups: tuple[str, ...] = (),
    village: str = HOME,
    hukou: str = COUNTY,
    household: str | None = None,
    enrolled: bool = True,
    **fields: object,
) -> RegisterPerson:
    spans = tuple(Membership(g, "list", date(2020, 1, 1), list_source="civil-affairs") for g in groups)
    memberships = tuple(fields.pop("memberships", ())) + spans  # type: ignore[call-overload]
    return RegisterPerson(
        key=key,
        id_number=str(fields.pop("id_number", id_for(birth))),
        name=name or f"居民{key}",
        sex="M",
        birth_date=birth,
        village_code=village,
        hukou_division=hukou,
        household=household,
        enrolled=enrolled,
        memberships=memberships,
        **fields,  # type: ignore[arg-type]
    )


def listed(
    who: RegisterPerson | None,
    group: str = "dibao",
    source: str = "civil-affairs",
    *,
    name: str = "",
    id_number: str | None = None,
    as_of: date | None = None,
    **fields: object,
) -> ListEntry:
    """An entry for `who` (matched to the register), or for someone the register does not have."""
    return ListEntry(
        source=source,
        as_of=as_of or FRESH.get(source, date(2026, 10, 1)),
        group=group,
        name=who.name if who else name,
        id_number=who.id_number if who else id_number,
        register_key=who.key if who else None,
        **fields,  # type: ignore[arg-type]
    )


def run(
    persons: list[RegisterPerson],
    entries: list[ListEntry] = [],  # noqa: B006 - never mutated
    snapshots: dict[str, date] | None = None,
    today: date = TODAY,
    months_ahead: int = 3,
    pack: Policy | None = None,
) -> Comparison:
    return compare(
        CompareInput(
            tuple(persons),
            tuple(entries),
            FRESH if snapshots is None else snapshots,
            pack or policy(),
            POINT,
            today,
            CompareOptions(months_ahead=months_ahead),
        )
    )
