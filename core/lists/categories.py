"""What agencies write in their category columns, as group keys of the policy pack.

Wording varies by county and year (低保, 农村低保, 低保户, 一类低保 ...), so a value is matched by
its telling word, the most specific first: 低保边缘 before 低保, a monitoring subtype before 脱贫.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.disability import CATEGORY_LABELS, DisabilityCategory
from core.lists.cells import compact
from core.lists.model import VETERAN_GROUP, ListSource

FANPIN_SUBTYPES = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")
_SUBTYPE_WORDS = (
    ("脱贫不稳定", FANPIN_SUBTYPES[0]),
    ("边缘易致贫", FANPIN_SUBTYPES[1]),
    ("突发严重困难", FANPIN_SUBTYPES[2]),
)

_CIVIL_AFFAIRS: tuple[tuple[str, str], ...] = (
    ("低保边缘", "dibao_bianyuan"),
    ("边缘家庭", "dibao_bianyuan"),
    ("边缘户", "dibao_bianyuan"),
    ("低边", "dibao_bianyuan"),
    ("特困", "tekun"),
    ("五保", "tekun"),
    ("供养", "tekun"),
    ("低保", "dibao"),
    ("最低生活保障", "dibao"),
)
_RURAL: tuple[tuple[str, str], ...] = (
    ("脱贫不稳定", "fanpin_jiance"),
    ("边缘易致贫", "fanpin_jiance"),
    ("突发严重困难", "fanpin_jiance"),
    ("监测", "fanpin_jiance"),
    ("易返贫", "fanpin_jiance"),
    ("防返贫", "fanpin_jiance"),
    ("脱贫", "tuopin"),
    ("建档立卡", "tuopin"),
)
_VETERANS: tuple[tuple[str, str], ...] = (("退役", VETERAN_GROUP), ("军人", VETERAN_GROUP), ("优待", VETERAN_GROUP))
# 低保 is paid in classes (分类施保); a 低保 roll often says only the class.
_DIBAO_CLASS = re.compile(r"[一二三四五ABCD甲乙丙][类档](保障)?(对象|户)?")

_RULES: dict[ListSource, tuple[tuple[str, str], ...]] = {
    ListSource.CIVIL_AFFAIRS: _CIVIL_AFFAIRS,
    ListSource.RURAL_REVITALIZATION: _RURAL,
    ListSource.VETERANS: _VETERANS,
    ListSource.DISABILITY: (),
    ListSource.GENERIC: _CIVIL_AFFAIRS + _RURAL + _VETERANS,
}
GROUP_KEYS = frozenset(
    {"dibao", "tekun", "dibao_bianyuan", "fanpin_jiance", "tuopin", "disab_severe", "disab_ivm_34", VETERAN_GROUP}
)


@lru_cache(maxsize=1024)  # a list says the same few categories on every row
def group_for(source: ListSource, value: str) -> str | None:
    """The group key a category value names for this source; None if it names none."""
    text = compact(value)
    if source is ListSource.GENERIC and text in GROUP_KEYS:
        return text
    for word, group in _RULES[source]:
        if word in text:
            return group
    if source in (ListSource.CIVIL_AFFAIRS, ListSource.GENERIC) and _DIBAO_CLASS.fullmatch(text):
        return "dibao"
    return None


def group_in_title(source: ListSource, title: str) -> str | None:
    """The group a title names: '隆德县XX镇2026年第三季度低保对象花名册' -> dibao."""
    return group_for(source, title) if title else None


@lru_cache(maxsize=1024)
def subtype_for(value: str) -> str | None:
    """A monitoring subtype in its official wording, from the full or a shortened form."""
    text = compact(value)
    return next((official for word, official in _SUBTYPE_WORDS if word in text), None)


_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "壹": 1, "贰": 2, "叁": 3, "肆": 4}
_GRADE = re.compile(r"([1-4一二三四壹贰叁肆])级?(残疾)?")
_CATEGORY_WORDS = {label[:2]: category for category, label in CATEGORY_LABELS.items()}
_CATEGORY_WORDS.update({label[0]: category for category, label in CATEGORY_LABELS.items()})


def disability_grade(value: str) -> int | None:
    """'三级', '3级', '3', '叁级' -> 3."""
    match = _GRADE.fullmatch(compact(value))
    if match is None:
        return None
    digit = match.group(1)
    return int(digit) if digit.isdigit() else _CHINESE_DIGITS[digit]


def disability_category(value: str) -> DisabilityCategory | None:
    """'视力残疾', '视力', '视', '1' -> VISION."""
    text = compact(value).removesuffix("类")
    if text.isdigit():
        number = int(text)
        return DisabilityCategory(number) if 1 <= number <= 7 else None
    for key in (text, text[:2], text[:1]):
        if key in _CATEGORY_WORDS:
            return _CATEGORY_WORDS[key]
    return None
