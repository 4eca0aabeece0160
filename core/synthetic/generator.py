"""The synthetic village, built household by household from one seeded random stream.

Everything depends only on (village code, number of residents, seed, reference date), so the same
options give the same village; without a reference date the generator uses today's date, which
moves ages and list spans along with the calendar. The stream is consumed household by
household, so a smaller village is the beginning of a larger one with the same options.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from itertools import count

from core.ids import age_on
from core.problems import Problem
from core.synthetic.cases import cases_for
from core.synthetic.households import Member, build_household
from core.synthetic.identity import IdAllocator, pick_phone, registration
from core.synthetic.lists import (
    HARDSHIP_GROUPS,
    disability_certificate,
    disability_chance,
    for_member,
    household_spans,
    tekun_span,
    veteran_record,
)
from core.synthetic.model import (
    HAN,
    HUI,
    HouseholdBatch,
    SyntheticCase,
    SyntheticGroup,
    SyntheticHousehold,
    SyntheticResident,
    SyntheticVillage,
)
from core.synthetic.places import Place, check_options, place_for
from core.synthetic.sampling import chance, seeded_random
from core.synthetic.scheme import scheme_status, work_flags

HOUSEHOLDS_PER_TEAM = 45


class DemoOptionsError(ValueError):
    """The options were refused; ``problems`` says why, in codes."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = tuple(problems)


def generate(
    village_code: str, n_residents: int, seed: int = 0, today: date | None = None
) -> SyntheticVillage:
    """A whole village of exactly ``n_residents`` residents in memory."""
    households: list[SyntheticHousehold] = []
    residents: list[SyntheticResident] = []
    cases: list[SyntheticCase] = []
    for batch in iter_households(village_code, n_residents, seed, today):
        households.append(batch.household)
        residents.extend(batch.residents)
        cases.extend(batch.cases)
    return SyntheticVillage(village_code, tuple(households), tuple(residents), tuple(cases))


def iter_residents(
    village_code: str, n_residents: int, seed: int = 0, today: date | None = None
) -> Iterator[SyntheticResident]:
    """The same residents as :func:`generate`, one at a time, for very large villages."""
    for batch in iter_households(village_code, n_residents, seed, today):
        yield from batch.residents


def iter_households(
    village_code: str, n_residents: int, seed: int = 0, today: date | None = None
) -> Iterator[HouseholdBatch]:
    """Households with their members and cases until there are ``n_residents`` residents."""
    problems = check_options(village_code, n_residents)
    if problems:
        raise DemoOptionsError(problems)
    return _Village(village_code, seed, today or date.today()).households(n_residents)


class _Village:
    def __init__(self, village_code: str, seed: int, today: date) -> None:
        self.rng: random.Random = seeded_random(village_code, seed)
        self.today = today
        self.place: Place = place_for(village_code)
        self.ids = IdAllocator()
        self._resident_numbers = count(1)
        self._case_numbers = count(1)

    def households(self, n_residents: int) -> Iterator[HouseholdBatch]:
        made = 0
        for number in count(1):
            if made >= n_residents:
                return
            ethnicity = HUI if chance(self.rng, self.place.hui_share) else HAN
            members = build_household(self.rng, self.today, ethnicity)[: n_residents - made]
            made += len(members)
            yield self._household(number, members)

    def _household(self, number: int, members: list[Member]) -> HouseholdBatch:
        key = f"H{number:06d}"
        team, door = divmod(number - 1, HOUSEHOLDS_PER_TEAM)
        address = self.place.address(team + 1, door + 1)
        ages = [age_on(m.birth_date, self.today) for m in members]
        shared = household_spans(
            self.rng, self.today, len(members), max(ages), self.place.former_poverty_county
        )
        residents = tuple(
            self._resident(key, address, member, age, shared, alone=len(members) == 1)
            for member, age in zip(members, ages, strict=True)
        )
        cases = tuple(
            case
            for resident in residents
            for case in cases_for(self.rng, self.today, resident, self._case_numbers)
        )
        household = SyntheticHousehold(key, residents[0].key, address, tuple(r.key for r in residents))
        return HouseholdBatch(household, residents, cases)

    def _resident(
        self, household_key: str, address: str, m: Member, age: int, shared: list[SyntheticGroup], alone: bool
    ) -> SyntheticResident:
        rng, today = self.rng, self.today
        id_code, hukou = registration(rng, m, self.place, age)
        id_number = self.ids.allocate(rng, id_code, m.birth_date, m.sex)
        groups = for_member(shared, m.birth_date)
        certificate = None
        if chance(rng, disability_chance(age)):
            certificate, disability_spans = disability_certificate(rng, today, id_number, m.birth_date)
            groups.extend(disability_spans)
        if alone and not any(g.group == "dibao" for g in groups) and _tekun_candidate(rng, age, groups):
            groups.append(tekun_span(rng, today))
        veteran_no = None
        if chance(rng, _veteran_chance(m.sex, age)):
            veteran_no, veteran_span = veteran_record(rng, today, m.birth_date, self.place.county_code)
            groups.append(veteran_span)
        hardship = any(g.group in HARDSHIP_GROUPS and g.active_in_year(today.year) for g in groups)
        tuopin = any(g.group == "tuopin" for g in groups)
        work = work_flags(rng, age, hardship)
        scheme = scheme_status(rng, today, m.birth_date, age, work, hukou.startswith("64"), hardship, tuopin)
        return SyntheticResident(
            key=f"R{next(self._resident_numbers):06d}",
            household_key=household_key,
            relation_to_head=m.relation,
            name=m.name,
            sex=m.sex,
            birth_date=m.birth_date,
            id_number=id_number,
            phone=pick_phone(rng, age),
            village_code=self.place.village_code,
            hukou_division=hukou,
            address=address,
            ethnicity=m.ethnicity,
            student=work.student,
            employee_pension=work.employee_pension,
            public_institution=work.public_institution,
            veteran=veteran_no is not None,
            veteran_cert_no=veteran_no,
            flexible_worker=work.flexible_worker,
            employment_difficulty=work.employment_difficulty,
            enrolled=scheme.enrolled,
            enrolled_since=scheme.enrolled_since,
            tier=scheme.tier,
            receiving_pension=scheme.receiving_pension,
            pension_start=scheme.pension_start,
            contribution_years=scheme.contribution_years,
            groups=tuple(groups),
            disability_cert=certificate,
        )


def _tekun_candidate(rng: random.Random, age: int, groups: list[SyntheticGroup]) -> bool:
    """特困: people living alone with no one to support them - the old, or adults severely disabled."""
    if age >= 60:
        return chance(rng, 0.4)
    severe = any(g.group == "disab_severe" for g in groups)
    return age >= 16 and severe and chance(rng, 0.5)


def _veteran_chance(sex: str, age: int) -> float:
    if sex == "M":
        return 0.035 if 22 <= age <= 80 else 0.0
    return 0.002 if 22 <= age <= 60 else 0.0
