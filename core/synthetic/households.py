"""Who lives together: household shapes of a rural Ningxia village with ages that fit.

Parents are 20-40 years older than their children, spouses within a few years of each other. Many
households are elderly people alone or as a couple (the young work away); others span three
generations, with the head's son, daughter-in-law and grandchildren, or with the head's parents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Literal

from core.synthetic.model import HAN, HUI, Sex
from core.synthetic.names import pick_given_name, pick_surname
from core.synthetic.sampling import Weighted, between, chance, day_in_year

Origin = Literal["local", "ningxia", "gansu"]

MAX_MEMBERS = 7
MIN_PARENT_GAP = 20
MAX_PARENT_GAP = 40
OLDEST_AGE = 95
MIN_MARRIAGE_AGE = 20
MARRIED_SON_AGE = 21

HEAD = "户主"
SPOUSE = "配偶"
SON = "子"
DAUGHTER = "女"
DAUGHTER_IN_LAW = "儿媳"
GRANDSON = "孙子"
GRANDDAUGHTER = "孙女"
FATHER = "父亲"
MOTHER = "母亲"

_KINDS = Weighted(
    [
        ("elder_alone", 0.11),
        ("elder_couple", 0.17),
        ("nuclear", 0.27),
        ("with_grandchildren", 0.24),
        ("with_parents", 0.13),
        ("single_adult", 0.08),
    ]
)
_CHILD_COUNT = Weighted([(1, 0.35), (2, 0.45), (3, 0.2)])
_GRANDCHILD_COUNT = Weighted([(1, 0.45), (2, 0.4), (3, 0.15)])
_MARRIED_IN_FROM = Weighted[Origin]([("local", 0.8), ("gansu", 0.12), ("ningxia", 0.08)])


@dataclass(frozen=True, slots=True)
class Member:
    """A household member before IDs, flags and lists are attached."""

    relation: str
    sex: Sex
    birth_date: date
    name: str
    ethnicity: str
    origin: Origin

    @property
    def birth_year(self) -> int:
        return self.birth_date.year


class _Builder:
    def __init__(self, rng: random.Random, today: date, ethnicity: str) -> None:
        self.rng = rng
        self.today = today
        self.ethnicity = ethnicity
        self.members: list[Member] = []

    def full(self) -> bool:
        return len(self.members) >= MAX_MEMBERS

    def year_aged(self, low: float, high: float, mode: float) -> int:
        return self.today.year - round(self.rng.triangular(low, high, mode))

    def add(
        self,
        relation: str,
        sex: Sex,
        year: int,
        surname: str,
        ethnicity: str | None = None,
        origin: Origin = "local",
    ) -> Member:
        ethnicity = ethnicity or self.ethnicity
        member = Member(
            relation=relation,
            sex=sex,
            birth_date=day_in_year(self.rng, year, self.today),
            name=surname + pick_given_name(self.rng, sex, year, ethnicity),
            ethnicity=ethnicity,
            origin=origin,
        )
        self.members.append(member)
        return member

    def add_wife(self, relation: str, husband_year: int) -> Member:
        """A woman who married into the household, a little younger than her husband (or slightly older)."""
        ethnicity = self.ethnicity if chance(self.rng, 0.97) else (HAN if self.ethnicity == HUI else HUI)
        year = min(husband_year + between(self.rng, -2, 6), self.today.year - MIN_MARRIAGE_AGE)
        return self.add(
            relation, "F", year, pick_surname(self.rng, ethnicity), ethnicity, _MARRIED_IN_FROM.pick(self.rng)
        )

    def child_years(self, parent_years: list[int], count: int, oldest_age: int | None = None) -> list[int]:
        """Birth years for children of these parents, oldest first; none when no year fits.

        ``oldest_age`` keeps grown-up children out of households they would have left by then."""
        low = max(parent_years) + MIN_PARENT_GAP
        high = min(min(parent_years) + MAX_PARENT_GAP, self.today.year)
        if oldest_age is not None:
            low = max(low, self.today.year - oldest_age)
        if low > high:
            return []
        return sorted(between(self.rng, low, high) for _ in range(count))

    def add_children(
        self,
        surname: str,
        parent_years: list[int],
        count: int,
        sons: str = SON,
        daughters: str = DAUGHTER,
        oldest_age: int | None = None,
    ) -> None:
        for year in self.child_years(parent_years, count, oldest_age):
            if self.full():
                return
            sex: Sex = "M" if chance(self.rng, 0.52) else "F"
            self.add(sons if sex == "M" else daughters, sex, year, surname)


def build_household(rng: random.Random, today: date, ethnicity: str) -> list[Member]:
    """One household of 1-7 members; the head comes first."""
    builder = _Builder(rng, today, ethnicity)
    kind = _KINDS.pick(rng)
    _BUILDERS[kind](builder)
    return builder.members


def _elder_alone(b: _Builder) -> None:
    year = b.year_aged(62, OLDEST_AGE, 74)
    if chance(b.rng, 0.6):
        b.add(HEAD, "F", year, pick_surname(b.rng, b.ethnicity), origin=_MARRIED_IN_FROM.pick(b.rng))
    else:
        b.add(HEAD, "M", year, pick_surname(b.rng, b.ethnicity))


def _elder_couple(b: _Builder) -> None:
    year = b.year_aged(60, OLDEST_AGE - 4, 69)
    b.add(HEAD, "M", year, pick_surname(b.rng, b.ethnicity))
    b.add_wife(SPOUSE, year)


def _nuclear(b: _Builder) -> None:
    surname = pick_surname(b.rng, b.ethnicity)
    head = b.add(HEAD, "M", b.year_aged(24, 60, 44), surname)
    wife = b.add_wife(SPOUSE, head.birth_year)
    b.add_children(surname, [head.birth_year, wife.birth_year], _CHILD_COUNT.pick(b.rng), oldest_age=32)


def _with_grandchildren(b: _Builder) -> None:
    """An older couple (or a widowed parent) with their married son, his wife and their children."""
    head_year = b.year_aged(48, 84, 63)
    parent_years = [head_year]
    family = pick_surname(b.rng, b.ethnicity)  # the surname the children carry
    if chance(b.rng, 0.8):
        b.add(HEAD, "M", head_year, family)
        parent_years.append(b.add_wife(SPOUSE, head_year).birth_year)
    elif chance(b.rng, 0.55):  # a widow heads the household; the family name was her late husband's
        b.add(HEAD, "F", head_year, pick_surname(b.rng, b.ethnicity), origin=_MARRIED_IN_FROM.pick(b.rng))
    else:
        b.add(HEAD, "M", head_year, family)
    son_years = [y for y in b.child_years(parent_years, 1) if b.today.year - y >= MARRIED_SON_AGE]
    if not son_years:
        b.add_children(family, parent_years, _CHILD_COUNT.pick(b.rng), oldest_age=32)
        return
    son = b.add(SON, "M", son_years[0], family)
    wife = b.add_wife(DAUGHTER_IN_LAW, son.birth_year)
    b.add_children(
        family,
        [son.birth_year, wife.birth_year],
        _GRANDCHILD_COUNT.pick(b.rng),
        sons=GRANDSON,
        daughters=GRANDDAUGHTER,
    )
    if not b.full() and chance(b.rng, 0.12):
        for year in b.child_years(parent_years, 1, oldest_age=30):
            b.add(DAUGHTER, "F", year, family)


def _with_parents(b: _Builder) -> None:
    """A middle-aged couple with their children and one or both of the head's parents."""
    surname = pick_surname(b.rng, b.ethnicity)
    head = b.add(HEAD, "M", b.year_aged(28, 60, 45), surname)
    parent_years = [head.birth_year]
    if chance(b.rng, 0.92):
        parent_years.append(b.add_wife(SPOUSE, head.birth_year).birth_year)
    b.add_children(surname, parent_years, _CHILD_COUNT.pick(b.rng), oldest_age=30)
    father_gap = between(b.rng, 24, 36)
    father_year = head.birth_year - father_gap
    roll = b.rng.random()
    if roll < 0.65 and b.today.year - father_year <= OLDEST_AGE and not b.full():
        b.add(FATHER, "M", father_year, surname)
    if roll >= 0.15 and not b.full():
        mother_year = father_year + between(b.rng, -2, min(6, father_gap - MIN_PARENT_GAP))
        if b.today.year - mother_year <= OLDEST_AGE:
            b.add(
                MOTHER,
                "F",
                mother_year,
                pick_surname(b.rng, b.ethnicity),
                origin=_MARRIED_IN_FROM.pick(b.rng),
            )


def _single_adult(b: _Builder) -> None:
    sex: Sex = "M" if chance(b.rng, 0.8) else "F"
    b.add(HEAD, sex, b.year_aged(22, 62, 40), pick_surname(b.rng, b.ethnicity))


_BUILDERS = {
    "elder_alone": _elder_alone,
    "elder_couple": _elder_couple,
    "nuclear": _nuclear,
    "with_grandchildren": _with_grandchildren,
    "with_parents": _with_parents,
    "single_adult": _single_adult,
}
