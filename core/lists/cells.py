"""Cell values as text, undoing what spreadsheets and hand typing do to them.

Spreadsheets hand over numbers, dates and text; a CSV only text. Both end up as clean text here,
except that a long number stored as a number is kept recognisable: its digits beyond the 15th
are gone, so the text is what Excel shows (``6.40423E+17``), which core.ids reports as damage.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache

Cell = str | int | float | bool | date | datetime | time | timedelta | None

_SPACES = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# What clerks write in a cell that has nothing to say.
NOTHING = frozenset({"无", "/", "\\", "-", "--", "—", "——", "空", "暂无", "null", "NULL", "None", "#N/A"})
_EXCEL_TEXT_FORMULA = re.compile(r'^="(.*)"$', re.DOTALL)  # ="640423..." some exports use to force text
_LEADING_MARKS = "'‘’`\t"
_STARTS_WITH_MARK = tuple(_LEADING_MARKS)
_EXACT_DIGITS = 15  # a double holds 15 significant decimal digits exactly
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (1, 2958465)  # 1900-01-01 .. 9999-12-31
# A list repeats its categories, dates, addresses and household heads on thousands of rows: the pure
# cleaners below remember recent answers, which halves the time a 100,000-row list takes to read.
_MEMO = 1 << 16


@lru_cache(maxsize=_MEMO)
def clean_text(raw: str) -> str:
    """Full-width forms to half-width, leading apostrophes and ="..." wrappers off, spaces trimmed."""
    if raw.isascii() and raw.isalnum():
        return raw  # ASCII letters and digits only (ID numbers, phone numbers): nothing to undo
    text = raw if unicodedata.is_normalized("NFKC", raw) else unicodedata.normalize("NFKC", raw)
    text = text.strip()
    if text.startswith("="):
        quoted = _EXCEL_TEXT_FORMULA.fullmatch(text)
        text = quoted.group(1).strip() if quoted else text
    if text.startswith(_STARTS_WITH_MARK):
        text = text.lstrip(_LEADING_MARKS).strip()
    return text


def excel_shown(number: float) -> str:
    """What Excel's General format shows for a long number: six significant digits and an exponent."""
    mantissa, exponent = f"{number:.5E}".split("E")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}E+{int(exponent):02d}"


def number_text(number: float | int) -> str:
    """A number cell as the text it stood for: whole numbers without '.0'; long ones as Excel shows them."""
    if isinstance(number, float):
        if not math.isfinite(number):
            return str(number)
        if not number.is_integer():
            return repr(number)
        if len(str(int(abs(number)))) > _EXACT_DIGITS:
            return excel_shown(number)
        return str(int(number))
    if len(str(abs(number))) > _EXACT_DIGITS:
        return excel_shown(float(number))
    return str(number)


def cell_text(value: Cell) -> str:
    if isinstance(value, str):
        return clean_text(value) if value else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time | timedelta):
        return str(value)
    return clean_text(value)


@lru_cache(maxsize=_MEMO)
def compact(text: str) -> str:
    """Text with every space removed: names, labels and categories never need them."""
    return _SPACES.sub("", text)


_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?:\s.*)?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})月?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})"),
    re.compile(r"(?P<y>\d{4})年?"),
)
_SERIAL = re.compile(r"\d{5}")


@lru_cache(maxsize=_MEMO)
def parse_date(text: str) -> date | None:
    """A date as agencies write it; a month or a year alone means its first day. None if not a date."""
    text = compact(text) if "年" in text else text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        try:
            return date(int(parts["y"]), int(parts.get("m") or 1), int(parts.get("d") or 1))
        except ValueError:
            return None
    if _SERIAL.fullmatch(text):
        return serial_date(float(text))
    return None


def serial_date(number: float) -> date | None:
    """An Excel date serial left unformatted (45047 for 2023-05-01)."""
    if not number.is_integer() or not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(number))
