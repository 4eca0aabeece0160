"""Agency lists: which residents the 民政, 乡村振兴, 残联 and 退役军人 offices list, and since when.

Household lists (低保, 低保边缘, 防返贫监测, 脱贫) name every member of the household; 特困 and
disability are personal. Some spans ended last year or earlier this year, because the rule that a
person qualifies for 代缴 if listed at any time in the year needs such cases.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from core.disability import DisabilityCategory, DisabilityCert, groups_for_cert
from core.synthetic.model import Source, SyntheticGroup
from core.synthetic.sampling import Weighted, chance, date_between

HARDSHIP_GROUPS = frozenset(
    {"dibao", "tekun", "dibao_bianyuan", "fanpin_jiance", "disab_severe", "disab_ivm_34"}
)
FANPIN_SUBTYPES = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")
VETERAN_GROUP = "veteran"

_LISTS_BEGIN = date(2014, 1, 1)
_MONITORING_BEGAN = date(2020, 3, 1)
_SECOND_GENERATION_CERTS = date(2012, 1, 1)

_CATEGORY = Weighted([(1, 0.14), (2, 0.22), (3, 0.02), (4, 0.34), (5, 0.08), (6, 0.08), (7, 0.12)])
_GRADE = Weighted([(1, 0.14), (2, 0.22), (3, 0.30), (4, 0.34)])
_REISSUE = Weighted([("", 0.95), ("B1", 0.04), ("B2", 0.01)])


def household_spans(
    rng: random.Random, today: date, size: int, oldest_age: int, former_poverty_county: bool
) -> list[SyntheticGroup]:
    """The household lists this household is on (shared by every member)."""
    spans: list[SyntheticGroup] = []
    elderly_only = oldest_age >= 60 and size <= 2
    dibao = chance(rng, 0.11 if elderly_only else 0.058)
    if dibao:
        spans.append(_span(rng, today, "dibao", None, "minzheng", _LISTS_BEGIN, ended=0.15))
    elif chance(rng, 0.02):
        spans.append(_span(rng, today, "dibao_bianyuan", None, "minzheng", _LISTS_BEGIN, ended=0.15))
    tuopin = chance(rng, (0.35 if dibao else 0.2) if former_poverty_county else 0.03)
    if tuopin:
        lifted = date_between(rng, date(2016, 1, 1), date(2020, 12, 31))
        spans.append(SyntheticGroup("tuopin", None, lifted, None, "xiangcun"))
    if chance(rng, 0.032):
        if tuopin:
            subtype = FANPIN_SUBTYPES[0]
        else:
            subtype = FANPIN_SUBTYPES[1] if chance(rng, 0.7) else FANPIN_SUBTYPES[2]
        spans.append(_span(rng, today, "fanpin_jiance", subtype, "xiangcun", _MONITORING_BEGAN, ended=0.25))
    return spans


def tekun_span(rng: random.Random, today: date) -> SyntheticGroup:
    return _span(rng, today, "tekun", None, "minzheng", _LISTS_BEGIN, ended=0.05)


def _span(
    rng: random.Random,
    today: date,
    group: str,
    subtype: str | None,
    source: Source,
    begin: date,
    ended: float,
) -> SyntheticGroup:
    """A span that is current, or (share ``ended``) ended last year or earlier this year."""
    end: date | None = None
    latest_start = today - timedelta(days=30)
    if chance(rng, ended):
        end = date_between(rng, date(today.year - 1, 1, 1), today - timedelta(days=1))
        latest_start = min(latest_start, end - timedelta(days=90))
    start = date_between(rng, begin, latest_start)
    return SyntheticGroup(group, subtype, start, end, source)


def for_member(spans: list[SyntheticGroup], birth: date) -> list[SyntheticGroup]:
    """A household's spans as they apply to one member: nobody is listed before being born."""
    fitted = []
    for span in spans:
        if span.start < birth:
            if span.end is not None and span.end < birth:
                continue
            span = replace(span, start=birth)
        fitted.append(span)
    return fitted


def disability_chance(age: int) -> float:
    if age < 16:
        return 0.015
    if age < 60:
        return 0.05
    if age < 75:
        return 0.11
    return 0.18


def disability_certificate(
    rng: random.Random, today: date, id_number: str, birth: date
) -> tuple[str, list[SyntheticGroup]]:
    """A second-generation certificate (ID + category + grade, sometimes a reissue suffix) and its groups."""
    category, grade = _CATEGORY.pick(rng), _GRADE.pick(rng)
    suffix = _REISSUE.pick(rng)
    number = f"{id_number}{category}{grade}{suffix}"
    reissue = int(suffix[1:]) if suffix else None
    cert = DisabilityCert(number, id_number, DisabilityCategory(category), grade, reissue)
    issued = date_between(rng, max(_SECOND_GENERATION_CERTS, birth), today - timedelta(days=1))
    groups = sorted(groups_for_cert(cert).groups)
    spans = [SyntheticGroup(group, None, issued, None, "canlian") for group in groups]
    return number, spans


def veteran_record(
    rng: random.Random, today: date, birth: date, county_code: str
) -> tuple[str, SyntheticGroup]:
    """A made-up 优待证 number (the real format is not public to us) and the 退役军人 list entry."""
    discharged = date_between(rng, _years_after(birth, 20), min(_years_after(birth, 25), today))
    number = f"{county_code}{rng.randint(2019, max(2019, today.year))}{rng.randrange(10**6):06d}"
    return number, SyntheticGroup(VETERAN_GROUP, None, discharged, None, "tuiyi")


def _years_after(birth: date, years: int) -> date:
    return date(birth.year + years, birth.month, 28 if (birth.month, birth.day) == (2, 29) else birth.day)
