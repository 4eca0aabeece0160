"""The residents register as the desk shows it: search, the resident page, revealing a full ID.

ID numbers leave this service masked (6404**********0367) except through :meth:`reveal_id`,
which records who looked, in the audit chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from core.divisions import lookup_division
from core.ids import age_on, mask_id
from desktop.services.known_papers import KnownFacts, known_facts
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.models import Case, GroupMembership, Resident
from desktop.store.search import search_residents


def mask_phone(phone: str | None) -> str | None:
    if not phone or len(phone) < 7:
        return phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


@dataclass(frozen=True)
class ResidentSummary:
    uuid: UUID
    name: str
    masked_id: str
    sex: str
    birth_date: date
    age: int
    village_code: str
    phone: str | None  # masked


@dataclass(frozen=True)
class Membership:
    group: str
    subtype: str | None
    source: str  # "list" or "manual"
    source_agency: str | None
    as_of: date | None
    valid_from: date
    valid_to: date | None
    active: bool


@dataclass(frozen=True)
class Certificate:
    masked_number: str
    category: int
    grade: int
    valid_until: date | None


@dataclass(frozen=True)
class HouseholdMember:
    uuid: UUID
    name: str
    relation: str | None
    masked_id: str
    age: int


@dataclass(frozen=True)
class ContributionYear:
    year: int
    tier: Decimal
    self_paid: Decimal
    government_paid: Decimal
    subsidy: Decimal
    other_funding: Decimal
    arrears: bool


@dataclass(frozen=True)
class CaseSummary:
    uuid: UUID
    case_type: str
    status: str
    created_at: date
    updated_at: date
    updated_by: str


@dataclass(frozen=True)
class ResidentProfile:
    summary: ResidentSummary
    address: str | None
    hukou_division: str
    hukou_name: str
    relation_to_head: str | None
    household: tuple[HouseholdMember, ...]
    memberships: tuple[Membership, ...]
    certificates: tuple[Certificate, ...]
    enrolled: bool
    enrolled_since: date | None
    tier: Decimal | None
    receiving_pension: bool
    pension_start: date | None
    contributions: tuple[ContributionYear, ...]
    flags: tuple[str, ...]  # student, employee_pension, public_institution, veteran, flexible_worker ...
    cases: tuple[CaseSummary, ...]

    @property
    def contribution_years(self) -> int:
        return len({c.year for c in self.contributions})


_FLAGS = ("student", "employee_pension", "public_institution", "veteran", "flexible_worker",
          "employment_difficulty", "other_basic_pension")


class ResidentsService:
    def __init__(self, store: Store, actor: str, today: date | None = None) -> None:
        self._store = store
        self._actor = actor
        self._today = today

    def _day(self) -> date:
        return self._today or date.today()

    def search(self, text: str, limit: int = 50) -> list[ResidentSummary]:
        today = self._day()
        with self._store.session(self._actor) as session:
            hits = search_residents(session, text, limit)
        return [resident_summary(h, today) for h in hits]

    def profile(self, resident_uuid: UUID) -> ResidentProfile | None:
        today = self._day()
        with self._store.session(self._actor) as session:
            resident = session.scalars(
                select(Resident)
                .where(Resident.uuid == resident_uuid)
                .options(
                    selectinload(Resident.memberships),
                    selectinload(Resident.certificates),
                    selectinload(Resident.contributions),
                    selectinload(Resident.cases),
                    selectinload(Resident.household),
                )
            ).one_or_none()
            if resident is None:
                return None
            return _profile(resident, today)

    def known_facts(self, resident_uuid: UUID) -> KnownFacts | None:
        """What the agencies' lists and the register already prove about the resident (papers not asked again,
        the veteran's 优待证); None for a resident not in the register."""
        with self._store.session(self._actor) as session:
            resident = session.scalars(
                select(Resident)
                .where(Resident.uuid == resident_uuid)
                .options(selectinload(Resident.memberships).selectinload(GroupMembership.list_snapshot),
                         selectinload(Resident.certificates))
            ).one_or_none()
            return known_facts(resident, self._day()) if resident is not None else None

    def reveal_id(self, resident_uuid: UUID, reason: str = "resident_page") -> str | None:
        """The full ID number, for the resident page only; the look is recorded in the audit chain."""
        with self._store.session(self._actor) as session:
            number = session.scalars(select(Resident.id_number).where(Resident.uuid == resident_uuid)).first()
            if number is None:
                return None
            record_event(session, "reveal_id", entity_type="residents", entity_uuid=str(resident_uuid),
                         detail={"reason": reason})
            return number


class _Person(Protocol):
    """What a search hit and a resident row both carry."""

    @property
    def uuid(self) -> UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def id_number(self) -> str: ...
    @property
    def sex(self) -> str: ...
    @property
    def birth_date(self) -> date: ...
    @property
    def village_code(self) -> str: ...
    @property
    def phone(self) -> str | None: ...


def resident_summary(r: _Person, today: date) -> ResidentSummary:
    return ResidentSummary(r.uuid, r.name, mask_id(r.id_number), r.sex, r.birth_date,
                           age_on(r.birth_date, today), r.village_code, mask_phone(r.phone))


def _profile(r: Resident, today: date) -> ResidentProfile:
    members: list[HouseholdMember] = []
    if r.household is not None:
        members = [
            HouseholdMember(m.uuid, m.name, m.relation_to_head, mask_id(m.id_number), age_on(m.birth_date, today))
            for m in sorted(r.household.residents, key=lambda m: m.birth_date)
            if m.id != r.id
        ]
    memberships = tuple(
        Membership(
            m.group_key, m.subtype, m.source,
            m.list_snapshot.source_agency if m.list_snapshot else None,
            m.list_snapshot.as_of if m.list_snapshot else None,
            m.valid_from, m.valid_to,
            m.valid_from <= today and (m.valid_to is None or m.valid_to >= today),
        )
        for m in sorted(r.memberships, key=lambda m: (m.valid_from, m.group_key))
    )
    certificates = tuple(
        Certificate(mask_id(c.number[:18]) + c.number[18:], c.category, c.grade, c.valid_until)
        for c in r.certificates
    )
    contributions = tuple(
        ContributionYear(c.year, c.tier, c.self_paid, c.government_paid, c.subsidy, c.other_funding, c.arrears)
        for c in sorted(r.contributions, key=lambda c: c.year)
    )
    cases = tuple(
        CaseSummary(c.uuid, c.case_type, c.status, c.created_at.date(), c.updated_at.date(), c.updated_by)
        for c in sorted(r.cases, key=_case_order, reverse=True)
    )
    return ResidentProfile(
        summary=resident_summary(r, today),
        address=r.address,
        hukou_division=r.hukou_division,
        hukou_name=_division_name(r.hukou_division),
        relation_to_head=r.relation_to_head,
        household=tuple(members),
        memberships=memberships,
        certificates=certificates,
        enrolled=r.enrolled,
        enrolled_since=r.enrolled_since,
        tier=r.tier,
        receiving_pension=r.receiving_pension,
        pension_start=r.pension_start,
        contributions=contributions,
        flags=tuple(f for f in _FLAGS if getattr(r, f)),
        cases=cases,
    )


def _division_name(code: str) -> str:
    division = lookup_division(code)
    return division.full_name if division else code


def _case_order(case: Case) -> datetime:
    return case.updated_at
