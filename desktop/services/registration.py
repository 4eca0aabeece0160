"""Identifying a resident at the desk: read an ID number, find them or register them without duplicates.

CONTRACT (session lead, 2026-11-28): signatures the wizards build on; bodies are filled by the cases work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from core.problems import Problem
from desktop.services.residents import ResidentSummary
from desktop.store.database import Store


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

    def check_id(self, text: str, name: str | None = None) -> IdentityCheck:
        """Parse the number (core.ids) and look it up; with a name, also look for likely duplicates."""
        raise NotImplementedError

    def register(self, resident: NewResident) -> ResidentSummary:
        """Save a new resident (audited, to the outbox); ServiceError when the number is taken or invalid."""
        raise NotImplementedError

    def eligibility_input(self, resident_uuid: UUID) -> dict[str, Any]:
        """The resident as core.profile JSON, for PolicyService.evaluate_profile and the pension estimate."""
        raise NotImplementedError

    def apply_contact_change(self, resident_uuid: UUID, phone: str | None, address: str | None) -> None:
        """Phone and address change at once (DOMAIN 5.2); name, ID and birth date go through the county."""
        raise NotImplementedError
