"""Resident ID numbers (公民身份号码, GB 11643-1999): clean up what people type or paste, then check it.

Every check that can run on its own does, so one pass tells the assistant everything that is
wrong with a number (a bad date and a bad check digit are both reported).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import mul
from typing import Literal

from core.divisions import Division, lookup_division
from core.problems import Problem, error, problem_codes, warning


@problem_codes
class IdProblem(StrEnum):
    EMPTY = "id.empty"
    SCI_NOTATION = "id.sci_notation"
    EXCEL_ROUNDED = "id.excel_rounded"
    BAD_CHARACTERS = "id.bad_characters"
    BAD_LENGTH = "id.bad_length"
    BAD_DATE = "id.bad_date"
    FUTURE_DATE = "id.future_date"
    TOO_OLD = "id.too_old"
    CHECKSUM = "id.checksum"
    UNKNOWN_DIVISION = "id.unknown_division"
    CONVERTED_FROM_15 = "id.converted_from_15"
    HISTORICAL_DIVISION = "id.historical_division"
    RETIRED_DIVISION = "id.retired_division"


_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"
# ASCII digit d is byte 48 + d: summing weight * byte and taking away 48 * sum(weights) gives the checksum.
_BYTE_OFFSET = 48 * sum(_WEIGHTS)
EARLIEST_BIRTH_YEAR = 1900

# Characters people put around or inside a number that carry no meaning: spaces of every width,
# zero-width marks, hyphens and dashes, and the quotes or apostrophe Excel users type to force text.
_NOISE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\-\u2010-\u2015\u2212\u30fc\uff70]")
_QUOTES = "'\"`‘’“”「」『』"
# What Excel shows when a long number was stored as a number: "6.40423E+17", "6,40423e17".
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?E[+-]?\d+")
_ID18 = re.compile(r"\d{17}[\dX]")
_ID15 = re.compile(r"\d{15}")
# A number that needs no cleaning (what spreadsheets and registers hold almost always): 17 ASCII digits and
# a digit or capital X. Cleaning leaves it as it is and finds nothing wrong with its shape.
_WELL_FORMED_18 = re.compile(r"[0-9]{17}[0-9X]")


def normalize_id_text(raw: str) -> str:
    """Undo the usual damage from typing and pasting: full-width forms, spaces, dashes, quotes, 'x'."""
    text = unicodedata.normalize("NFKC", raw)
    text = _NOISE.sub("", text)
    return text.strip(_QUOTES).upper()


def is_scientific_notation(normalized: str) -> bool:
    return _SCIENTIFIC.fullmatch(normalized) is not None


def check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits ('X' stands for 10)."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(map(mul, first17.encode("ascii"), _WEIGHTS)) - _BYTE_OFFSET
    return _CHECK_CHARS[total % 11]


def upgrade_15(id15: str) -> str:
    """Convert a legacy 15-digit number (born 19YY, no check digit) to the 18-digit form."""
    if _ID15.fullmatch(id15) is None:
        raise ValueError(f"need 15 digits, got {id15!r}")
    first17 = id15[:6] + "19" + id15[6:]
    return first17 + check_digit(first17)


def age_on(birth: date, day: date) -> int:
    """Completed years (周岁) on that day; someone born on 29 February ages on 1 March."""
    return day.year - birth.year - int((day.month, day.day) < (birth.month, birth.day))


def mask_id(number: str) -> str:
    """Show only the first and last four characters, as on printed forms and screens others can see."""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def make_resident_id(division_code: str, birth: date, sequence: int) -> str:
    """A well-formed 18-digit number for synthetic data; an odd sequence gives a man."""
    if re.fullmatch(r"\d{6}", division_code) is None:
        raise ValueError(f"division code must be 6 digits, got {division_code!r}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must be 0..999, got {sequence}")
    first17 = f"{division_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)


def _birth_date(number: str) -> date | None:
    return _date_of(number[6:14])


@lru_cache(maxsize=1 << 16)  # a register or a list of 100,000 people holds some 30,000 birthdays
def _date_of(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _sex(number: str) -> Literal["M", "F"]:
    return "M" if int(number[16]) % 2 else "F"


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    sex: Literal["M", "F"]
    division_code: str
    division: Division | None

    def masked(self) -> str:
        return mask_id(self.number)

    def age_on(self, day: date) -> int:
        return age_on(self.birth_date, day)


@dataclass(frozen=True)
class IdCheck:
    input: str
    normalized: str | None
    resident_id: ResidentId | None  # only for a number with no errors
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    def to_json(self) -> dict[str, object]:
        """The shape `cunbao id check --json` prints; parts of an invalid number are shown when readable."""
        number = self.normalized
        birth = _birth_date(number) if number else None
        division = lookup_division(number[:6]) if number else None
        return {
            "input": self.input,
            "valid": self.ok,
            "normalized": number,
            "birth_date": birth.isoformat() if birth else None,
            "sex": _sex(number) if number else None,
            "division_code": number[:6] if number else None,
            "division_name": division.full_name if division else None,
            "problems": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


def _shape_problems(text: str) -> list[Problem]:
    """Problems that leave no 15- or 18-character number to look inside."""
    if not text:
        return [error(IdProblem.EMPTY)]
    if is_scientific_notation(text):
        return [error(IdProblem.SCI_NOTATION, shown=text)]
    problems: list[Problem] = []
    bad = [c for i, c in enumerate(text) if not (c.isascii() and c.isdigit()) and (c, i) != ("X", 17)]
    if bad:
        problems.append(error(IdProblem.BAD_CHARACTERS, characters="".join(dict.fromkeys(bad))))
    if len(text) not in (15, 18):
        problems.append(error(IdProblem.BAD_LENGTH, length=len(text)))
    return problems


def _date_problems(number: str, birth: date | None, today: date) -> list[Problem]:
    if birth is None:
        return [error(IdProblem.BAD_DATE, digits=number[6:14])]
    if birth > today:
        return [error(IdProblem.FUTURE_DATE, birth_date=birth.isoformat())]
    if birth.year < EARLIEST_BIRTH_YEAR:
        return [error(IdProblem.TOO_OLD, birth_date=birth.isoformat(), earliest=EARLIEST_BIRTH_YEAR)]
    return []


def _checksum_problems(number: str) -> list[Problem]:
    expected = check_digit(number[:17])
    if number[17] == expected:
        return []
    # Excel keeps 15 significant digits, so a long number stored as a number ends in "000".
    if number.endswith("000"):
        return [error(IdProblem.EXCEL_ROUNDED)]
    return [error(IdProblem.CHECKSUM, expected=expected, found=number[17])]


@lru_cache(maxsize=4096)  # a few hundred codes in any list; the lookup and its problems are the same each time
def _division_check(code: str) -> tuple[Division | None, tuple[Problem, ...]]:
    division = lookup_division(code)
    return division, tuple(_division_problems(code, division))


def _division_problems(code: str, division: Division | None) -> list[Problem]:
    if division is None:
        return [error(IdProblem.UNKNOWN_DIVISION, division_code=code)]
    if division.current:
        return []
    current = lookup_division(division.current_code) if division.current_code else None
    if current is None:
        return [warning(IdProblem.RETIRED_DIVISION, division_code=code, name=division.full_name)]
    return [
        warning(
            IdProblem.HISTORICAL_DIVISION,
            division_code=code,
            name=division.full_name,
            current_code=current.code,
            current_name=current.full_name,
        )
    ]


def parse_resident_id(raw: str, today: date | None = None) -> IdCheck:
    """Check a resident ID number as typed or pasted; `today` bounds the birth date (default: now)."""
    today = today or date.today()
    if _WELL_FORMED_18.fullmatch(raw) is not None:
        return _check_number(raw, raw, [], today)
    return parse_resident_id_carefully(raw, today)


def parse_resident_id_carefully(raw: str, today: date) -> IdCheck:
    """:func:`parse_resident_id` without its shortcut for a number that needs no cleaning: the same result."""
    text = normalize_id_text(raw)
    problems = _shape_problems(text)
    if problems:
        return IdCheck(raw, None, None, tuple(problems))
    return _check_number(raw, text, problems, today)


def _check_number(raw: str, text: str, problems: list[Problem], today: date) -> IdCheck:
    """The checks inside a cleaned number of 15 or 18 characters whose shape is right."""
    if len(text) == 15:
        number = upgrade_15(text)
        problems.append(warning(IdProblem.CONVERTED_FROM_15, original=text, converted=number))
    else:
        number = text
    birth = _birth_date(number)
    problems.extend(_date_problems(number, birth, today))
    if len(text) == 18:
        problems.extend(_checksum_problems(number))
    division, division_problems = _division_check(number[:6])
    problems.extend(division_problems)

    ordered = tuple(sorted(problems, key=lambda p: not p.is_error)) if problems else ()
    resident: ResidentId | None = None
    if birth is not None and not any(p.is_error for p in ordered):
        resident = ResidentId(number, birth, _sex(number), number[:6], division)
    return IdCheck(raw, number, resident, ordered)
