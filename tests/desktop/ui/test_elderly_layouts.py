"""适老化 (elderly) mode at the desk: large type with nothing cut off, rows a finger can hit, switched live;
the identify page offers the switch for residents 65 or older and never switches by itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTableView, QWidget
from pytestqt.qtbot import QtBot

from core.ids import make_resident_id
from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.display_mode import FIGURES, DisplayMode, apply_mode, current_mode
from desktop.ui.main_window import MainWindow
from desktop.ui.residents_model import fitted_widths
from desktop.ui.wizards.base import Step
from tests.desktop.ui.wizards import conftest as wizard_fixtures
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, enrollable, new_id, type_text

# the wizard tests' signed-in desk and wizard factory, for the identify page's offer
desk = wizard_fixtures.desk
ctx = wizard_fixtures.ctx
wizards = wizard_fixtures.wizards
make_wizard = wizard_fixtures.make_wizard

WAIT_MS = 10_000
SLACK_PX = 1  # rounding between a size hint and the geometry a layout hands out


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


@pytest.fixture
def window(qtbot: QtBot, app: QApplication, demo_dir: Path) -> Iterator[MainWindow]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    shown = MainWindow(opened, {})
    qtbot.addWidget(shown)
    shown.resize(1300, 820)  # the gallery's window: a village desk's usual screen
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.today_page.sig_loaded, timeout=WAIT_MS):
        shown.today_page.refresh()
    yield shown
    shown.today_page.stop()
    shown.close()
    opened.close()


def cut_off(root: QWidget) -> list[str]:
    """The visible labels, buttons and tabs under ``root`` whose words do not fit the space they were given."""
    QApplication.processEvents()
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            short = label.heightForWidth(label.width()) > label.height() + SLACK_PX
        else:
            hint = label.minimumSizeHint()
            short = hint.width() > label.width() + SLACK_PX or hint.height() > label.height() + SLACK_PX
        if short:
            found.append(f"label {label.objectName() or label.text()[:20]!r} {label.size().toTuple()}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text() or isinstance(button.parent(), QTabBar):
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + SLACK_PX or hint.height() > button.height() + SLACK_PX:
            found.append(f"button {button.objectName() or button.text()!r} {button.size().toTuple()}"
                         f" needs {hint.toTuple()}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root) and bar.count() and bar.tabRect(bar.count() - 1).right() > bar.width():
            found.append(f"tabs {bar.objectName()!r}: the last tab is cut")
    return found


def tables(root: QWidget) -> list[QTableView]:
    return [t for t in root.findChildren(QTableView) if t.isVisibleTo(root)]


def switch(qtbot: QtBot, app: QApplication, mode: DisplayMode) -> None:
    apply_mode(app, mode)
    qtbot.wait(50)  # the layouts settle on the next turn of the event loop


def test_the_desk_pages_show_large_type_whole_with_tall_rows_and_normal_restores_them(
        qtbot: QtBot, app: QApplication, window: MainWindow) -> None:
    normal_rows = {t.objectName(): t.verticalHeader().defaultSectionSize() for t in window.findChildren(QTableView)}
    switch(qtbot, app, DisplayMode.ELDERLY)
    due = window.today_page.due.row(0)
    assert due is not None
    window.register.show_resident(due.resident.uuid)
    for number, page in enumerate((window.today_page, window.register, window.cases_page)):
        window.nav.setCurrentRow(number)
        qtbot.wait(50)
        assert cut_off(page) == [], page.objectName()
        for table in tables(page):
            assert table.verticalHeader().defaultSectionSize() >= FIGURES[DisplayMode.ELDERLY].min_target_px
    resident_page = window.register.page
    window.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: bool(resident_page.title.text()), timeout=WAIT_MS)
    assert cut_off(resident_page) == []
    switch(qtbot, app, DisplayMode.NORMAL)
    after = {t.objectName(): t.verticalHeader().defaultSectionSize() for t in window.findChildren(QTableView)}
    assert after == normal_rows
    assert all(height < FIGURES[DisplayMode.ELDERLY].min_target_px for height in after.values())


def test_the_walk_in_dialog_shows_its_whole_problem_in_large_type(qtbot: QtBot, app: QApplication,
                                                                 window: MainWindow) -> None:
    switch(qtbot, app, DisplayMode.ELDERLY)
    page = window.today_page
    page.add_button.click()
    dialog = page.walk_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    good = make_resident_id("640423", date(1958, 3, 15), 37)
    dialog.who_edit.setText(good[:-1] + ("1" if good[-1] == "0" else "0"))
    dialog.look_up()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=WAIT_MS)
    dialog.resize(500, 300)  # smaller than the words need: the dialog must not give in
    assert cut_off(dialog) == []
    dialog.reject()


def test_an_older_resident_gets_a_one_click_offer_of_large_type(qtbot: QtBot, app: QApplication, desk: Desk,
                                                                make_wizard: WizardFactory) -> None:
    apply_mode(app, DisplayMode.NORMAL)
    page = make_wizard().identify_page
    type_text(qtbot, page.id_edit, new_id(desk, date(1985, 5, 1)))
    qtbot.waitUntil(page.new_box.isVisible, timeout=WAIT_MS)
    assert not page.elderly_button.isVisible()  # 40 years old: no offer
    page.id_edit.clear()
    type_text(qtbot, page.id_edit, new_id(desk, date(1950, 5, 1)))
    qtbot.waitUntil(page.elderly_button.isVisible, timeout=WAIT_MS)
    assert page.elderly_offer.isVisible()
    assert current_mode(app) is DisplayMode.NORMAL  # offered, never switched by itself
    page.elderly_button.click()
    assert current_mode(app) is DisplayMode.ELDERLY
    assert not page.elderly_button.isVisible()  # nothing more to offer
    qtbot.wait(50)
    assert cut_off(page) == []


def test_wizard_pages_show_large_type_whole(qtbot: QtBot, app: QApplication, desk: Desk,
                                            make_wizard: WizardFactory) -> None:
    switch(qtbot, app, DisplayMode.ELDERLY)
    wizard = make_wizard()
    wizard.resize(1100, 800)
    type_text(qtbot, wizard.identify_page.id_edit, enrollable(desk).id_number)
    qtbot.waitUntil(wizard.identify_page.found.isVisible, timeout=WAIT_MS)
    seen = []
    while wizard.currentId() <= Step.DOCUMENTS:
        qtbot.wait(400)  # the tier comparison is worked out on the worker
        page = wizard.currentPage()
        assert cut_off(page) == [], page.objectName()
        seen.append(Step(wizard.currentId()))
        for _group in range(6):  # a grouped page shows its next group of fields first: each must be whole
            click_next(qtbot, wizard)
            qtbot.wait(100)
            if wizard.currentId() != seen[-1]:
                break
            assert cut_off(page) == [], page.objectName()
        assert wizard.currentId() != seen[-1], f"Next never left {page.objectName()}"
    assert seen == [Step.IDENTIFY, Step.POLICY, Step.CHOICES, Step.DOCUMENTS]
    qtbot.wait(50)
    assert cut_off(wizard.currentPage()) == []  # the review


def test_the_register_list_fits_its_pane_in_elderly_mode_with_name_and_id_whole(
        qtbot: QtBot, app: QApplication, window: MainWindow) -> None:
    window.resize(1280, 800)  # the main window's own default size
    register = window.register
    window.nav.setCurrentRow(1)
    table, header = register.table, register.table.horizontalHeader()
    keys = register.model.key_columns()
    assert keys == (0, 1)  # name and masked ID
    for search, many in (("马", False), ("6404", True)):
        register.search_edit.setText(search)
        register.run_search()
        qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT_MS)
        for mode in (DisplayMode.ELDERLY, DisplayMode.NORMAL):
            switch(qtbot, app, mode)
            assert header.length() <= table.viewport().width(), (search, mode)
            assert not table.horizontalScrollBar().isVisible(), (search, mode)
            for column in keys:
                assert not header.isSectionHidden(column)
                if not many or mode is DisplayMode.NORMAL:  # a list of many rows may shorten an ID: 6404…1234
                    assert header.sectionSize(column) >= table.sizeHintForColumn(column), (search, mode, column)
    assert table.verticalScrollBar().isVisible()  # the long list really had less room
    window.resize(2400, 1000)  # room for every column: the ones left out come back
    qtbot.wait(50)
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert header.length() <= table.viewport().width()


def test_fitted_widths_keep_key_columns_whole_and_leave_out_what_has_no_room() -> None:
    wanted = {0: 90, 1: 250, 2: 60, 3: 60, 4: 150}
    keys = {0, 1}
    assert fitted_widths(wanted, keys, 700, 80) == wanted  # all fit: all as wanted
    narrow = fitted_widths(wanted, keys, 520, 80)
    assert narrow[0] == 90 and narrow[1] == 250  # noqa: PT018 - the two key columns together
    assert sum(narrow.values()) <= 520
    assert set(narrow) == {0, 1, 2, 3}  # room for two more at 80 each, in column order; the phone left out
    assert fitted_widths(wanted, keys, 345, 80) == {0: 90, 1: 250}
    squeezed = fitted_widths(wanted, keys, 300, 80)  # not even the keys fit: the widest gives way
    assert squeezed == {0: 90, 1: 210}
    assert fitted_widths(wanted, keys, 100, 80) == {0: 80, 1: 80}  # never below the least: it scrolls
