"""The Today page on a real demo desk: the walk-in queue and its dialog, drafts, papers, returns, work due."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core.ids import make_resident_id
from desktop.services.cases import CasesService, CaseType
from desktop.services.desk import Desk
from desktop.services.today import DueKind, TodayService, add_months
from desktop.services.walkins import Priority, WalkInsService, WalkInStatus
from desktop.store.models import Resident
from desktop.ui import labels
from desktop.ui.application import create_application
from desktop.ui.today_page import TodayPage
from desktop.ui.walk_in_dialog import WalkInDialog

WAIT_MS = 5000


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> Iterator[TodayPage]:
    create_application()
    today = TodayPage(WalkInsService(desk.store, "demo"), CasesService(desk.store, "demo"),
                      TodayService(desk.store, "demo"))
    qtbot.addWidget(today)
    today.show()
    refresh(qtbot, today)
    yield today
    today.stop()


def refresh(qtbot: QtBot, page: TodayPage) -> None:
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        page.refresh()


def add_resident(desk: Desk, name: str, birth: date, sequence: int) -> str:
    number = make_resident_id("640423", birth, sequence)
    with desk.store.session("demo") as session:
        session.add(Resident(name=name, id_number=number, sex="M", birth_date=birth, village_code="640423100201",
                             hukou_division="640423", enrolled=True, enrolled_since=date(2012, 1, 1)))
    return number


def open_dialog(qtbot: QtBot, page: TodayPage) -> WalkInDialog:
    page.add_button.click()
    dialog = page.walk_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def type_chinese(dialog: WalkInDialog, text: str) -> None:
    """What the input method sends when the assistant picks the characters."""
    dialog.who_edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(dialog.who_edit, event)


def test_a_bad_id_number_is_explained_in_chinese_and_nothing_is_lost(qtbot: QtBot, page: TodayPage) -> None:
    dialog = open_dialog(qtbot, page)
    good = make_resident_id("640423", date(1958, 3, 15), 37)
    bad = good[:-1] + ("1" if good[-1] == "0" else "0")
    qtbot.keyClicks(dialog.who_edit, bad)
    dialog.note_edit.setText("带了户口簿")
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "身份证号" in dialog.problem.text()  # the checksum problem, in the desk's Chinese
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.buttons.isEnabled()  # being added on the worker
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=WAIT_MS)
    assert dialog.isVisible()  # refused, still open
    assert dialog.problem.isVisibleTo(dialog)
    assert (dialog.who_edit.text(), dialog.note_edit.text()) == (bad, "带了户口簿")
    refresh(qtbot, page)
    assert page.queue.rowCount() == 0


def test_a_name_typed_through_the_input_method_finds_the_resident_and_queues_them(
        qtbot: QtBot, page: TodayPage, desk: Desk) -> None:
    add_resident(desk, "测试老人", date(1948, 6, 1), 201)
    dialog = open_dialog(qtbot, page)
    type_chinese(dialog, "测试老人")
    assert dialog.who_edit.text() == "测试老人"
    qtbot.waitUntil(lambda: "测试老人" in dialog.found.text(), timeout=WAIT_MS)
    assert labels.walk_in_priority(Priority.ELDERLY) in dialog.found.text()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("pension_claim"))
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    row = page.queue.row(0)
    assert row is not None
    assert (row.name, row.priority, row.reason) == ("测试老人", Priority.ELDERLY, "pension_claim")
    assert page.queue.index(0, 3).data() == labels.walk_in_priority(Priority.ELDERLY)


def test_the_queue_shows_priority_before_arrival(qtbot: QtBot, page: TodayPage, desk: Desk) -> None:
    service = WalkInsService(desk.store, "demo")
    service.add("先到的人", "inquiry")
    service.add(add_resident(desk, "后到老人", date(1945, 1, 1), 203), "inquiry")
    refresh(qtbot, page)
    assert [page.queue.row(n).name for n in range(page.queue.rowCount())] == ["后到老人", "先到的人"]  # type: ignore[union-attr]


def test_starting_a_walk_in_opens_the_wizard_for_a_case_or_the_resident_page(
        qtbot: QtBot, page: TodayPage, desk: Desk) -> None:
    service = WalkInsService(desk.store, "demo")
    claim = service.add(add_resident(desk, "来领待遇", date(1945, 2, 2), 205), "pension_claim")
    refresh(qtbot, page)
    page.queue_table.selectRow(0)
    with qtbot.waitSignal(page.sig_open_wizard, timeout=WAIT_MS) as opened:
        page.start_button.click()
    assert opened.args == ["pension_claim", claim.resident_uuid]
    qtbot.waitUntil(lambda: page.queue.row(0) is not None and page.queue.row(0).status == WalkInStatus.SERVING,  # type: ignore[union-attr]
                    timeout=WAIT_MS)
    asking = service.add(add_resident(desk, "来问问题", date(1990, 2, 2), 207), "inquiry")
    refresh(qtbot, page)
    page.queue_table.selectRow(1)
    with qtbot.waitSignal(page.sig_open_resident, timeout=WAIT_MS) as shown:
        page.start_button.click()
    assert shown.args == [asking.resident_uuid]
    page.queue_table.selectRow(0)
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        page.done_button.click()
    assert "来领待遇" not in [r.name for r in page.queue.rows]
    page.finished_check.setChecked(True)
    qtbot.waitUntil(lambda: "来领待遇" in [r.name for r in page.queue.rows], timeout=WAIT_MS)


def test_drafts_papers_and_returned_cases_are_listed_to_act_on(qtbot: QtBot, page: TodayPage, desk: Desk) -> None:
    cases = CasesService(desk.store, "demo")
    draft = cases.save_draft(None, CaseType.ENROLLMENT, 2, {"tier": "300.00"}, None)
    refresh(qtbot, page)
    assert [d.uuid for d in page.drafts.rows] == [draft]
    page.drafts_table.selectRow(0)
    with qtbot.waitSignal(page.sig_resume_draft, timeout=WAIT_MS) as resumed:
        page.resume_button.click()
    assert resumed.args[0].uuid == draft
    assert page.waiting.rowCount() > 0
    assert all(c.missing_papers > 0 for c in page.waiting.rows)
    assert page.returned.rowCount() > 0
    reasons = [page.returned.index(n, 4).data() for n in range(page.returned.rowCount())]
    assert all(reasons)
    with qtbot.waitSignal(page.sig_open_case, timeout=WAIT_MS) as opened:
        page.returned_table.doubleClicked.emit(page.returned.index(0, 0))
    assert opened.args == [page.returned.rows[0].row.uuid]


def test_work_due_lists_residents_reaching_60_and_starts_their_claim(qtbot: QtBot, page: TodayPage,
                                                                     desk: Desk) -> None:
    soon = add_months(date.today(), 2)
    add_resident(desk, "快满六十", soon.replace(year=soon.year - 60), 209)
    refresh(qtbot, page)
    claims = [n for n, d in enumerate(page.due.rows) if d.kind == DueKind.PENSION_CLAIM]
    row = next(n for n in claims if page.due.rows[n].resident.name == "快满六十")
    gap = next(n for n, d in enumerate(page.due.rows) if d.kind == DueKind.CONTRIBUTION_GAP)
    page.due_table.selectRow(gap)
    assert not page.claim_button.isEnabled()  # a reminder to pay is not a claim
    page.due_table.selectRow(row)
    assert page.claim_button.isEnabled()
    with qtbot.waitSignal(page.sig_open_wizard, timeout=WAIT_MS) as opened:
        page.claim_button.click()
    assert opened.args[0] == "pension_claim"
    assert opened.args[1] == page.due.rows[row].resident.uuid
    assert "60" in page.due.index(row, 3).data()
    total = sum(page._data.work.totals.values())  # type: ignore[union-attr]
    assert re.search(rf"[(（]{total}[)）]$", page.tabs.tabText(0))  # ASCII or full-width brackets by language
