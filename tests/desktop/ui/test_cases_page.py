"""The Cases page and the case view on a real demo desk: filters, papers received, scans, reprint."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.services.cases import OPEN_STATUSES, CaseFilter, CaseRecord, CasesService, CaseStatus, CaseType
from desktop.services.desk import Desk
from desktop.ui import labels
from desktop.ui.a11y_audit import mnemonic
from desktop.ui.application import create_application
from desktop.ui.case_view import CaseView, data_rows
from desktop.ui.cases_page import ALL, OPEN, CasesPage

WAIT_MS = 5000


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def cases(desk: Desk) -> CasesService:
    return CasesService(desk.store, "demo")


@pytest.fixture
def page(qtbot: QtBot, cases: CasesService) -> Iterator[CasesPage]:
    create_application()
    shown = CasesPage(cases, "demo")
    qtbot.addWidget(shown)
    shown.show()
    load(qtbot, shown, shown.refresh)
    yield shown
    shown.stop()


def load(qtbot: QtBot, page: CasesPage, change: object) -> int:
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS) as loaded:
        change()  # type: ignore[operator]
    return int(loaded.args[0])


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_all_cases_are_listed_newest_first_with_masked_ids(page: CasesPage, cases: CasesService) -> None:
    rows = page.model.rows
    assert len(rows) == len(cases.list_cases(CaseFilter()))
    assert [r.updated_at for r in rows] == sorted((r.updated_at for r in rows), reverse=True)
    assert all("*" in page.model.index(n, 4).data() for n in range(len(rows)))


def test_filters_by_type_and_status(qtbot: QtBot, page: CasesPage) -> None:
    everything = page.model.rowCount()
    count = load(qtbot, page, lambda: choose(page.type_combo, CaseType.PENSION_CLAIM))
    assert 0 < count < everything
    assert {r.case_type for r in page.model.rows} == {CaseType.PENSION_CLAIM}
    load(qtbot, page, lambda: choose(page.type_combo, ALL))
    load(qtbot, page, lambda: choose(page.status_combo, CaseStatus.RETURNED))
    assert page.model.rows
    assert {r.status for r in page.model.rows} == {CaseStatus.RETURNED}
    load(qtbot, page, lambda: choose(page.status_combo, OPEN))
    assert {r.status for r in page.model.rows} <= {CaseStatus.WAITING_DOCUMENTS, CaseStatus.READY,
                                                   CaseStatus.RETURNED}
    assert page.model.index(0, 2).data() == labels.case_status(page.model.rows[0].status)
    load(qtbot, page, page.clear_filters)
    assert page.model.rowCount() == everything


def test_filters_by_assistant_and_date(qtbot: QtBot, page: CasesPage, desk: Desk) -> None:
    desk.store.add_assistant("demo", "xiaowang", "pass-word-1", "小王", "assistant")
    target = next(r for r in page.model.rows if r.status in OPEN_STATUSES)
    record = CasesService(desk.store, "xiaowang").get(target.uuid)
    assert record is not None
    CasesService(desk.store, "xiaowang").update_papers(target.uuid, record.papers)
    load(qtbot, page, page.refresh)
    assert page.assistant_combo.findData("xiaowang") >= 0  # offered once seen on a case
    load(qtbot, page, lambda: choose(page.assistant_combo, "xiaowang"))
    assert [r.uuid for r in page.model.rows] == [target.uuid]
    load(qtbot, page, lambda: choose(page.assistant_combo, ALL))
    tomorrow = date.today() + timedelta(days=1)
    page.since_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    page.until_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert load(qtbot, page, lambda: page.dates_check.setChecked(True)) == 0
    assert "0" in page.count_label.text()


def test_double_click_opens_the_case(qtbot: QtBot, page: CasesPage) -> None:
    with qtbot.waitSignal(page.sig_open_case, timeout=WAIT_MS) as opened:
        page.table.doubleClicked.emit(page.model.index(1, 0))
    assert opened.args == [page.model.rows[1].uuid]


def waiting_case(cases: CasesService) -> CaseRecord:
    for row in cases.list_cases(CaseFilter(status=CaseStatus.WAITING_DOCUMENTS)):
        record = cases.get(row.uuid)
        if record is not None and any(p.missing for p in record.papers):
            return record
    raise AssertionError("the demo desk has a case waiting for papers")


def test_papers_ticked_in_the_case_view_make_the_case_ready(qtbot: QtBot, desk: Desk, cases: CasesService) -> None:
    create_application()
    record = waiting_case(cases)
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    view.show()
    assert not view.record_button.isEnabled()
    items = [view.papers_list.item(n) for n in range(view.papers_list.count())]
    for paper, item in zip(record.papers, items, strict=True):
        checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        assert checkable != paper.received  # what is already here cannot be unticked
        if not paper.received:
            item.setCheckState(Qt.CheckState.Checked)
    assert view.record_button.isEnabled()
    with qtbot.waitSignal(view.sig_changed, timeout=WAIT_MS) as changed:
        view.record_button.click()
    saved: CaseRecord = changed.args[0]
    assert saved.row.status == CaseStatus.READY
    assert labels.case_status(CaseStatus.READY) in view.status_label.text()
    stored = cases.get(record.row.uuid)
    assert stored is not None
    assert stored.row.status == CaseStatus.READY
    assert all(p.received for p in stored.papers)


def test_some_papers_leave_the_case_waiting(qtbot: QtBot, desk: Desk, cases: CasesService) -> None:
    create_application()
    record = waiting_case(cases)
    # make sure two required papers are missing, then bring only one
    papers = tuple(replace(p, received=False) if p.mandatory else p for p in record.papers)
    record = cases.update_papers(record.row.uuid, papers)
    missing = [n for n, p in enumerate(record.papers) if p.missing]
    assert len(missing) >= 2
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    view.papers_list.item(missing[0]).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(view.sig_changed, timeout=WAIT_MS) as changed:
        view.record_button.click()
    assert changed.args[0].row.status == CaseStatus.WAITING_DOCUMENTS
    assert changed.args[0].papers[missing[0]].received


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2d6a5f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_scans_show_as_thumbnails(qtbot: QtBot, desk: Desk, cases: CasesService) -> None:
    create_application()
    record = waiting_case(cases)
    scan = cases.store_scan(png_bytes(), "户口簿本人页.png", "image/png")
    record = cases.update_papers(record.row.uuid, record.papers, (scan,))
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.scans_list.item(0).icon().isNull(), timeout=WAIT_MS)
    assert view.scans_list.item(0).text() == "户口簿本人页.png"


def test_a_returned_case_tells_why(qtbot: QtBot, desk: Desk, cases: CasesService) -> None:
    create_application()
    row = cases.list_cases(CaseFilter(status=CaseStatus.RETURNED))[0]
    record = cases.get(row.uuid)
    assert record is not None
    assert record.returned_reason
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    view.show()
    assert view.returned_label.isVisibleTo(view)
    assert record.returned_reason in view.returned_label.text()
    waiting = CaseView(desk, cases, waiting_case(cases))
    qtbot.addWidget(waiting)
    assert not waiting.returned_label.isVisibleTo(waiting)


def test_reprint_opens_the_print_dialog_with_the_case_documents(qtbot: QtBot, desk: Desk,
                                                                 cases: CasesService) -> None:
    create_application()
    record = waiting_case(cases)
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    view.show()
    dialog = view.reprint()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.panel.findChildren(QCheckBox)  # the documents to tick
    dialog.close()




@pytest.mark.usefixtures("english")
def test_case_data_is_told_in_words_without_internal_keys() -> None:
    rows = dict(data_rows({"tier": "300.00", "payers": {"self": "200.00", "government": "100.00", "charity": "0"},
                           "eligibility": {"x": 1}, "resident": {"name": "x"}, "note": "已电话通知",
                           "card": {"kind": "bank", "bank": "黄河农村商业银行", "account": "6228480012345678"}}))
    assert rows["Contribution tier"] == "300 yuan"
    assert rows["Who pays"] == "the resident 200 yuan; the county (代缴) 100 yuan"
    assert rows["Paid into"] == "黄河农村商业银行 ****5678"  # never the whole account number
    assert "eligibility" not in rows
    assert "resident" not in rows
    assert list(rows)[-1] == "Note"


def test_a_case_with_the_county_cannot_get_papers_ticked(qtbot: QtBot, desk: Desk, cases: CasesService) -> None:
    create_application()
    row = cases.list_cases(CaseFilter(status=CaseStatus.SUBMITTED))[0]
    record = cases.get(row.uuid)
    assert record is not None
    view = CaseView(desk, cases, record)
    qtbot.addWidget(view)
    items = [view.papers_list.item(n) for n in range(view.papers_list.count())]
    assert not any(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in items)
    assert not view.record_button.isEnabled()


def test_every_filter_has_a_label_with_its_own_alt_key(page: CasesPage) -> None:
    by_field = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy() is not None}
    fields = (page.type_combo, page.status_combo, page.assistant_combo, page.since_edit, page.until_edit)
    assert all(mnemonic(by_field.get(field, "")) for field in fields)
    buttons = [button.text() for button in page.findChildren(QAbstractButton)]
    keys = [mnemonic(text) for text in [*by_field.values(), *buttons] if mnemonic(text)]
    assert len(keys) == len(set(keys))  # Alt+key never only cycles between two of them
