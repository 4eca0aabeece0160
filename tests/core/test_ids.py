from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.divisions import county_divisions
from core.ids import (
    IdCheck,
    IdProblem,
    ResidentId,
    check_digit,
    make_resident_id,
    mask_id,
    normalize_id_text,
    parse_resident_id,
    upgrade_15,
)

TODAY = date(2025, 6, 1)
_WEIGHTS_MOD_11 = [pow(2, 17 - i, 11) for i in range(18)]

division_codes = st.sampled_from([d.code for d in county_divisions("", current_only=False)])
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
valid_ids = st.builds(make_resident_id, division_codes, births, st.integers(0, 999))
separators = st.sampled_from([" ", "\u3000", "\u00a0", "-", "\uff0d", "\u2014", "\t"])


def codes(check: IdCheck) -> list[str]:
    return [p.code for p in check.problems]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in text)


def iso_7064_holds(number: str) -> bool:
    """The standard's own definition: sum of a_i * 2^(18-i), with X as 10, is 1 modulo 11."""
    values = [10 if c == "X" else int(c) for c in number]
    return sum(v * w for v, w in zip(values, _WEIGHTS_MOD_11, strict=True)) % 11 == 1


# --- hypothesis properties -------------------------------------------------------------------


@settings(deadline=None)
@given(valid_ids, st.data())
def test_valid_number_survives_typing_and_pasting_damage(number: str, data: st.DataObject) -> None:
    chars = list(number)
    for i, c in enumerate(chars):
        if data.draw(st.booleans(), label=f"full-width {i}"):
            chars[i] = full_width(c)
    damaged = ""
    for c in chars:
        damaged += c
        if data.draw(st.booleans(), label="separator"):
            damaged += data.draw(separators)
    damaged = damaged.replace("X", "x").replace("Ｘ", "ｘ")
    prefix = data.draw(st.sampled_from(["", "'", "’", "`", " '"]))
    damaged = prefix + damaged + data.draw(st.sampled_from(["", " ", "\u3000"]))

    check = parse_resident_id(damaged, TODAY)

    assert check.ok, check.problems
    assert check.normalized == number
    assert check.resident_id is not None
    assert check.resident_id.number == number


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_completes_every_17_digit_prefix(first17: str) -> None:
    assert iso_7064_holds(first17 + check_digit(first17))


