"""Place names and the village an agency's address names."""

from __future__ import annotations

from core.villages import Village
from desktop.services.compare_places import VillageFinder, place_names, short_name


def village(code: str, name: str, township: str) -> Village:
    return Village(code, name, code[:9], township, code[:6], "隆德县")


FINDER = VillageFinder(
    [
        village("640423101203", "十八里村委会", "沙塘镇"),
        village("640423101299", "八里村委会", "沙塘镇"),
        village("640423200201", "新兴村委会", "城关镇"),
        village("640423201201", "新兴村委会", "温堡乡"),
    ]
)


def test_the_longest_village_name_in_an_address_wins() -> None:
    assert FINDER.village_in("隆德县沙塘镇十八里村三组5号") == "640423101203"
    assert FINDER.village_in("隆德县沙塘镇八里村一组") == "640423101299"


def test_a_village_counts_only_with_its_own_township_in_the_address() -> None:
    assert FINDER.village_in("温堡乡新兴村二组") == "640423201201"
    assert FINDER.village_in("新兴村二组") is None
    assert FINDER.village_in("观庄乡十八里村") is None
    assert FINDER.village_in(None) is None
    assert FINDER.village_in("银川市金凤区") is None


def test_committees_are_named_as_places() -> None:
    assert (short_name("马河村委会"), short_name("兴隆社区居委会"), short_name("红崖社区")) == (
        "马河村",
        "兴隆社区",
        "红崖社区",
    )
    names = place_names(["640423101202", "640423"], ["640423"])
    assert (names["640423101202"], names["640423"], names["640423101203"]) == ("马河村", "隆德县", "十八里村")
