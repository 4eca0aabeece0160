"""What the comparison (数据比对) is handed: the register, the lists as matched, and where the desk serves.

Plain immutable data (frozen dataclasses; named tuples for the many per-person records), so the desk
(from its store) and the county server (from its own) can both build it.
A person in the register is known by a stable ``key`` (the store's UUID as text); a list entry names
that key when the import matched it by ID number, or None when it matched nobody.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple

from core.policy.model import Policy

MembershipSource = Literal["list", "manual"]
Sex = Literal["M", "F"]
# The sources a desk expects a quarterly push from (S-12); veterans' lists are not hardship lists.
HARDSHIP_SOURCES = ("civil-affairs", "disability", "rural-revitalization")


@dataclass(frozen=True, slots=True)
class YearContribution:
    """One year's contribution to the resident pension (yuan): who paid what."""

    year: int
    self_paid: Decimal = Decimal(0)
    government_paid: Decimal = Decimal(0)  # 代缴
    subsidy: Decimal = Decimal(0)  # 财政补贴
    other_funding: Decimal = Decimal(0)  # 资助 by a collective, charity or person (S-04)
    arrears: bool = False  # 补缴 for a past year

    @property
    def daijiao(self) -> bool:
        return self.government_paid > 0


@dataclass(frozen=True, slots=True)
class Membership:
    """A span in a group (inclusive; ``valid_to`` None: still open), from a list or entered by hand."""

    group: str
    source: MembershipSource
    valid_from: date
    valid_to: date | None = None
    subtype: str | None = None
    list_source: str | None = None  # the agency list it came from (a ListSource value)
    list_as_of: date | None = None  # that snapshot's as-of date

    def overlaps(self, first: date, last: date) -> bool:
        return self.valid_from <= last and (self.valid_to is None or self.valid_to >= first)

    def covers(self, day: date) -> bool:
        return self.overlaps(day, day)


class RegisterPerson(NamedTuple):
    """A resident. A named tuple, as ListEntry: a desk builds 100,000 of them for every comparison, and a
    tuple is made several times faster than a frozen dataclass (which sets each field on its own)."""

    key: str
    id_number: str  # normalized 18-digit number
    name: str
    sex: Sex
    birth_date: date
    village_code: str  # 12 digits
    hukou_division: str  # 6-digit county code
    household: str | None = None  # household number, for the order people are listed in
    enrolled: bool = False
    enrolled_since: date | None = None
    tier: Decimal | None = None
    receiving_pension: bool = False
    pension_start: date | None = None
    contributions: tuple[YearContribution, ...] = ()
    memberships: tuple[Membership, ...] = ()
    student: bool = False  # full-time students cannot enrol
    employee_pension: bool = False  # in the employee scheme: not in this one
    public_institution: bool = False

    @property
    def other_scheme(self) -> bool:
        """Someone the resident pension is not for, whatever list they are on."""
        return self.student or self.employee_pension or self.public_institution

    def contribution(self, year: int) -> YearContribution | None:
        # the latest years are the ones asked about, and registers keep contributions in year order
        for paid in reversed(self.contributions):
            if paid.year == year:
                return paid
        return None


class ListEntry(NamedTuple):
    """One person in one group on one agency list, as the import left it (a named tuple: see RegisterPerson)."""

    source: str  # a ListSource value: "civil-affairs", "disability", ...
    as_of: date  # the snapshot's as-of date
    group: str | None  # a policy group key (None: a certificate that puts its holder in no group)
    name: str
    id_number: str | None = None  # normalized; None when missing or damaged
    subtype: str | None = None
    birth_date: date | None = None
    village_code: str | None = None
    hukou_division: str | None = None
    date_from: date | None = None  # 认定/纳入时间
    date_to: date | None = None  # 退出时间
    register_key: str | None = None  # the register person it was matched to
    row: int | None = None  # the row in the agency's file, for a clerk to find it

    def overlaps(self, first: date, last: date) -> bool:
        return (self.date_from is None or self.date_from <= last) and (self.date_to is None or self.date_to >= first)

    @property
    def current(self) -> bool:
        """Still on the list: no exit date, or one after the snapshot was taken."""
        return self.date_to is None or self.date_to >= self.as_of


@dataclass(frozen=True)
class ServicePoint:
    """Where the desk serves: its county and the villages (12-digit codes) it keeps the register for."""

    county: str
    villages: frozenset[str]
    place_names: Mapping[str, str] = field(default_factory=dict)  # village or county code -> name

    def name_of(self, code: str) -> str:
        return self.place_names.get(code, code)


@dataclass(frozen=True)
class CompareOptions:
    months_ahead: int = 3  # how far ahead to look for residents turning 60 or 16
    expected_sources: tuple[str, ...] = HARDSHIP_SOURCES


@dataclass(frozen=True)
class CompareInput:
    persons: tuple[RegisterPerson, ...]
    entries: tuple[ListEntry, ...]  # the current snapshot of every source
    snapshots: Mapping[str, date]  # source -> as-of date of its current snapshot
    policy: Policy
    point: ServicePoint
    today: date
    options: CompareOptions = CompareOptions()
