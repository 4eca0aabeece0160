"""The policy in force at this desk, and the questions asked of it: eligibility, 算得清 estimates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from core.eligibility import evaluate
from core.pension import EstimateError, PensionEstimate, estimate
from core.policy import NINGXIA, Figure, Policy, PolicyError, load_policy
from core.policy.decisions import Eligibility
from core.problems import Problem, problem_codes
from core.profile import profile_from_json
from desktop.paths import policy_dir
from desktop.services.settings import load_settings

T = TypeVar("T")


@problem_codes
class InputProblem(StrEnum):
    FILE_UNREADABLE = "input.file_unreadable"
    BAD_JSON = "input.bad_json"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A result, or the problems that prevented it (warnings may come with a result)."""

    result: T | None
    problems: tuple[Problem, ...] = ()


@cache
def _load(directory: Path, county: str | None) -> Policy:
    return load_policy(directory, county)


class ContributionRules:
    """What a year's contribution earns, from the pack: the subsidy per tier and the 代缴 amount."""

    def __init__(self, policy: Policy) -> None:
        self._policy = policy

    def _value(self, key: str, on: date) -> Decimal:
        figure = self._policy.figure(key, on) or _latest(self._policy, key)
        if figure is None:
            return Decimal(0)
        if figure.value is not None:
            return figure.amount or Decimal(0)
        return figure.assumed or Decimal(0)

    def subsidy(self, tier: Decimal, on: date) -> Decimal:
        return self._value(f"contribution.subsidy.{int(tier)}", on)

    def daijiao(self, on: date) -> Decimal:
        return self._value("daijiao.amount", on)

    def daijiao_groups(self) -> frozenset[str]:
        return frozenset(g.key for g in self._policy.daijiao_groups())


def _latest(policy: Policy, key: str) -> Figure | None:
    history = policy.history(key)
    return history[-1] if history else None


class PolicyService:
    def __init__(self, data_dir: Path, county: str | None = None, directory: Path | None = None) -> None:
        self._directory = directory or policy_dir()
        self._county = county or load_settings(data_dir).county_code

    @property
    def county(self) -> str | None:
        return self._county

    def policy(self, county: str | None = None) -> Policy:
        """The layered pack for the county (the region alone when no county is known); PolicyError if broken."""
        return _load(self._directory, county or self._county)

    def contribution_rules(self) -> ContributionRules:
        return ContributionRules(self.policy())

    def group_labels(self) -> dict[str, str]:
        return {g.key: g.label for g in self.policy().group_list()}

    def evaluate_profile(self, data: dict[str, object], on: date | None = None,
                         county: str | None = None) -> Outcome[Eligibility]:
        profile, problems = profile_from_json(data)
        if profile is None:
            return Outcome(None, problems)
        county = county or self._county
        try:
            result = evaluate(profile, on or date.today(), self.policy(county), county or NINGXIA)
        except PolicyError as exc:
            return Outcome(None, tuple(exc.problems))
        return Outcome(result, problems + tuple(result.problems))

    def estimate_pension(self, *, birth_date: date, start_year: int, tier: Decimal, government_pays: Decimal,
                         other_funding: Decimal, assume_rate: Decimal | None, assume_basic: Decimal | None,
                         arrears_years: int, county: str | None = None) -> Outcome[PensionEstimate]:
        county = county or self._county
        try:
            policy = self.policy(county)
            result = estimate(birth_date, start_year, tier, policy, county, government_pays=government_pays,
                              other_funding=other_funding, assume_rate=assume_rate, assume_basic=assume_basic,
                              arrears_years=arrears_years)
        except PolicyError as exc:
            return Outcome(None, tuple(exc.problems))
        except EstimateError as exc:
            return Outcome(None, tuple(exc.problems))
        return Outcome(result)
