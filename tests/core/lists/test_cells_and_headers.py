"""Cell clean-up, dates, categories and header recognition, one rule at a time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.lists.categories import disability_category, disability_grade, group_for, subtype_for
from core.lists.cells import cell_text, excel_shown, parse_date
from core.lists.headers import find_header, recognise
from core.lists.model import Field, ListSource


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("'640423195003040111", "640423195003040111"),
        ("６４０４２３", "640423"),
        ('="640423195003040111"', "640423195003040111"),
        ("\u3000马　福\u3000", "马 福"),
        (640423195003041.0, "640423195003041"),
        (640423195003040111, "6.40423E+17"),
        (6.404231950030401e17, "6.40423E+17"),
        (3.0, "3"),
        (datetime(2024, 5, 1), "2024-05-01"),
        (None, ""),
    ],
)
def test_cells_become_the_text_they_stood_for(raw: object, text: str) -> None:
    assert cell_text(raw) == text  # type: ignore[arg-type]


def test_a_long_number_is_shown_as_excel_shows_it() -> None:
    assert excel_shown(6.40423e17) == "6.40423E+17"
    assert excel_shown(6.4e17) == "6.4E+17"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-05-01", date(2024, 5, 1)),
        ("2024/5/1", date(2024, 5, 1)),
        ("2024.05.01", date(2024, 5, 1)),
        ("2024年5月1日", date(2024, 5, 1)),
        ("2024 年 5 月", date(2024, 5, 1)),
        ("20240501", date(2024, 5, 1)),
        ("2024-05", date(2024, 5, 1)),
        ("2019", date(2019, 1, 1)),
        ("45413", date(2024, 5, 1)),
        ("2024-05-01 00:00:00", date(2024, 5, 1)),
    ],
)
def test_dates_are_read_as_agencies_write_them(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["2020-13-45", "去年", "2024-02-30", "5月1日"])
def test_what_is_not_a_date_is_not_guessed(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("source", "value", "group"),
    [
        (ListSource.CIVIL_AFFAIRS, "农村低保", "dibao"),
        (ListSource.CIVIL_AFFAIRS, "一类", "dibao"),
        (ListSource.CIVIL_AFFAIRS, "低保边缘家庭", "dibao_bianyuan"),
        (ListSource.CIVIL_AFFAIRS, "分散供养特困人员", "tekun"),
        (ListSource.CIVIL_AFFAIRS, "脱贫户", None),
        (ListSource.RURAL_REVITALIZATION, "脱贫不稳定户", "fanpin_jiance"),
        (ListSource.RURAL_REVITALIZATION, "监测户", "fanpin_jiance"),
        (ListSource.RURAL_REVITALIZATION, "脱贫户", "tuopin"),
        (ListSource.RURAL_REVITALIZATION, "低保", None),
        (ListSource.GENERIC, "tekun", "tekun"),
        (ListSource.GENERIC, "脱贫人口", "tuopin"),
        (ListSource.GENERIC, "其他困难", None),
    ],
)
def test_category_wording_maps_to_the_policy_pack_group(source: ListSource, value: str, group: str | None) -> None:
    assert group_for(source, value) == group


def test_subtypes_grades_and_disability_categories_are_read_in_their_usual_forms() -> None:
    assert subtype_for("边缘易致贫") == "边缘易致贫户"
    assert subtype_for("因病") is None
    assert [disability_grade(g) for g in ("一级", "2级", "3", "肆级", "五级")] == [1, 2, 3, 4, None]
    assert [disability_category(c) for c in ("视力残疾", "肢体", "6", "多", "8", "其他")] == [1, 4, 6, 7, None, None]


@pytest.mark.parametrize(
    ("label", "field", "sure"),
    [
        ("公民身份号码", Field.ID_NUMBER, True),
        ("身份证号码（必填）*", Field.ID_NUMBER, True),
        ("成员身份证号码及备注", Field.ID_NUMBER, False),
        ("户主姓名", Field.HOUSEHOLD_HEAD, True),
        ("户主 姓名", Field.HOUSEHOLD_HEAD, True),
        ("残疾人证号", Field.CERT_NUMBER, True),
        ("残疾证件编号", Field.CERT_NUMBER, False),
        ("认定时间", Field.DATE_FROM, True),
        ("纳入低保时间", Field.DATE_FROM, False),
        ("优待证号", Field.VETERAN_CERT, True),
        ("备注", None, False),
    ],
)
def test_header_labels_are_recognised_surely_or_as_a_guess(label: str, field: Field | None, sure: bool) -> None:
    assert recognise(label) == (field, sure)


def test_a_two_row_header_joins_a_merged_parent_with_the_names_below_it() -> None:
    rows = [
        ("隆德县残疾人名单", "", "", ""),
        ("姓名", "身份证号", "残疾情况", ""),
        ("", "", "类别", "等级"),
        ("马福", "640423195003040111", "视力", "三级"),
    ]
    header = find_header(rows)
    assert header is not None
    assert header.rows == (1, 2)
    assert header.mapping == {
        Field.NAME: 0,
        Field.ID_NUMBER: 1,
        Field.DISABILITY_CATEGORY: 2,
        Field.DISABILITY_GRADE: 3,
    }
    assert header.unsure == ()


def test_a_column_named_twice_makes_the_mapping_unsure() -> None:
    header = find_header([("姓名", "身份证号", "证件号码", "类别")])
    assert header is not None
    assert header.mapping[Field.ID_NUMBER] == 1
    assert Field.ID_NUMBER in header.unsure


def test_a_sheet_without_known_column_names_has_no_header() -> None:
    assert find_header([("A", "B"), ("1", "2")]) is None
