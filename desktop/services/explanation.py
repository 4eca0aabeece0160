"""算得清 at the desk: what a resident pays and will get, as data the screen and the 明白纸 put into words.

The arithmetic is core.pension's (year-end crediting, fen rounding at the end). This service chooses the
inputs for a resident, adds the years and the money already paid before the projection starts, sorts every
figure the county has not confirmed by what it affects (so the screen can mark each number it shows) and
tells the story as sentence codes, never as sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum

from core.pension import EstimateError, PensionEstimate, PensionProblem, YearRow, compare_tiers, estimate
from core.policy import Figure, FigureValue, Policy, PolicyError, Rule, Status
from core.policy.estimates import to_fen
from core.policy.trace import Traced
from core.problems import Problem, error, problem_codes, warning
from desktop.services.policy import Outcome, PolicyService
from desktop.services.residents import ResidentProfile

_ZERO = Decimal(0)


@problem_codes
class ExplainProblem(StrEnum):
    YEARS_PAID_NEGATIVE = "explain.years_paid_negative"
    PAID_BALANCE_NEGATIVE = "explain.paid_balance_negative"
    RECEIVING = "explain.receiving_pension"
    PAID_BEFORE_NO_INTEREST = "explain.assume.paid_before_no_interest"


@problem_codes
class Say(StrEnum):
    """The plain story of an explanation, one code per sentence; amounts are yuan as text."""

    YOU_PAY = "explain.say.you_pay"
    YOU_PAY_NOTHING = "explain.say.you_pay_nothing"
    GOVERNMENT_PAYS = "explain.say.government_pays"
    SUBSIDY = "explain.say.subsidy"
    OTHER_FUNDING = "explain.say.other_funding"
    INTO_ACCOUNT = "explain.say.into_account"
    PAID_BEFORE = "explain.say.paid_before"
    PAID_BEFORE_UNKNOWN = "explain.say.paid_before_unknown"
    ARREARS = "explain.say.arrears"
    BALANCE = "explain.say.balance"
    MONTHLY = "explain.say.monthly"
    ACCOUNT_PART = "explain.say.account_part"
    YEARS_ENOUGH = "explain.say.years_enough"
    YEARS_SHORT = "explain.say.years_short"


class Topic(StrEnum):
    """Which number on the screen an unconfirmed figure stands behind."""

    GOVERNMENT = "government"
    SUBSIDY = "subsidy"
    BASIC = "basic"
    ACCOUNT = "account"
    TIERS = "tiers"
    CONDITIONS = "conditions"  # ages, years, arrears rules


_TOPICS = (
    ("contribution.subsidy.", Topic.SUBSIDY),
    ("daijiao.", Topic.GOVERNMENT),
    ("basic_pension.", Topic.BASIC),
    ("account.", Topic.ACCOUNT),
    ("contribution.", Topic.TIERS),
)


def topic_of(key: str) -> Topic:
    return next((topic for prefix, topic in _TOPICS if key.startswith(prefix)), Topic.CONDITIONS)


def yuan_text(amount: Decimal) -> str:
    """Yuan as people write them: 200, 14.03 (no ".00" on whole amounts)."""
    fen = to_fen(amount)
    return str(int(fen)) if fen == fen.to_integral_value() else f"{fen:.2f}"


@dataclass(frozen=True)
class ExplanationInputs:
    birth_date: date
    start_year: int  # the first year this projection pays for
    tier: Decimal
    government_pays: Decimal = _ZERO  # 代缴: the part of the tier the government pays
    other_funding: Decimal = _ZERO  # collective or charity money (资助), on top of the tier
    years_paid: int = 0  # contribution years already paid before start_year
    paid_balance: Decimal | None = None  # the money those years put in the account; None: not known
    arrears_years: int = 0  # missing years paid in start_year (补缴), no subsidy
    county: str | None = None  # None: the desk's county
    daijiao_group: str | None = None  # the group the 代缴 amount comes from, to cite its figure
    assume_rate: Decimal | None = None  # a labelled interest assumption; None: the pack's rates

    def with_tier(self, tier: Decimal) -> ExplanationInputs:
        return replace(self, tier=tier)


@dataclass(frozen=True)
class Sentence:
    code: str
    params: Mapping[str, str | int]


@dataclass(frozen=True)
class UnconfirmedFigure:
    """A figure or rule the result rests on that the county has not confirmed (待县级确认)."""

    key: str  # figure key, or "rule:<id>"
    topic: Topic
    value: FigureValue  # the value used: the pack's, else its labelled assumption; None: unknown, counted 0
    assumed: bool  # the pack has no value, `value` is its stated assumption
    citation: str  # document number (or title) and clause
    source_title: str
    note: str | None


@dataclass(frozen=True)
class YearAmounts:
    """One credit to the account; `balance` (fen) includes the money paid before the projection."""

    year: int
    self_paid: Decimal
    government_paid: Decimal
    subsidy: Decimal
    other: Decimal
    interest: Decimal
    balance: Decimal
    arrears: bool

    @property
    def credit(self) -> Decimal:
        return self.self_paid + self.government_paid + self.subsidy + self.other


@dataclass(frozen=True)
class BasicLayer:
    key: str  # basic_pension.central_minimum, .region_increment, .county_supplement ...
    amount: Decimal
    known: bool  # False: the pack has no value yet and it was counted as 0
    confirmed: bool


@dataclass(frozen=True)
class Explanation:
    inputs: ExplanationInputs
    yearly: YearAmounts  # the first regular year: who pays what each year
    years: tuple[YearAmounts, ...]
    balance_series: tuple[tuple[int, Decimal], ...]  # (year, balance at its end) for the chart
    balance_at_60: Decimal
    basic_monthly: Decimal
    account_monthly: Decimal
    monthly_total: Decimal
    divisor: Decimal
    benefit_start: str  # YYYY-MM
    total_years: int  # paid before + projected, arrears included
    needed_years: int
    basic_layers: tuple[BasicLayer, ...]
    unconfirmed: tuple[UnconfirmedFigure, ...]
    assumptions: tuple[Problem, ...]
    sentences: tuple[Sentence, ...]
    estimate: PensionEstimate  # core's result, for anything not summarised here

    @property
    def tier(self) -> Decimal:
        return self.inputs.tier

    def unconfirmed_about(self, topic: Topic) -> tuple[UnconfirmedFigure, ...]:
        return tuple(u for u in self.unconfirmed if u.topic is topic)


@dataclass(frozen=True)
class TierComparison:
    rows: tuple[Explanation, ...]  # one per tier, lowest first

    def row(self, tier: Decimal) -> Explanation | None:
        return next((r for r in self.rows if r.tier == tier), None)


class ExplanationService:
    def __init__(self, policy: PolicyService, today: date | None = None) -> None:
        self._policy = policy
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def _county(self, inputs: ExplanationInputs) -> str | None:
        return inputs.county or self._policy.county

    def tiers(self, inputs: ExplanationInputs) -> tuple[Decimal, ...]:
        """The tiers offered in the start year that are at least the government's part."""
        try:
            policy = self._policy.policy(self._county(inputs))
        except PolicyError:
            return ()
        return tuple(t for t in policy.tiers(date(inputs.start_year, 12, 31)) if t >= inputs.government_pays)

    def explain(self, inputs: ExplanationInputs) -> Outcome[Explanation]:
        problems = _input_problems(inputs)
        if problems:
            return Outcome(None, problems)
        county = self._county(inputs)
        try:
            policy = self._policy.policy(county)
            result = estimate(inputs.birth_date, inputs.start_year, inputs.tier, policy, county,
                              government_pays=inputs.government_pays, other_funding=inputs.other_funding,
                              assume_rate=inputs.assume_rate, arrears_years=inputs.arrears_years,
                              today=self.today())
        except (PolicyError, EstimateError) as exc:
            return Outcome(None, tuple(exc.problems))
        return self._explained(policy, inputs, result)

    def compare(self, inputs: ExplanationInputs, tiers: Sequence[Decimal] | None = None) -> Outcome[TierComparison]:
        """Every tier side by side (default: the tiers offered that are at least the government's part)."""
        problems = _input_problems(inputs)
        if problems:
            return Outcome(None, problems)
        county = self._county(inputs)
        try:
            policy = self._policy.policy(county)
            results = compare_tiers(inputs.birth_date, inputs.start_year, policy, county, tiers=tiers,
                                    government_pays=inputs.government_pays, other_funding=inputs.other_funding,
                                    assume_rate=inputs.assume_rate, arrears_years=inputs.arrears_years,
                                    today=self.today())
        except (PolicyError, EstimateError) as exc:
            return Outcome(None, tuple(exc.problems))
        rows = []
        for result in results.estimates:
            outcome = self._explained(policy, inputs.with_tier(result.tier), result)
            if outcome.result is None:
                return Outcome(None, outcome.problems)
            rows.append(outcome.result)
        return Outcome(TierComparison(tuple(rows)))

    def inputs_for(self, profile: ResidentProfile, tier: Decimal | None = None) -> Outcome[ExplanationInputs]:
        """The inputs for a resident at the desk: from the next unpaid year on, at the resident's tier (or
        `tier`), with the government's part when the resident is in a 代缴 group, and what was paid so far."""
        if profile.receiving_pension:
            return Outcome(None, (error(ExplainProblem.RECEIVING, name=profile.summary.name),))
        today = self.today()
        county = profile.hukou_division[:6] if profile.hukou_division else None
        try:
            policy = self._policy.policy(county or self._policy.county)
        except PolicyError as exc:
            return Outcome(None, tuple(exc.problems))
        birth = profile.summary.birth_date
        min_age = _number(policy, "enrol.min_age", today, Decimal(16))
        paid_years = [c.year for c in profile.contributions]
        start = max(today.year, max(paid_years, default=0) + 1, birth.year + int(min_age))
        chosen = tier or profile.tier or _default_tier(policy, date(start, 12, 31))
        group, government = _daijiao(policy, profile, date(start, 12, 31))
        paid = sum((c.self_paid + c.government_paid + c.subsidy + c.other_funding for c in profile.contributions),
                   _ZERO)
        return Outcome(ExplanationInputs(
            birth_date=birth,
            start_year=start,
            tier=chosen,
            government_pays=min(government, chosen),
            years_paid=profile.contribution_years,
            paid_balance=paid,
            county=county or self._policy.county,
            daijiao_group=group,
        ))

    def _explained(self, policy: Policy, inputs: ExplanationInputs, result: PensionEstimate) -> Outcome[Explanation]:
        today = self.today()
        max_total = int(_number(policy, "arrears.max_total_years", today, Decimal(15)))
        if inputs.arrears_years and inputs.years_paid + result.years > max_total:
            allowed = max(0, max_total - inputs.years_paid - (result.years - inputs.arrears_years))
            return Outcome(None, (error(PensionProblem.ARREARS_ABOVE_TOTAL, "arrears_years",
                                        arrears=inputs.arrears_years, allowed=allowed, max_total=max_total),))
        paid = inputs.paid_balance or _ZERO
        with localcontext() as context:
            context.prec = 50  # as core computes
            balance = result.balance_exact + paid
            account = balance / result.divisor
            basic = sum((part.amount for part in result.basic_parts), _ZERO)
            total = account + basic
        years = tuple(_year(row, paid) for row in result.breakdown)
        assumptions = result.assumptions
        if paid:
            assumptions += (warning(ExplainProblem.PAID_BEFORE_NO_INTEREST, years=inputs.years_paid),)
        explanation = Explanation(
            inputs=inputs,
            yearly=next(y for y in years if not y.arrears),
            years=years,
            balance_series=_series(years),
            balance_at_60=to_fen(balance),
            basic_monthly=to_fen(basic),
            account_monthly=to_fen(account),
            monthly_total=to_fen(total),
            divisor=result.divisor,
            benefit_start=result.benefit_start,
            total_years=inputs.years_paid + result.years,
            needed_years=int(_number(policy, "claim.min_years", today, Decimal(15))),
            basic_layers=tuple(
                BasicLayer(p.key, p.amount, p.figure is None or p.figure.amount is not None,
                           p.figure is not None and p.figure.confirmed)
                for p in result.basic_parts
            ),
            unconfirmed=_unconfirmed((*result.unconfirmed, *_daijiao_figures(policy, inputs))),
            assumptions=assumptions,
            sentences=(),
            estimate=result,
        )
        return Outcome(replace(explanation, sentences=tuple(_sentences(explanation))))


