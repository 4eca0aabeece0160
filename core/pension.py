"""The pension estimate (算得清): what a resident's contributions add up to, and the monthly pension at 60.

Each contribution year is credited at year end with what the resident paid, what the government paid
(代缴), the contribution subsidy for the tier and money from other funders (集体/社会资助):
    balance_y = balance_{y-1} x (1 + r_y) + credit_y
The monthly account pension is the balance at the claim age divided by the pack's divisor (139); the basic
pension is the sum of the pack's layers for the month benefits start. Decimal throughout; amounts are
rounded half-up to the fen only at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum

from core.policy.estimates import BasicPart, PensionEstimate, TierComparison, YearRow, to_fen
from core.policy.model import Policy
from core.policy.trace import Trace
from core.problems import Problem, error, problem_codes, warning

__all__ = [
    "EstimateError",
    "PensionAssumption",
    "PensionEstimate",
    "PensionProblem",
    "TierComparison",
    "YearRow",
    "compare_tiers",
    "estimate",
]

_PRECISION = 50
_ZERO = Decimal(0)


@problem_codes
class PensionProblem(StrEnum):
    NEGATIVE = "pension.negative"
    TIER_NOT_POSITIVE = "pension.tier_not_positive"
    GOVERNMENT_ABOVE_TIER = "pension.government_above_tier"
    RATE_OUT_OF_RANGE = "pension.rate_out_of_range"
    START_AFTER_LAST_YEAR = "pension.start_after_last_year"
    START_BEFORE_MIN_AGE = "pension.start_before_min_age"
    NO_TIERS = "pension.no_tiers"
    TIER_NOT_OFFERED = "pension.tier_not_offered"
    ARREARS_NEGATIVE = "pension.arrears_negative"
    ARREARS_ABOVE_TOTAL = "pension.arrears_above_total"


@problem_codes
class PensionAssumption(StrEnum):
    YEAR_END_CREDIT = "pension.assume.year_end_credit"
    RATE_ASSUMED = "pension.assume.rate"
    RATE_UNKNOWN = "pension.assume.rate_unknown"
    SUBSIDY_ASSUMED = "pension.assume.subsidy"
    SUBSIDY_UNKNOWN = "pension.assume.subsidy_unknown"
    ARREARS_IN_START_YEAR = "pension.assume.arrears_in_start_year"
    BASIC_ASSUMED = "pension.assume.basic"
    BASIC_PROJECTED = "pension.assume.basic_projected"
    BASIC_PART_UNKNOWN = "pension.assume.basic_part_unknown"
    NO_COUNTY_LAYER = "pension.assume.no_county_layer"


class EstimateError(ValueError):
    """The inputs cannot give an estimate; `problems` say which and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(p.code for p in self.problems))


@dataclass
class _YearNotes:
    """Assumptions that hold for some years, reported once per run of consecutive years."""

    years: dict[tuple[str, tuple[tuple[str, str | int], ...]], list[int]] = field(default_factory=dict)

    def add(self, code: PensionAssumption, year: int, **params: str | int) -> None:
        self.years.setdefault((code, tuple(sorted(params.items()))), []).append(year)

    def problems(self) -> list[Problem]:
        out = []
        for (code, params), years in self.years.items():
            for first, last in _runs(sorted(years)):
                out.append(warning(code, None, from_year=first, to_year=last, **dict(params)))
        return out


