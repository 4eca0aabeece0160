"""The results of a pension estimate (算得清): totals in yuan with fen, the year-by-year account, the parts
of the basic pension, the assumptions made and every unconfirmed figure used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from core.policy.model import Figure, PolicyRef, json_number
from core.policy.trace import Traced
from core.problems import Problem

FEN = Decimal("0.01")


def to_fen(value: Decimal) -> Decimal:
    """Yuan rounded half-up to the fen: done once, on the way out."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def _yuan(value: Decimal) -> int | float:
    return json_number(to_fen(value))


@dataclass(frozen=True)
class YearRow:
    """One credit to the account at the end of `year`; `balance` = previous balance x (1 + rate) + credit."""

    year: int
    self_paid: Decimal
    government_paid: Decimal
    subsidy: Decimal
    other: Decimal
    rate: Decimal
    interest: Decimal
    balance: Decimal  # exact; rounded only when shown
    arrears: bool = False

    @property
    def credit(self) -> Decimal:
        return self.self_paid + self.government_paid + self.subsidy + self.other

    def to_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "self_paid": _yuan(self.self_paid),
            "government_paid": _yuan(self.government_paid),
            "subsidy": _yuan(self.subsidy),
            "other": _yuan(self.other),
            "rate": json_number(self.rate),
            "interest": _yuan(self.interest),
            "balance": _yuan(self.balance),
            "arrears": self.arrears,
        }


@dataclass(frozen=True)
class BasicPart:
    """One layer of the monthly basic pension (central minimum, regional parts, county supplement)."""

    key: str
    amount: Decimal
    figure: Figure | None  # None: the amount is an explicit assumption

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"part": self.key, "amount": _yuan(self.amount)}
        if self.figure is not None:
            out |= {
                "status": str(self.figure.status),
                "citation": self.figure.citation,
                "known": self.figure.amount is not None,
            }
        return out


@dataclass(frozen=True)
class PensionEstimate:
    birth_date: date
    start_year: int
    tier: Decimal
    government_pays: Decimal
    other_funding: Decimal
    arrears_years: int
    balance_exact: Decimal
    balance_at_60: Decimal
    account_monthly: Decimal
    basic_monthly: Decimal
    monthly_total: Decimal
    divisor: Decimal
    benefit_start: str  # YYYY-MM
    breakdown: tuple[YearRow, ...]
    basic_parts: tuple[BasicPart, ...]
    assumptions: tuple[Problem, ...]
    unconfirmed: tuple[Traced, ...]
    policy: PolicyRef

    @property
    def years(self) -> int:
        """Contribution years, arrears included."""
        return len(self.breakdown)

    def to_json(self) -> dict[str, object]:
        return {
            "birth_date": self.birth_date.isoformat(),
            "start_year": self.start_year,
            "tier": json_number(self.tier),
            "government_pays": json_number(self.government_pays),
            "other_funding": json_number(self.other_funding),
            "arrears_years": self.arrears_years,
            "balance_at_60": json_number(self.balance_at_60),
            "account_monthly": json_number(self.account_monthly),
            "basic_monthly": json_number(self.basic_monthly),
            "monthly_total": json_number(self.monthly_total),
            "years": self.years,
            "divisor": json_number(self.divisor),
            "benefit_start": self.benefit_start,
            "breakdown": [row.to_json() for row in self.breakdown],
            "basic_parts": [part.to_json() for part in self.basic_parts],
            "assumptions": [{"code": p.code, "params": dict(p.params)} for p in self.assumptions],
            "unconfirmed": [item.to_json() for item in self.unconfirmed],
            "policy": self.policy.to_json(),
        }


@dataclass(frozen=True)
class TierComparison:
    estimates: tuple[PensionEstimate, ...]

    def to_json(self) -> dict[str, object]:
        return {"tiers": [e.to_json() for e in self.estimates]}
