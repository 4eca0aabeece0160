from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from core.references import CROCKFORD, REFERENCE_LENGTH, case_reference, normalize_reference


@given(st.uuids())
def test_a_reference_is_cb_and_eight_crockford_characters_from_the_first_forty_bits(case_uuid: uuid.UUID) -> None:
    reference = case_reference(case_uuid)
    assert len(reference) == REFERENCE_LENGTH
    assert reference.startswith("CB")
    assert set(reference[2:]) <= set(CROCKFORD)
    value = 0
    for char in reference[2:]:
        value = value * 32 + CROCKFORD.index(char)
    assert value == case_uuid.int >> 88


@given(st.uuids(), st.sampled_from(["{}", " {} ", "{}\n"]), st.booleans())
def test_a_reference_typed_sloppily_reads_back(case_uuid: uuid.UUID, frame: str, lower: bool) -> None:
    reference = case_reference(case_uuid)
    typed = f"{reference[:2]} {reference[2:6]}-{reference[6:]}"
    typed = frame.format(typed.lower() if lower else typed)
    assert normalize_reference(typed) == reference


def test_letters_mistaken_for_digits_are_read_as_the_digits() -> None:
    assert normalize_reference("cb-oi1l 2345") == "CB01112345"
    assert normalize_reference("ＣＢ７Ｋ２Ｍ９ＱＸＡ") == "CB7K2M9QXA"


def test_what_cannot_be_a_reference_gives_none() -> None:
    for text in ("", "CB", "CB1234567", "CB123456789", "XX12345678", "CB1234567U", "640423195001011234"):
        assert normalize_reference(text) is None
