"""A resident's situation as the eligibility rules need it, and the checks on the profile JSON.

Group keys are checked against the policy pack later (in eligibility), because the pack decides which
groups exist; here only the shape of each field is checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.disability import parse_disability_cert
from core.ids import parse_resident_id
from core.problems import Problem, error, problem_codes, warning


@problem_codes
class ProfileCode(StrEnum):
    NOT_OBJECT = "profile.not_object"
    UNKNOWN_FIELD = "profile.unknown_field"
    ID_MISSING = "profile.id_missing"
    ID_INVALID = "profile.id_invalid"
    HUKOU_INVALID = "profile.hukou_invalid"
    GROUPS_NOT_LIST = "profile.groups_not_list"
    GROUP_NOT_OBJECT = "profile.group_not_object"
    GROUP_KEY_MISSING = "profile.group_key_missing"
    GROUP_UNKNOWN_FIELD = "profile.group_unknown_field"
    GROUP_DATE_INVALID = "profile.group_date_invalid"
    GROUP_DATES_REVERSED = "profile.group_dates_reversed"
    CERT_NOT_TEXT = "profile.cert_not_text"
    CERT_INVALID = "profile.cert_invalid"
    NOT_BOOLEAN = "profile.not_boolean"
    YEARS_INVALID = "profile.years_invalid"


@dataclass(frozen=True)
class GroupSpan:
    """Membership of a group from `start` to `end` (inclusive; None: open on that side)."""

    group: str
    start: date | None = None
    end: date | None = None

    def overlaps(self, first: date, last: date) -> bool:
        return (self.start is None or self.start <= last) and (self.end is None or self.end >= first)


@dataclass(frozen=True)
class Profile:
    id_number: str
    hukou_division: str | None = None  # None: the service point's own county
    groups: tuple[GroupSpan, ...] = ()
    disability_cert: str | None = None
    student: bool = False  # full-time student (在校学生)
    employee_pension: bool = False  # in the enterprise employee pension scheme now
    public_institution: bool = False  # civil servant or public-institution staff (机关事业单位)
    receiving_resident_pension: bool = False
    other_basic_pension: bool = False  # drawing another state basic pension
    enrolled: bool = False  # already enrolled in the residents' pension
    contribution_years: int = 0  # arrears years included
    veteran: bool = False
    flexible_worker: bool = False  # urban flexible migrant worker (进城务工灵活就业人员)
    employment_difficulty: bool = False  # meets the 就业困难人员 conditions


BOOLEAN_FIELDS = (
    "student",
    "employee_pension",
    "public_institution",
    "receiving_resident_pension",
    "other_basic_pension",
    "enrolled",
    "veteran",
    "flexible_worker",
    "employment_difficulty",
)
_KNOWN_FIELDS = frozenset(
    {"id_number", "hukou_division", "groups", "disability_cert", "contribution_years", *BOOLEAN_FIELDS}
)
_GROUP_FIELDS = frozenset({"group", "from", "to"})
_DIVISION = re.compile(r"\d{6}")
MAX_CONTRIBUTION_YEARS = 60


def profile_from_json(data: object) -> tuple[Profile | None, tuple[Problem, ...]]:
    """A Profile from the CLI's profile JSON, or None with the problems that prevent it."""
    if not isinstance(data, Mapping):
        return None, (error(ProfileCode.NOT_OBJECT),)
    problems = [warning(ProfileCode.UNKNOWN_FIELD, str(k), name=str(k)) for k in data if k not in _KNOWN_FIELDS]
    id_number = _id_number(data.get("id_number"), problems)
    hukou = _hukou(data.get("hukou_division"), problems)
    groups = _groups(data.get("groups", []), problems)
    cert = _cert(data.get("disability_cert"), id_number, problems)
    years = _years(data.get("contribution_years", 0), problems)
    flags = {name: _flag(name, data.get(name, False), problems) for name in BOOLEAN_FIELDS}
    if any(p.is_error for p in problems) or id_number is None:
        return None, tuple(problems)
    profile = Profile(
        id_number=id_number,
        hukou_division=hukou,
        groups=groups,
        disability_cert=cert,
        student=flags["student"],
        employee_pension=flags["employee_pension"],
        public_institution=flags["public_institution"],
        receiving_resident_pension=flags["receiving_resident_pension"],
        other_basic_pension=flags["other_basic_pension"],
        enrolled=flags["enrolled"],
        contribution_years=years,
        veteran=flags["veteran"],
        flexible_worker=flags["flexible_worker"],
        employment_difficulty=flags["employment_difficulty"],
    )
    return profile, tuple(problems)