def _runs(years: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for year in years:
        if runs and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return runs


@dataclass(frozen=True)
class _Inputs:
    birth_date: date
    start_year: int
    tier: Decimal
    government_pays: Decimal
    other_funding: Decimal
    assume_rate: Decimal | None
    assume_basic: Decimal | None
    arrears_years: int
    today: date


def estimate(
    birth_date: date,
    start_year: int,
    tier: Decimal,
    policy: Policy,
    county: str | None,
    government_pays: Decimal = _ZERO,
    other_funding: Decimal = _ZERO,
    assume_rate: Decimal | None = None,
    assume_basic: Decimal | None = None,
    arrears_years: int = 0,
    today: date | None = None,
) -> PensionEstimate:
    """Estimate the pension of someone contributing `tier` a year from `start_year` to the year they turn 59.

    `government_pays` is the part of the tier the government pays (代缴); `other_funding` is paid on top
    each year by other funders; `assume_rate` (a fraction: 0.03 = 3 %) replaces the pack's interest rates
    and `assume_basic` its basic pension; `arrears_years` are paid in the start year (no subsidy)."""
    if policy.county is not None and county != policy.county:
        raise ValueError(f"policy loaded for {policy.county}, estimate asked for {county}")
    inputs = _Inputs(
        birth_date,
        start_year,
        tier,
        government_pays,
        other_funding,
        assume_rate,
        assume_basic,
        arrears_years,
        today or date.today(),
    )
    trace = Trace(policy)
    claim_age = int(trace.number("claim.age", inputs.today))
    problems = _input_problems(trace, inputs, claim_age)
    if problems:
        raise EstimateError(problems)
    with localcontext() as context:
        context.prec = _PRECISION
        return _estimate(trace, inputs, claim_age, county)


def compare_tiers(
    birth_date: date,
    start_year: int,
    policy: Policy,
    county: str | None,
    tiers: Sequence[Decimal] | None = None,
    government_pays: Decimal = _ZERO,
    other_funding: Decimal = _ZERO,
    assume_rate: Decimal | None = None,
    assume_basic: Decimal | None = None,
    arrears_years: int = 0,
    today: date | None = None,
) -> TierComparison:
    """The estimate for each tier side by side (default: the pack's tiers of the start year that are at least
    the government's part)."""
    offered = tiers if tiers is not None else policy.tiers(date(start_year, 12, 31))
    chosen = [t for t in offered if t >= government_pays] if tiers is None else list(offered)
    return TierComparison(
        tuple(
            estimate(
                birth_date,
                start_year,
                tier,
                policy,
                county,
                government_pays,
                other_funding,
                assume_rate,
                assume_basic,
                arrears_years,
                today,
            )
            for tier in chosen
        )
    )


def _input_problems(trace: Trace, i: _Inputs, claim_age: int) -> list[Problem]:
    problems = []
    amounts = (
        ("tier", i.tier),
        ("government_pays", i.government_pays),
        ("other_funding", i.other_funding),
        ("assume_basic", i.assume_basic),
    )
    for name, value in amounts:
        if value is not None and value < 0:
            problems.append(error(PensionProblem.NEGATIVE, name, name=name, value=str(value)))
    if i.tier == 0:
        problems.append(error(PensionProblem.TIER_NOT_POSITIVE, "tier"))
    if i.government_pays > i.tier >= 0:
        problems.append(
            error(
                PensionProblem.GOVERNMENT_ABOVE_TIER,
                "government_pays",
                government=str(i.government_pays),
                tier=str(i.tier),
            )
        )
    if i.assume_rate is not None and not 0 <= i.assume_rate < 1:
        problems.append(error(PensionProblem.RATE_OUT_OF_RANGE, "assume_rate", rate=str(i.assume_rate)))
    first_year = i.birth_date.year + int(trace.number("enrol.min_age", i.today))
    last_year = i.birth_date.year + claim_age - 1
    if i.start_year > last_year:
        problems.append(
            error(
                PensionProblem.START_AFTER_LAST_YEAR,
                "start_year",
                start_year=i.start_year,
                last_year=last_year,
            )
        )
    elif i.start_year < first_year:
        problems.append(
            error(
                PensionProblem.START_BEFORE_MIN_AGE,
                "start_year",
                start_year=i.start_year,
                first_year=first_year,
            )
        )
    elif i.tier > 0:
        problems.extend(_tier_problems(trace, i, last_year))
    problems.extend(_arrears_problems(trace, i, last_year))
    return problems


def _tier_problems(trace: Trace, i: _Inputs, last_year: int) -> list[Problem]:
    for year in range(i.start_year, last_year + 1):
        figure = trace.figure("contribution.tiers", date(year, 12, 31))
        tiers = figure.amounts if figure is not None else ()
        if not tiers:
            return [error(PensionProblem.NO_TIERS, "start_year", year=year)]
        if i.tier not in tiers:
            shown = ", ".join(str(t) for t in tiers)
            return [error(PensionProblem.TIER_NOT_OFFERED, "tier", tier=str(i.tier), year=year, tiers=shown)]
    return []


def _arrears_problems(trace: Trace, i: _Inputs, last_year: int) -> list[Problem]:
    """Arrears may only bring the total up to the pack's maximum (15 years); that also keeps them after 16."""
    if i.arrears_years < 0:
        return [error(PensionProblem.ARREARS_NEGATIVE, "arrears_years", arrears=i.arrears_years)]
    if i.arrears_years == 0:
        return []
    max_total = int(trace.number("arrears.max_total_years", i.today))
    allowed = max(0, max_total - max(0, last_year - i.start_year + 1))
    if i.arrears_years <= allowed:
        return []
    params: dict[str, str | int] = {"arrears": i.arrears_years, "allowed": allowed, "max_total": max_total}
    return [error(PensionProblem.ARREARS_ABOVE_TOTAL, "arrears_years", **params)]


def _estimate(trace: Trace, i: _Inputs, claim_age: int, county: str | None) -> PensionEstimate:
    notes = _YearNotes()
    assumptions = [warning(PensionAssumption.YEAR_END_CREDIT)]
    if i.assume_rate is not None:
        assumptions.append(warning(PensionAssumption.RATE_ASSUMED, rate=str(i.assume_rate)))
    if i.arrears_years:
        assumptions.append(warning(PensionAssumption.ARREARS_IN_START_YEAR, year=i.start_year))
    rows = _rows(trace, i, i.birth_date.year + claim_age - 1, notes)
    balance = rows[-1].balance
    months_after = int(trace.number("claim.benefit_start_months_after", i.today))
    start = _month_after(i.birth_date.year + claim_age, i.birth_date.month, months_after)
    divisor = trace.number("account.divisor", start)
    basic, parts, basic_notes = _basic(trace, i, start, county)
    account = balance / divisor
    return PensionEstimate(
        birth_date=i.birth_date,
        start_year=i.start_year,
        tier=i.tier,
        government_pays=i.government_pays,
        other_funding=i.other_funding,
        arrears_years=i.arrears_years,
        balance_exact=balance,
        balance_at_60=to_fen(balance),
        account_monthly=to_fen(account),
        basic_monthly=to_fen(basic),
        monthly_total=to_fen(account + basic),
        divisor=divisor,
        benefit_start=f"{start.year:04d}-{start.month:02d}",
        breakdown=tuple(rows),
        basic_parts=parts,
        assumptions=(*assumptions, *notes.problems(), *basic_notes),
        unconfirmed=trace.unconfirmed(),
        policy=trace.policy.ref,
    )


def _rows(trace: Trace, i: _Inputs, last_year: int, notes: _YearNotes) -> list[YearRow]:
    earns = trace.figure("arrears.earns_subsidy", i.today)
    arrears_subsidised = bool(earns.flag) if earns is not None else False
    balance = _ZERO
    rows = []
    for year in range(i.start_year, last_year + 1):
        subsidy = _subsidy(trace, i.tier, year, notes)
        rate = _rate(trace, i.assume_rate, year, notes)
        interest = balance * rate
        self_paid = i.tier - i.government_pays
        balance = balance + interest + self_paid + i.government_pays + subsidy + i.other_funding
        rows.append(YearRow(year, self_paid, i.government_pays, subsidy, i.other_funding, rate, interest, balance))
        if year == i.start_year:
            # arrears (补缴) are paid with the first contribution and earn nothing before its year end
            for _ in range(i.arrears_years):
                arrears_subsidy = subsidy if arrears_subsidised else _ZERO
                balance += i.tier + arrears_subsidy
                rows.append(YearRow(year, i.tier, _ZERO, arrears_subsidy, _ZERO, _ZERO, _ZERO, balance, True))
    return rows


def _subsidy(trace: Trace, tier: Decimal, year: int, notes: _YearNotes) -> Decimal:
    figure = trace.figure(f"contribution.subsidy.{_tier_key(tier)}", date(year, 12, 31))
    if figure is not None and figure.amount is not None:
        return figure.amount
    if figure is not None and figure.assumed is not None:
        basis = figure.assumed_basis or ""
        notes.add(PensionAssumption.SUBSIDY_ASSUMED, year, tier=str(tier), amount=str(figure.assumed), basis=basis)
        return figure.assumed
    notes.add(PensionAssumption.SUBSIDY_UNKNOWN, year, tier=str(tier))
    return _ZERO


def _rate(trace: Trace, assume_rate: Decimal | None, year: int, notes: _YearNotes) -> Decimal:
    if assume_rate is not None:
        return assume_rate
    figure = trace.figure("account.interest_rate", date(year, 12, 31))
    if figure is not None and figure.amount is not None:
        return figure.amount
    notes.add(PensionAssumption.RATE_UNKNOWN, year)
    return _ZERO


_BASIC_LAYERS = (
    "basic_pension.central_minimum",
    "basic_pension.region_base",
    "basic_pension.region_increment",
)
_REGION_TOTAL = "basic_pension.region_total"
_COUNTY_SUPPLEMENT = "basic_pension.county_supplement"


def _basic(
    trace: Trace, i: _Inputs, start: date, county: str | None
) -> tuple[Decimal, tuple[BasicPart, ...], list[Problem]]:
    """The monthly basic pension for the month benefits start, layer by layer."""
    if i.assume_basic is not None:
        part = BasicPart("assumed", i.assume_basic, None)
        return i.assume_basic, (part,), [warning(PensionAssumption.BASIC_ASSUMED, amount=str(i.assume_basic))]
    notes = []
    month = f"{start.year:04d}-{start.month:02d}"
    if start > i.today:
        notes.append(warning(PensionAssumption.BASIC_PROJECTED, month=month, as_of=i.today.isoformat()))
    policy = trace.policy
    if county is not None and not any(layer.level == "county" for layer in policy.layers):
        notes.append(warning(PensionAssumption.NO_COUNTY_LAYER, county=county))
    total = policy.figure(_REGION_TOTAL, start)
    keys = (_REGION_TOTAL,) if total is not None and total.amount is not None else _BASIC_LAYERS
    parts = []
    for key in (*keys, _COUNTY_SUPPLEMENT):
        figure = trace.figure(key, start)
        if figure is None:
            continue  # the layer does not exist for that month (e.g. no regional increment before 2022)
        if figure.amount is None:
            notes.append(warning(PensionAssumption.BASIC_PART_UNKNOWN, part=key, month=month))
        parts.append(BasicPart(key, figure.amount or _ZERO, figure))
    return sum((p.amount for p in parts), _ZERO), tuple(parts), notes


def _tier_key(tier: Decimal) -> str:
    return str(int(tier)) if tier == tier.to_integral_value() else str(tier)


def _month_after(year: int, month: int, months: int) -> date:
    index = year * 12 + (month - 1) + months
    return date(index // 12, index % 12 + 1, 1)
