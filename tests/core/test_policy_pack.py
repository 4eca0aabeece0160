"""The shipped Ningxia pack: only what the founding notice states is confirmed; the rest waits for sign-off."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.policy import Figure, Group, Policy, Rule, Status, load_policy
from tests.core.policy_dir import bundled_policy_dir

SEED = "NRS-2021-154"
SEED_GROUPS = ("dibao", "tekun", "dibao_bianyuan", "fanpin_jiance", "disab_ivm_34", "disab_severe")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(bundled_policy_dir(), "640423")


def test_only_the_founding_notice_is_cited_as_confirmed(policy: Policy) -> None:
    confirmed = [f for key in policy.figure_keys() for f in policy.history(key) if f.confirmed]
    confirmed_rules = [r for r in policy.rules.values() if r.status is Status.CONFIRMED]
    confirmed_groups = [g for g in policy.groups.values() if g.status is Status.CONFIRMED]
    cited: list[Figure | Rule | Group] = [*confirmed, *confirmed_rules, *confirmed_groups]
    for item in cited:
        assert item.source.key == SEED, item
        assert item.clause, item
    assert {f.key for f in confirmed} == {
        "contribution.minimum_tier",
        "contribution.kept_minimum_tier",
        "daijiao.subsidy",
        "basic_pension.region_increment",
    }


def test_seed_figures_carry_their_clause(policy: Policy) -> None:
    on = date(2025, 6, 1)
    expected = {
        "contribution.minimum_tier": (Decimal(100), "宁人社发〔2021〕154号 二(一)"),
        "contribution.kept_minimum_tier": (Decimal(100), "宁人社发〔2021〕154号 二(一)"),
        "daijiao.subsidy": (Decimal(30), "宁人社发〔2021〕154号 二(一)"),
        "basic_pension.region_increment": (Decimal(20), "宁人社发〔2021〕154号 二(三)"),
    }
    for key, (value, citation) in expected.items():
        figure = policy.figure(key, on)
        assert figure is not None
        assert (figure.value, figure.citation, figure.status) == (
            value,
            citation,
            Status.CONFIRMED,
        )


def test_regional_increment_is_five_yuan_a_year_from_2022_to_2025(policy: Policy) -> None:
    steps = [policy.figure("basic_pension.region_increment", date(year, 6, 1)) for year in range(2021, 2027)]
    assert [f.value if f else None for f in steps] == [None, 5, 10, 15, 20, 20]


def test_daijiao_defaults_to_the_full_minimum_tier_as_an_unconfirmed_figure(policy: Policy) -> None:
    default = policy.figure("daijiao.amount", date(2025, 1, 1))
    assert default is not None
    assert (default.value, default.status) == (Decimal(100), Status.UNCONFIRMED)
    assert default.citation == "宁人社发〔2021〕154号 二(一)"


def test_unknown_subsidies_are_open_slots_with_the_national_floor_as_assumption(policy: Policy) -> None:
    for tier, floor in ((300, 30), (500, 60), (3000, 60)):
        figure = policy.figure(f"contribution.subsidy.{tier}", date(2025, 1, 1))
        assert figure is not None
        assert figure.value is None
        assert figure.assumed == Decimal(floor)
        assert figure.assumed_basis
        assert "national floor" in figure.assumed_basis


def test_unknown_money_figures_stay_null_and_unconfirmed(policy: Policy) -> None:
    on = date(2025, 6, 1)
    for key in (
        "basic_pension.region_base",
        "basic_pension.region_total",
        "basic_pension.county_supplement",
        "account.interest_rate",
        "arrears.after_60_allowed",
    ):
        figure = policy.figure(key, on)
        assert figure is not None, key
        assert figure.value is None, key
        assert figure.status is Status.UNCONFIRMED, key


def test_every_figure_has_a_period_source_and_status(policy: Policy) -> None:
    for key in policy.figure_keys():
        for figure in policy.history(key):
            assert figure.effective_from <= (figure.effective_to or figure.effective_from)
            assert figure.source.key in policy.sources
            assert figure.status in (Status.CONFIRMED, Status.UNCONFIRMED)


def test_groups_are_data_from_the_notice(policy: Policy) -> None:
    assert [g.key for g in policy.group_list()] == [*SEED_GROUPS, "tuopin"]
    assert all(policy.groups[g].daijiao and policy.groups[g].keeps_minimum_tier for g in SEED_GROUPS)
    tuopin = policy.groups["tuopin"]
    assert (tuopin.daijiao, tuopin.keeps_minimum_tier, tuopin.label) == (False, True, "其他已脱贫人口")
    assert policy.groups["dibao"].owner == "民政"


def test_disability_groups_are_derived_from_certificate_digits(policy: Policy) -> None:
    ivm = policy.groups["disab_ivm_34"]
    assert [(r.categories, r.grades) for r in ivm.from_disability_cert] == [(frozenset({1, 5, 6}), frozenset({3, 4}))]
    assert [(r.categories, r.grades, r.status) for r in ivm.review_from_disability_cert] == [
        (frozenset({7}), frozenset({3, 4}), Status.UNCONFIRMED)
    ]
    severe = policy.groups["disab_severe"].from_disability_cert
    assert [(r.categories, r.grades) for r in severe] == [(None, frozenset({1, 2}))]


def test_account_divisor_and_list_age_warning(policy: Policy) -> None:
    assert policy.figure("account.divisor", date(2040, 1, 1)).value == Decimal(139)  # type: ignore[union-attr]
    lists = policy.figure("lists.max_age_days", date(2025, 1, 1))
    assert lists is not None
    assert lists.value == Decimal(100)
    assert lists.citation == "宁人社发〔2021〕154号 三(二)"


def test_a_county_may_add_a_group(tmp_path: Path) -> None:
    pack = tmp_path / "policy"
    shutil.copytree(bundled_policy_dir(), pack, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    county = pack / "640423.yaml"
    county.write_text(
        county.read_text(encoding="utf-8").replace(
            "groups: {}",
            "groups:\n  gugua:\n    label: 孤寡老人\n    owner: 民政\n    daijiao: true\n"
            "    keeps_minimum_tier: true\n    source: LD-COUNTY\n    clause: null\n    status: unconfirmed",
        )
        + "  daijiao.amount.gugua:\n    - {value: 50, effective_from: 2024-01-01, effective_to: null,"
        " source: LD-COUNTY, clause: null, status: unconfirmed}\n",
        encoding="utf-8",
    )
    policy = load_policy(pack, "640423")
    assert policy.groups["gugua"].layer == "640423"
    assert policy.figure("daijiao.amount.gugua", date(2025, 1, 1)).value == Decimal(50)  # type: ignore[union-attr]
    assert "gugua" not in load_policy(pack, None).groups
