"""Identifying a resident at the desk: read an ID number, find them or register them without duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from core.ids import age_on, mask_id, parse_resident_id
from core.phones import parse_phone
from core.problems import Problem, problem_codes
from core.profile import MAX_CONTRIBUTION_YEARS
from desktop.services.errors import ServiceError
from desktop.services.residents import ResidentSummary, mask_phone
from desktop.store.database import Store
from desktop.store.models import DisabilityCertificate, Resident
from desktop.store.session import AuditedSession


@problem_codes
class RegistrationProblem(StrEnum):
    RESIDENT_UNKNOWN = "resident.unknown"
    ID_TAKEN = "resident.id_taken"
    NAME_MISSING = "resident.name_missing"
    NAME_TOO_LONG = "resident.name_too_long"
    HUKOU_INVALID = "resident.hukou_invalid"
    VILLAGE_INVALID = "resident.village_invalid"
    ADDRESS_TOO_LONG = "resident.address_too_long"


MAX_NAME = 60
MAX_ADDRESS = 200
_DIVISION = re.compile(r"\d{6}")
_VILLAGE = re.compile(r"\d{12}")


@dataclass(frozen=True)
class IdentityCheck:
    """What an ID number typed or read at the desk tells: valid or not, and who has it already."""

    id_number: str | None  # normalised 18-digit number, None when unusable
    problems: tuple[Problem, ...]  # errors block, warnings are shown
    birth_date: date | None
    sex: str | None  # "M" / "F"
    existing: ResidentSummary | None  # the resident registered under this number
    similar: tuple[ResidentSummary, ...]  # same name and birth date under another number: likely a duplicate

    @property
    def ok(self) -> bool:
        return self.id_number is not None and not any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class NewResident:
    id_number: str
    name: str
    phone: str | None
    address: str | None
    hukou_division: str  # 6 digits; defaults to the ID's division when the form leaves it empty
    village_code: str  # 12 digits, the desk's service point by default
    student: bool = False
    employee_pension: bool = False
    public_institution: bool = False
    veteran: bool = False
    flexible_worker: bool = False


class RegistrationService:
    def __init__(self, store: Store, actor: str, village_code: str, today: date | None = None) -> None:
        self._store = store
        self._actor = actor
        self._village_code = village_code
        self._today = today

    def _day(self) -> date:
        return self._today or date.today()

    def check_id(self, text: str, name: str | None = None) -> IdentityCheck:
        """Parse the number (core.ids) and look it up; with a name, also look for likely duplicates."""
        check = parse_resident_id(text, self._day())
        found = check.resident_id
        if found is None:
            return IdentityCheck(None, check.problems, None, None, None, ())
        with self._store.session(self._actor) as session:
            holders = _holders(session, found.number)
            exact = next((r for r in holders if r.id_number == found.number), None)
            others = [r for r in holders if r is not exact]  # the same number, stored in its 15-digit form
            if name and name.strip():
                others += session.scalars(
                    select(Resident).where(Resident.name == name.strip(), Resident.birth_date == found.birth_date,
                                           Resident.id_number.not_in([r.id_number for r in holders]))
                    .order_by(Resident.id)
                ).all()
            today = self._day()
            return IdentityCheck(found.number, check.problems, found.birth_date, found.sex,
                                 resident_summary(exact, today) if exact is not None else None,
                                 tuple(resident_summary(r, today) for r in others))

    def register(self, resident: NewResident) -> ResidentSummary:
        """Save a new resident (audited, to the outbox); ServiceError when the number is taken or invalid."""
        check = parse_resident_id(resident.id_number, self._day())
        found = check.resident_id
        if found is None:
            raise ServiceError(check.errors[0])
        name = resident.name.strip()
        if not name:
            raise ServiceError.of(RegistrationProblem.NAME_MISSING)
        if len(name) > MAX_NAME:
            raise ServiceError.of(RegistrationProblem.NAME_TOO_LONG, max=MAX_NAME)
        hukou = resident.hukou_division.strip() or found.division_code
        if not _DIVISION.fullmatch(hukou):
            raise ServiceError.of(RegistrationProblem.HUKOU_INVALID, value=hukou)
        village = resident.village_code.strip() or self._village_code
        if not _VILLAGE.fullmatch(village):
            raise ServiceError.of(RegistrationProblem.VILLAGE_INVALID, value=village)
        row = Resident(id_number=found.number, name=name, sex=found.sex, birth_date=found.birth_date,
                       phone=_phone(resident.phone), address=_address(resident.address), village_code=village,
                       hukou_division=hukou, student=resident.student, employee_pension=resident.employee_pension,
                       public_institution=resident.public_institution, veteran=resident.veteran,
                       flexible_worker=resident.flexible_worker)
        try:
            with self._store.session(self._actor) as session:
                taken = _holders(session, found.number)
                if taken:
                    raise ServiceError.of(RegistrationProblem.ID_TAKEN, masked_id=mask_id(found.number),
                                          name=taken[0].name)
                session.add(row)
        except IntegrityError as exc:  # registered at the same moment elsewhere
            raise ServiceError.of(RegistrationProblem.ID_TAKEN, masked_id=mask_id(found.number), name=name) from exc
        return resident_summary(row, self._day())

    def eligibility_input(self, resident_uuid: UUID) -> dict[str, Any]:
        """The resident as core.profile JSON, for PolicyService.evaluate_profile and the pension estimate."""
        today = self._day()
        with self._store.session(self._actor) as session:
            r = session.scalars(
                select(Resident).where(Resident.uuid == resident_uuid).options(
                    selectinload(Resident.memberships), selectinload(Resident.certificates),
                    selectinload(Resident.contributions))
            ).one_or_none()
            if r is None:
                raise ServiceError.of(RegistrationProblem.RESIDENT_UNKNOWN, resident=str(resident_uuid))
            groups = [
                {"group": m.group_key, "from": m.valid_from.isoformat(),
                 "to": m.valid_to.isoformat() if m.valid_to else None}
                for m in sorted(r.memberships, key=lambda m: (m.valid_from, m.group_key))
            ]
            certificate = _certificate_in_force(r.certificates, today)
            return {
                "id_number": r.id_number, "hukou_division": r.hukou_division, "groups": groups,
                "disability_cert": certificate.number if certificate else None,
                "student": r.student, "employee_pension": r.employee_pension,
                "public_institution": r.public_institution, "receiving_resident_pension": r.receiving_pension,
                "other_basic_pension": r.other_basic_pension, "enrolled": r.enrolled,
                "contribution_years": min(len({c.year for c in r.contributions}), MAX_CONTRIBUTION_YEARS),
                "veteran": r.veteran, "flexible_worker": r.flexible_worker,
                "employment_difficulty": r.employment_difficulty,
            }

    def apply_contact_change(self, resident_uuid: UUID, phone: str | None, address: str | None) -> None:
        """Phone and address change at once (DOMAIN 5.2); name, ID and birth date go through the county.

        ``None`` leaves a field as it is; an empty text clears it.
        """
        new_phone = _phone(phone) if phone is not None else None
        new_address = _address(address) if address is not None else None
        with self._store.session(self._actor) as session:
            r = session.scalars(select(Resident).where(Resident.uuid == resident_uuid)).one_or_none()
            if r is None:
                raise ServiceError.of(RegistrationProblem.RESIDENT_UNKNOWN, resident=str(resident_uuid))
            if phone is not None and r.phone != new_phone:
                r.phone = new_phone
            if address is not None and r.address != new_address:
                r.address = new_address


def _holders(session: AuditedSession, number: str) -> list[Resident]:
    """Residents under this 18-digit number, or under its old 15-digit form (born 19xx, no check digit)."""
    forms = [number]
    if number[6:8] == "19":
        forms.append(number[:6] + number[8:17])
    return list(session.scalars(select(Resident).where(or_(*(Resident.id_number == f for f in forms)))
                                .order_by(Resident.id)))


def _phone(raw: str | None) -> str | None:
    if raw is None or not raw.strip():
        return None
    check = parse_phone(raw)
    if not check.ok:
        raise ServiceError(next(p for p in check.problems if p.is_error))
    return check.normalized


def _address(raw: str | None) -> str | None:
    text = (raw or "").strip()
    if len(text) > MAX_ADDRESS:
        raise ServiceError.of(RegistrationProblem.ADDRESS_TOO_LONG, max=MAX_ADDRESS)
    return text or None


def _certificate_in_force(certificates: list[DisabilityCertificate], today: date) -> DisabilityCertificate | None:
    """The most severe certificate still valid today (grade 1 is the most severe)."""
    valid = [c for c in certificates if c.valid_until is None or c.valid_until >= today]
    return min(valid, key=lambda c: (c.grade, c.number)) if valid else None


def resident_summary(r: Resident, today: date) -> ResidentSummary:
    return ResidentSummary(r.uuid, r.name, mask_id(r.id_number), r.sex, r.birth_date, age_on(r.birth_date, today),
                           r.village_code, mask_phone(r.phone))
