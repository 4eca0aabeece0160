from __future__ import annotations

from datetime import date

import pytest

from core.disability import (
    CATEGORY_LABELS,
    DEFAULT_CERT_RULES,
    CertRule,
    DisabilityCategory,
    DisabilityCert,
    groups_for_cert,
    parse_disability_cert,
)
from core.ids import make_resident_id

TODAY = date(2025, 6, 1)
RESIDENT = "640423198001010019"


def cert(category: int, grade: int) -> DisabilityCert:
    return DisabilityCert(f"{RESIDENT}{category}{grade}", RESIDENT, DisabilityCategory(category), grade, None)


def codes(raw: str, resident_id: str | None = None) -> list[str]:
    return [p.code for p in parse_disability_cert(raw, resident_id, TODAY).problems]


def test_valid_certificate_is_parsed() -> None:
    check = parse_disability_cert(RESIDENT + "52", RESIDENT, TODAY)
    assert check.ok
    assert check.cert == DisabilityCert(RESIDENT + "52", RESIDENT, DisabilityCategory.INTELLECTUAL, 2, None)
    assert check.cert.category_label == "智力残疾"


def test_every_category_has_a_chinese_label() -> None:
    assert set(CATEGORY_LABELS) == set(DisabilityCategory)
    assert CATEGORY_LABELS[DisabilityCategory.VISION] == "视力残疾"
    assert CATEGORY_LABELS[DisabilityCategory.HEARING] == "听力残疾"


def test_reissue_suffix_is_read() -> None:
    check = parse_disability_cert(RESIDENT + "11B1", RESIDENT, TODAY)
    assert check.cert is not None
    assert check.cert.reissue == 1
    assert check.cert.number == RESIDENT + "11B1"


def test_typing_damage_is_cleaned_like_an_id_number() -> None:
    number = "11010519491231002X"
    check = parse_disability_cert(" '110105 19491231 002x 4-3 b2", number.lower(), TODAY)
    assert check.cert is not None
    assert check.cert.number == number + "43B2"
    assert check.cert.id_number == number


@pytest.mark.parametrize("suffix", ["B", "BB", "C1", "1"])
def test_other_suffixes_are_rejected(suffix: str) -> None:
    assert codes(RESIDENT + "11" + suffix) == ["cert.bad_reissue_suffix"]


def test_category_0_and_8_and_grade_0_and_5_are_rejected() -> None:
    assert codes(RESIDENT + "01") == ["cert.bad_category"]
    assert codes(RESIDENT + "81") == ["cert.bad_category"]
    assert codes(RESIDENT + "10") == ["cert.bad_grade"]
    assert codes(RESIDENT + "85") == ["cert.bad_category", "cert.bad_grade"]


@pytest.mark.parametrize("raw", [RESIDENT, RESIDENT + "1", RESIDENT + "11B12", "64042319800101001"])
def test_wrong_length_is_a_format_problem(raw: str) -> None:
    assert codes(raw) == ["cert.bad_format"]


def test_empty_and_spreadsheet_damage() -> None:
    assert codes("  ") == ["cert.empty"]
    assert codes("6.40423E+19") == ["cert.sci_notation"]


def test_invalid_id_part_carries_the_inner_problem() -> None:
    check = parse_disability_cert("640423198001010011" + "11", None, TODAY)
    assert [p.code for p in check.problems] == ["cert.id_invalid"]
    assert check.problems[0].params == {"id_problem": "id.checksum"}
    assert check.id_check is not None
    assert check.id_check.errors[0].params == {"expected": "9", "found": "1"}


def test_id_part_of_someone_else_is_a_mismatch() -> None:
    other = make_resident_id("640423", date(1975, 4, 4), 3)
    assert codes(other + "11", RESIDENT) == ["cert.id_mismatch"]


def test_resident_with_legacy_15_digit_id_matches_the_upgraded_number() -> None:
    assert codes(RESIDENT + "11", "640423800101001") == []


def test_no_resident_id_means_no_comparison() -> None:
    other = make_resident_id("620102", date(1975, 4, 4), 3)
    assert parse_disability_cert(other + "11", None, TODAY).ok
    assert parse_disability_cert(other + "11", "", TODAY).ok


@pytest.mark.parametrize("category", list(range(1, 8)))
@pytest.mark.parametrize("grade", [1, 2])
def test_grade_1_and_2_of_any_category_is_severe(category: int, grade: int) -> None:
    result = groups_for_cert(cert(category, grade))
    assert result.groups == frozenset({"disab_severe"})
    assert not result.manual_review


@pytest.mark.parametrize("category", [1, 5, 6])
@pytest.mark.parametrize("grade", [3, 4])
def test_vision_intellectual_mental_at_grade_3_and_4_is_the_34_group(category: int, grade: int) -> None:
    result = groups_for_cert(cert(category, grade))
    assert result.groups == frozenset({"disab_ivm_34"})
    assert not result.manual_review


@pytest.mark.parametrize("grade", [3, 4])
def test_multiple_disability_at_grade_3_and_4_needs_manual_review(grade: int) -> None:
    result = groups_for_cert(cert(7, grade))
    assert result.groups == frozenset()
    assert result.manual_review
    assert result.review_groups == frozenset({"disab_ivm_34"})


@pytest.mark.parametrize("category", [2, 3, 4])
@pytest.mark.parametrize("grade", [3, 4])
def test_hearing_speech_physical_at_grade_3_and_4_give_no_group(category: int, grade: int) -> None:
    result = groups_for_cert(cert(category, grade))
    assert result.groups == frozenset()
    assert not result.manual_review


def test_rules_are_data_a_county_can_extend() -> None:
    county_rules = (*DEFAULT_CERT_RULES, CertRule("disab_physical_3", frozenset({4}), frozenset({3})))
    assert groups_for_cert(cert(4, 3), county_rules).groups == frozenset({"disab_physical_3"})
    # A rule that decides the group makes the matching review unnecessary.
    decided = (*DEFAULT_CERT_RULES, CertRule("disab_ivm_34", frozenset({7}), frozenset({3})))
    result = groups_for_cert(cert(7, 3), decided)
    assert result.groups == frozenset({"disab_ivm_34"})
    assert not result.manual_review
