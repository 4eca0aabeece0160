"""Where a list's as-of date comes from when the assistant gives none."""

from __future__ import annotations

from datetime import date

from desktop.services.lists_model import AsOfBasis, as_of_for

TODAY = date(2026, 11, 28)


def test_a_given_date_wins_and_names_its_own_quarter() -> None:
    title = "隆德县沙塘镇2026年第三季度低保对象花名册 填报日期：2026年10月8日"
    assert as_of_for(title, date(2026, 7, 1), TODAY) == (date(2026, 7, 1), AsOfBasis.GIVEN, "2026Q3")


def test_a_full_date_above_the_header_is_the_as_of_date_in_the_quarter_the_title_names() -> None:
    title = "隆德县沙塘镇2026年第三季度低保对象花名册 填报日期：2026年10月8日"
    assert as_of_for(title, None, TODAY) == (date(2026, 10, 8), AsOfBasis.TITLE, "2026Q3")


def test_a_quarter_alone_means_its_last_day() -> None:
    assert as_of_for("2026年第二季度特困供养人员名单", None, TODAY) == (date(2026, 6, 30), AsOfBasis.QUARTER, "2026Q2")
    assert as_of_for("2025年第4季度名单", None, TODAY) == (date(2025, 12, 31), AsOfBasis.QUARTER, "2025Q4")


def test_a_quarter_not_over_yet_means_today() -> None:
    assert as_of_for("2026年第四季度低保名单", None, TODAY) == (TODAY, AsOfBasis.QUARTER, "2026Q4")


def test_a_future_or_impossible_date_in_the_title_is_not_taken() -> None:
    assert as_of_for("填报日期：2027年1月5日", None, TODAY) == (TODAY, AsOfBasis.TODAY, "2026Q4")
    assert as_of_for("填报日期：2026年2月30日", None, TODAY) == (TODAY, AsOfBasis.TODAY, "2026Q4")


def test_no_date_anywhere_means_today() -> None:
    assert as_of_for("", None, TODAY) == (TODAY, AsOfBasis.TODAY, "2026Q4")
