"""Where the desk serves, with the names of the places a comparison mentions (the ledger's title, the
village or county a person is handed over to)."""

from __future__ import annotations

from collections.abc import Iterable

from core.compare import RegisterPerson, ServicePoint
from core.divisions import lookup_division
from core.lists.cells import compact
from core.villages import Village, VillageTable
from desktop.services.errors import ServiceError
from desktop.services.setup import village_table

COUNTY_LENGTH = 6
# the committee's name as the table gives it -> the place's name as a title or a letter says it
_COMMITTEE_SUFFIXES = (("村民委员会", "村"), ("村委会", "村"), ("社区居民委员会", "社区"), ("社区居委会", "社区"))


def service_point(village_code: str | None, persons: Iterable[RegisterPerson]) -> ServicePoint:
    """The desk's village (or, on a desk with none set, every village of its register) and place names
    for it, the other villages of its county and every village or county its residents belong to."""
    people = list(persons)
    villages = frozenset({village_code} if village_code else {p.village_code for p in people})
    counties = sorted({v[:COUNTY_LENGTH] for v in villages})
    county = counties[0] if counties else ""
    codes = set(villages) | {p.village_code for p in people} | {p.hukou_division for p in people}
    return ServicePoint(county, villages, place_names(codes, counties))


def place_names(codes: Iterable[str], counties: Iterable[str] = ()) -> dict[str, str]:
    """Village (12-digit) and county (6-digit) codes -> names; codes without a known name are left out."""
    try:
        table: VillageTable | None = village_table()
    except ServiceError:
        table = None  # a damaged village table costs the names, not the comparison
    names: dict[str, str] = {}
    if table is not None:
        for county in counties:
            names.update((v.code, short_name(v.name)) for v in table.county_villages(county))
    for code in set(codes) | set(counties):
        if code in names:
            continue
        if len(code) == COUNTY_LENGTH:
            division = lookup_division(code)
            if division is not None:
                names[code] = division.name
        elif table is not None:
            village = table.lookup_village(code).village
            if village is not None:
                names[code] = short_name(village.name)
    return names


def short_name(committee: str) -> str:
    """马河村委会 -> 马河村, 兴隆社区居委会 -> 兴隆社区: the village, not its committee."""
    for suffix, place in _COMMITTEE_SUFFIXES:
        if committee.endswith(suffix) and len(committee) > len(suffix):
            return committee[: -len(suffix)] + place
    return committee


class VillageFinder:
    """The village of the county an agency's address names, for list people nobody registered: a
    township's list names every village of it, and only this desk's own are to be registered here.

    An address names its village by the short name (十八里村) with its township (沙塘镇) before it. Both
    must be there (many village names recur across the region), the longest village name found wins
    (八里村 is inside 十八里村), and anything still ambiguous gives no village rather than a guess."""

    def __init__(self, villages: Iterable[Village]) -> None:
        self._named: dict[str, list[Village]] = {}
        for village in villages:
            self._named.setdefault(short_name(village.name), []).append(village)

    @classmethod
    def for_county(cls, county: str) -> VillageFinder:
        try:
            return cls(village_table().county_villages(county))
        except ServiceError:
            return cls(())

    def village_in(self, address: str | None) -> str | None:
        text = compact(address or "")
        found = [n for n in self._named if n in text]
        if not found:
            return None
        longest = max(map(len, found))
        candidates = [v for n in found if len(n) == longest for v in self._named[n] if v.township_name in text]
        return candidates[0].code if len(candidates) == 1 else None