def _input_problems(inputs: ExplanationInputs) -> tuple[Problem, ...]:
    problems = []
    if inputs.years_paid < 0:
        problems.append(error(ExplainProblem.YEARS_PAID_NEGATIVE, "years_paid", years=inputs.years_paid))
    if inputs.paid_balance is not None and inputs.paid_balance < 0:
        problems.append(error(ExplainProblem.PAID_BALANCE_NEGATIVE, "paid_balance",
                              amount=yuan_text(inputs.paid_balance)))
    return tuple(problems)


def _number(policy: Policy, key: str, on: date, fallback: Decimal) -> Decimal:
    figure = policy.figure(key, on)
    return figure.amount if figure is not None and figure.amount is not None else fallback


def _default_tier(policy: Policy, on: date) -> Decimal:
    minimum = policy.figure("contribution.minimum_tier", on)
    if minimum is not None and minimum.amount is not None:
        return minimum.amount
    tiers = policy.tiers(on)
    return tiers[0] if tiers else Decimal(100)


def _daijiao_figure(policy: Policy, group: str, on: date) -> Figure | None:
    """The county's amount for the group; while its slot is open, the pack's default (as core.eligibility)."""
    for key in (f"daijiao.amount.{group}", "daijiao.amount"):
        figure = policy.figure(key, on)
        if figure is not None and figure.amount is not None:
            return figure
    return None