@settings(deadline=None)
@given(valid_ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_a_single_changed_character_is_always_detected(number: str, position: int, new: str) -> None:
    if (position < 17 and new == "X") or new == number[position]:
        new = str((int(number[position]) + 1) % 10) if number[position] != "X" else "0"
    changed = number[:position] + new + number[position + 1 :]

    check = parse_resident_id(changed, TODAY)

    assert not check.ok
    assert {"id.checksum", "id.excel_rounded"} & set(codes(check))


@settings(deadline=None)
@given(division_codes, st.dates(date(1900, 1, 1), date(1999, 12, 31)), st.integers(0, 999))
def test_15_digit_upgrade_keeps_birth_date_and_sex(code: str, birth: date, sequence: int) -> None:
    id15 = f"{code}{birth:%y%m%d}{sequence:03d}"

    check = parse_resident_id(id15, TODAY)

    assert check.ok, check.problems
    assert check.resident_id is not None
    assert check.resident_id.number == upgrade_15(id15)
    assert check.resident_id.birth_date == birth
    assert check.resident_id.sex == ("M" if sequence % 2 else "F")
    assert IdProblem.CONVERTED_FROM_15 in codes(check)


# --- the DOMAIN test vectors and named cases ---------------------------------------------------


def test_standard_example_is_valid_and_female() -> None:
    check = parse_resident_id("11010519491231002X", TODAY)
    assert check.ok
    assert check.resident_id is not None
    assert check.resident_id.birth_date == date(1949, 12, 31)
    assert check.resident_id.sex == "F"
    assert check.warnings == ()


def test_synthetic_ningxia_vector_is_valid_and_male() -> None:
    check = parse_resident_id("640423198001010019", TODAY)
    assert check.ok
    assert check.resident_id is not None
    assert check.resident_id.sex == "M"
    assert check.resident_id.division is not None
    assert check.resident_id.division.name == "隆德县"


def test_wrong_check_digit_reports_the_expected_one() -> None:
    check = parse_resident_id("640423198001010011", TODAY)
    assert not check.ok
    assert check.resident_id is None
    assert codes(check) == ["id.checksum"]
    assert check.problems[0].params == {"expected": "9", "found": "1"}


def test_historical_longde_code_is_accepted_with_a_warning_naming_todays_code() -> None:
    number = make_resident_id("642224", date(1950, 3, 8), 21)
    check = parse_resident_id(number, TODAY)
    assert check.ok
    assert [w.code for w in check.warnings] == ["id.historical_division"]
    assert check.warnings[0].params["current_code"] == "640423"
    assert check.warnings[0].params["current_name"] == "宁夏回族自治区固原市隆德县"


def test_code_that_never_existed_in_the_birth_year_is_still_accepted() -> None:
    # 640423 dates from 2001; people born earlier carry it after re-registration.
    assert parse_resident_id(make_resident_id("640423", date(1940, 5, 5), 1), TODAY).ok


def test_retired_code_without_successor_warns_without_a_current_code() -> None:
    check = parse_resident_id(make_resident_id("642123", date(1960, 1, 1), 3), TODAY)
    assert check.ok
    assert [w.code for w in check.warnings] == ["id.retired_division"]


def test_code_outside_ningxia_is_valid() -> None:
    check = parse_resident_id(make_resident_id("620102", date(1985, 7, 1), 12), TODAY)
    assert check.ok
    assert check.warnings == ()


def test_code_in_no_table_is_an_error() -> None:
    check = parse_resident_id(make_resident_id("990101", date(1985, 7, 1), 12), TODAY)
    assert codes(check) == ["id.unknown_division"]
    assert check.problems[0].params == {"division_code": "990101"}


@pytest.mark.parametrize(
    "raw",
    [
        "6.40423E+17",
        "6.40423e17",
        "'6.40423E+17",
        "’6.40423E+17",
        "６．４０４２３Ｅ＋１７",
        "6,40423E+17",
        " 6.4E+17 ",
    ],
)
def test_spreadsheet_scientific_notation_has_its_own_problem(raw: str) -> None:
    check = parse_resident_id(raw, TODAY)
    assert codes(check) == ["id.sci_notation"]
    assert check.normalized is None


def test_number_rounded_to_zeros_by_a_spreadsheet_is_recognised() -> None:
    # 640423195503120367 kept to 15 significant digits; the real check digit would be 3.
    check = parse_resident_id("640423195503120000", TODAY)
    assert codes(check) == ["id.excel_rounded"]


def test_valid_number_ending_in_000_is_not_mistaken_for_spreadsheet_damage() -> None:
    assert parse_resident_id("640423198001010000", TODAY).ok


def test_29_february_in_a_non_leap_year_is_not_a_date() -> None:
    first17 = "64042319810229001"
    check = parse_resident_id(first17 + check_digit(first17), TODAY)
    assert codes(check) == ["id.bad_date"]
    assert check.problems[0].params == {"digits": "19810229"}


def test_29_february_in_a_leap_year_is_valid() -> None:
    assert parse_resident_id(make_resident_id("640423", date(1980, 2, 29), 1), TODAY).ok


def test_future_birth_date_is_rejected() -> None:
    check = parse_resident_id(make_resident_id("640423", date(2025, 6, 2), 1), TODAY)
    assert codes(check) == ["id.future_date"]


def test_birth_today_is_accepted() -> None:
    assert parse_resident_id(make_resident_id("640423", TODAY, 1), TODAY).ok


def test_birth_before_1900_is_rejected() -> None:
    check = parse_resident_id(make_resident_id("640423", date(1899, 12, 31), 1), TODAY)
    assert codes(check) == ["id.too_old"]


def test_bad_date_and_bad_check_digit_are_both_reported() -> None:
    check = parse_resident_id("640423198013010011", TODAY)
    assert set(codes(check)) == {"id.bad_date", "id.checksum"}


def test_empty_and_blank_input() -> None:
    assert codes(parse_resident_id("", TODAY)) == ["id.empty"]
    assert codes(parse_resident_id(" \u3000 ", TODAY)) == ["id.empty"]


def test_letters_and_wrong_length_are_both_reported() -> None:
    check = parse_resident_id("64042319800101A01", TODAY)
    assert codes(check) == ["id.bad_characters", "id.bad_length"]
    assert check.problems[0].params == {"characters": "A"}
    assert check.problems[1].params == {"length": 17}


def test_x_is_only_allowed_as_the_last_character() -> None:
    check = parse_resident_id("6404231980010100X9", TODAY)
    assert codes(check) == ["id.bad_characters"]
    assert codes(parse_resident_id("64042380010100X", TODAY)) == ["id.bad_characters"]


def test_normalize_id_text_handles_quotes_and_width() -> None:
    assert normalize_id_text("“１１０１０５ １９４９-１２３１ ００２ｘ”") == "11010519491231002X"
    assert normalize_id_text("`640423198001010019") == "640423198001010019"


def test_upgrade_15_inserts_century_and_check_digit() -> None:
    assert upgrade_15("640423800101001") == "640423198001010019"
    with pytest.raises(ValueError, match="15 digits"):
        upgrade_15("64042380010100X")


def test_check_digit_rejects_non_digits() -> None:
    with pytest.raises(ValueError, match="17 digits"):
        check_digit("6404231980010100")


def test_make_resident_id_sex_follows_sequence_parity() -> None:
    for sequence, sex in [(0, "F"), (1, "M"), (998, "F"), (999, "M")]:
        check = parse_resident_id(make_resident_id("640423", date(1970, 1, 1), sequence), TODAY)
        assert check.resident_id is not None
        assert check.resident_id.sex == sex
    with pytest.raises(ValueError, match="sequence"):
        make_resident_id("640423", date(1970, 1, 1), 1000)
    with pytest.raises(ValueError, match="division code"):
        make_resident_id("6404", date(1970, 1, 1), 1)


def test_masking_shows_first_and_last_four() -> None:
    assert mask_id("640423198001010367") == "6404**********0367"
    assert mask_id("1234") == "****"


def test_age_counts_completed_years_and_leap_day_birthdays_age_on_1_march() -> None:
    resident = ResidentId("640423198002290014", date(1980, 2, 29), "M", "640423", None)
    assert resident.age_on(date(2040, 2, 28)) == 59
    assert resident.age_on(date(2040, 2, 29)) == 60
    assert resident.age_on(date(2041, 2, 28)) == 60
    assert resident.age_on(date(2039, 2, 28)) == 58
    assert resident.age_on(date(2039, 3, 1)) == 59
    assert resident.masked() == "6404**********0014"


def test_json_shape_of_a_valid_number() -> None:
    assert parse_resident_id(" 64042319800101001９", TODAY).to_json() == {
        "input": " 64042319800101001９",
        "valid": True,
        "normalized": "640423198001010019",
        "birth_date": "1980-01-01",
        "sex": "M",
        "division_code": "640423",
        "division_name": "宁夏回族自治区固原市隆德县",
        "problems": [],
        "warnings": [],
    }


def test_json_of_an_invalid_number_keeps_readable_parts_and_lists_errors_and_warnings() -> None:
    out = parse_resident_id("642224198001010019", TODAY).to_json()
    assert out["valid"] is False
    assert out["birth_date"] == "1980-01-01"
    assert out["division_name"] == "宁夏回族自治区固原地区隆德县"
    assert out["problems"] == [
        {"code": "id.checksum", "severity": "error", "params": {"expected": "6", "found": "9"}}
    ]
    warnings = out["warnings"]
    assert isinstance(warnings, list)
    assert [w["code"] for w in warnings] == ["id.historical_division"]


def test_json_of_unreadable_input_has_nulls() -> None:
    out = parse_resident_id("6.40423E+17", TODAY).to_json()
    assert out["normalized"] is None
    assert out["birth_date"] is None
    assert out["sex"] is None
    assert out["division_code"] is None
    assert out["division_name"] is None


def test_today_defaults_to_the_real_date() -> None:
    assert codes(parse_resident_id(make_resident_id("640423", date(2999, 1, 1), 1))) == ["id.future_date"]
