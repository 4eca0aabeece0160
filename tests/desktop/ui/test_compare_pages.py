"""The 数据比对 screens on a real demo desk with a 民政 list imported: worklists with counts and people, the next
step opening the right case for the right resident, the ledger written as .xlsx, Cancel leaving the page
usable, the dashboard's figures and its printed page, and the part that compares again after an import."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from core.compare import ALL_GROUPS, ActionKind, WorklistCode
from desktop.services.desk import Desk
from desktop.services.lists import ListsService
from desktop.ui.application import create_application
from desktop.ui.compare import ComparePart, DashboardPage, WorklistsPage
from desktop.ui.compare.report import report_html
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.lists_gallery import Known, gbk_title_csv, register_people
from desktop.ui.operation import submit
from desktop.ui.print_preview import desk_info
from desktop.ui.printing import page_images
from desktop.ui.theme import theme_chart

WAIT_MS = 15_000
TODAY = date(2026, 11, 20)
LABELS = {"dibao": "低保对象"}


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def known(desk: Desk, tmp_path: Path) -> list[Known]:
    """Twelve residents, eight of them on an imported 民政 list (with two people the desk does not know)."""
    people = register_people(desk, 12)
    lists = ListsService(desk.store, desk.account.username, desk.settings.village_code, today=TODAY)
    result = lists.apply(gbk_title_csv(tmp_path, people[:8]), "civil-affairs")
    assert result.snapshot is not None
    return people


@pytest.fixture
def page(qtbot: QtBot, app: QApplication, desk: Desk, known: list[Known]) -> Iterator[WorklistsPage]:
    shown = WorklistsPage(desk, today=TODAY, group_labels=LABELS)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitUntil(lambda: not shown.busy and shown.result is not None, timeout=WAIT_MS)
    yield shown
    shown.stop()


def cell(view: QTableWidget, row: int, column: int) -> str:
    item = view.item(row, column)
    assert item is not None
    return item.text()


def choose(page: WorklistsPage, code: WorklistCode, action: ActionKind) -> int:
    page.select_worklist(code)
    row = next(i for i, item in enumerate(page.shown) if item.action is action)
    page.people.selectRow(row)
    return row


def test_each_worklist_shows_its_count_and_its_people_with_masked_id_numbers(page: WorklistsPage) -> None:
    assert page.result is not None
    assert page.worklists.count() == len(WorklistCode)
    for row, view in enumerate(page.result.worklists):
        assert re.search(rf"[(（]{view.count}[)）]$", page.worklists.item(row).text())
        page.worklists.setCurrentRow(row)
        assert page.people.rowCount() == view.count
        names = [cell(page.people, r, 0) for r in range(page.people.rowCount())]
        assert names == [i.name or i.target_name for i in view.items]
    not_enrolled = page.result.worklist(WorklistCode.NOT_ENROLLED)
    assert not_enrolled.count > 0
    page.select_worklist(WorklistCode.NOT_ENROLLED)
    ids = [cell(page.people, r, 1) for r in range(page.people.rowCount())]
    assert all("*" in shown for shown in ids if shown)


def test_the_next_step_button_opens_the_case_it_names_for_that_resident(qtbot: QtBot, page: WorklistsPage) -> None:
    for code, action, case_type in ((WorklistCode.NOT_ENROLLED, ActionKind.ENROLLMENT, "enrollment"),
                                    (WorklistCode.DAIJIAO_MISSING, ActionKind.DAIJIAO, "daijiao")):
        row = choose(page, code, action)
        resident = page.shown[row].resident
        assert resident is not None
        assert page.action_button.isVisible()
        with qtbot.waitSignal(page.sig_open_wizard, timeout=WAIT_MS) as opened:
            QTest.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
        assert opened.args == [case_type, resident]
        with qtbot.waitSignal(page.sig_open_resident, timeout=WAIT_MS) as resident_opened:
            QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert resident_opened.args == [resident]


def test_a_late_list_says_what_to_do_in_words_instead_of_a_case_button(page: WorklistsPage) -> None:
    choose(page, WorklistCode.STALE_LISTS, ActionKind.ASK_AGENCY)
    assert not page.action_button.isVisible()
    assert page.next_step.isVisible()
    target = page.shown[page.people.currentRow()].target_name
    assert target is not None
    assert target in page.next_step.text()
    assert not page.open_button.isEnabled()


def test_a_list_row_with_a_damaged_id_number_is_linked_to_a_resident_only_after_yes(
    qtbot: QtBot, page: WorklistsPage, known: list[Known]
) -> None:
    row = choose(page, WorklistCode.NOT_ENROLLED, ActionKind.CONFIRM_MATCH)
    item = page.shown[row]
    assert item.candidates == (known[0].uuid,)
    assert page.confirm_button.isVisible()
    assert page.confirm_button.isEnabled()
    assert not page.action_button.isVisible()
    assert known[0].name in page.candidate_combo.currentText()
    question = page.ask_confirm()
    assert question is not None
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.No).click()
    assert not page.busy
    snapshot = item.list_rows[0].snapshot
    assert len(page.lists.rejected_rows(snapshot)[0]) == 1  # "No" links nobody
    before = page.result
    question = page.ask_confirm()
    assert question is not None
    with qtbot.waitSignal(page.sig_matched, timeout=WAIT_MS):
        question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.busy and page.result is not before, timeout=WAIT_MS)  # compared again
    assert page.lists.rejected_rows(snapshot)[0] == ()
    assert page.result is not None
    pending = [i for i in page.result.worklist(WorklistCode.NOT_ENROLLED).items if i.action is ActionKind.CONFIRM_MATCH]
    assert pending == []
    assert "✓" in page.notice.text()


def test_filtering_by_group_keeps_only_that_groups_people_and_counts_them(page: WorklistsPage) -> None:
    page.group_combo.setCurrentIndex(page.group_combo.findData("dibao"))
    page.select_worklist(WorklistCode.NOT_ENROLLED)
    assert page.shown
    assert all("dibao" in item.item.groups for item in page.shown)
    assert re.search(rf"[(（]{len(page.shown)}[)）]$", page.worklists.currentItem().text())


def test_the_ledger_is_exported_through_the_save_dialog_as_an_xlsx(
    qtbot: QtBot, page: WorklistsPage, tmp_path: Path
) -> None:
    out = tmp_path / "ledger.xlsx"
    QTest.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "ledger_file_dialog")
    assert dialog is not None
    dialog.fileSelected.emit(str(out))
    qtbot.waitUntil(lambda: not page.busy and page.last_export is not None, timeout=WAIT_MS)
    assert page.last_export is not None
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if any(row)]
    assert len(rows) == page.last_export.rows > 0
    assert any(isinstance(v, str) and len(v) == 18 and v[:17].isdigit() for row in rows for v in row)
    assert str(out) in page.notice.text()


def test_a_masked_ledger_hides_the_middle_of_every_id_number(
    qtbot: QtBot, page: WorklistsPage, tmp_path: Path
) -> None:
    out = tmp_path / "masked.xlsx"
    page.masked_box.setChecked(True)
    page.export_to(out)
    qtbot.waitUntil(lambda: not page.busy and page.last_export is not None, timeout=WAIT_MS)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    values = [v for row in sheet.iter_rows(min_row=4, values_only=True) for v in row if isinstance(v, str)]
    assert not any(len(v) == 18 and v[:17].isdigit() for v in values)
    assert any("*" in v for v in values)


def hold_worker() -> threading.Event:
    """Keep the database worker busy until the event is set (work queued behind it waits)."""
    gate = threading.Event()
    submit(lambda: gate.wait(10))
    return gate


def test_cancel_during_the_comparison_leaves_the_page_usable(qtbot: QtBot, page: WorklistsPage) -> None:
    before = page.result
    gate = hold_worker()
    page.refresh()
    assert page.busy
    assert not page.compare_button.isEnabled()
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog) is not None, timeout=WAIT_MS)
    progress = page.findChild(QProgressDialog)
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.problem.isVisibleTo(page)
    assert "⚠" in page.problem.text()
    assert page.result is before  # the worklists on show stay
    assert page.compare_button.isEnabled()
    QTest.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.result is not before, timeout=WAIT_MS)
    assert not page.problem.isVisibleTo(page)


def test_a_refresh_asked_while_comparing_compares_once_more_afterwards(qtbot: QtBot, page: WorklistsPage) -> None:
    results: list[object] = []
    page.sig_compared.connect(results.append)
    gate = hold_worker()
    page.refresh()
    page.refresh()  # a list imported while the first comparison waits
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 2 and not page.busy, timeout=WAIT_MS)
    assert results[1] is page.result


def test_the_dashboard_shows_coverage_and_daijiao_as_figures_and_charts(
    qtbot: QtBot, app: QApplication, desk: Desk, known: list[Known]
) -> None:
    board_page = DashboardPage(desk, today=TODAY, group_labels=LABELS, compare_now=True)
    qtbot.addWidget(board_page)
    qtbot.waitUntil(lambda: not board_page.busy and board_page.board is not None, timeout=WAIT_MS)
    assert board_page.board is not None
    everyone = board_page.board.today.coverage_of(ALL_GROUPS)
    paid = board_page.board.today.daijiao_of(ALL_GROUPS)
    assert everyone is not None
    assert everyone.whole > 0
    assert [cell(board_page.table, 0, c) for c in (1, 2)] == [str(everyone.part), str(everyone.whole)]
    assert f"{everyone.part}" in board_page.key_figures.text()
    if paid is not None:
        assert cell(board_page.table, 0, 5) == str(paid.whole)
    groups = [r for r in board_page.rows if r.key != ALL_GROUPS]
    assert len(board_page.bars.categories) == len(groups)
    assert len(board_page.trend.categories) == len(board_page.board.trend) > 0
    assert "%" in board_page.bars.accessibleDescription()


def test_the_charts_follow_the_display_mode_in_size_and_colour(
    qtbot: QtBot, app: QApplication, desk: Desk
) -> None:
    board_page = DashboardPage(desk, today=TODAY, group_labels=LABELS)
    qtbot.addWidget(board_page)
    board_page.show()
    normal_title = board_page.bars.chart().titleFont().pointSizeF()
    apply_mode(app, DisplayMode.ELDERLY)
    app.processEvents()
    assert board_page.bars.chart().titleFont().pointSizeF() > normal_title
    apply_mode(app, DisplayMode.HIGH_CONTRAST)
    app.processEvents()
    assert board_page.trend.chart().backgroundBrush().color() == QColor(theme_chart("high_contrast")["background"])


def test_the_printed_dashboard_is_one_page_with_both_charts(
    qtbot: QtBot, app: QApplication, desk: Desk, known: list[Known]
) -> None:
    board_page = DashboardPage(desk, today=TODAY, group_labels=LABELS, compare_now=True)
    qtbot.addWidget(board_page)
    qtbot.waitUntil(lambda: not board_page.busy and board_page.board is not None, timeout=WAIT_MS)
    html = report_html(board_page.report(), desk_info(desk, TODAY))
    assert html.count("data:image/png;base64,") == 2
    assert len(page_images(html, dpi=30)) == 1
    dialog = board_page.open_print()
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()


def test_the_part_compares_again_after_an_import_and_hands_the_figures_to_the_dashboard(
    qtbot: QtBot, app: QApplication, desk: Desk, known: list[Known]
) -> None:
    part = ComparePart(desk, today=TODAY, group_labels=LABELS)
    qtbot.addWidget(part)
    part.refresh()  # a case finished while the part was never shown
    assert not part.worklists.busy  # nothing is compared until the part is shown
    part.show()
    qtbot.waitUntil(lambda: not part.busy and part.dashboard.board is not None, timeout=WAIT_MS)
    first = part.worklists.result
    with qtbot.waitSignal(part.dashboard.sig_shown, timeout=WAIT_MS):
        part.lists.sig_lists_changed.emit()
    qtbot.waitUntil(lambda: not part.busy, timeout=WAIT_MS)
    assert part.worklists.result is not first
    with qtbot.waitSignal(part.sig_open_wizard, timeout=WAIT_MS) as opened:
        part.worklists.sig_open_wizard.emit("enrollment", None)
    assert opened.args == ["enrollment", None]
    part.stop()
