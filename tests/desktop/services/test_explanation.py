"""算得清 service: the DOMAIN §2.6 worked example, a hardship resident with 代缴, years already paid, the tiers
side by side, the unconfirmed figures by topic and the plain story as sentence codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import uuid4

import pytest

from core.pension import estimate
from desktop.services.explanation import (
    Explanation,
    ExplanationInputs,
    ExplanationService,
    Say,
    Topic,
    yuan_text,
)
from desktop.services.policy import PolicyService
from desktop.services.residents import ContributionYear, Membership, ResidentProfile, ResidentSummary

LONGDE = "640423"
TODAY = date(2025, 6, 1)
BORN = date(1980, 5, 3)  # enrols at 45 in 2025 and pays until 2039: 15 years


@pytest.fixture
def policy(tmp_path: Path) -> PolicyService:
    return PolicyService(tmp_path, county=LONGDE)


@pytest.fixture
def service(policy: PolicyService) -> ExplanationService:
    return ExplanationService(policy, today=TODAY)


def dibao(**changes: object) -> ExplanationInputs:
    """DOMAIN §2.6: a 低保 member whose 100-yuan tier the government pays (代缴), plus the 30 subsidy."""
    base = ExplanationInputs(BORN, 2025, Decimal(100), government_pays=Decimal(100), daijiao_group="dibao")
    return replace(base, **changes)  # type: ignore[arg-type]


def explained(service: ExplanationService, inputs: ExplanationInputs) -> Explanation:
    outcome = service.explain(inputs)
    assert outcome.result is not None, outcome.problems
    return outcome.result


def yuan(*amounts: int) -> tuple[Decimal, ...]:
    return tuple(Decimal(a) for a in amounts)


def codes(e: Explanation) -> list[str]:
    return [s.code for s in e.sentences]


def said(e: Explanation, code: Say) -> dict[str, str | int]:
    return dict(next(s.params for s in e.sentences if s.code == code))


@pytest.mark.parametrize(
    ("rate", "balance", "monthly"),
    [("0", "1950.00", "14.03"), ("0.02", "2248.14", "16.17"), ("0.03", "2417.86", "17.39"),
     ("0.0397", "2597.27", "18.69")],
)
def test_domain_worked_example(service: ExplanationService, rate: str, balance: str, monthly: str) -> None:
    e = explained(service, dibao(assume_rate=Decimal(rate)))
    assert e.balance_at_60 == Decimal(balance)
    assert e.account_monthly == Decimal(monthly)
    assert e.total_years == 15
    assert (e.yearly.self_paid, e.yearly.government_paid, e.yearly.subsidy, e.yearly.other) == yuan(0, 100, 30, 0)
    assert e.monthly_total == e.basic_monthly + e.account_monthly


def test_account_part_is_the_balance_divided_by_the_packs_divisor(service: ExplanationService) -> None:
    e = explained(service, dibao(assume_rate=Decimal("0.03")))
    assert e.divisor == Decimal(139)
    assert e.account_monthly == (e.estimate.balance_exact / 139).quantize(Decimal("0.01"))
    assert said(e, Say.ACCOUNT_PART) == {"balance": "2417.86", "divisor": "139", "account": "17.39"}


def test_without_years_paid_before_the_figures_are_cores(policy: PolicyService, service: ExplanationService) -> None:
    e = explained(service, dibao(tier=Decimal(500), government_pays=Decimal(100)))
    core = estimate(BORN, 2025, Decimal(500), policy.policy(), LONGDE, government_pays=Decimal(100), today=TODAY)
    assert (e.balance_at_60, e.basic_monthly, e.account_monthly, e.monthly_total) == (
        core.balance_at_60, core.basic_monthly, core.account_monthly, core.monthly_total)
    assert e.benefit_start == core.benefit_start == "2040-06"
    assert [b for _, b in e.balance_series] == [row.balance.quantize(Decimal("0.01")) for row in core.breakdown]


def test_hardship_resident_with_daijiao_pays_nothing_and_is_told_so(service: ExplanationService) -> None:
    e = explained(service, dibao())
    assert e.yearly.self_paid == 0
    assert codes(e)[:3] == [Say.YOU_PAY_NOTHING, Say.SUBSIDY, Say.INTO_ACCOUNT]
    assert said(e, Say.YOU_PAY_NOTHING) == {"government": "100"}
    assert said(e, Say.INTO_ACCOUNT) == {"credit": "130", "years": 15, "first_year": 2025, "last_year": 2039}
    assert Say.YOU_PAY not in codes(e)


def test_resident_pays_the_rest_of_a_higher_tier_and_other_funders_are_named(service: ExplanationService) -> None:
    e = explained(service, dibao(tier=Decimal(300), other_funding=Decimal(50)))
    assert said(e, Say.YOU_PAY) == {"self_paid": "200", "tier": "300"}
    assert said(e, Say.GOVERNMENT_PAYS) == {"government": "100"}
    assert said(e, Say.OTHER_FUNDING) == {"other": "50"}
    assert said(e, Say.INTO_ACCOUNT)["credit"] == "380"


def test_every_unconfirmed_figure_is_listed_once_under_the_number_it_affects(service: ExplanationService) -> None:
    e = explained(service, dibao(start_year=2022, birth_date=date(1975, 3, 1)))
    keys = [u.key for u in e.unconfirmed]
    assert len(keys) == len(set(keys))  # the interest rate of four unknown years is one footnote
    assert {u.key for u in e.unconfirmed_about(Topic.SUBSIDY)} == {"contribution.subsidy.100"}
    assert {u.key for u in e.unconfirmed_about(Topic.GOVERNMENT)} == {"daijiao.amount"}
    assert {"basic_pension.central_minimum", "basic_pension.county_supplement"} <= {
        u.key for u in e.unconfirmed_about(Topic.BASIC)}
    assert {"account.divisor", "account.interest_rate"} <= {u.key for u in e.unconfirmed_about(Topic.ACCOUNT)}
    assert "basic_pension.region_increment" not in keys  # the notice confirms it
    subsidy = e.unconfirmed_about(Topic.SUBSIDY)[0]
    assert (subsidy.value, subsidy.citation) == (Decimal(30), "宁人社发〔2017〕163号")
    rate = next(u for u in e.unconfirmed if u.key == "account.interest_rate")
    assert (rate.value, rate.assumed) == (None, False)  # unknown: counted as 0


def test_an_assumed_subsidy_is_marked_as_an_assumption(service: ExplanationService) -> None:
    e = explained(service, dibao(tier=Decimal(500), government_pays=Decimal(0), daijiao_group=None))
    subsidy = e.unconfirmed_about(Topic.SUBSIDY)[0]
    assert (subsidy.key, subsidy.value, subsidy.assumed) == ("contribution.subsidy.500", Decimal(60), True)
    assert e.unconfirmed_about(Topic.GOVERNMENT) == ()


def test_years_and_money_paid_before_count_towards_the_account_and_the_fifteen_years(
    service: ExplanationService,
) -> None:
    born = date(1972, 8, 1)  # pays 2025-2031 from now on: 7 years
    e = explained(service, ExplanationInputs(born, 2025, Decimal(300), years_paid=8, paid_balance=Decimal(2640)))
    alone = explained(service, ExplanationInputs(born, 2025, Decimal(300)))
    assert e.balance_at_60 == alone.balance_at_60 + 2640
    assert e.account_monthly == ((alone.estimate.balance_exact + 2640) / 139).quantize(Decimal("0.01"))
    assert (e.total_years, alone.total_years) == (15, 7)
    assert said(e, Say.PAID_BEFORE) == {"years": 8, "balance": "2640"}
    assert Say.YEARS_ENOUGH in codes(e)
    assert said(alone, Say.YEARS_SHORT) == {"years": 7, "needed": 15, "missing": 8}
    assert "explain.assume.paid_before_no_interest" in [a.code for a in e.assumptions]


def test_years_paid_with_unknown_money_says_the_pension_will_be_higher(service: ExplanationService) -> None:
    e = explained(service, ExplanationInputs(date(1972, 8, 1), 2025, Decimal(100), years_paid=8))
    assert said(e, Say.PAID_BEFORE_UNKNOWN) == {"years": 8}


def test_arrears_count_only_up_to_fifteen_years_with_the_years_paid_before(service: ExplanationService) -> None:
    born = date(1970, 9, 9)  # 2025-2029: 5 years from now
    ok = explained(service, ExplanationInputs(born, 2025, Decimal(100), years_paid=4, arrears_years=6))
    assert ok.total_years == 15
    assert said(ok, Say.ARREARS) == {"years": 6, "amount": "600"}
    too_many = service.explain(ExplanationInputs(born, 2025, Decimal(100), years_paid=4, arrears_years=7))
    assert too_many.result is None
    assert [(p.code, p.params["allowed"]) for p in too_many.problems] == [("pension.arrears_above_total", 6)]


def test_bad_inputs_come_back_as_problem_codes(service: ExplanationService) -> None:
    negative = service.explain(dibao(years_paid=-1, paid_balance=Decimal(-5)))
    assert [p.code for p in negative.problems] == ["explain.years_paid_negative", "explain.paid_balance_negative"]
    not_offered = service.explain(dibao(tier=Decimal(200)))
    assert [p.code for p in not_offered.problems] == ["pension.tier_not_offered"]


def test_compare_shows_every_tier_from_the_governments_part_up(service: ExplanationService) -> None:
    outcome = service.compare(dibao())
    assert outcome.result is not None
    rows = outcome.result.rows
    assert [r.tier for r in rows] == [Decimal(t) for t in (100, 300, 500, 1000, 2000, 3000)]
    assert [r.monthly_total for r in rows] == sorted(r.monthly_total for r in rows)
    assert all(r.yearly.government_paid == 100 for r in rows)
    assert [r.yearly.self_paid for r in rows] == [Decimal(t - 100) for t in (100, 300, 500, 1000, 2000, 3000)]
    chosen = outcome.result.row(Decimal(300))
    assert chosen is not None
    assert chosen.monthly_total == explained(service, dibao(tier=Decimal(300))).monthly_total
    assert service.tiers(dibao()) == tuple(r.tier for r in rows)


def _profile(memberships: tuple[Membership, ...] = (), contributions: tuple[ContributionYear, ...] = (),
             receiving: bool = False, tier: Decimal | None = None) -> ResidentProfile:
    summary = ResidentSummary(uuid4(), "马秀英", "6404**********0367", "F", BORN, 45, "640423100201", None)
    return ResidentProfile(summary, None, "640423100201", "隆德县", None, (), memberships, (), bool(contributions),
                           None, tier, receiving, None, contributions, (), ())


def test_inputs_for_a_dibao_resident_give_the_government_the_whole_minimum_tier(
    service: ExplanationService,
) -> None:
    member = Membership("dibao", None, "list", "minzheng", date(2025, 3, 1), date(2024, 1, 1), None, True)
    outcome = service.inputs_for(_profile((member,)))
    assert outcome.result is not None
    inputs = outcome.result
    assert (inputs.tier, inputs.government_pays, inputs.daijiao_group, inputs.start_year) == (
        Decimal(100), Decimal(100), "dibao", 2025)
    assert said(explained(service, inputs), Say.YOU_PAY_NOTHING) == {"government": "100"}


def test_inputs_for_an_enrolled_resident_start_after_the_last_year_paid(service: ExplanationService) -> None:
    ended = Membership("dibao", None, "list", "minzheng", None, date(2020, 1, 1), date(2021, 12, 31), False)
    paid = tuple(ContributionYear(y, Decimal(300), Decimal(300), Decimal(0), Decimal(30), Decimal(0), False)
                 for y in (2023, 2024, 2025))
    outcome = service.inputs_for(_profile((ended,), paid, tier=Decimal(300)))
    assert outcome.result is not None
    inputs = outcome.result
    assert (inputs.start_year, inputs.tier, inputs.government_pays) == (2026, Decimal(300), Decimal(0))
    assert (inputs.years_paid, inputs.paid_balance) == (3, Decimal(990))
    assert explained(service, inputs).total_years == 3 + (2039 - 2026 + 1)


def test_no_explanation_for_someone_already_drawing_the_pension(service: ExplanationService) -> None:
    outcome = service.inputs_for(_profile(receiving=True))
    assert [p.code for p in outcome.problems] == ["explain.receiving_pension"]


def test_yuan_text_drops_zero_fen_only() -> None:
    assert [yuan_text(Decimal(x)) for x in ("200", "14.03", "14.5", "0.004")] == ["200", "14.03", "14.50", "0"]
