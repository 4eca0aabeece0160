"""A case the county returned, corrected end to end in the main window: Today's returned list, the case view's
"Correct and send again", the wizard resumed with the county's reason on every page, the same case updated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.cases import RETURNS, CaseFilter, CaseRecord, CaseStatus, CaseType
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.store.models import Case
from desktop.ui.application import create_application
from desktop.ui.case_view import CaseView
from desktop.ui.main_window import TODAY, MainWindow
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.info_change import InfoChangeWizard
from tests.desktop.ui.wizards.drive import click_next, tick, type_text

WAIT_MS = 5000
NEW_PHONE = "13909547777"
AGAIN = "电话号码少一位，请核对后重新提交。"


@pytest.fixture
def window(qtbot: QtBot, demo_dir: Path) -> Iterator[MainWindow]:
    create_application()
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    main = MainWindow(desk, {"dibao": "低保对象"}, policy=PolicyService(demo_dir, county="640423"))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def _returned(window: MainWindow) -> CaseRecord:
    """The demo's returned case (every one of them is a change of details)."""
    row = window.cases.list_cases(CaseFilter(status=CaseStatus.RETURNED), 1)[0]
    record = window.cases.get(row.uuid)
    assert record is not None
    assert record.row.case_type is CaseType.INFO_CHANGE
    return record


def _views(window: MainWindow) -> list[CaseView]:
    return [w for w in window.findChildren(CaseView) if w.isVisible()]


def _wizards(window: MainWindow) -> list[InfoChangeWizard]:
    return [w for w in window.findChildren(InfoChangeWizard) if w.isVisible()]


def _cases_with(desk: Desk, reference: str) -> int:
    with desk.store.session("demo") as session:
        return int(session.scalar(select(func.count()).select_from(Case).where(Case.reference == reference)) or 0)


def _open_from_today(qtbot: QtBot, window: MainWindow, record: CaseRecord) -> CaseView:
    """Double-click the case in Today's list of cases returned by the county."""
    page = window.today_page
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        window.show_page(TODAY)
    table = page.returned_table
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                   if (tab := page.tabs.widget(i)) is not None and tab.isAncestorOf(table)))
    row = next(i for i, r in enumerate(page.returned.rows) if r.row.uuid == record.row.uuid)
    index = page.returned.index(row, 0)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: bool(_views(window)), timeout=WAIT_MS)
    return _views(window)[0]


def _press_correct(qtbot: QtBot, window: MainWindow, view: CaseView) -> InfoChangeWizard:
    assert view.correct_button.isVisibleTo(view)
    QTest.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_wizards(window)), timeout=WAIT_MS)
    assert not view.isVisible()  # the wizard has the case now
    return _wizards(window)[0]


def _confirm_and_save(qtbot: QtBot, wizard: InfoChangeWizard) -> None:
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=WAIT_MS):
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT


def test_a_returned_case_is_corrected_in_its_wizard_and_becomes_ready_under_the_same_reference(
        qtbot: QtBot, window: MainWindow) -> None:
    record = _returned(window)
    assert record.returned_reason
    view = _open_from_today(qtbot, window, record)
    assert view.record.row.uuid == record.row.uuid
    assert record.returned_reason in view.returned_label.text()
    assert view.correct_button.text().replace("&", "")
    wizard = _press_correct(qtbot, window, view)

    assert wizard.currentId() == Step.IDENTIFY
    assert wizard.case.resident is not None
    assert wizard.case.resident.uuid == record.row.resident_uuid
    assert len(wizard.correction_banners) == len(wizard.case_pages())
    for page, banner in zip(wizard.case_pages(), wizard.correction_banners, strict=True):
        layout = page.layout()
        assert isinstance(layout, QBoxLayout)
        top = layout.itemAt(0)
        assert top is not None
        assert top.widget() is banner  # at the top of every page
        assert record.row.reference in banner.text()
        assert record.returned_reason in banner.text()
    assert wizard.correction_banners[0].isVisible()

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    choices = wizard.choices_page
    assert wizard.correction_banners[1].isVisible()
    tick(qtbot, choices.boxes["phone"])
    type_text(qtbot, choices.phone_edit, NEW_PHONE)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    for row in wizard.documents_page.rows.values():
        tick(qtbot, row.received)
    _confirm_and_save(qtbot, wizard)

    assert wizard.case.record is not None
    assert (wizard.case.record.row.uuid, wizard.case.record.row.reference) == (record.row.uuid, record.row.reference)
    saved = window.cases.get(record.row.uuid)
    assert saved is not None
    assert saved.row.status is CaseStatus.READY
    assert saved.returned_reason is None
    assert saved.data["changes"][0]["new"] == NEW_PHONE
    assert saved.data[RETURNS][0]["reason"] == record.returned_reason
    assert _cases_with(window._desk, record.row.reference) == 1
    assert window.cases.drafts() == []
    assert "✔" in wizard.correction_banners[-1].text()
    today = window.today_page
    qtbot.waitUntil(lambda: all(r.row.uuid != record.row.uuid for r in today.returned.rows), timeout=WAIT_MS)


def test_a_case_returned_again_reopens_with_every_field_as_it_was_saved(
        qtbot: QtBot, window: MainWindow) -> None:
    record = _returned(window)
    wizard = _press_correct(qtbot, window, window.open_case_record(record))
    click_next(qtbot, wizard)
    tick(qtbot, wizard.choices_page.boxes["phone"])
    type_text(qtbot, wizard.choices_page.phone_edit, NEW_PHONE)
    click_next(qtbot, wizard)
    for row in wizard.documents_page.rows.values():
        tick(qtbot, row.received)
    _confirm_and_save(qtbot, wizard)
    wizard.close()

    with window._desk.store.session("demo") as session:  # the county sends it back once more
        case = session.scalars(select(Case).where(Case.uuid == record.row.uuid)).one()
        case.status, case.returned_reason = CaseStatus.RETURNED.value, AGAIN
    again = window.cases.get(record.row.uuid)
    assert again is not None
    wizard = _press_correct(qtbot, window, window.open_case_record(again))
    assert AGAIN in wizard.correction_banners[0].text()
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    assert choices.boxes["phone"].isChecked()
    assert choices.phone_edit.text() == NEW_PHONE
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert all(row.received.isChecked() for row in wizard.documents_page.rows.values())
    _confirm_and_save(qtbot, wizard)

    saved = window.cases.get(record.row.uuid)
    assert saved is not None
    assert saved.row.status is CaseStatus.READY
    assert [r["reason"] for r in saved.data[RETURNS]] == [record.returned_reason, AGAIN]
    assert _cases_with(window._desk, record.row.reference) == 1
