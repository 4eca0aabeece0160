"""Ningxia's villages and communities with their 12-digit statistical codes (统计用区划代码).

A service point is a village committee (村委会) or a community (社区居委会). Its 12-digit code is
county (6 digits) + township or street (3) + village (3). The table is read from a CSV with the
columns ``code,name,township_code,township_name``; the one Cunbao ships
(``resources/divisions/ningxia_villages.csv``) holds province 64 only, extracted from the npm
package china-division 2.7.0 (WTFPL licence), which republishes the National Bureau of
Statistics' 2023 统计用区划代码 (stats.gov.cn, as of 2023-06-30). County names come from
:mod:`core.divisions`, so a county has one name everywhere in Cunbao.
"""

from __future__ import annotations

import csv
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.divisions import NINGXIA_PREFIX, lookup_division
from core.problems import Problem, error, problem_codes

CODE_LENGTH = 12
TOWNSHIP_LENGTH = 9
COUNTY_LENGTH = 6
COLUMNS = ("code", "name", "township_code", "township_name")
SEARCH_LIMIT = 200


@problem_codes
class VillageProblem(StrEnum):
    EMPTY = "village.empty"
    FORMAT = "village.format"
    OUTSIDE_NINGXIA = "village.outside_ningxia"
    UNKNOWN = "village.unknown"
    DATA_UNREADABLE = "village.data_unreadable"
    DATA_MALFORMED = "village.data_malformed"


class VillageDataError(Exception):
    """The village table cannot be used; ``problem`` says which file and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass(frozen=True)
class County:
    code: str
    name: str


@dataclass(frozen=True)
class Township:
    code: str
    name: str
    county_code: str
    county_name: str


@dataclass(frozen=True)
class Village:
    code: str
    name: str
    township_code: str
    township_name: str
    county_code: str
    county_name: str

    @property
    def full_name(self) -> str:
        """County, township and village, as a form's 服务网点 line reads."""
        return f"{self.county_name}{self.township_name}{self.name}"


@dataclass(frozen=True)
class VillageLookup:
    input: str
    village: Village | None  # only when the code is a known Ningxia village
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.village is not None


def normalize_code(raw: str) -> str:
    """Full-width digits and stray spaces, as pasted from a spreadsheet, become plain digits."""
    return "".join(unicodedata.normalize("NFKC", raw).split())


def check_code_shape(code: str) -> tuple[Problem, ...]:
    """Problems of the code's form alone, before any table is consulted."""
    if not code:
        return (error(VillageProblem.EMPTY, "village_code"),)
    if len(code) != CODE_LENGTH or not code.isascii() or not code.isdigit():
        return (error(VillageProblem.FORMAT, "village_code", shown=code, length=CODE_LENGTH),)
    if not code.startswith(NINGXIA_PREFIX):
        return (error(VillageProblem.OUTSIDE_NINGXIA, "village_code", shown=code),)
    return ()


class VillageTable:
    """Every village of the table, reachable by county, township, code and name."""

    def __init__(self, villages: Iterable[Village]) -> None:
        self._by_code = {v.code: v for v in sorted(villages, key=lambda v: v.code)}
        self._by_township: dict[str, list[Village]] = {}
        self._townships: dict[str, list[Township]] = {}
        for village in self._by_code.values():
            members = self._by_township.setdefault(village.township_code, [])
            if not members:
                self._townships.setdefault(village.county_code, []).append(
                    Township(village.township_code, village.township_name, village.county_code, village.county_name)
                )
            members.append(village)

    def __len__(self) -> int:
        return len(self._by_code)

    def counties(self) -> list[County]:
        """Counties that have villages in the table, in code order."""
        return [County(code, townships[0].county_name) for code, townships in sorted(self._townships.items())]

    def townships(self, county_code: str) -> list[Township]:
        """The townships and streets of a county in code order; empty for an unknown county."""
        return list(self._townships.get(county_code, ()))

    def villages(self, township_code: str) -> list[Village]:
        """The villages and communities of one township in code order."""
        return list(self._by_township.get(township_code, ()))

    def county_villages(self, county_code: str) -> list[Village]:
        return [v for t in self._townships.get(county_code, ()) for v in self._by_township[t.code]]

    def lookup_village(self, raw: str) -> VillageLookup:
        code = normalize_code(raw)
        problems = check_code_shape(code)
        if problems:
            return VillageLookup(raw, None, problems)
        village = self._by_code.get(code)
        if village is None:
            return VillageLookup(raw, None, (error(VillageProblem.UNKNOWN, "village_code", shown=code),))
        return VillageLookup(raw, village, ())

    def search_villages(self, text: str, limit: int = SEARCH_LIMIT) -> list[Village]:
        """Villages whose code starts with the digits typed, or whose name contains the text."""
        query = normalize_code(text)
        if not query:
            return []
        if query.isascii() and query.isdigit():
            found = (v for v in self._by_code.values() if v.code.startswith(query))
        else:
            found = (v for v in self._by_code.values() if query in v.name)
        return list(itertools.islice(found, limit))


def load_villages(path: Path) -> VillageTable:
    """Read the CSV; raises :class:`VillageDataError` naming the file (and line) on any defect."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise VillageDataError(error(VillageProblem.DATA_UNREADABLE, path=str(path), reason=str(exc))) from exc
    if not rows or tuple(rows[0]) != COLUMNS:
        raise VillageDataError(error(VillageProblem.DATA_MALFORMED, path=str(path), line=1))
    villages = []
    for line, row in enumerate(rows[1:], start=2):
        village = _village(row)
        if village is None:
            raise VillageDataError(error(VillageProblem.DATA_MALFORMED, path=str(path), line=line))
        villages.append(village)
    return VillageTable(villages)


def _village(row: list[str]) -> Village | None:
    if len(row) != len(COLUMNS):
        return None
    code, name, township_code, township_name = (cell.strip() for cell in row)
    if check_code_shape(code) or not code.startswith(township_code) or len(township_code) != TOWNSHIP_LENGTH:
        return None
    if not name or not township_name:
        return None
    county_code = code[:COUNTY_LENGTH]
    county = lookup_division(county_code)
    # a county newer than the installed division table still gets a readable label
    county_name = county.name if county is not None else county_code
    return Village(code, name, township_code, township_name, county_code, county_name)
