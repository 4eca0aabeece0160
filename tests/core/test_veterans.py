"""The 优待证 number as typed: what looks like a card number is kept, junk is refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.veterans import VETERAN_NEXT_STEPS, VeteranProblem, VeteranService, check_certificate_no


def codes(text: str) -> set[str]:
    return {str(p.code) for p in check_certificate_no(text)[1]}


@pytest.mark.parametrize(("typed", "kept"), [
    ("6404232021123456", "6404232021123456"),  # the demo's made-up format: county, year, six digits
    ("6404 2320 2112 3456", "6404232021123456"),
    ("６４０４２３２０２１１２３４５６", "6404232021123456"),  # full-width digits from a Chinese input method
    ("nx-2023-004512", "NX2023004512"),
])
def test_what_looks_like_a_card_number_is_kept_in_plain_capitals(typed: str, kept: str) -> None:
    assert check_certificate_no(typed) == (kept, ())


@pytest.mark.parametrize(("typed", "code"), [
    ("123", VeteranProblem.CERT_LENGTH),
    ("ABCDEFGHIJ", VeteranProblem.CERT_NO_DIGITS),
    ("0000000000", VeteranProblem.CERT_REPEATED),
    ("优待证6404232021", VeteranProblem.CERT_CHARACTERS),
    ("6404232021123456789012345", VeteranProblem.CERT_LENGTH),
])
def test_junk_is_refused_with_its_reason(typed: str, code: VeteranProblem) -> None:
    number, problems = check_certificate_no(typed)
    assert number is None
    assert code in codes(typed)
    assert all(p.is_error for p in problems)


def test_nothing_typed_is_only_a_warning() -> None:
    number, (problem,) = check_certificate_no("  ")
    assert number is None
    assert problem.code == VeteranProblem.CERT_EMPTY
    assert not problem.is_error


@given(st.text(max_size=30))
def test_a_number_kept_is_plain_and_checks_again_to_itself(text: str) -> None:
    number, problems = check_certificate_no(text)
    if number is not None:
        assert problems == ()
        assert check_certificate_no(number) == (number, ())
        assert number.isascii()
        assert number.isalnum()
        assert number == number.upper()


def test_every_veteran_service_is_a_next_step_and_none_claims_confirmation_yet() -> None:
    assert [s.code for s in VETERAN_NEXT_STEPS] == list(VeteranService)
    assert not any(s.confirmed for s in VETERAN_NEXT_STEPS)
