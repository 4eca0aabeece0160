"""Phone numbers: mainland mobiles anywhere, landlines in Ningxia's five area codes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from core.problems import Problem, error, problem_codes


@problem_codes
class PhoneProblem(StrEnum):
    EMPTY = "phone.empty"
    BAD_FORMAT = "phone.bad_format"


NINGXIA_AREA_CODES = ("0951", "0952", "0953", "0954", "0955")  # 银川 石嘴山 吴忠 固原 中卫

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(?P<area>095[1-5])(?P<local>[2-9]\d{6,7})")
_SEPARATORS = re.compile(r"[\s\u200b\ufeff\-\u2010-\u2015\u2212()'\"`‘’“”.]")
_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|86(?=1[3-9]\d{9}$))")


def normalize_phone(raw: str) -> str:
    """Digits only, without the country code: '+86 139-0954-1234' -> '13909541234'."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    return _COUNTRY_PREFIX.sub("", text)


@dataclass(frozen=True)
class PhoneCheck:
    normalized: str
    kind: Literal["mobile", "landline"] | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def parse_phone(raw: str) -> PhoneCheck:
    number = normalize_phone(raw)
    if not number:
        return PhoneCheck(number, None, (error(PhoneProblem.EMPTY),))
    if _MOBILE.fullmatch(number):
        return PhoneCheck(number, "mobile", ())
    if _LANDLINE.fullmatch(number):
        return PhoneCheck(number, "landline", ())
    return PhoneCheck(number, None, (error(PhoneProblem.BAD_FORMAT, shown=number),))