def _daijiao(policy: Policy, profile: ResidentProfile, on: date) -> tuple[str | None, Decimal]:
    """The 代缴 group and amount of a resident in a covered group now: one payment a year, the largest."""
    covered = sorted({m.group for m in profile.memberships
                      if m.active and (g := policy.group(m.group)) is not None and g.daijiao})
    amounts = [(f.amount, group) for group in covered
               if (f := _daijiao_figure(policy, group, on)) is not None and f.amount is not None]
    if not amounts:
        return (covered[0] if covered else None), _ZERO
    amount, group = max(amounts)
    return group, amount


def _daijiao_figures(policy: Policy, inputs: ExplanationInputs) -> tuple[Figure, ...]:
    """The figure the government's part rests on (the caller hands the amount in; core does not trace it)."""
    if not inputs.government_pays:
        return ()
    figure = _daijiao_figure(policy, inputs.daijiao_group or "", date(inputs.start_year, 12, 31))
    return (figure,) if figure is not None else ()


def _year(row: YearRow, paid: Decimal) -> YearAmounts:
    return YearAmounts(row.year, row.self_paid, row.government_paid, row.subsidy, row.other, to_fen(row.interest),
                       to_fen(row.balance + paid), row.arrears)


def _series(years: Sequence[YearAmounts]) -> tuple[tuple[int, Decimal], ...]:
    """The balance at the end of each year (arrears rows share their year: the last one counts)."""
    by_year: dict[int, Decimal] = {}
    for row in years:
        by_year[row.year] = row.balance
    return tuple(by_year.items())


