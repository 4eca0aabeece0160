"""The profile JSON that `cunbao eligibility --profile` reads: every bad field has its own code."""

from __future__ import annotations

from datetime import date

import pytest

from core.ids import make_resident_id
from core.profile import GroupSpan, Profile, profile_from_json

ID = make_resident_id("640423", date(1980, 3, 15), 11)


def problems_of(data: object) -> list[tuple[str, str | None]]:
    profile, problems = profile_from_json(data)
    assert (profile is None) == any(p.is_error for p in problems)
    return [(p.code, p.field) for p in problems]


def test_full_profile_is_read() -> None:
    profile, problems = profile_from_json(
        {
            "id_number": " " + ID.lower() + " ",
            "hukou_division": "640423",
            "groups": [{"group": "dibao", "from": "2024-01-01", "to": None}, {"group": "tuopin"}],
            "disability_cert": ID + "53",
            "student": False,
            "employee_pension": False,
            "receiving_resident_pension": False,
            "contribution_years": 7,
            "veteran": True,
            "flexible_worker": True,
            "employment_difficulty": True,
            "enrolled": True,
        }
    )
    assert problems == ()
    assert profile == Profile(
        id_number=ID,
        hukou_division="640423",
        groups=(GroupSpan("dibao", date(2024, 1, 1), None), GroupSpan("tuopin", None, None)),
        disability_cert=ID + "53",
        contribution_years=7,
        veteran=True,
        flexible_worker=True,
        employment_difficulty=True,
        enrolled=True,
    )


def test_only_the_id_number_is_required() -> None:
    profile, problems = profile_from_json({"id_number": ID})
    assert problems == ()
    assert profile == Profile(id_number=ID)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], [("profile.not_object", None)]),
        ({}, [("profile.id_missing", "id_number")]),
        ({"id_number": "640423198001010011"}, [("profile.id_invalid", "id_number"), ("id.checksum", None)]),
        ({"id_number": ID, "hukou_division": "6404"}, [("profile.hukou_invalid", "hukou_division")]),
        ({"id_number": ID, "groups": "dibao"}, [("profile.groups_not_list", "groups")]),
        ({"id_number": ID, "groups": ["dibao"]}, [("profile.group_not_object", "groups[1]")]),
        ({"id_number": ID, "groups": [{"from": "2024-01-01"}]}, [("profile.group_key_missing", "groups[1]")]),
        (
            {"id_number": ID, "groups": [{"group": "dibao", "from": "2024-02-30"}]},
            [("profile.group_date_invalid", "groups[1].from")],
        ),
        (
            {"id_number": ID, "groups": [{"group": "dibao", "from": "2024-02-01", "to": "2023-01-01"}]},
            [("profile.group_dates_reversed", "groups[1]")],
        ),
        ({"id_number": ID, "disability_cert": 64042319}, [("profile.cert_not_text", "disability_cert")]),
        ({"id_number": ID, "student": "yes"}, [("profile.not_boolean", "student")]),
        ({"id_number": ID, "contribution_years": -1}, [("profile.years_invalid", "contribution_years")]),
        ({"id_number": ID, "contribution_years": 7.5}, [("profile.years_invalid", "contribution_years")]),
        ({"id_number": ID, "contribution_years": True}, [("profile.years_invalid", "contribution_years")]),
    ],
)
def test_bad_fields_get_their_own_codes(data: object, expected: list[tuple[str, str | None]]) -> None:
    found = problems_of(data)
    assert found[: len(expected)] == expected


def test_certificate_must_belong_to_the_resident() -> None:
    other = make_resident_id("640423", date(1980, 3, 15), 13)
    found = problems_of({"id_number": ID, "disability_cert": other + "41"})
    assert found == [("profile.cert_invalid", "disability_cert"), ("cert.id_mismatch", None)]


def test_unknown_entries_are_warnings_that_still_give_a_profile() -> None:
    profile, problems = profile_from_json(
        {"id_number": ID, "veteren": True, "groups": [{"group": "dibao", "until": "2025-01-01"}]}
    )
    assert profile is not None
    assert profile.veteran is False
    assert [(p.code, dict(p.params)) for p in problems] == [
        ("profile.unknown_field", {"name": "veteren"}),
        ("profile.group_unknown_field", {"entry": 1, "name": "until"}),
    ]
    assert not any(p.is_error for p in problems)


def test_group_span_overlap_is_inclusive() -> None:
    span = GroupSpan("dibao", date(2024, 3, 1), date(2025, 1, 1))
    assert span.overlaps(date(2025, 1, 1), date(2025, 12, 31))
    assert not span.overlaps(date(2025, 1, 2), date(2025, 12, 31))
    assert GroupSpan("dibao").overlaps(date(1900, 1, 1), date(1900, 1, 1))
