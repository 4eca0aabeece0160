"""China's administrative division codes (GB/T 2260), current and historical.

The table is python-stdnum's ``cn/loc`` data, which is maintained upstream and records every
code with the years it was in use. A resident ID keeps the code of the place where the hukou
was first registered, so a code that was ever valid stays valid for us: we never reject a code
because the county did not exist in the holder's birth year (python-stdnum's own ``ric``
validator does, which is why we read its table and not its validator).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from stdnum import numdb

# Entries such as "[1983-1994]东矿区,[1995-]古冶区": one code, a name per period.
_PERIOD = re.compile(r"(?:\[(?P<start>\d{4})?-(?P<end>\d{4})?\])?(?P<name>[^,\[]+)")

# Names the table uses for grouping rows, not for a place (the districts of a city, the
# counties of a municipality, "county-level units under the province").
_PLACEHOLDER_NAMES = frozenset(
    {"市辖区", "县", "省直辖县级行政单位", "省直辖行政单位", "自治区直辖县级行政单位"}
)

NINGXIA_PREFIX = "64"


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    province: str
    prefecture: str | None
    current: bool
    valid_from: int | None
    valid_to: int | None
    current_code: str | None
    former_names: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        if self.name == self.province:
            return self.province
        return f"{self.province}{self.prefecture or ''}{self.name}"

    @property
    def is_county_level(self) -> bool:
        return not self.code.endswith("00") and self.name not in _PLACEHOLDER_NAMES


@dataclass(frozen=True)
class _Period:
    name: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class _Entry:
    code: str
    province: str
    periods: tuple[_Period, ...]

    @property
    def name(self) -> str:
        return self.periods[-1].name

    @property
    def current(self) -> bool:
        return self.periods[-1].end is None


def _periods(value: str) -> tuple[_Period, ...]:
    periods = []
    for match in _PERIOD.finditer(value):
        start, end = match.group("start"), match.group("end")
        periods.append(
            _Period(match.group("name").strip(), int(start) if start else None, int(end) if end else None)
        )
    return tuple(periods)


def _read_entries() -> dict[str, _Entry]:
    entries: dict[str, _Entry] = {}
    for length, low, high, props, children in numdb.get("cn/loc").prefixes:
        if length != 2 or low != high:
            continue
        province = props.get("province", "")
        for sub_length, sub_low, sub_high, sub_props, _ in children:
            if sub_length != 4 or sub_low != sub_high or "county" not in sub_props:
                continue
            code = low + sub_low
            entries[code] = _Entry(code, province, _periods(sub_props["county"]))
    return entries


def _prefecture_name(code: str, entries: Mapping[str, _Entry]) -> str | None:
    if code.endswith("00"):
        return None
    parent = entries.get(code[:4] + "00")
    if parent is None or parent.name in _PLACEHOLDER_NAMES:
        return None
    return parent.name


def _current_successor(entry: _Entry, current_by_name: Mapping[tuple[str, str], list[str]]) -> str | None:
    """Today's code for a retired one: the one current code of the same name in the same province.

    When a province has several current places of that name, the one in the same prefecture wins;
    if that is still ambiguous we give no answer rather than a wrong one.
    """
    if entry.name in _PLACEHOLDER_NAMES:
        return None
    candidates = current_by_name.get((entry.code[:2], entry.name), [])
    if len(candidates) > 1:
        candidates = [c for c in candidates if c[:4] == entry.code[:4]]
    return candidates[0] if len(candidates) == 1 else None


@functools.cache
def _table() -> Mapping[str, Division]:
    entries = _read_entries()
    current_by_name: dict[tuple[str, str], list[str]] = {}
    for entry in entries.values():
        if entry.current:
            current_by_name.setdefault((entry.code[:2], entry.name), []).append(entry.code)
    table: dict[str, Division] = {}
    for code, entry in entries.items():
        names = [p.name for p in entry.periods]
        table[code] = Division(
            code=code,
            name=entry.name,
            province=entry.province,
            prefecture=_prefecture_name(code, entries),
            current=entry.current,
            valid_from=entry.periods[0].start,
            valid_to=entry.periods[-1].end,
            current_code=code if entry.current else _current_successor(entry, current_by_name),
            former_names=tuple(dict.fromkeys(n for n in names[:-1] if n != entry.name)),
        )
    return table


def lookup_division(code: str) -> Division | None:
    """The division with this 6-digit code, current or historical; None if no table has it."""
    return _table().get(code)


def is_ningxia(code: str) -> bool:
    return code.startswith(NINGXIA_PREFIX)


def county_divisions(province_prefix: str = NINGXIA_PREFIX, current_only: bool = True) -> list[Division]:
    """County-level divisions whose code starts with the prefix, in code order."""
    return [
        division
        for code, division in sorted(_table().items())
        if code.startswith(province_prefix)
        and division.is_county_level
        and (division.current or not current_only)
    ]
