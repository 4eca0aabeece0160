from __future__ import annotations

from pathlib import Path

import pytest

from core.divisions import county_divisions
from core.problems import Problem
from core.villages import (
    VillageDataError,
    VillageProblem,
    VillageTable,
    load_villages,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "divisions" / "ningxia_villages.csv"


@pytest.fixture(scope="module")
def table() -> VillageTable:
    return load_villages(SHIPPED)


def _codes(problems: tuple[Problem, ...]) -> list[str]:
    return [p.code for p in problems]


def test_shipped_table_holds_every_ningxia_village_and_nothing_else(table: VillageTable) -> None:
    assert 2800 < len(table) < 3100
    assert {c.code for c in table.counties()} == {d.code for d in county_divisions()}


def test_county_names_come_from_the_division_table(table: VillageTable) -> None:
    names = {c.code: c.name for c in table.counties()}
    assert names["640423"] == "隆德县"
    assert names["640104"] == "兴庆区"


def test_townships_of_a_county_in_code_order(table: VillageTable) -> None:
    townships = table.townships("640423")
    assert townships[0].code == "640423100"
    assert townships[0].name == "城关镇"
    assert [t.code for t in townships] == sorted(t.code for t in townships)
    assert all(t.county_name == "隆德县" for t in townships)
    assert table.townships("640499") == []


def test_villages_of_a_township_belong_to_it(table: VillageTable) -> None:
    villages = table.villages("640423100")
    assert villages
    assert all(v.code.startswith("640423100") and v.township_name == "城关镇" for v in villages)
    assert sum(len(table.villages(t.code)) for t in table.townships("640423")) == len(table.county_villages("640423"))


def test_lookup_gives_the_village_with_its_township_and_county(table: VillageTable) -> None:
    found = table.lookup_village("640423100004")
    assert found.ok
    assert found.problems == ()
    village = found.village
    assert village is not None
    assert (village.name, village.township_name, village.county_name) == ("红崖社区", "城关镇", "隆德县")
    assert village.county_code == "640423"
    assert village.full_name == "隆德县城关镇红崖社区"


def test_lookup_accepts_full_width_digits_and_spaces(table: VillageTable) -> None:
    assert table.lookup_village(" ６４０４２３ １００００４ ").ok


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", VillageProblem.EMPTY),
        ("64042310000", VillageProblem.FORMAT),
        ("6404231000041", VillageProblem.FORMAT),
        ("64042310000A", VillageProblem.FORMAT),
        ("620102001001", VillageProblem.OUTSIDE_NINGXIA),
        ("640423100999", VillageProblem.UNKNOWN),
    ],
)
def test_lookup_names_the_problem_with_a_bad_code(table: VillageTable, raw: str, code: VillageProblem) -> None:
    found = table.lookup_village(raw)
    assert not found.ok
    assert found.village is None
    assert _codes(found.problems) == [code]


def test_search_by_name_fragment(table: VillageTable) -> None:
    found = table.search_villages("红崖")
    assert found
    assert all("红崖" in v.name for v in found)
    assert "640423100004" in {v.code for v in found}


def test_search_by_code_prefix_and_limit(table: VillageTable) -> None:
    found = table.search_villages("640423", limit=5)
    assert len(found) == 5
    assert all(v.code.startswith("640423") for v in found)
    assert table.search_villages("  ") == []
    assert table.search_villages("不存在的村名") == []


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "code,name,township_code,township_name\n"


def test_a_small_handed_table_loads(tmp_path: Path) -> None:
    table = load_villages(_write(tmp_path / "v.csv", HEADER + "640423100004,红崖社区,640423100,城关镇\n"))
    assert [c.code for c in table.counties()] == ["640423"]


def test_missing_file_is_a_problem_naming_it(tmp_path: Path) -> None:
    with pytest.raises(VillageDataError) as caught:
        load_villages(tmp_path / "none.csv")
    assert caught.value.problem.code == VillageProblem.DATA_UNREADABLE
    assert "none.csv" in str(caught.value.problem.params["path"])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id,name\n", 1),
        (HEADER + "640423100004,红崖社区,640423100\n", 2),
        (HEADER + "640423100004,红崖社区,640423100,城关镇\n640423100005,峰台社区,640423101,沙塘镇\n", 3),
        (HEADER + "620102001001,某村,620102001,某镇\n", 2),
        (HEADER + "640423100004,,640423100,城关镇\n", 2),
    ],
)
def test_malformed_rows_are_reported_with_their_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(VillageDataError) as caught:
        load_villages(_write(tmp_path / "v.csv", text))
    assert caught.value.problem.code == VillageProblem.DATA_MALFORMED
    assert caught.value.problem.params["line"] == line