def _unconfirmed(items: Iterable[Traced]) -> tuple[UnconfirmedFigure, ...]:
    """One entry per figure key (a rate known for no year is one footnote, not fifteen), by topic."""
    found: dict[str, UnconfirmedFigure] = {}
    for item in items:
        if item.status is Status.CONFIRMED:
            continue
        if isinstance(item, Figure):
            value = item.value if item.value is not None else item.assumed
            entry = UnconfirmedFigure(item.key, topic_of(item.key), value,
                                      item.value is None and item.assumed is not None, item.citation,
                                      item.source.title, item.note)
        elif isinstance(item, Rule):
            entry = UnconfirmedFigure(f"rule:{item.id}", Topic.CONDITIONS, None, False, item.citation,
                                      item.source.title, item.title)
        else:
            continue
        found.setdefault(entry.key, entry)
    order = list(Topic)
    return tuple(sorted(found.values(), key=lambda u: (order.index(u.topic), u.key)))


def _say(code: Say, **params: str | int) -> Sentence:
    return Sentence(str(code), params)


def _sentences(e: Explanation) -> list[Sentence]:
    y, inputs = e.yearly, e.inputs
    out = []
    if y.self_paid == 0 and y.government_paid > 0:
        out.append(_say(Say.YOU_PAY_NOTHING, government=yuan_text(y.government_paid)))
    else:
        out.append(_say(Say.YOU_PAY, self_paid=yuan_text(y.self_paid), tier=yuan_text(inputs.tier)))
        if y.government_paid > 0:
            out.append(_say(Say.GOVERNMENT_PAYS, government=yuan_text(y.government_paid)))
    if y.subsidy > 0:
        out.append(_say(Say.SUBSIDY, subsidy=yuan_text(y.subsidy)))
    if y.other > 0:
        out.append(_say(Say.OTHER_FUNDING, other=yuan_text(y.other)))
    regular = [row for row in e.years if not row.arrears]
    out.append(_say(Say.INTO_ACCOUNT, credit=yuan_text(y.credit), years=len(regular),
                    first_year=regular[0].year, last_year=regular[-1].year))
    if inputs.arrears_years:
        out.append(_say(Say.ARREARS, years=inputs.arrears_years,
                        amount=yuan_text(inputs.tier * inputs.arrears_years)))
    if inputs.years_paid and inputs.paid_balance is None:
        out.append(_say(Say.PAID_BEFORE_UNKNOWN, years=inputs.years_paid))
    elif inputs.years_paid:
        out.append(_say(Say.PAID_BEFORE, years=inputs.years_paid, balance=yuan_text(inputs.paid_balance or _ZERO)))
    out.append(_say(Say.BALANCE, balance=yuan_text(e.balance_at_60)))
    out.append(_say(Say.MONTHLY, total=yuan_text(e.monthly_total), basic=yuan_text(e.basic_monthly),
                    account=yuan_text(e.account_monthly), start=e.benefit_start))
    out.append(_say(Say.ACCOUNT_PART, balance=yuan_text(e.balance_at_60), divisor=yuan_text(e.divisor),
                    account=yuan_text(e.account_monthly)))
    if e.total_years >= e.needed_years:
        out.append(_say(Say.YEARS_ENOUGH, years=e.total_years, needed=e.needed_years))
    else:
        out.append(_say(Say.YEARS_SHORT, years=e.total_years, needed=e.needed_years,
                        missing=e.needed_years - e.total_years))
    return out
