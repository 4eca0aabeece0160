"""Where the synthetic residents live and were first registered.

County facts here serve realism only and are rough impressions, not statistics: the Hui share of
each Ningxia county, the nine former poverty counties (where about a fifth of villagers are on the
脱贫 list), and the division codes an ID number keeps from before a county was renamed or moved
(a 隆德 resident born before 2001 may carry 642224). Town and village names are made up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from core.divisions import county_divisions, is_ningxia, lookup_division
from core.problems import Problem, error, problem_codes
from core.synthetic.model import HUI
from core.synthetic.sampling import Weighted, chance, seeded_random

MAX_RESIDENTS = 1_000_000


@problem_codes
class DemoProblem(StrEnum):
    VILLAGE_FORMAT = "synthetic.village_format"
    VILLAGE_NOT_NINGXIA = "synthetic.village_not_ningxia"
    VILLAGE_UNKNOWN_COUNTY = "synthetic.village_unknown_county"
    RESIDENTS_RANGE = "synthetic.residents_range"


# fmt: off
_HUI_SHARE: dict[str, float] = {
    "640104": 0.25, "640105": 0.2, "640106": 0.2, "640121": 0.3, "640122": 0.25, "640181": 0.45,
    "640202": 0.2, "640205": 0.25, "640221": 0.3, "640302": 0.5, "640303": 0.6, "640323": 0.03,
    "640324": 0.85, "640381": 0.25, "640402": 0.45, "640422": 0.55, "640423": 0.13, "640424": 0.78,
    "640425": 0.3, "640502": 0.12, "640521": 0.2, "640522": 0.7,
}
# fmt: on

_FORMER_POVERTY_COUNTIES = frozenset(
    {"640402", "640422", "640423", "640424", "640425", "640522", "640324", "640323", "640303"}
)

# Earlier codes of today's county, each with the last birth year it was handed out for.
_EARLIER_CODES: dict[str, tuple[tuple[str, int], ...]] = {
    "640402": (("642221", 2000),),
    "640422": (("642223", 2000),),
    "640423": (("642224", 2000),),
    "640424": (("642225", 2000),),
    "640425": (("642226", 2000),),
    "640522": (("642222", 2000), ("640421", 2002)),
    "640302": (("642101", 1997),),
    "640381": (("642102", 1997),),
    "640323": (("642126", 1997),),
    "640324": (("642127", 1997),),
    "640502": (("642123", 1997), ("640321", 2002)),
    "640521": (("642124", 1997), ("640322", 2002)),
}

# Gansu counties near the Guyuan area that brides come from: today's code, the Pingliang-prefecture
# code used before 2002 (or None), and whether the county is largely Hui.
_GANSU_ORIGINS: tuple[tuple[str, str | None, bool], ...] = (
    ("620826", "622727", False),  # 静宁县
    ("620825", "622726", False),  # 庄浪县
    ("620522", None, False),  # 秦安县
    ("620422", None, False),  # 会宁县
    ("620525", None, True),  # 张家川回族自治县
    ("622921", None, True),  # 临夏县
    ("622924", None, True),  # 广河县
)
_GANSU_HAN = Weighted((origin, 1.0) for origin in _GANSU_ORIGINS if not origin[2])
_GANSU_HUI = Weighted((origin, 1.0) for origin in _GANSU_ORIGINS if origin[2])
_PINGLIANG_RENAMED = 2002

_TOWN_STEMS = ("沙塘", "好水", "凤岭", "杨河", "张程", "红崖", "峰台", "温堡", "石庙", "观庄", "联财")
_VILLAGE_STEMS = (
    "清泉", "柳沟", "北联", "新民", "光联", "大庄", "马河", "李士", "杨家", "红星",
    "前进", "双村", "水磨", "庙湾", "石岔", "锦屏", "梁堡", "张树", "团结", "新合",
)  # fmt: skip
_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


@dataclass(frozen=True)
class Place:
    """The village being generated and its county."""

    village_code: str
    county_code: str
    address_prefix: str
    hui_share: float
    former_poverty_county: bool
    neighbours: tuple[str, ...]

    def address(self, team: int, number: int) -> str:
        # Villages write their first teams (村民小组) in words; huge synthetic villages need more.
        team_name = _NUMERALS[team - 1] if team <= len(_NUMERALS) else str(team)
        return f"{self.address_prefix}{team_name}组{number}号"


def check_options(village_code: str, n_residents: int) -> list[Problem]:
    """Problems with the demo options: a 6-, 9- or 12-digit Ningxia code of today, a sane size."""
    problems: list[Problem] = []
    if not (village_code.isascii() and village_code.isdigit() and len(village_code) in (6, 9, 12)):
        problems.append(error(DemoProblem.VILLAGE_FORMAT, "village", village=village_code))
    elif not is_ningxia(village_code):
        problems.append(error(DemoProblem.VILLAGE_NOT_NINGXIA, "village", village=village_code))
    else:
        county = lookup_division(village_code[:6])
        if county is None or not county.current or not county.is_county_level:
            problems.append(
                error(
                    DemoProblem.VILLAGE_UNKNOWN_COUNTY,
                    "village",
                    village=village_code,
                    county=village_code[:6],
                )
            )
    if not 1 <= n_residents <= MAX_RESIDENTS:
        problems.append(
            error(
                DemoProblem.RESIDENTS_RANGE,
                "residents",
                residents=n_residents,
                minimum=1,
                maximum=MAX_RESIDENTS,
            )
        )
    return problems


def place_for(village_code: str) -> Place:
    """The village's county and a made-up town and village name that depend on the code alone."""
    county_code = village_code[:6]
    county = lookup_division(county_code)
    if county is None:
        raise ValueError(f"unknown county code {county_code}")
    rng = seeded_random(village_code, 0, "place")
    town = rng.choice(_TOWN_STEMS) + rng.choice(("镇", "乡"))
    village = rng.choice(_VILLAGE_STEMS) + "村"
    others = [d.code for d in county_divisions() if d.code != county_code]
    same_prefecture = tuple(code for code in others if code[:4] == county_code[:4])
    return Place(
        village_code=village_code,
        county_code=county_code,
        address_prefix=f"{county.full_name}{town}{village}",
        hui_share=_HUI_SHARE.get(county_code, 0.3),
        former_poverty_county=county_code in _FORMER_POVERTY_COUNTIES,
        neighbours=same_prefecture or tuple(others),
    )


def registration_code(rng: random.Random, county_code: str, birth_year: int) -> str:
    """The code a person first registered in this county carries: sometimes the county's older code."""
    for code, last_year in _EARLIER_CODES.get(county_code, ()):
        if birth_year <= last_year:
            return code if chance(rng, 0.5 if birth_year <= 1990 else 0.3) else county_code
    return county_code


def gansu_origin(rng: random.Random, ethnicity: str, birth_year: int) -> tuple[str, str]:
    """(code in the ID number, today's code) of a bride from Gansu."""
    current, before_2002, _ = (_GANSU_HUI if ethnicity == HUI else _GANSU_HAN).pick(rng)
    if before_2002 is not None and birth_year < _PINGLIANG_RENAMED:
        return before_2002, current
    return current, current
