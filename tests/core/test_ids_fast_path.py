"""parse_resident_id takes a shortcut for a number that needs no cleaning; it must say exactly what the careful
path says, for valid numbers, numbers with one wrong character, and anything else."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.divisions import county_divisions
from core.ids import IdProblem, check_digit, make_resident_id, parse_resident_id, parse_resident_id_carefully

TODAY = date(2025, 6, 1)
division_codes = st.sampled_from([d.code for d in county_divisions("", current_only=False)] + ["999999", "640000"])
births = st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 12, 31))
valid_ids = st.builds(make_resident_id, division_codes, births, st.integers(0, 999))
id_characters = st.sampled_from("0123456789Xx -'０１Ｘ\u3000")


@settings(max_examples=300)
@given(valid_ids)
def test_a_well_formed_number_gets_the_careful_paths_result(number: str) -> None:
    assert parse_resident_id(number, TODAY) == parse_resident_id_carefully(number, TODAY)


@settings(max_examples=300)
@given(valid_ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_a_number_with_one_character_changed_gets_the_careful_paths_result(
    number: str, position: int, character: str
) -> None:
    changed = number[:position] + character + number[position + 1 :]
    assert parse_resident_id(changed, TODAY) == parse_resident_id_carefully(changed, TODAY)


@settings(max_examples=300)
@given(st.one_of(st.text(id_characters, max_size=20), st.text(max_size=20)))
def test_any_text_gets_the_careful_paths_result(raw: str) -> None:
    assert parse_resident_id(raw, TODAY) == parse_resident_id_carefully(raw, TODAY)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_the_table_driven_check_digit_is_iso_7064_mod_11_2(first17: str) -> None:
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    assert check_digit(first17) == "10X98765432"[total % 11]


def test_the_shortcut_still_reports_a_bad_check_digit() -> None:
    number = make_resident_id("640423", date(1980, 5, 17), 123)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    assert [p.code for p in parse_resident_id(wrong, TODAY).problems] == [IdProblem.CHECKSUM]
    assert check_digit(number[:17]) == number[17]
