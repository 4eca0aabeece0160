from __future__ import annotations

import time

from core.divisions import county_divisions, is_ningxia, lookup_division


def test_current_ningxia_county_has_full_name_and_is_its_own_current_code() -> None:
    division = lookup_division("640423")
    assert division is not None
    assert division.name == "隆德县"
    assert division.province == "宁夏回族自治区"
    assert division.prefecture == "固原市"
    assert division.full_name == "宁夏回族自治区固原市隆德县"
    assert division.current
    assert division.valid_from == 2001
    assert division.valid_to is None
    assert division.current_code == "640423"


def test_historical_longde_code_is_known_and_maps_to_todays_county() -> None:
    division = lookup_division("642224")
    assert division is not None
    assert division.name == "隆德县"
    assert division.prefecture == "固原地区"
    assert not division.current
    assert division.valid_to == 2001
    assert division.current_code == "640423"


def test_historical_code_maps_across_prefectures_within_the_province() -> None:
    haiyuan = lookup_division("642222")
    zhongning = lookup_division("640322")
    assert haiyuan is not None
    assert zhongning is not None
    assert haiyuan.current_code == "640522"
    assert zhongning.current_code == "640521"


def test_retired_code_without_a_same_named_successor_has_no_current_code() -> None:
    zhongwei_county = lookup_division("642123")  # 中卫县 became 沙坡头区
    assert zhongwei_county is not None
    assert not zhongwei_county.current
    assert zhongwei_county.current_code is None


def test_renamed_code_keeps_its_former_names() -> None:
    division = lookup_division("130204")
    assert division is not None
    assert division.name == "古冶区"
    assert division.former_names == ("东矿区",)
    assert division.current


def test_codes_outside_ningxia_are_in_the_table() -> None:
    lanzhou = lookup_division("620102")
    assert lanzhou is not None
    assert lanzhou.full_name == "甘肃省兰州市城关区"
    assert not is_ningxia("620102")
    assert is_ningxia("642224")


def test_municipality_districts_skip_the_placeholder_prefecture() -> None:
    chaoyang = lookup_division("110105")
    assert chaoyang is not None
    assert chaoyang.prefecture is None
    assert chaoyang.full_name == "北京市朝阳区"


def test_unknown_code_is_none() -> None:
    assert lookup_division("990101") is None
    assert lookup_division("64042") is None


def test_ningxia_has_twenty_two_current_county_level_units() -> None:
    counties = county_divisions()
    assert len(counties) == 22
    assert {d.prefecture for d in counties} == {"银川市", "石嘴山市", "吴忠市", "固原市", "中卫市"}
    assert [d.code for d in counties] == sorted(d.code for d in counties)
    assert all(d.current and d.is_county_level for d in counties)


def test_county_list_with_history_includes_retired_counties() -> None:
    codes = {d.code for d in county_divisions("64", current_only=False)}
    assert {"642224", "640423", "640222"} <= codes
    assert "640101" not in codes  # 市辖区 groups districts; it is not a county


def test_lookups_after_the_first_are_fast() -> None:
    lookup_division("640423")
    start = time.perf_counter()
    for _ in range(10_000):
        lookup_division("642224")
    assert time.perf_counter() - start < 0.1
