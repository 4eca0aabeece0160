"""Properties of the pension formula that hold for every resident, tier and rate."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from core.pension import estimate
from core.policy import Policy, load_policy
from tests.core.policy_dir import bundled_policy_dir

LONGDE = "640423"
TODAY = date(2025, 6, 1)
NINGXIA_TIERS = (100, 300, 500, 1000, 2000, 3000)
SUBSIDY = {100: 30, 300: 30, 500: 60, 1000: 60, 2000: 60, 3000: 60}  # the pack's figures and floor assumptions


@cache
def policy() -> Policy:
    return load_policy(bundled_policy_dir(), LONGDE)


@st.composite
def residents(draw: st.DrawFn) -> tuple[date, int]:
    """A birth date and a start year from 2017 (Ningxia's tiers) to the year of the 59th birthday."""
    birth = draw(st.dates(min_value=date(1960, 1, 1), max_value=date(2008, 12, 31)))
    first = max(2017, birth.year + 16)
    start = draw(st.integers(min_value=first, max_value=birth.year + 59))
    return birth, start


rates = st.decimals(min_value=Decimal(0), max_value=Decimal("0.1"), places=4)
tiers = st.sampled_from(NINGXIA_TIERS)
other_money = st.integers(min_value=0, max_value=500)


def closed_form(credit: int, rate: Decimal, years: int) -> Fraction:
    """Sum of a constant year-end credit compounded at a constant rate: c x ((1 + r)^n - 1) / r."""
    r = Fraction(rate)
    if r == 0:
        return Fraction(credit * years)
    return credit * ((1 + r) ** years - 1) / r


def to_fen(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=80, deadline=None)
@given(residents(), tiers, rates, other_money)
def test_balance_equals_the_closed_form_for_a_constant_rate(
    resident: tuple[date, int], tier: int, rate: Decimal, other: int
) -> None:
    birth, start = resident
    result = estimate(
        birth, start, Decimal(tier), policy(), LONGDE, other_funding=Decimal(other), assume_rate=rate, today=TODAY
    )
    years = birth.year + 59 - start + 1
    exact = closed_form(tier + SUBSIDY[tier] + other, rate, years)
    assert result.years == years
    assert abs(Fraction(result.balance_exact) - exact) < Fraction(1, 10**30)
    assert result.balance_at_60 == to_fen(exact)


@settings(max_examples=60, deadline=None)
@given(residents(), tiers, st.integers(min_value=0, max_value=100))
def test_zero_rate_gives_credit_times_years(resident: tuple[date, int], tier: int, government: int) -> None:
    birth, start = resident
    result = estimate(
        birth,
        start,
        Decimal(tier),
        policy(),
        LONGDE,
        government_pays=Decimal(government),
        assume_rate=Decimal(0),
        today=TODAY,
    )
    credit = tier + SUBSIDY[tier]
    assert result.balance_exact == Decimal(credit * result.years)
    assert all(row.self_paid + row.government_paid == tier for row in result.breakdown)


@settings(max_examples=60, deadline=None)
@given(residents(), st.lists(tiers, min_size=2, max_size=2, unique=True), st.one_of(st.none(), rates))
def test_a_higher_tier_never_gives_a_lower_pension(
    resident: tuple[date, int], pair: list[int], rate: Decimal | None
) -> None:
    birth, start = resident
    low, high = sorted(pair)
    results = [
        estimate(birth, start, Decimal(tier), policy(), LONGDE, assume_rate=rate, today=TODAY) for tier in (low, high)
    ]
    assert results[1].balance_exact > results[0].balance_exact
    assert results[1].monthly_total >= results[0].monthly_total


@settings(max_examples=60, deadline=None)
@given(residents(), tiers, rates, st.sampled_from([None, Decimal("163.5"), Decimal("215")]))
def test_amounts_are_rounded_once_at_the_end(
    resident: tuple[date, int], tier: int, rate: Decimal, basic: Decimal | None
) -> None:
    birth, start = resident
    result = estimate(birth, start, Decimal(tier), policy(), LONGDE, assume_rate=rate, assume_basic=basic, today=TODAY)

    def fen(value: Decimal) -> Decimal:
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    with localcontext() as context:
        context.prec = 50  # the precision the estimate computes with
        exact_account = result.balance_exact / result.divisor
        exact_basic = sum((part.amount for part in result.basic_parts), Decimal(0))
        exact_total = exact_account + exact_basic
    assert result.balance_at_60 == fen(result.balance_exact)
    assert result.account_monthly == fen(exact_account)
    assert result.basic_monthly == fen(exact_basic)
    assert result.monthly_total == fen(exact_total)
    assert all(value == fen(value) for value in (result.account_monthly, result.monthly_total))
