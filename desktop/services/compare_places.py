"""Where the desk serves, with the names of the places a comparison mentions (the ledger's title, the
village or county a person is handed over to)."""

from __future__ import annotations

from collections.abc import Iterable

from core.compare import RegisterPerson, ServicePoint
from core.divisions import lookup_division
from core.villages import VillageTable
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
