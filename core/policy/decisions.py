"""The results of an eligibility evaluation: decisions with their rules, citations and reason codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.policy.model import CertRuleSpec, PolicyRef, Status, json_number
from core.policy.trace import Traced
from core.problems import Problem


def _codes_json(problems: Iterable[Problem]) -> list[dict[str, object]]:
    return [{"code": p.code, "params": dict(p.params)} for p in problems]


def _money(value: Decimal | None) -> int | float | None:
    return json_number(value) if value is not None else None


@dataclass(frozen=True)
class Decision:
    eligible: bool
    rules: tuple[str, ...]
    citations: tuple[str, ...]
    reasons: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "eligible": self.eligible,
            "rules": list(self.rules),
            "citations": list(self.citations),
            "reasons": _codes_json(self.reasons),
            "notes": _codes_json(self.notes),
        }


@dataclass(frozen=True)
class DaijiaoDecision(Decision):
    government_pays: Decimal | None = Decimal(0)  # None: the county's amount is not known
    subsidy: Decimal | None = Decimal(0)
    manual_review: bool = False
    groups: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return super().to_json() | {
            "government_pays": _money(self.government_pays),
            "subsidy": _money(self.subsidy),
            "manual_review": self.manual_review,
            "groups": list(self.groups),
        }


@dataclass(frozen=True)
class KeepTierDecision(Decision):
    tier: Decimal | None = None
    manual_review: bool = False
    groups: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        extra = {"tier": _money(self.tier), "manual_review": self.manual_review, "groups": list(self.groups)}
        return super().to_json() | extra


@dataclass(frozen=True)
class ClaimDecision(Decision):
    age: int = 0
    contribution_years: int = 0
    years_missing: int = 0
    future_years: int = 0  # years still to contribute before the claim age, this year included
    arrears_needed: int = 0
    can_close_gap: bool | None = True  # None: only a manual review can tell
    manual_review: bool = False
    benefit_start: str = ""  # YYYY-MM, the month after the birthday of the claim age

    def to_json(self) -> dict[str, object]:
        return super().to_json() | {
            "age": self.age,
            "contribution_years": self.contribution_years,
            "years_missing": self.years_missing,
            "future_years": self.future_years,
            "arrears_needed": self.arrears_needed,
            "can_close_gap": self.can_close_gap,
            "manual_review": self.manual_review,
            "benefit_start": self.benefit_start,
        }


@dataclass(frozen=True)
class Advice:
    code: str
    rules: tuple[str, ...]
    citations: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "rules": list(self.rules), "citations": list(self.citations)}


@dataclass(frozen=True)
class CertDerivation:
    """A certificate rule that put the person in a group (or up for review), for the unconfirmed list."""

    group: str
    spec: CertRuleSpec
    review: bool

    @property
    def status(self) -> Status:
        return self.spec.status

    def to_json(self) -> dict[str, object]:
        categories = sorted(self.spec.categories) if self.spec.categories is not None else None
        return {
            "certificate_rule": self.group,
            "review": self.review,
            "categories": categories,
            "grades": sorted(self.spec.grades),
            "status": str(self.status),
        }


@dataclass(frozen=True)
class Eligibility:
    on: date
    service_county: str
    hukou_division: str
    age: int
    enroll: Decision
    daijiao: DaijiaoDecision
    keep_minimum_tier: KeepTierDecision
    claim: ClaimDecision
    advice: tuple[Advice, ...]
    groups: tuple[str, ...]  # pack groups held at some time in the calendar year (spans and certificate)
    unknown_groups: tuple[str, ...]
    problems: tuple[Problem, ...]
    unconfirmed: tuple[Traced, ...]
    policy: PolicyRef

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.on.isoformat(),
            "service_county": self.service_county,
            "hukou_division": self.hukou_division,
            "age": self.age,
            "enroll": self.enroll.to_json(),
            "daijiao": self.daijiao.to_json(),
            "keep_minimum_tier": self.keep_minimum_tier.to_json(),
            "claim": self.claim.to_json(),
            "advice": [a.to_json() for a in self.advice],
            "groups": list(self.groups),
            "unknown_groups": list(self.unknown_groups),
            "problems": [p.to_json() for p in self.problems],
            "unconfirmed": [item.to_json() for item in self.unconfirmed],
            "policy": self.policy.to_json(),
        }
