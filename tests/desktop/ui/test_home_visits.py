"""Home visits (上门服务) at the desk: planned from the resident page or Today, listed on Today when due,
made with the usual wizard, finished with the case, printed as taken on a home visit; and Today's queue
fitting the window in large type."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.cases import CasesService
from desktop.services.desk import Desk
from desktop.services.home_visits import HOME_VISIT_KEY, HomeVisitsService, Timing, VisitDefaults, VisitPlan
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentSummary
from desktop.services.walkins import WalkInsService
from desktop.store.models import Resident
from desktop.ui.application import create_application, dispose_widgets
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.home_visit_dialog import CancelVisitDialog, HomeVisitDialog
from desktop.ui.home_visits_gallery import gallery_shots
from desktop.ui.main_window import RESIDENTS, TODAY, MainWindow
from desktop.ui.today_page import QUEUE_ID_COLUMN
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.info_change import InfoChangeWizard
from desktop.ui.wizards.pages.print_page import PrintPage
from tests.desktop.ui.wizards.drive import click_next, tick, type_text

WAIT_MS = 10_000
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


@pytest.fixture
def window(qtbot: QtBot, app: QApplication, demo_dir: Path) -> Iterator[MainWindow]:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    main = MainWindow(desk, {"dibao": "低保对象"})
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    refresh(qtbot, main)
    yield main
    main.today_page.stop()
    main.close()


def refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.today_page.sig_loaded, timeout=WAIT_MS):
        window.today_page.refresh()


def people(window: MainWindow) -> list[ResidentSummary]:
    found = {r.uuid: r for prefix in ("6404", "6422") for r in window.residents.search(prefix, limit=1000)}
    return sorted(found.values(), key=lambda r: r.birth_date)


def visits(window: MainWindow) -> HomeVisitsService:
    return window.home_visits


def plan(person: ResidentSummary, day: date, kind: str = "info_change") -> VisitPlan:
    return VisitPlan(person.uuid, kind, day, "张协理员", "沙塘镇十八里村三组12号", "morning", "卧床")


def forget_address(window: MainWindow, person: ResidentSummary) -> None:
    with window._desk.store.session("demo") as session:
        resident = session.scalars(select(Resident).where(Resident.uuid == person.uuid)).one()
        resident.address = None
        if resident.household is not None:
            resident.household.address = None


def save(qtbot: QtBot, dialog: HomeVisitDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT_MS)


def test_today_lists_due_and_overdue_visits_with_words_for_overdue(qtbot: QtBot, window: MainWindow) -> None:
    first, second, third = people(window)[:3]
    service = visits(window)
    earlier = HomeVisitsService(window._desk.store, "demo", service.day() - timedelta(days=2))
    overdue = earlier.schedule(plan(first, earlier.day()))
    due = service.schedule(plan(second, service.day()))
    service.schedule(plan(third, service.day() + timedelta(days=60)))  # beyond the coming days: not listed
    refresh(qtbot, window)
    page = window.today_page
    assert [v.uuid for v in page.visits.rows] == [overdue.uuid, due.uuid]
    assert [v.timing for v in page.visits.rows] == [Timing.OVERDUE, Timing.DUE]
    assert page.visits_box.title() == page.tr("Home visits (%1 due)").replace("%1", "2")
    assert page.visit_when(page.visits.rows[0]) in page.visits.index(0, 0).data()
    assert page.tr("%1 (overdue)").replace("%1", "") in page.visits.index(0, 0).data()  # words, not only bold
    assert page.visits.index(1, 1).data() == second.name


def test_starting_a_visit_opens_the_wizard_and_saving_the_case_finishes_the_visit_and_prints_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    person = next(p for p in people(window) if p.phone and 20 <= p.age <= 70)
    visit = visits(window).schedule(plan(person, visits(window).day()))
    refresh(qtbot, window)
    page = window.today_page
    page.visits_table.selectRow(0)
    assert not page.visit_done_button.isEnabled()  # a visit for a case is done by saving the case
    opened: list[InfoChangeWizard] = []
    page.sig_start_visit.connect(lambda _v: opened.extend(w for w in window._windows
                                                          if isinstance(w, InfoChangeWizard)))
    page.visit_start_button.click()
    assert len(opened) == 1
    wizard = opened[0]
    qtbot.waitExposed(wizard)
    assert wizard.case.data[HOME_VISIT_KEY] == {"visit": str(visit.uuid), "date": visits(window).day().isoformat(),
                                                "address": visit.address, "staff": "张协理员"}
    assert wizard.case.resident is not None
    assert wizard.case.resident.uuid == person.uuid

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    tick(qtbot, wizard.choices_page.boxes["phone"])
    type_text(qtbot, wizard.choices_page.phone_edit, "13909541111")
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    assert visit.address in wizard.review_page.plain_text()  # read out with the rest: how the case is taken
    assert " · " + wizard.tr("home visit") in wizard.windowTitle()
    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):  # the visit is recorded, then Today refreshes
        click_next(qtbot, wizard)
    record = wizard.case.record
    assert record is not None
    qtbot.waitUntil(lambda: visits(window).due() == [], timeout=WAIT_MS)
    done = visits(window).get(visit.uuid)
    assert done is not None
    assert (done.case_uuid, done.case_reference) == (record.row.uuid, record.row.reference)
    saved = window.cases.get(record.row.uuid)
    assert saved is not None
    assert saved.data[HOME_VISIT_KEY]["visit"] == str(visit.uuid)

    assert isinstance(wizard.print_page, PrintPage)
    panel = wizard.print_page.panel
    assert panel is not None
    pdf = tmp_path / "visit.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20_000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "上门服务" in printed
    assert "沙塘镇十八里村三组12号" in printed
    assert record.row.reference in printed


def test_the_resident_page_plans_a_visit_at_the_residents_address(qtbot: QtBot, window: MainWindow) -> None:
    person = people(window)[0]
    window.open_resident(person.uuid)
    qtbot.waitUntil(lambda: window.page.profile is not None, timeout=WAIT_MS)
    assert window.stack.currentIndex() == RESIDENTS
    address = window.page.profile.address if window.page.profile else None
    window.page.plan_visit_action.trigger()
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.visit_dialog
    assert dialog is not None
    if address:
        assert dialog.address_edit.text() == address
    dialog.address_edit.setText("女儿家：沙塘镇新村5号")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("pension_claim"))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    # the planned visit joins the resident's timeline, with its day, address and who goes
    qtbot.waitUntil(lambda: any("女儿家：沙塘镇新村5号" in e.text for e in window.page.timeline.rows), timeout=WAIT_MS)
    window.nav.setCurrentRow(TODAY)
    qtbot.waitUntil(lambda: window.today_page.visits.rowCount() == 1, timeout=WAIT_MS)
    row = window.today_page.visits.rows[0]
    assert (row.resident.uuid, row.kind, row.address, row.staff) == (
        person.uuid, "pension_claim", "女儿家：沙塘镇新村5号", window._desk.account.display_name)


def test_bad_input_is_said_in_chinese_and_the_dialog_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    person = people(window)[0]
    forget_address(window, person)
    service = visits(window)
    dialog = HomeVisitDialog(service, VisitDefaults(person, ""), "", parent=window)
    dialog.open()
    past = service.day() - timedelta(days=3)
    dialog.date_edit.setDate(QDate(past.year, past.month, past.day))
    type_text(qtbot, dialog.note_edit, "卧床")
    save(qtbot, dialog)
    assert dialog.isVisible()
    lines = dialog.problem.text().splitlines()
    assert len(lines) == 3  # the past day, no address, nobody to go: all at once
    assert all(HAN.search(line) for line in lines)
    assert past.isoformat() in lines[0]
    assert person.name in lines[1]
    assert dialog.note_edit.text() == "卧床"
    assert service.agenda() == []

    nobody = ResidentSummary(uuid4(), "不存在", "6404**********0000", "M", date(1950, 1, 1), 76, "640423100201", None)
    stranger = HomeVisitDialog(service, VisitDefaults(nobody, "三组"), "张协理员", parent=window)
    stranger.open()
    save(qtbot, stranger)
    assert HAN.search(stranger.problem.text())
    assert stranger.isVisible()


def test_moving_and_cancelling_from_today(qtbot: QtBot, window: MainWindow) -> None:
    person = people(window)[0]
    service = visits(window)
    service.schedule(plan(person, service.day(), kind="certification"))
    refresh(qtbot, window)
    page = window.today_page
    page.visits_table.selectRow(0)
    page.visit_move_button.click()
    dialog = page.visit_dialog
    assert isinstance(dialog, HomeVisitDialog)
    assert not dialog.kind_combo.isEnabled()
    later = service.day() + timedelta(days=3)
    dialog.date_edit.setDate(QDate(later.year, later.month, later.day))
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        save(qtbot, dialog)
    assert page.visits.rows[0].planned_on == later
    page.visits_table.selectRow(0)
    page.visit_cancel_button.click()
    cancel = page.visit_dialog
    assert isinstance(cancel, CancelVisitDialog)
    cancel.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet
    qtbot.waitUntil(lambda: cancel.problem.isVisibleTo(cancel), timeout=WAIT_MS)
    assert HAN.search(cancel.problem.text())
    type_text(qtbot, cancel.reason_edit, "已搬到城里")
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        cancel.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.visits.rowCount() == 0
    assert service.of_resident(person.uuid)[0].cancel_reason == "已搬到城里"


def test_a_certification_visit_is_marked_done_without_a_case(qtbot: QtBot, window: MainWindow) -> None:
    person = people(window)[0]
    visit = visits(window).schedule(plan(person, visits(window).day(), kind="certification"))
    refresh(qtbot, window)
    page = window.today_page
    page.visits_table.selectRow(0)
    assert page.visit_done_button.isEnabled()
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        page.visit_done_button.click()
    assert page.visits.rowCount() == 0
    assert visits(window).get(visit.uuid).case_uuid is None  # type: ignore[union-attr]


def test_in_elderly_mode_the_queue_fits_the_window_without_sideways_scrolling(
        qtbot: QtBot, app: QApplication, window: MainWindow) -> None:
    queue = WalkInsService(window._desk.store, "demo")
    for n, person in enumerate(people(window)[:5]):
        queue.add(person.name, "pension_claim" if n % 2 else "certification",
                  "带了户口簿和身份证复印件，要问清楚补缴以前年份的钱怎么算" * (1 + n % 2))
    apply_mode(app, DisplayMode.ELDERLY)
    qtbot.wait(50)
    refresh(qtbot, window)
    QApplication.processEvents()
    table = window.today_page.queue_table
    assert table.isColumnHidden(QUEUE_ID_COLUMN)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.wordWrap()
    assert table.rowHeight(0) >= table.verticalHeader().minimumSectionSize()
    apply_mode(app, DisplayMode.NORMAL)
    qtbot.wait(50)
    assert not table.wordWrap()


def test_a_visit_kept_as_a_draft_is_finished_when_the_draft_is(qtbot: QtBot, window: MainWindow) -> None:
    person = next(p for p in people(window) if p.phone and 20 <= p.age <= 70)
    visit = visits(window).schedule(plan(person, visits(window).day()))
    refresh(qtbot, window)
    first = window.start_home_visit(window.today_page.visits.rows[0])
    assert isinstance(first, InfoChangeWizard)
    qtbot.waitExposed(first)
    click_next(qtbot, first)  # the page change saves the draft, the visit's mark with it
    assert first.case.draft_uuid is not None
    first.keep_draft_and_close()
    drafts = window.cases.drafts()
    assert drafts[0].data[HOME_VISIT_KEY]["visit"] == str(visit.uuid)

    wizard = window.open_wizard(drafts[0].case_type, draft=drafts[0])
    assert isinstance(wizard, InfoChangeWizard)
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == Step.CHOICES
    tick(qtbot, wizard.choices_page.boxes["phone"])
    type_text(qtbot, wizard.choices_page.phone_edit, "13909542222")
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(window.today_page.sig_loaded, timeout=WAIT_MS):
        click_next(qtbot, wizard)
    record = wizard.case.record
    assert record is not None
    qtbot.waitUntil(lambda: visits(window).due() == [], timeout=WAIT_MS)
    done = visits(window).get(visit.uuid)
    assert done is not None
    assert done.case_uuid == record.row.uuid


def test_work_due_offers_a_visit_for_the_chosen_resident(qtbot: QtBot, window: MainWindow) -> None:
    page = window.today_page
    item = page.due.row(0)
    assert item is not None
    page.due_table.selectRow(0)
    page.due_visit_button.click()
    qtbot.waitUntil(lambda: page.visit_dialog is not None and page.visit_dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.visit_dialog
    assert isinstance(dialog, HomeVisitDialog)
    assert dialog.plan().resident_uuid == item.resident.uuid
    assert dialog.staff_edit.text() == window._desk.account.display_name


def test_the_gallery_shows_every_home_visit_screen_and_leaves_no_draft(
        qtbot: QtBot, app: QApplication, demo_dir: Path, tmp_path: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        context = GalleryContext(app, demo_dir, desk, PolicyService(demo_dir, county="640423"), tmp_path)
        names = []
        for name, widget in gallery_shots(context):
            names.append(name)
            if name == "home_visit_refused":
                assert isinstance(widget, HomeVisitDialog)
                assert widget.problem.isVisibleTo(widget)
            widget.close()
        assert names == ["home_visits_today", "home_visit_plan", "home_visit_refused", "home_visit_move",
                         "home_visit_cancel_needs_reason", "home_visit_wizard", "home_visit_form"]
        assert CasesService(desk.store, "demo").drafts() == []
        assert len(HomeVisitsService(desk.store, "demo").agenda()) == 4
    finally:
        dispose_widgets(collect=False)
        desk.close()