def _id_number(raw: object, problems: list[Problem]) -> str | None:
    if not isinstance(raw, str) or not raw.strip():
        problems.append(error(ProfileCode.ID_MISSING, "id_number"))
        return None
    check = parse_resident_id(raw)
    if not check.ok or check.resident_id is None:
        first = check.errors[0].code if check.errors else ""
        problems.append(error(ProfileCode.ID_INVALID, "id_number", id_problem=first))
        problems.extend(check.errors)
        return None
    return check.resident_id.number


def _hukou(raw: object, problems: list[Problem]) -> str | None:
    if raw is None:
        return None
    text = raw.strip() if isinstance(raw, str) else ""
    if not _DIVISION.fullmatch(text):
        problems.append(error(ProfileCode.HUKOU_INVALID, "hukou_division", value=str(raw)))
        return None
    return text


def _groups(raw: object, problems: list[Problem]) -> tuple[GroupSpan, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(error(ProfileCode.GROUPS_NOT_LIST, "groups"))
        return ()
    spans = []
    for number, item in enumerate(raw, start=1):
        span = _group(number, item, problems)
        if span is not None:
            spans.append(span)
    return tuple(spans)


def _group(number: int, item: object, problems: list[Problem]) -> GroupSpan | None:
    field = f"groups[{number}]"
    if not isinstance(item, Mapping):
        problems.append(error(ProfileCode.GROUP_NOT_OBJECT, field, entry=number))
        return None
    problems.extend(
        warning(ProfileCode.GROUP_UNKNOWN_FIELD, field, entry=number, name=str(k))
        for k in item
        if k not in _GROUP_FIELDS
    )
    key = item.get("group")
    if not isinstance(key, str) or not key.strip():
        problems.append(error(ProfileCode.GROUP_KEY_MISSING, field, entry=number))
        return None
    start = _date(item.get("from"), number, "from", problems)
    end = _date(item.get("to"), number, "to", problems)
    if start is not None and end is not None and end < start:
        problems.append(
            error(
                ProfileCode.GROUP_DATES_REVERSED,
                field,
                entry=number,
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )
        return None
    return GroupSpan(key.strip(), start, end)


def _date(raw: object, number: int, side: str, problems: list[Problem]) -> date | None:
    if raw is None:
        return None
    try:
        if isinstance(raw, str):
            return date.fromisoformat(raw.strip())
    except ValueError:
        pass
    problems.append(
        error(ProfileCode.GROUP_DATE_INVALID, f"groups[{number}].{side}", entry=number, value=str(raw))
    )
    return None


def _cert(raw: object, id_number: str | None, problems: list[Problem]) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if not isinstance(raw, str):
        problems.append(error(ProfileCode.CERT_NOT_TEXT, "disability_cert"))
        return None
    check = parse_disability_cert(raw, id_number)
    if not check.ok or check.cert is None:
        first = check.problems[0].code if check.problems else ""
        problems.append(error(ProfileCode.CERT_INVALID, "disability_cert", cert_problem=first))
        problems.extend(check.problems)
        return None
    return check.cert.number


def _years(raw: object, problems: list[Problem]) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_CONTRIBUTION_YEARS:
        problems.append(error(ProfileCode.YEARS_INVALID, "contribution_years", value=str(raw)))
        return 0
    return raw


def _flag(name: str, raw: object, problems: list[Problem]) -> bool:
    if raw is None:
        return False
    if not isinstance(raw, bool):
        problems.append(error(ProfileCode.NOT_BOOLEAN, name, name=name, value=str(raw)))
        return False
    return raw
