"""Finding the header row(s) of a list and which column holds what.

Agencies name columns in a handful of ways; an exact known name is a sure match, a name that
only contains a telling word (``成员身份证号码（必填）``) is a guess the desk asks the user to
confirm. The header is the row, among the first ones, that names the most known columns; a row
below it that names more columns under a merged parent cell (``残疾情况`` over ``类别 | 等级``)
makes a two-row header.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.lists.cells import compact
from core.lists.model import Field

HEADER_SEARCH_ROWS = 20
_MIN_KNOWN = 2  # a header names at least two known columns

_EXACT: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "姓名", "成员姓名", "人员姓名", "家庭成员姓名", "对象姓名", "残疾人姓名", "退役军人姓名",
        "保障对象姓名", "监测对象姓名", "享受人员姓名", "救助对象姓名", "供养对象姓名", "名字",
    ),
    Field.ID_NUMBER: (
        "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "证件号码", "证件号", "身份证",
        "居民身份证号码", "身份证件号码", "成员身份证号", "成员身份证号码", "证件号码(身份证)",
    ),
    Field.CERT_NUMBER: ("残疾人证号", "残疾证号", "残疾人证号码", "残疾证号码", "残疾人证编号", "残疾证编号"),
    Field.DISABILITY_CATEGORY: ("残疾类别", "残疾类型", "残疾种类"),
    Field.DISABILITY_GRADE: ("残疾等级", "残疾级别"),
    Field.CATEGORY: (
        "保障类别", "救助类别", "人员类别", "对象类别", "类别", "户类型", "人员类型", "对象类型",
        "救助类型", "保障类型", "户属性", "人员属性",
    ),
    Field.SUBTYPE: ("监测类型", "监测对象类型", "监测对象类别", "监测户类型", "监测类别"),
    Field.HOUSEHOLD_HEAD: ("户主姓名", "户主"),
    Field.RELATION: ("与户主关系", "与户主的关系", "家庭关系", "关系"),
    Field.ADDRESS: ("家庭住址", "住址", "地址", "家庭地址", "居住地址", "现住址", "户籍地址", "户籍所在地"),
    Field.PHONE: ("联系电话", "电话", "手机号", "手机号码", "联系方式", "电话号码"),
    Field.DATE_FROM: (
        "认定时间", "纳入时间", "认定日期", "纳入日期", "享受时间", "起始时间", "开始时间", "发证日期",
        "发证时间", "识别时间", "识别日期", "脱贫时间", "脱贫年度", "审批时间", "审批日期", "退役时间",
        "纳入监测时间", "保障起始时间",
    ),
    Field.DATE_TO: (
        "退出时间", "退出日期", "终止时间", "终止日期", "停保时间", "解除时间", "风险消除时间",
        "消除风险时间", "注销时间", "注销日期",
    ),
    Field.VETERAN_CERT: ("优待证号", "优待证编号", "优待证号码", "退役军人优待证号"),
}  # fmt: skip

# Telling words, most specific first: the first rule whose words all occur decides.
_PARTIAL: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.HOUSEHOLD_HEAD, ("户主", "姓名")),
    (Field.RELATION, ("户主", "关系")),
    (Field.CERT_NUMBER, ("残疾", "证")),
    (Field.DISABILITY_CATEGORY, ("残疾", "类")),
    (Field.DISABILITY_GRADE, ("残疾", "级")),
    (Field.DISABILITY_GRADE, ("等级",)),
    (Field.VETERAN_CERT, ("优待证",)),
    (Field.ID_NUMBER, ("身份证",)),
    (Field.ID_NUMBER, ("身份号码",)),
    (Field.ID_NUMBER, ("证件号",)),
    (Field.NAME, ("姓名",)),
    (Field.NAME, ("名字",)),
    (Field.SUBTYPE, ("监测", "类")),
    (Field.DATE_TO, ("退出",)),
    (Field.DATE_TO, ("终止",)),
    (Field.DATE_TO, ("消除",)),
    (Field.DATE_FROM, ("纳入",)),
    (Field.DATE_FROM, ("认定",)),
    (Field.ADDRESS, ("住址",)),
    (Field.ADDRESS, ("地址",)),
    (Field.PHONE, ("电话",)),
    (Field.PHONE, ("手机",)),
    (Field.CATEGORY, ("类别",)),
    (Field.CATEGORY, ("类型",)),
)

_LOOKUP: dict[str, Field] = {label: f for f, labels in _EXACT.items() for label in labels}
_DECORATION = re.compile(r"[(（][^)）]*[)）]|[*＊:：\n\r]")
# Merged parents whose children name a field only together with them (残疾情况 / 类别).
_PARENT_WORDS = {"残疾": "残疾", "监测": "监测"}


def usual_label(field: Field) -> str:
    """The name agencies most often give the column, to tell the user what to look for."""
    return _EXACT[field][0]


def normalize_label(label: str) -> str:
    """'成员身份证号码（必填）*' -> '成员身份证号码': no spaces, notes or asterisks."""
    return compact(_DECORATION.sub("", label))


def recognise(label: str) -> tuple[Field | None, bool]:
    """The field a header label names, and whether that is sure (an exact known name)."""
    text = normalize_label(label)
    if not text:
        return None, False
    exact = _LOOKUP.get(text)
    if exact is not None:
        return exact, True
    for candidate, words in _PARTIAL:
        if all(w in text for w in words):
            return candidate, False
    return None, False


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # 0-based indexes into the sheet
    labels: tuple[str, ...]
    mapping: Mapping[Field, int]
    unsure: tuple[Field, ...]

    @property
    def last_row(self) -> int:
        return self.rows[-1]


def _known(row: Sequence[str]) -> int:
    return sum(1 for cell in row if recognise(cell)[0] is not None)


def _joined_labels(top: Sequence[str], below: Sequence[str]) -> list[str]:
    """Labels of a two-row header: a merged parent spans right until the next parent."""
    width = max(len(top), len(below))
    labels, parent = [], ""
    for i in range(width):
        upper = top[i] if i < len(top) else ""
        lower = below[i] if i < len(below) else ""
        if upper:
            parent = upper
        if not lower:
            labels.append(upper)
            continue
        prefix = next((w for p, w in _PARENT_WORDS.items() if p in parent and w not in lower), "")
        labels.append(prefix + lower)
    return labels


def map_labels(labels: Sequence[str]) -> tuple[dict[Field, int], tuple[Field, ...]]:
    """Field -> column for each label; a field claimed twice keeps its surest, leftmost column."""
    mapping: dict[Field, int] = {}
    sure: dict[Field, bool] = {}
    unsure: set[Field] = set()
    for column, label in enumerate(labels):
        found, is_sure = recognise(label)
        if found is None:
            continue
        if found in mapping:
            if is_sure and not sure[found]:
                mapping[found], sure[found] = column, True
            elif is_sure == sure[found]:
                unsure.add(found)
            continue
        mapping[found], sure[found] = column, is_sure
        if not is_sure:
            unsure.add(found)
    unsure |= {f for f, s in sure.items() if not s}
    return mapping, tuple(sorted(unsure))


def find_header(rows: Sequence[Sequence[str]]) -> Header | None:
    """The best header among the first rows, joined with a second header row when there is one."""
    best, best_known = -1, _MIN_KNOWN - 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = _known(row)
        if known > best_known:
            best, best_known = index, known
    if best < 0:
        return None
    top = rows[best]
    labels = list(top)
    used: tuple[int, ...] = (best,)
    if best + 1 < len(rows):
        joined = _joined_labels(top, rows[best + 1])
        if _known(joined) > best_known and _looks_like_labels(top, rows[best + 1]):
            labels, used = joined, (best, best + 1)
    mapping, unsure = map_labels(labels)
    return Header(used, tuple(labels), mapping, unsure)


def _looks_like_labels(top: Sequence[str], below: Sequence[str]) -> bool:
    """A second header row fills cells under merged parents and names no person: no ID-like digits."""
    return not any(sum(ch.isdigit() for ch in cell) >= 6 for cell in below)
