"""What every page of a case wizard shares: the desk's services (:class:`WizardContext`) and what the pages
have found out so far (:class:`CaseState`).

The state is plain data. Pages read it when they are entered and write it when the assistant leaves them
(``validatePage``); the wizard turns it into a draft on every page change and into a case at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from core.policy.decisions import Eligibility
from desktop.services.cases import CaseRecord, CasesService, CaseType, Confirmation, Paper, Scan
from desktop.services.desk import Desk
from desktop.services.known_papers import KnownFacts
from desktop.services.policy import PolicyService
from desktop.services.registration import RegistrationService
from desktop.services.residents import ResidentsService, ResidentSummary


@dataclass(frozen=True)
class WizardContext:
    """The signed-in desk and the services a wizard calls (always on the database worker)."""

    desk: Desk
    policy: PolicyService
    cases: CasesService
    registration: RegistrationService
    residents: ResidentsService
    today: date

    @classmethod
    def for_desk(cls, desk: Desk, policy: PolicyService, today: date | None = None) -> WizardContext:
        actor = desk.account.username
        village = desk.settings.village_code or ""
        return cls(
            desk=desk,
            policy=policy,
            cases=CasesService(desk.store, actor, today),
            registration=RegistrationService(desk.store, actor, village, today),
            residents=ResidentsService(desk.store, actor, today),
            today=today or date.today(),
        )

    @property
    def county(self) -> str:
        """The service point's county: the policy's, else the first six digits of the village code."""
        return self.policy.county or (self.desk.settings.village_code or "")[:6]


@dataclass
class CaseState:
    """One wizard's findings. ``data`` holds the case data of /tmp/case_data_schema.md as the pages fill it."""

    case_type: CaseType
    draft_uuid: UUID | None = None
    resident: ResidentSummary | None = None
    answers: dict[str, bool] = field(default_factory=dict)  # what the resident said (student, veteran ...)
    profile: dict[str, Any] | None = None  # core.profile JSON the decisions were made on
    eligibility: Eligibility | None = None
    data: dict[str, Any] = field(default_factory=dict)
    papers: tuple[Paper, ...] = ()  # the checklist as ticked on the documents page
    proxy_papers: tuple[Paper, ...] = ()  # a proxy applicant's papers, ticked on the confirmation page
    scans: dict[str, Scan] = field(default_factory=dict)  # by content hash
    confirmation: Confirmation | None = None
    record: CaseRecord | None = None  # the saved case, once the wizard is finished
    known: KnownFacts | None = None  # what the lists and register prove about ``known_uuid`` (CaseWizard.known_facts)
    known_uuid: UUID | None = None

    @property
    def resident_uuid(self) -> UUID | None:
        return self.resident.uuid if self.resident else None

    @property
    def veteran(self) -> bool:
        """A veteran by the answer on the policy page, else by the register (退役军人直办通道)."""
        return bool(self.answers.get("veteran", (self.profile or {}).get("veteran", False)))

    @property
    def finished(self) -> bool:
        return self.record is not None
