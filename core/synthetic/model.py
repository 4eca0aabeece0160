"""The synthetic village as plain frozen data: what the demo database, benchmarks and tests load."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

Sex = Literal["M", "F"]
Source = Literal["minzheng", "canlian", "xiangcun", "tuiyi"]
CaseType = Literal["enrollment", "daijiao", "tier_change", "pension_claim", "info_change"]
CaseStatus = Literal["waiting_documents", "ready", "submitted", "returned", "approved"]

HAN = "汉族"
HUI = "回族"


@dataclass(frozen=True, slots=True)
class SyntheticGroup:
    """One span on an agency list: ``end`` is None while the person is still listed."""

    group: str
    subtype: str | None
    start: date
    end: date | None
    source: Source

    def active_in_year(self, year: int) -> bool:
        return self.start.year <= year and (self.end is None or self.end.year >= year)

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


@dataclass(frozen=True, slots=True)
class SyntheticResident:
    key: str
    household_key: str
    relation_to_head: str
    name: str
    sex: Sex
    birth_date: date
    id_number: str
    phone: str | None
    village_code: str
    hukou_division: str
    address: str
    ethnicity: str
    student: bool
    employee_pension: bool
    public_institution: bool
    veteran: bool
    veteran_cert_no: str | None
    flexible_worker: bool
    employment_difficulty: bool
    enrolled: bool
    enrolled_since: int | None
    tier: int | None
    receiving_pension: bool
    pension_start: date | None
    contribution_years: int
    groups: tuple[SyntheticGroup, ...]
    disability_cert: str | None


@dataclass(frozen=True, slots=True)
class SyntheticHousehold:
    key: str
    head_key: str
    address: str
    member_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SyntheticCase:
    """A piece of village work in progress; ``data`` holds JSON-ready values only."""

    key: str
    resident_key: str
    case_type: CaseType
    status: CaseStatus
    created: date
    data: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class HouseholdBatch:
    """One household with its members and their cases, as the streaming generator yields them."""

    household: SyntheticHousehold
    residents: tuple[SyntheticResident, ...]
    cases: tuple[SyntheticCase, ...]


@dataclass(frozen=True, slots=True)
class SyntheticVillage:
    village_code: str
    households: tuple[SyntheticHousehold, ...]
    residents: tuple[SyntheticResident, ...]
    cases: tuple[SyntheticCase, ...]
