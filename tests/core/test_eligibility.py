"""Eligibility decisions on a date: enrolment, 代缴, keeping the minimum tier, the claim at 60, advice."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from core.eligibility import Eligibility, evaluate
from core.ids import make_resident_id
from core.policy import Policy, PolicyError, load_policy
from core.profile import GroupSpan, Profile
from tests.core.policy_dir import bundled_policy_dir

LONGDE = "640423"
SEED_CLAUSE = "宁人社发〔2021〕154号 二(一)"
ON = date(2025, 6, 1)
DAIJIAO_GROUPS = ("dibao", "tekun", "dibao_bianyuan", "fanpin_jiance")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(bundled_policy_dir(), LONGDE)


def resident(born: date = date(1980, 3, 15), sequence: int = 11, **fields: object) -> Profile:
    return Profile(id_number=make_resident_id(LONGDE, born, sequence), **fields)  # type: ignore[arg-type]


def cert(profile: Profile, category: int, grade: int) -> str:
    return f"{profile.id_number}{category}{grade}"


def codes(problems: object) -> list[str]:
    return [p.code for p in problems]  # type: ignore[attr-defined]


def run(policy: Policy, profile: Profile, on: date = ON) -> Eligibility:
    return evaluate(profile, on, policy, LONGDE)


# -- enrolment ----------------------------------------------------------------------------------------


def test_sixteen_on_the_day_may_enrol_fifteen_may_not(policy: Policy) -> None:
    profile = resident(born=date(2009, 6, 15))
    day_before = run(policy, profile, date(2025, 6, 14)).enroll
    birthday = run(policy, profile, date(2025, 6, 15)).enroll
    assert not day_before.eligible
    assert [(r.code, dict(r.params)) for r in day_before.reasons] == [("enroll.under_age", {"age": 15, "min_age": 16})]
    assert birthday.eligible
    assert birthday.reasons == ()


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("student", "enroll.student"),
        ("employee_pension", "enroll.employee_pension"),
        ("public_institution", "enroll.public_institution"),
    ],
)
def test_students_and_other_schemes_cannot_enrol(policy: Policy, field: str, code: str) -> None:
    flags: dict[str, Any] = {field: True}
    decision = run(policy, replace(resident(), **flags)).enroll
    assert not decision.eligible
    assert codes(decision.reasons) == [code]
    assert decision.rules == ("enrol",)


def test_hukou_outside_ningxia_cannot_enrol_here(policy: Policy) -> None:
    decision = run(policy, resident(hukou_division="110105")).enroll
    assert not decision.eligible
    assert [(r.code, r.params["hukou"]) for r in decision.reasons] == [("enroll.hukou_outside_ningxia", "110105")]


def test_absent_hukou_means_the_service_point_county(policy: Policy) -> None:
    result = run(policy, resident())
    assert result.enroll.eligible
    assert result.hukou_division == LONGDE
    assert codes(result.enroll.notes) == ["enroll.hukou_from_service_county"]


def test_hukou_in_another_ningxia_county_enrols_there(policy: Policy) -> None:
    decision = run(policy, resident(hukou_division="640422")).enroll
    assert decision.eligible
    assert codes(decision.notes) == ["enroll.hukou_other_county"]


# -- 代缴 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("group", DAIJIAO_GROUPS)
def test_each_listed_hardship_group_gets_daijiao_and_the_subsidy(policy: Policy, group: str) -> None:
    daijiao = run(policy, resident(groups=(GroupSpan(group, date(2024, 1, 1), None),))).daijiao
    assert daijiao.eligible
    assert (daijiao.government_pays, daijiao.subsidy, daijiao.manual_review) == (Decimal(100), Decimal(30), False)
    assert daijiao.groups == (group,)
    assert SEED_CLAUSE in daijiao.citations
    assert {"S-01", "S-02", "P-02", "P-03", "P-04"} <= set(daijiao.rules)


@pytest.mark.parametrize(
    ("category", "grade", "group"),
    [
        (4, 1, "disab_severe"),
        (2, 2, "disab_severe"),
        (5, 3, "disab_ivm_34"),
        (1, 4, "disab_ivm_34"),
        (6, 3, "disab_ivm_34"),
    ],
)
def test_disability_certificate_puts_the_holder_in_a_group(
    policy: Policy, category: int, grade: int, group: str
) -> None:
    person = resident()
    result = run(policy, resident(disability_cert=cert(person, category, grade)))
    assert result.daijiao.eligible
    assert result.daijiao.groups == (group,)
    assert result.keep_minimum_tier.eligible


@pytest.mark.parametrize(("category", "grade"), [(2, 3), (3, 4), (4, 3)])
def test_hearing_speech_or_physical_disability_at_grade_3_or_4_is_no_group(
    policy: Policy, category: int, grade: int
) -> None:
    person = resident()
    daijiao = run(policy, resident(disability_cert=cert(person, category, grade))).daijiao
    assert not daijiao.eligible
    assert codes(daijiao.reasons) == ["daijiao.no_group"]
    assert not daijiao.manual_review


def test_multiple_disability_at_grade_3_needs_manual_review(policy: Policy) -> None:
    person = resident()
    result = run(policy, resident(disability_cert=cert(person, 7, 3)))
    assert not result.daijiao.eligible
    assert result.daijiao.manual_review
    assert [(r.code, r.params["group"]) for r in result.daijiao.reasons] == [("daijiao.manual_review", "disab_ivm_34")]
    assert "CERT-REVIEW" in result.daijiao.rules
    assert result.keep_minimum_tier.manual_review
    assert not result.keep_minimum_tier.eligible
    assert any(item.to_json().get("certificate_rule") == "disab_ivm_34" for item in result.unconfirmed)


def test_multiple_disability_with_another_group_needs_no_review(policy: Policy) -> None:
    person = resident()
    spans = (GroupSpan("dibao", None, None),)
    daijiao = run(policy, resident(groups=spans, disability_cert=cert(person, 7, 4))).daijiao
    assert daijiao.eligible
    assert not daijiao.manual_review


def test_group_that_ended_earlier_this_year_still_counts_p04(policy: Policy) -> None:
    this_year = run(policy, resident(groups=(GroupSpan("dibao", date(2023, 1, 1), date(2025, 2, 1)),))).daijiao
    last_year = run(policy, resident(groups=(GroupSpan("dibao", date(2023, 1, 1), date(2024, 12, 31)),))).daijiao
    later_this_year = run(policy, resident(groups=(GroupSpan("tekun", date(2025, 10, 1), None),))).daijiao
    assert this_year.eligible
    assert not last_year.eligible
    assert codes(last_year.reasons) == ["daijiao.no_group"]
    assert last_year.government_pays == Decimal(0)
    assert later_this_year.eligible


def test_two_groups_give_one_payment_not_two(policy: Policy) -> None:
    spans = (GroupSpan("dibao", None, None), GroupSpan("fanpin_jiance", None, None))
    daijiao = run(policy, resident(groups=spans)).daijiao
    assert daijiao.government_pays == Decimal(100)
    assert daijiao.subsidy == Decimal(30)
    assert codes(daijiao.notes) == ["daijiao.once_per_year"]


def test_two_groups_with_different_county_amounts_pay_the_larger_one(tmp_path: Path) -> None:
    pack = tmp_path / "policy"
    shutil.copytree(bundled_policy_dir(), pack, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    county = pack / "640423.yaml"
    text = county.read_text(encoding="utf-8")
    for group, amount in (("dibao", 60), ("tekun", 80)):
        text = text.replace(
            f"  daijiao.amount.{group}:\n    - {{value: null,", f"  daijiao.amount.{group}:\n    - {{value: {amount},"
        )
    county.write_text(text, encoding="utf-8")
    spans = (GroupSpan("dibao", None, None), GroupSpan("tekun", None, None))
    daijiao = evaluate(resident(groups=spans), ON, load_policy(pack, LONGDE), LONGDE).daijiao
    assert daijiao.government_pays == Decimal(80)


def test_unknown_county_amount_is_reported_not_guessed(tmp_path: Path) -> None:
    pack = tmp_path / "policy"
    shutil.copytree(bundled_policy_dir(), pack, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    region = pack / "640000.yaml"
    region.write_text(
        region.read_text(encoding="utf-8").replace(
            "  daijiao.amount:\n    - value: 100", "  daijiao.amount:\n    - value: null"
        ),
        encoding="utf-8",
    )
    daijiao = evaluate(resident(groups=(GroupSpan("tekun"),)), ON, load_policy(pack, LONGDE), LONGDE).daijiao
    assert daijiao.eligible
    assert daijiao.government_pays is None
    assert [(n.code, n.params["group"]) for n in daijiao.notes] == [("daijiao.amount_unknown", "tekun")]


def test_drawing_the_pension_means_no_daijiao(policy: Policy) -> None:
    profile = resident(born=date(1960, 1, 1), groups=(GroupSpan("dibao"),), receiving_resident_pension=True)
    result = run(policy, profile)
    assert not result.daijiao.eligible
    assert codes(result.daijiao.reasons) == ["daijiao.receiving_pension"]
    assert codes(result.claim.reasons)[-1] == "claim.already_receiving"


def test_someone_who_cannot_enrol_gets_no_daijiao(policy: Policy) -> None:
    daijiao = run(policy, resident(groups=(GroupSpan("dibao"),), student=True)).daijiao
    assert not daijiao.eligible
    assert codes(daijiao.reasons) == ["daijiao.not_enrolling"]


def test_tuopin_keeps_the_tier_but_gets_no_daijiao(policy: Policy) -> None:
    result = run(policy, resident(groups=(GroupSpan("tuopin"),)))
    assert not result.daijiao.eligible
    assert codes(result.daijiao.reasons) == ["daijiao.no_group"]
    assert codes(result.daijiao.notes) == ["daijiao.group_not_covered"]
    keep = result.keep_minimum_tier
    assert keep.eligible
    assert keep.tier == Decimal(100)
    assert keep.groups == ("tuopin",)
    assert keep.rules == ("S-03", "S-03a")
    assert SEED_CLAUSE in keep.citations


@pytest.mark.parametrize("group", [*DAIJIAO_GROUPS, "tuopin"])
def test_hardship_groups_and_tuopin_keep_the_old_minimum_tier(policy: Policy, group: str) -> None:
    keep = run(policy, resident(groups=(GroupSpan(group),))).keep_minimum_tier
    assert keep.eligible
    assert keep.tier == Decimal(100)


def test_no_group_means_the_current_tiers(policy: Policy) -> None:
    keep = run(policy, resident()).keep_minimum_tier
    assert not keep.eligible
    assert keep.tier is None
    assert codes(keep.reasons) == ["keep_tier.no_group"]


def test_group_unknown_to_the_pack_is_reported(policy: Policy) -> None:
    result = run(policy, resident(groups=(GroupSpan("dibaoo"),)))
    assert result.unknown_groups == ("dibaoo",)
    assert [(p.code, p.params["group"]) for p in result.problems] == [("eligibility.unknown_group", "dibaoo")]
    assert not result.daijiao.eligible


def test_certificate_of_someone_else_is_ignored_with_a_problem(policy: Policy) -> None:
    other = resident(sequence=13)
    result = run(policy, resident(disability_cert=cert(other, 4, 1)))
    assert codes(result.problems) == ["eligibility.cert_ignored"]
    assert result.problems[0].params["cert_problem"] == "cert.id_mismatch"
    assert not result.daijiao.eligible


# -- the claim at 60 ----------------------------------------------------------------------------------


def test_claim_at_60_needs_15_years(policy: Policy) -> None:
    born = date(1965, 3, 10)
    fifteen = run(policy, resident(born=born, contribution_years=15), date(2025, 4, 1)).claim
    fourteen = run(policy, resident(born=born, contribution_years=14), date(2025, 4, 1)).claim
    assert fifteen.eligible
    assert fifteen.years_missing == 0
    assert fifteen.benefit_start == "2025-04"
    assert not fourteen.eligible
    assert [(r.code, r.params["missing"]) for r in fourteen.reasons] == [("claim.years_missing", 1)]
    # whether Ningxia lets a 60-year-old pay the missing year is not known: staff decide
    assert fourteen.can_close_gap is None
    assert fourteen.manual_review
    assert codes(fourteen.notes) == ["claim.arrears_after_age_unknown"]
    assert "arrears" in fourteen.rules


def test_claim_is_refused_before_60_and_with_another_pension(policy: Policy) -> None:
    young = run(policy, resident(born=date(1965, 6, 2), contribution_years=20), date(2025, 6, 1)).claim
    other = run(policy, resident(born=date(1960, 1, 1), contribution_years=20, other_basic_pension=True)).claim
    assert codes(young.reasons) == ["claim.under_age"]
    assert young.age == 59
    assert codes(other.reasons) == ["claim.other_basic_pension"]


def test_arrears_close_the_gap_before_60(policy: Policy) -> None:
    claim = run(policy, resident(born=date(1975, 8, 1), contribution_years=3)).claim
    assert (claim.years_missing, claim.future_years, claim.arrears_needed) == (12, 10, 2)
    assert claim.can_close_gap is True
    assert not claim.manual_review
    assert [(n.code, n.params["arrears"]) for n in claim.notes] == [("claim.gap_needs_arrears", 2)]


def test_paying_until_60_closes_the_gap_without_arrears(policy: Policy) -> None:
    claim = run(policy, resident(born=date(1975, 8, 1), contribution_years=5)).claim
    assert (claim.years_missing, claim.arrears_needed, claim.can_close_gap) == (10, 0, True)
    assert codes(claim.notes) == ["claim.gap_closes_by_contributing"]


@pytest.mark.parametrize(("born", "start"), [(date(1965, 3, 10), "2025-04"), (date(1965, 12, 31), "2026-01")])
def test_benefits_start_the_month_after_the_60th_birthday(policy: Policy, born: date, start: str) -> None:
    assert run(policy, resident(born=born)).claim.benefit_start == start


# -- advice -------------------------------------------------------------------------------------------


def test_flexible_worker_is_pointed_to_the_employee_scheme(policy: Policy) -> None:
    plain = run(policy, resident(flexible_worker=True)).advice
    hard = run(policy, resident(flexible_worker=True, employment_difficulty=True)).advice
    assert [a.code for a in plain] == ["advice.flexible_worker_employee_scheme"]
    assert [a.code for a in hard] == ["advice.flexible_worker_employee_scheme", "advice.flexible_employment_subsidy"]
    assert plain[0].citations == (SEED_CLAUSE,)


def test_veteran_is_pointed_to_the_direct_channel(policy: Policy) -> None:
    advice = run(policy, resident(veteran=True)).advice
    assert [(a.code, a.citations) for a in advice] == [
        ("advice.veteran_direct_channel", ("宁人社发〔2021〕154号 二(五)",))
    ]
    assert run(policy, resident(employment_difficulty=True)).advice == ()


# -- the record ---------------------------------------------------------------------------------------


def test_json_has_the_cli_shape_and_records_the_pack(policy: Policy) -> None:
    data: dict[str, Any] = run(policy, resident(groups=(GroupSpan("dibao"),))).to_json()
    assert {"enroll", "daijiao", "keep_minimum_tier", "claim", "advice", "policy", "unconfirmed"} <= set(data)
    for name in ("enroll", "daijiao", "keep_minimum_tier", "claim"):
        assert {"eligible", "rules", "citations", "reasons"} <= set(data[name])
    assert data["daijiao"]["government_pays"] == 100
    assert data["daijiao"]["subsidy"] == 30
    assert data["daijiao"]["manual_review"] is False
    assert data["policy"] == policy.ref.to_json()
    unconfirmed = {item.get("key") for item in data["unconfirmed"]}
    assert "daijiao.amount" in unconfirmed
    assert "daijiao.subsidy" not in unconfirmed


def test_profile_with_a_bad_id_or_a_pack_for_another_county_is_a_programming_error(policy: Policy) -> None:
    with pytest.raises(ValueError, match="ID number"):
        evaluate(Profile(id_number="640423198001010011"), ON, policy, LONGDE)
    with pytest.raises(ValueError, match="640423"):
        evaluate(resident(), ON, policy, "640422")


def test_date_before_the_pack_begins_is_a_policy_error(policy: Policy) -> None:
    with pytest.raises(PolicyError) as caught:
        run(policy, resident(), date(2012, 1, 1))
    assert caught.value.problems[0].code == "policy.no_value_on_date"
