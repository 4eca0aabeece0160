from __future__ import annotations

import pytest

from core.phones import normalize_phone, parse_phone


@pytest.mark.parametrize(
    "raw",
    [
        "13909541234",
        "+86 139 0954 1234",
        "0086-139-0954-1234",
        "8613909541234",
        "１３９０９５４１２３４",
        "'139-0954-1234",
    ],
)
def test_mobile_numbers_in_common_spellings(raw: str) -> None:
    check = parse_phone(raw)
    assert check.ok
    assert check.kind == "mobile"
    assert check.normalized == "13909541234"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_every_mobile_range_from_13_to_19(prefix: str) -> None:
    assert parse_phone(prefix + "012345678").kind == "mobile"


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("0951-5012345", "09515012345"),
        ("(0954) 8765 4321", "095487654321"),
        ("０９５５－７０１２３４５", "09557012345"),
    ],
)
def test_ningxia_landlines_with_area_code(raw: str, normalized: str) -> None:
    check = parse_phone(raw)
    assert check.ok
    assert check.kind == "landline"
    assert check.normalized == normalized


@pytest.mark.parametrize(
    "raw",
    [
        "12012345678",
        "1390954123",
        "139095412345",
        "0931-5012345",
        "0951-501234",
        "0951-501234567",
        "5012345",
        "abc",
    ],
)
def test_other_numbers_are_a_format_problem(raw: str) -> None:
    check = parse_phone(raw)
    assert not check.ok
    assert check.kind is None
    assert [p.code for p in check.problems] == ["phone.bad_format"]


def test_empty_phone() -> None:
    assert [p.code for p in parse_phone(" - ").problems] == ["phone.empty"]


def test_86_is_only_stripped_before_a_mobile_number() -> None:
    assert normalize_phone("8613909541234") == "13909541234"
    assert normalize_phone("86095150123") == "86095150123"
