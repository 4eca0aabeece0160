"""The management ledger's rows and cells, and the dashboard's coverage, 代缴 completeness and trend."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.compare import (
    ALL_GROUPS,
    COLUMN_KINDS,
    COLUMNS,
    CellKind,
    Enrolment,
    LedgerColumn,
    Membership,
    MemberStatus,
    PensionState,
    build_ledger,
    dashboard,
    ledger_cells,
    quarter_of,
)
from tests.core.compare.support import HOME, daijiao_paid, id_for, listed, person, run


def test_the_ledger_has_one_row_per_member_of_this_service_point_with_full_ids() -> None:
    covered = person("a", name="甲", household="001", contributions=(daijiao_paid(),))
    missing = person("b", name="乙", household="002")
    elsewhere = person("c", name="丙", hukou="640422")
    stranger_id = id_for(date(1980, 1, 1))
    entries = [
        listed(covered),
        listed(covered, "disab_severe", "disability"),
        listed(missing, "tekun"),
        listed(elsewhere),
        listed(None, name="丁", id_number=stranger_id, village_code=HOME),
    ]
    ledger = build_ledger(run([covered, missing, elsewhere], entries))
    assert [r.subject.name for r in ledger.rows] == ["甲", "乙", "丁"]
    assert [r.number for r in ledger.rows] == [1, 2, 3]
    first, second, third = ledger.rows
    assert first.id_number == covered.id_number
    assert [g.group for g in first.groups] == ["dibao", "disab_severe"]
    assert (first.status, first.daijiao_amount) == (MemberStatus.COVERED, Decimal(100))
    assert (second.status, second.daijiao_amount) == (MemberStatus.DAIJIAO_MISSING, Decimal(100))
    assert [n.code for n in second.notes] == ["compare.daijiao_missing", "compare.years_short"]
    assert (third.enrolment, third.sex, third.id_number) == (Enrolment.NOT_REGISTERED, None, stranger_id)
    assert (ledger.place, ledger.year, ledger.as_of) == ("640423100201", 2026, date(2026, 11, 28))
    assert COLUMN_KINDS[LedgerColumn.ID_NUMBER] is CellKind.TEXT
    assert COLUMN_KINDS[LedgerColumn.DAIJIAO_AMOUNT] is CellKind.YUAN


def test_a_masked_ledger_keeps_only_the_first_and_last_four_characters() -> None:
    resident = person("a")
    [row] = build_ledger(run([resident], [listed(resident)]), mask_ids=True).rows
    assert row.id_number == resident.id_number[:4] + "*" * 10 + resident.id_number[-4:]


def test_ledger_cells_follow_the_column_order_and_word_values_through_the_desk() -> None:
    manual = Membership("tekun", "manual", date(2026, 1, 5))
    resident = person("a", name="甲", memberships=(manual,), receiving_pension=True, pension_start=date(2025, 7, 1))
    [row] = build_ledger(run([resident], [listed(resident)])).rows
    cells = ledger_cells(row, text=lambda key: f"<{key}>")
    by_column = dict(zip(COLUMNS, cells, strict=True))
    assert by_column[LedgerColumn.NUMBER] == 1
    assert by_column[LedgerColumn.NAME] == "甲"
    assert by_column[LedgerColumn.SEX] == "<sex.M>"
    assert by_column[LedgerColumn.VILLAGE] == HOME
    assert by_column[LedgerColumn.GROUPS] == "低保对象（民政 2026-10-01）\n特困人员（<group.manual>）"
    assert by_column[LedgerColumn.ENROLMENT] == "<enrolment.receiving>"
    assert by_column[LedgerColumn.DAIJIAO] == "<daijiao.no_daijiao_due>"
    assert by_column[LedgerColumn.PENSION] == "<pension.receiving> 2025-07-01"
    assert row.pension is PensionState.RECEIVING
    assert ledger_cells(row, [LedgerColumn.AGE, LedgerColumn.NAME]) == [56, "甲"]


def test_dashboard_coverage_counts_a_person_once_overall_and_once_per_group() -> None:
    both = person("a", contributions=(daijiao_paid(),))
    missing = person("b")
    not_enrolled = person("c", enrolled=False)
    child = person("d", date(2015, 1, 1), enrolled=False)
    entries = [listed(both), listed(both, "disab_severe", "disability"), listed(missing), listed(not_enrolled)]
    entries.append(listed(child))
    figures = dashboard(run([both, missing, not_enrolled, child], entries), [], []).today
    overall, dibao = figures.coverage_of(ALL_GROUPS), figures.coverage_of("dibao")
    assert overall is not None
    assert (overall.part, overall.whole) == (2, 3)  # the child cannot enrol yet
    assert dibao is not None
    assert (dibao.part, dibao.whole) == (2, 3)
    daijiao = figures.daijiao_of(ALL_GROUPS)
    assert daijiao is not None
    assert (daijiao.part, daijiao.whole, daijiao.rate) == (1, 2, 0.5)
    assert figures.coverage_of("tekun") is None


def test_the_trend_recomputes_coverage_from_the_register_for_each_quarter() -> None:
    joined_2026 = Membership("dibao", "list", date(2026, 1, 10))
    early = person("a", enrolled_since=date(2019, 1, 1), memberships=(joined_2026,), contributions=(daijiao_paid(),))
    late = person("b", enrolled_since=date(2026, 8, 1), memberships=(joined_2026,))
    days = [date(2026, 1, 5), date(2026, 4, 1), date(2026, 6, 30), date(2026, 9, 30)]
    board = dashboard(run([early, late], []), [early, late], days)
    assert [p.quarter for p in board.trend] == ["2026Q1", "2026Q2", "2026Q3"]
    whole = [p.figures.coverage_of(ALL_GROUPS) for p in board.trend]
    assert [(r.part, r.whole) for r in whole if r] == [(0, 0), (1, 2), (2, 2)]
    assert board.trend[1].figures.day == date(2026, 6, 30)  # the latest day of the quarter
    q3 = board.trend[2].figures.daijiao_of(ALL_GROUPS)
    assert q3 is not None
    assert (q3.part, q3.whole) == (1, 2)
    assert quarter_of(date(2026, 12, 31)) == "2026Q4"
