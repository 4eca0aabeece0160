"""The pension estimate (算得清): the DOMAIN worked example, the parts of the result, and bad inputs."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest

from core.pension import EstimateError, PensionEstimate, compare_tiers, estimate
from core.policy import Policy, load_policy
from tests.core.policy_dir import bundled_policy_dir

LONGDE = "640423"
TODAY = date(2025, 6, 1)
BORN = date(1980, 5, 3)  # enrols at 45 in 2025, turns 59 in 2039: 15 years


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(bundled_policy_dir(), LONGDE)


def dibao_member(policy: Policy, **options: object) -> PensionEstimate:
    """The DOMAIN §2.6 case: a 低保 member whose 100-yuan tier the government pays, plus the 30 subsidy."""
    settings: dict[str, object] = {"government_pays": Decimal(100), "today": TODAY} | options
    return estimate(BORN, 2025, Decimal(100), policy, LONGDE, **settings)  # type: ignore[arg-type]


def yuan(*amounts: int) -> tuple[Decimal, ...]:
    return tuple(Decimal(a) for a in amounts)


def assumption_codes(result: PensionEstimate) -> list[str]:
    return [a.code for a in result.assumptions]


@pytest.mark.parametrize(
    ("rate", "balance", "monthly"),
    [
        ("0", "1950.00", "14.03"),
        ("0.02", "2248.14", "16.17"),
        ("0.03", "2417.86", "17.39"),
        ("0.0397", "2597.27", "18.69"),
    ],
)
def test_domain_worked_example(policy: Policy, rate: str, balance: str, monthly: str) -> None:
    result = dibao_member(policy, assume_rate=Decimal(rate))
    assert result.years == 15
    assert result.balance_at_60 == Decimal(balance)
    assert result.account_monthly == Decimal(monthly)
    assert all(row.credit == Decimal(130) for row in result.breakdown)


def test_rounding_happens_only_at_the_end(policy: Policy) -> None:
    # rounding the balance to the fen every year would give 2597.30 in this case
    result = dibao_member(policy, assume_rate=Decimal("0.0397"))
    assert result.balance_exact != result.balance_at_60
    assert result.balance_at_60 == result.balance_exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert result.account_monthly == (result.balance_exact / 139).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_breakdown_rows_follow_the_formula(policy: Policy) -> None:
    rows = dibao_member(policy, assume_rate=Decimal("0.03")).breakdown
    assert [row.year for row in rows] == list(range(2025, 2040))
    previous = Decimal(0)
    with localcontext() as context:
        context.prec = 50  # the precision the estimate computes with
        for row in rows:
            assert (row.self_paid, row.government_paid, row.subsidy, row.other) == yuan(0, 100, 30, 0)
            assert row.interest == previous * Decimal("0.03")
            assert row.balance == previous * Decimal("1.03") + row.credit
            previous = row.balance


def test_resident_pays_the_rest_of_the_tier_and_other_funders_add_on_top(policy: Policy) -> None:
    result = estimate(
        BORN, 2025, Decimal(300), policy, LONGDE, government_pays=Decimal(100), other_funding=Decimal(50), today=TODAY
    )
    first = result.breakdown[0]
    assert (first.self_paid, first.government_paid, first.subsidy, first.other) == yuan(200, 100, 30, 50)
    assert result.balance_at_60 == Decimal(380 * 15)
    assert "pension.assume.subsidy" in assumption_codes(result)


def test_unknown_rate_counts_no_interest_and_says_so(policy: Policy) -> None:
    result = dibao_member(policy)
    assert result.balance_at_60 == Decimal("1950.00")
    unknown = [a for a in result.assumptions if a.code == "pension.assume.rate_unknown"]
    assert [(a.params["from_year"], a.params["to_year"]) for a in unknown] == [(2025, 2039)]


def test_explicit_rate_is_shown_as_an_assumption(policy: Policy) -> None:
    result = dibao_member(policy, assume_rate=Decimal("0.03"))
    assert [(a.code, a.params["rate"]) for a in result.assumptions if a.code == "pension.assume.rate"] == [
        ("pension.assume.rate", "0.03")
    ]
    assert "pension.assume.rate_unknown" not in assumption_codes(result)


def test_basic_pension_is_built_from_layers_for_the_month_after_60(policy: Policy) -> None:
    # born June 1964: benefits from July 2024, central minimum 123 + regional increments 15
    result = estimate(date(1964, 6, 1), 2014, Decimal(100), policy, LONGDE, today=TODAY, arrears_years=0)
    assert result.benefit_start == "2024-07"
    assert result.basic_monthly == Decimal(138)
    assert [p.key for p in result.basic_parts] == [
        "basic_pension.central_minimum",
        "basic_pension.region_base",
        "basic_pension.region_increment",
        "basic_pension.county_supplement",
    ]
    unknown = [a.params["part"] for a in result.assumptions if a.code == "pension.assume.basic_part_unknown"]
    assert unknown == ["basic_pension.region_base", "basic_pension.county_supplement"]
    assert "pension.assume.basic_projected" not in assumption_codes(result)
    assert result.monthly_total == result.basic_monthly + result.account_monthly


def test_future_basic_pension_uses_latest_figures_as_an_assumption(policy: Policy) -> None:
    result = dibao_member(policy)
    assert result.benefit_start == "2040-06"
    assert result.basic_monthly == Decimal(163)
    projected = [a for a in result.assumptions if a.code == "pension.assume.basic_projected"]
    assert [(a.params["month"], a.params["as_of"]) for a in projected] == [("2040-06", "2025-06-01")]


def test_explicit_basic_pension_replaces_the_pack(policy: Policy) -> None:
    result = dibao_member(policy, assume_basic=Decimal("215"))
    assert result.basic_monthly == Decimal(215)
    assert result.monthly_total == Decimal("229.03")
    assert "pension.assume.basic" in assumption_codes(result)


def test_county_without_a_layer_is_flagged() -> None:
    region = load_policy(bundled_policy_dir(), "640422")
    result = estimate(BORN, 2025, Decimal(100), region, "640422", today=TODAY)
    assert "pension.assume.no_county_layer" in assumption_codes(result)


def test_arrears_years_get_no_subsidy_and_no_earlier_interest(policy: Policy) -> None:
    # born 1970: 10 years to 2039? no: turns 59 in 2029, so 2025-2029 is 5 years and 10 may be paid as arrears
    result = estimate(
        date(1970, 9, 9),
        2025,
        Decimal(100),
        policy,
        LONGDE,
        assume_rate=Decimal("0.02"),
        arrears_years=10,
        today=TODAY,
    )
    arrears = [row for row in result.breakdown if row.arrears]
    assert result.years == 15
    assert len(arrears) == 10
    assert all(row.year == 2025 for row in arrears)
    assert all((row.self_paid, row.subsidy, row.interest) == yuan(100, 0, 0) for row in arrears)
    assert result.breakdown[1].balance == Decimal(130) + Decimal(100)
    assert "pension.assume.arrears_in_start_year" in assumption_codes(result)


def test_every_unconfirmed_figure_used_is_listed(policy: Policy) -> None:
    keys = {item.to_json().get("key") for item in dibao_member(policy).unconfirmed}
    assert {"contribution.subsidy.100", "account.divisor", "basic_pension.central_minimum"} <= keys
    assert "basic_pension.region_increment" not in keys  # confirmed by the notice


def test_json_has_the_cli_shape(policy: Policy) -> None:
    data = dibao_member(policy, assume_rate=Decimal("0.02")).to_json()
    assert {
        "balance_at_60",
        "account_monthly",
        "basic_monthly",
        "monthly_total",
        "years",
        "breakdown",
        "unconfirmed",
    } <= set(data)
    assert data["balance_at_60"] == 2248.14
    assert data["account_monthly"] == 16.17
    assert data["years"] == 15
    first = data["breakdown"][0]  # type: ignore[index]
    assert first == {
        "year": 2025,
        "self_paid": 0,
        "government_paid": 100,
        "subsidy": 30,
        "other": 0,
        "rate": 0.02,
        "interest": 0,
        "balance": 130,
        "arrears": False,
    }
    assert data["policy"] == policy.ref.to_json()


def test_compare_tiers_side_by_side(policy: Policy) -> None:
    comparison = compare_tiers(BORN, 2025, policy, LONGDE, government_pays=Decimal(100), today=TODAY)
    assert [e.tier for e in comparison.estimates] == [Decimal(t) for t in (100, 300, 500, 1000, 2000, 3000)]
    totals = [e.monthly_total for e in comparison.estimates]
    assert totals == sorted(totals)
    assert len(comparison.to_json()["tiers"]) == 6  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"start_year": 2040}, "pension.start_after_last_year"),
        ({"start_year": 1995}, "pension.start_before_min_age"),
        ({"tier": Decimal(150)}, "pension.tier_not_offered"),
        ({"tier": Decimal(0)}, "pension.tier_not_positive"),
        ({"tier": Decimal(-100)}, "pension.negative"),
        ({"government_pays": Decimal(200)}, "pension.government_above_tier"),
        ({"other_funding": Decimal(-1)}, "pension.negative"),
        ({"assume_basic": Decimal(-1)}, "pension.negative"),
        ({"assume_rate": Decimal(3)}, "pension.rate_out_of_range"),
        ({"assume_rate": Decimal("-0.01")}, "pension.rate_out_of_range"),
        ({"arrears_years": -1}, "pension.arrears_negative"),
        ({"arrears_years": 1}, "pension.arrears_above_total"),
    ],
)
def test_bad_inputs_are_problem_codes(policy: Policy, options: dict[str, object], code: str) -> None:
    arguments: dict[str, object] = {"start_year": 2025, "tier": Decimal(100), "today": TODAY} | options
    with pytest.raises(EstimateError) as caught:
        estimate(BORN, policy=policy, county=LONGDE, **arguments)  # type: ignore[arg-type]
    assert code in [p.code for p in caught.value.problems]


def test_years_before_any_tier_table_are_refused(policy: Policy) -> None:
    with pytest.raises(EstimateError) as caught:
        estimate(date(1970, 1, 1), 2010, Decimal(100), policy, LONGDE, today=TODAY)
    assert [(p.code, p.params["year"]) for p in caught.value.problems] == [("pension.no_tiers", 2010)]


def test_policy_for_another_county_is_a_programming_error(policy: Policy) -> None:
    with pytest.raises(ValueError, match="640423"):
        estimate(BORN, 2025, Decimal(100), policy, "640422", today=TODAY)
