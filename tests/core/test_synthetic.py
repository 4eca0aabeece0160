"""The synthetic village: deterministic, valid, consistent, and realistic in its rates."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from core.disability import groups_for_cert, parse_disability_cert
from core.ids import age_on, parse_resident_id
from core.synthetic import (
    DemoOptionsError,
    DemoProblem,
    SyntheticResident,
    SyntheticVillage,
    check_options,
    generate,
    iter_households,
    iter_residents,
)
from core.synthetic.lists import FANPIN_SUBTYPES, HARDSHIP_GROUPS

TODAY = date(2025, 6, 15)
LONGDE = "640423"
TIERS = {100, 300, 500, 1000, 2000, 3000}
PARENT_OF = {"子": ("户主", "配偶"), "女": ("户主", "配偶"), "孙子": ("子", "儿媳"), "孙女": ("子", "儿媳")}
SOURCES = {
    "dibao": "minzheng", "tekun": "minzheng", "dibao_bianyuan": "minzheng", "fanpin_jiance": "xiangcun",
    "tuopin": "xiangcun", "disab_severe": "canlian", "disab_ivm_34": "canlian", "veteran": "tuiyi",
}  # fmt: skip


@pytest.fixture(scope="module")
def village() -> SyntheticVillage:
    return generate(LONGDE, 5000, seed=0, today=TODAY)


@pytest.fixture(scope="module")
def residents(village: SyntheticVillage) -> tuple[SyntheticResident, ...]:
    return village.residents


def _age(r: SyntheticResident) -> int:
    return age_on(r.birth_date, TODAY)


def _share(residents: tuple[SyntheticResident, ...], predicate: Callable[[SyntheticResident], bool]) -> float:
    return sum(1 for r in residents if predicate(r)) / len(residents)


def _listed(group: str) -> Callable[[SyntheticResident], bool]:
    return lambda r: any(g.group == group for g in r.groups)


def _fingerprint(v: SyntheticVillage) -> str:
    text = "|".join(f"{r.key},{r.name},{r.id_number},{r.phone},{r.groups}" for r in v.residents)
    return hashlib.sha256(text.encode()).hexdigest()


# --- determinism -----------------------------------------------------------------------------------


def test_same_options_give_identical_villages() -> None:
    assert generate(LONGDE, 400, seed=7, today=TODAY) == generate(LONGDE, 400, seed=7, today=TODAY)


def test_a_different_seed_gives_different_people() -> None:
    a = generate(LONGDE, 400, seed=1, today=TODAY)
    b = generate(LONGDE, 400, seed=2, today=TODAY)
    assert [r.name for r in a.residents] != [r.name for r in b.residents]
    assert len({r.id_number for r in a.residents} & {r.id_number for r in b.residents}) < 10


def test_a_different_village_gives_different_people() -> None:
    a = generate(LONGDE, 200, today=TODAY)
    b = generate("640423100201", 200, today=TODAY)
    assert [r.id_number for r in a.residents] != [r.id_number for r in b.residents]
    assert all(r.village_code == "640423100201" for r in b.residents)


def test_the_data_does_not_depend_on_python_hash_randomisation() -> None:
    script = (
        "from datetime import date; from core.synthetic import generate; "
        "from tests.core.test_synthetic import _fingerprint; "
        f"print(_fingerprint(generate({LONGDE!r}, 60, seed=3, today=date(2025, 6, 15))))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    root = Path(__file__).resolve().parents[2]
    other = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == _fingerprint(generate(LONGDE, 60, seed=3, today=TODAY))


def test_a_smaller_village_is_the_beginning_of_a_larger_one() -> None:
    small = generate(LONGDE, 300, today=TODAY)
    large = generate(LONGDE, 900, today=TODAY)
    complete = [h for h in small.households if h.key != small.households[-1].key]
    assert complete == list(large.households[: len(complete)])
    first_keys = {k for h in complete for k in h.member_keys}
    assert [r for r in small.residents if r.key in first_keys] == list(large.residents[: len(first_keys)])


def test_streaming_gives_the_same_residents_as_generate(village: SyntheticVillage) -> None:
    assert tuple(iter_residents(LONGDE, 5000, seed=0, today=TODAY)) == village.residents
    batches = list(iter_households(LONGDE, 5000, seed=0, today=TODAY))
    assert tuple(c for b in batches for c in b.cases) == village.cases


# --- options ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "n", "expected"),
    [
        ("6404", 10, DemoProblem.VILLAGE_FORMAT),
        ("64042３", 10, DemoProblem.VILLAGE_FORMAT),
        ("110101", 10, DemoProblem.VILLAGE_NOT_NINGXIA),
        ("642224", 10, DemoProblem.VILLAGE_UNKNOWN_COUNTY),
        ("640499100201", 10, DemoProblem.VILLAGE_UNKNOWN_COUNTY),
        (LONGDE, 0, DemoProblem.RESIDENTS_RANGE),
    ],
)
def test_bad_options_are_refused_with_a_problem_code(code: str, n: int, expected: DemoProblem) -> None:
    assert [p.code for p in check_options(code, n)] == [expected]
    with pytest.raises(DemoOptionsError) as raised:
        generate(code, n, today=TODAY)
    assert [p.code for p in raised.value.problems] == [expected]


@pytest.mark.parametrize("code", [LONGDE, "640423100", "640423100201", "640104", "640424"])
def test_six_nine_and_twelve_digit_ningxia_codes_are_accepted(code: str) -> None:
    assert check_options(code, 10) == []
    assert len(generate(code, 10, today=TODAY).residents) == 10


# --- households --------------------------------------------------------------------------------------


def test_the_village_has_exactly_the_requested_residents_in_households(village: SyntheticVillage) -> None:
    assert len(village.residents) == 5000
    keys = [r.key for r in village.residents]
    assert len(set(keys)) == len(keys)
    assert sorted(k for h in village.households for k in h.member_keys) == sorted(keys)
    by_key = {r.key: r for r in village.residents}
    for h in village.households:
        assert 1 <= len(h.member_keys) <= 7
        assert h.head_key == h.member_keys[0]
        assert by_key[h.head_key].relation_to_head == "户主"
        assert all(by_key[k].household_key == h.key and by_key[k].address == h.address for k in h.member_keys)
    assert len({h.address for h in village.households}) == len(village.households)


def test_ages_fit_the_relations_within_each_household(village: SyntheticVillage) -> None:
    by_key = {r.key: r for r in village.residents}
    for h in village.households:
        members = [by_key[k] for k in h.member_keys]
        head = members[0]
        by_relation: dict[str, list[SyntheticResident]] = {}
        for m in members:
            by_relation.setdefault(m.relation_to_head, []).append(m)
        assert len(by_relation["户主"]) == 1
        assert len(by_relation.get("配偶", [])) <= 1
        for spouse in by_relation.get("配偶", []):
            assert spouse.sex != head.sex
            assert abs(spouse.birth_date.year - head.birth_date.year) <= 8
        for child_relation, parent_relations in PARENT_OF.items():
            for child in by_relation.get(child_relation, []):
                for parent_relation in parent_relations:
                    for parent in by_relation.get(parent_relation, []):
                        assert 20 <= child.birth_date.year - parent.birth_date.year <= 40, (h.key, child.key)
        for parent in by_relation.get("父亲", []) + by_relation.get("母亲", []):
            assert 20 <= head.birth_date.year - parent.birth_date.year <= 40
        sexes = {"子": "M", "孙子": "M", "父亲": "M", "女": "F", "孙女": "F", "儿媳": "F", "母亲": "F"}
        assert all(m.sex == sexes[m.relation_to_head] for m in members if m.relation_to_head in sexes)
        if "儿媳" in by_relation:
            assert abs(by_relation["儿媳"][0].birth_date.year - by_relation["子"][0].birth_date.year) <= 8
        assert all(0 <= _age(m) <= 96 for m in members)


def test_household_shapes_include_elderly_alone_and_three_generations(village: SyntheticVillage) -> None:
    by_key = {r.key: r for r in village.residents}
    sizes = Counter(len(h.member_keys) for h in village.households)
    assert set(sizes) == set(range(1, 8))
    alone_elderly = sum(
        1 for h in village.households if len(h.member_keys) == 1 and _age(by_key[h.head_key]) >= 60
    )
    three_generations = sum(
        1
        for h in village.households
        if {by_key[k].relation_to_head for k in h.member_keys} & {"孙子", "孙女", "父亲", "母亲"}
    )
    assert alone_elderly > 0.05 * len(village.households)
    assert three_generations > 0.2 * len(village.households)


def test_the_age_pyramid_is_a_rural_one(residents: tuple[SyntheticResident, ...]) -> None:
    assert 0.18 <= _share(residents, lambda r: _age(r) >= 60) <= 0.35
    assert 0.12 <= _share(residents, lambda r: _age(r) < 16) <= 0.28


# --- identity ----------------------------------------------------------------------------------------


def test_every_id_number_is_valid_unique_and_matches_the_person(
    residents: tuple[SyntheticResident, ...],
) -> None:
    assert len({r.id_number for r in residents}) == len(residents)
    for r in residents:
        check = parse_resident_id(r.id_number, today=TODAY)
        assert check.ok, (r.id_number, check.problems)
        assert check.resident_id is not None
        assert check.resident_id.birth_date == r.birth_date
        assert check.resident_id.sex == r.sex


def test_id_codes_are_the_county_its_old_code_or_a_married_in_wifes_home(
    residents: tuple[SyntheticResident, ...],
) -> None:
    prefixes = Counter(r.id_number[:6] for r in residents)
    assert prefixes[LONGDE] > 0.5 * len(residents)
    old = [r for r in residents if r.id_number.startswith("642224")]
    assert len(old) > 0.1 * len(residents)
    assert all(r.birth_date.year <= 2000 for r in old)
    born_before_2001 = [r for r in residents if r.birth_date.year <= 2000]
    assert len(old) < len(born_before_2001)  # only some of the time
    gansu = [r for r in residents if r.id_number.startswith("62")]
    assert gansu
    assert all(r.sex == "F" and r.relation_to_head in {"户主", "配偶", "儿媳", "母亲"} for r in gansu)
    other_ningxia = [
        r for r in residents if r.id_number[:2] == "64" and r.id_number[:6] not in {LONGDE, "642224"}
    ]
    assert other_ningxia


def test_hukou_is_the_county_except_for_a_few_gansu_brides(residents: tuple[SyntheticResident, ...]) -> None:
    elsewhere = [r for r in residents if r.hukou_division != LONGDE]
    assert 0 < len(elsewhere) < 0.03 * len(residents)
    assert all(r.hukou_division.startswith("62") and r.id_number.startswith("62") for r in elsewhere)
    assert not any(r.enrolled for r in elsewhere)


def test_most_adults_have_a_mobile_and_some_elderly_none(residents: tuple[SyntheticResident, ...]) -> None:
    phones = [r.phone for r in residents if r.phone is not None]
    assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert all(r.phone is None for r in residents if _age(r) < 16)
    working_age = [r for r in residents if 18 <= _age(r) < 60]
    assert _share(tuple(working_age), lambda r: r.phone is not None) > 0.85
    elderly = tuple(r for r in residents if _age(r) >= 75)
    assert 0.2 < _share(elderly, lambda r: r.phone is None) < 0.8


# --- names -------------------------------------------------------------------------------------------


def test_names_mix_hui_and_han_with_some_characters_beyond_gb2312(
    residents: tuple[SyntheticResident, ...],
) -> None:
    assert all(2 <= len(r.name) <= 5 for r in residents)
    assert Counter(len(r.name) for r in residents)[2] > 0.05 * len(residents)
    hui = [r for r in residents if r.ethnicity == "回族"]
    assert 0.07 < len(hui) / len(residents) < 0.25
    assert Counter(r.name[0] for r in hui).most_common(1)[0][0] == "马"
    beyond = [r.name for r in residents if not _encodes(r.name, "gb2312")]
    assert 0 < len(beyond) < 0.05 * len(residents)
    assert all(_encodes(name, "gb18030") for name in beyond)
    assert any(name[1:] in {"哈吉", "尔萨", "法图麦", "阿依莎"} for name in (r.name for r in hui))
    old_women = {r.name[1:] for r in residents if r.sex == "F" and r.birth_date.year < 1960}
    assert old_women & {"秀英", "桂兰", "玉兰", "凤英", "淑珍"}


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# --- lists and certificates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "low", "high"),
    [
        ("dibao", 0.04, 0.09),
        ("tekun", 0.004, 0.02),
        ("dibao_bianyuan", 0.008, 0.035),
        ("fanpin_jiance", 0.015, 0.05),
        ("tuopin", 0.15, 0.26),
        ("veteran", 0.007, 0.025),
    ],
)
def test_list_rates_are_roughly_as_intended(
    residents: tuple[SyntheticResident, ...], group: str, low: float, high: float
) -> None:
    assert low <= _share(residents, _listed(group)) <= high


def test_about_six_percent_hold_a_disability_certificate(residents: tuple[SyntheticResident, ...]) -> None:
    assert 0.045 <= _share(residents, lambda r: r.disability_cert is not None) <= 0.08


def test_every_certificate_is_valid_and_belongs_to_its_holder(
    residents: tuple[SyntheticResident, ...],
) -> None:
    holders = [r for r in residents if r.disability_cert is not None]
    reissued = 0
    for r in holders:
        assert r.disability_cert is not None
        check = parse_disability_cert(r.disability_cert, resident_id=r.id_number, today=TODAY)
        assert check.ok, (r.disability_cert, check.problems)
        assert check.cert is not None
        assert check.cert.id_number == r.id_number
        assert 1 <= int(check.cert.category) <= 7
        assert 1 <= check.cert.grade <= 4
        reissued += check.cert.reissue is not None
        canlian = {g.group for g in r.groups if g.source == "canlian"}
        assert canlian == set(groups_for_cert(check.cert).groups)
    assert 0 < reissued < 0.15 * len(holders)
    assert not any(g.source == "canlian" for r in residents if r.disability_cert is None for g in r.groups)


def test_list_spans_are_well_formed(residents: tuple[SyntheticResident, ...]) -> None:
    for r in residents:
        for g in r.groups:
            assert g.start >= r.birth_date
            assert g.start <= TODAY
            assert g.end is None or g.start <= g.end < TODAY
            assert g.source == SOURCES[g.group]
            assert (g.subtype in FANPIN_SUBTYPES) if g.group == "fanpin_jiance" else g.subtype is None
    subtypes = {g.subtype for r in residents for g in r.groups if g.group == "fanpin_jiance"}
    assert subtypes == set(FANPIN_SUBTYPES)


def test_some_spans_ended_last_year_and_some_earlier_this_year(
    residents: tuple[SyntheticResident, ...],
) -> None:
    ended = Counter(g.end.year for r in residents for g in r.groups if g.end is not None)
    assert ended[TODAY.year - 1] > 0
    assert ended[TODAY.year] > 0
    assert set(ended) <= {TODAY.year - 1, TODAY.year}


def test_household_lists_name_every_member_alive_at_the_time(village: SyntheticVillage) -> None:
    by_key = {r.key: r for r in village.residents}
    household_lists = {"dibao", "dibao_bianyuan", "fanpin_jiance", "tuopin"}
    for h in village.households:
        members = [by_key[k] for k in h.member_keys]
        spans = {g.group: g for m in members for g in m.groups if g.group in household_lists}
        for m in members:
            mine = {g.group for g in m.groups if g.group in household_lists}
            for group, span in spans.items():
                born_after_it_ended = span.end is not None and m.birth_date > span.end
                assert (group in mine) != born_after_it_ended, (h.key, m.key, group)


def test_veterans_carry_a_certificate_number(residents: tuple[SyntheticResident, ...]) -> None:
    for r in residents:
        assert r.veteran == (r.veteran_cert_no is not None) == any(g.group == "veteran" for g in r.groups)
        if r.veteran:
            assert _age(r) >= 22


# --- pension scheme ---------------------------------------------------------------------------------


def test_enrolment_follows_age_study_and_other_schemes(residents: tuple[SyntheticResident, ...]) -> None:
    for r in residents:
        age = _age(r)
        if age < 16 or r.student or r.employee_pension or r.public_institution:
            assert not r.enrolled
            assert not r.receiving_pension
            assert r.tier is None
        assert not (r.employee_pension and r.public_institution)
        if r.enrolled and age < 60:
            assert r.tier in TIERS
            assert r.enrolled_since is not None
            assert r.enrolled_since <= TODAY.year
            assert r.enrolled_since - r.birth_date.year >= 16
            assert 0 <= r.contribution_years <= TODAY.year - r.enrolled_since
        if not r.enrolled:
            assert r.tier is None
            assert r.enrolled_since is None
            assert r.contribution_years == 0
        if r.receiving_pension:
            assert r.enrolled
            assert age >= 60
            assert r.tier is None
            assert r.pension_start is not None
            assert r.pension_start <= TODAY
            assert r.pension_start.day == 1
            assert r.pension_start > date(r.birth_date.year + 60, r.birth_date.month, 1)
        else:
            assert r.pension_start is None
        assert r.contribution_years <= 15 or age < 60


def test_working_age_is_mostly_enrolled_and_the_old_mostly_drawing(
    residents: tuple[SyntheticResident, ...],
) -> None:
    eligible = tuple(
        r for r in residents
        if 20 <= _age(r) < 60 and not (r.student or r.employee_pension or r.public_institution)
    )  # fmt: skip
    assert 0.8 <= _share(eligible, lambda r: r.enrolled) <= 0.97
    elderly = tuple(r for r in residents if _age(r) >= 60)
    assert 0.75 <= _share(elderly, lambda r: r.receiving_pension) <= 0.95
    tiers = Counter(r.tier for r in residents if r.tier is not None)
    assert [t for t, _ in tiers.most_common(2)] == [100, 300]
    assert set(tiers) == TIERS


def test_hardship_members_pay_the_minimum_tier_and_some_are_missing(
    residents: tuple[SyntheticResident, ...],
) -> None:
    hardship = [
        r for r in residents
        if 16 <= _age(r) < 60 and not (r.student or r.employee_pension or r.public_institution)
        and r.hukou_division.startswith("64")
        and any(g.group in HARDSHIP_GROUPS and g.active_in_year(TODAY.year) for g in r.groups)
    ]  # fmt: skip
    assert all(r.tier == 100 for r in hardship if r.enrolled)
    missing = sum(not r.enrolled for r in hardship)
    assert 0.1 * len(hardship) <= missing <= 0.4 * len(hardship)


def test_students_employees_and_migrant_workers_appear_at_plausible_ages(
    residents: tuple[SyntheticResident, ...],
) -> None:
    assert any(r.student for r in residents if 16 <= _age(r) <= 22)
    assert not any(r.student for r in residents if _age(r) > 24)
    assert any(r.employee_pension for r in residents)
    assert any(r.public_institution for r in residents)
    young = tuple(r for r in residents if 20 <= _age(r) <= 45 and not r.student)
    assert 0.25 <= _share(young, lambda r: r.flexible_worker) <= 0.6
    assert not any(r.flexible_worker for r in residents if _age(r) < 18 or _age(r) >= 60)
    assert any(r.employment_difficulty for r in residents if r.flexible_worker)


# --- cases -------------------------------------------------------------------------------------------


def test_cases_cover_every_type_and_status_at_a_few_per_ten_residents(village: SyntheticVillage) -> None:
    assert 0.1 <= len(village.cases) / len(village.residents) <= 0.5
    assert {c.case_type for c in village.cases} == {
        "enrollment",
        "daijiao",
        "tier_change",
        "pension_claim",
        "info_change",
    }
    assert {c.status for c in village.cases} == {"waiting_documents", "ready", "submitted", "returned", "approved"}
    assert len({c.key for c in village.cases}) == len(village.cases)


def test_cases_fit_the_state_of_their_resident(village: SyntheticVillage) -> None:
    by_key = {r.key: r for r in village.residents}
    for c in village.cases:
        r = by_key[c.resident_key]
        assert r.birth_date <= c.created <= TODAY
        assert ("return_reason" in c.data) == (c.status == "returned")
        if c.case_type == "enrollment":
            assert r.enrolled == (c.status == "approved")
        elif c.case_type == "pension_claim":
            assert r.receiving_pension == (c.status == "approved")
        elif c.case_type == "tier_change":
            assert c.data["from_tier"] != c.data["to_tier"]
            current = c.data["to_tier"] if c.status == "approved" else c.data["from_tier"]
            assert current == r.tier
        elif c.case_type == "daijiao":
            assert r.enrolled
            assert not r.receiving_pension
            listed = {g.group for g in r.groups if g.active_in_year(TODAY.year)}
            assert set(c.data["groups"]) <= listed & HARDSHIP_GROUPS  # type: ignore[call-overload]


def test_a_reference_date_in_early_january_still_gives_a_consistent_village() -> None:
    early = date(2026, 1, 3)
    v = generate(LONGDE, 1500, seed=4, today=early)
    for r in v.residents:
        assert r.birth_date <= early
        assert all(g.start <= early and (g.end is None or g.end < early) for g in r.groups)
        assert r.pension_start is None or r.pension_start <= early
    assert all(c.created <= early for c in v.cases)
