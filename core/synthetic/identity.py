"""ID numbers, registration places and phone numbers for the synthetic residents."""

from __future__ import annotations

import random
from datetime import date

from core.ids import make_resident_id
from core.synthetic.households import Member
from core.synthetic.model import Sex
from core.synthetic.places import Place, gansu_origin, registration_code
from core.synthetic.sampling import Weighted, below, chance

# Share of Gansu brides (under 60) whose hukou never moved to Ningxia.
_HUKOU_LEFT_IN_GANSU = 0.2

_MOBILE_PREFIXES = Weighted(
    [
        ("139", 3.0),
        ("138", 3.0),
        ("137", 2.0),
        ("135", 2.0),
        ("151", 2.0),
        ("152", 2.0),
        ("157", 1.0),
        ("158", 2.0),
        ("159", 2.0),
        ("182", 1.5),
        ("183", 1.5),
        ("187", 1.5),
        ("188", 1.5),
        ("198", 1.0),
        ("130", 1.5),
        ("131", 1.0),
        ("155", 1.0),
        ("156", 1.0),
        ("185", 1.0),
        ("186", 1.5),
        ("176", 1.0),
        ("133", 1.0),
        ("153", 1.0),
        ("173", 0.5),
        ("177", 0.5),
        ("180", 1.0),
        ("181", 1.0),
        ("189", 1.5),
        ("191", 0.5),
        ("199", 0.5),
        ("166", 0.3),
        ("147", 0.3),
        ("170", 0.2),
    ]
)


class IdAllocator:
    """Hands out ID numbers that are unique within the village: one sequence per code and birthday."""

    def __init__(self) -> None:
        self._used: set[tuple[str, date, int]] = set()

    def allocate(self, rng: random.Random, division_code: str, birth: date, sex: Sex) -> str:
        for _ in range(1000):
            # The 17th digit is odd for men and even for women; the sequence runs 0..999.
            sequence = 2 * below(rng, 500) + (1 if sex == "M" else 0)
            key = (division_code, birth, sequence)
            if key not in self._used:
                self._used.add(key)
                return make_resident_id(division_code, birth, sequence)
        raise RuntimeError(f"no free sequence left for {division_code} {birth}")


def registration(rng: random.Random, member: Member, place: Place, age: int) -> tuple[str, str]:
    """(division code in the ID number, hukou division today) for a member of a village household."""
    year = member.birth_year
    if member.origin == "gansu":
        id_code, gansu_today = gansu_origin(rng, member.ethnicity, year)
        keeps_gansu_hukou = age < 60 and chance(rng, _HUKOU_LEFT_IN_GANSU)
        return id_code, gansu_today if keeps_gansu_hukou else place.county_code
    if member.origin == "ningxia":
        return registration_code(rng, rng.choice(place.neighbours), year), place.county_code
    return registration_code(rng, place.county_code, year), place.county_code


def pick_phone(rng: random.Random, age: int) -> str | None:
    """Most adults have a mobile; fewer of the old; children none."""
    if age < 16:
        return None
    if age < 18:
        own = 0.6
    elif age < 60:
        own = 0.95
    elif age < 75:
        own = 0.75
    else:
        own = 0.45
    if not chance(rng, own):
        return None
    return f"{_MOBILE_PREFIXES.pick(rng)}{below(rng, 10**8):08d}"
