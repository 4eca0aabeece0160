"""The first-run wizard, driven page by page with the keyboard and mouse, with bad input on each page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from core.problems import error
from desktop.messages import describe
from desktop.services.desk import Desk, desk_exists
from desktop.services.settings import load_settings
from desktop.services.setup import create_desk
from desktop.ui.application import create_application
from desktop.ui.first_run import FirstRunWizard, PageId
from tests.desktop.conftest import FAST_KDF

VILLAGE = "640423100004"  # 隆德县城关镇红崖社区
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
BACK = QWizard.WizardButton.BackButton


def type_text(widget: QWidget, text: str) -> None:
    """Chinese as an input method commits it (QTest aborts on non-ASCII key clicks)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click the round indicator (a radio stretched across the page reacts only on its text and circle)."""
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(radio.height() // 2, radio.height() // 2))


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    QTest.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    create_application()
    made = FirstRunWizard(tmp_path / "desk", printers=["HP LaserJet 1020", "Canon LBP2900"],
                          default_printer="Canon LBP2900", kdf_params=FAST_KDF, demo_residents=20)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def to_service_point(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SERVICE_POINT


def choose_village(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    page = wizard.service_point
    page.county_combo.setCurrentIndex(page.county_combo.findData("640423"))
    page.township_combo.setCurrentIndex(page.township_combo.findData("640423100"))
    type_text(page.filter_edit, "红崖")
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)


def fill_account(qtbot: QtBot, wizard: FirstRunWizard, username: str = "mali", password: str = "hongya-2024",
                 repeat: str | None = None) -> None:
    page = wizard.assistant
    type_text(page.name_edit, "马丽")
    for edit, text in ((page.username_edit, username), (page.password_edit, password),
                       (page.repeat_edit, password if repeat is None else repeat)):
        edit.clear()
        QTest.keyClicks(edit, text)


def test_welcome_offers_demo_data_which_branches_to_its_own_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    assert wizard.welcome.setup_radio.isChecked()
    choose(qtbot, wizard.welcome.demo_radio)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.DEMO
    assert wizard.button(FINISH).isVisible()
    click(qtbot, wizard, BACK)
    choose(qtbot, wizard.welcome.setup_radio)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SERVICE_POINT


def test_village_is_chosen_from_the_lists_and_its_code_shown(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_service_point(qtbot, wizard)
    page = wizard.service_point
    assert page.county_combo.count() == 22
    assert page.village_list.count() == 0
    assert not wizard.button(NEXT).isEnabled()
    choose_village(qtbot, wizard)
    assert page.code_edit.text() == VILLAGE
    assert page.code_edit.isReadOnly()
    assert page.place_label.text() == "隆德县城关镇红崖社区"
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.ASSISTANT


def test_a_name_that_matches_no_village_says_so_and_next_stays_off(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_service_point(qtbot, wizard)
    page = wizard.service_point
    page.county_combo.setCurrentIndex(page.county_combo.findData("640423"))
    assert page.village_list.count() > 50  # all townships of the county
    type_text(page.filter_edit, "不存在")
    assert page.village_list.count() == 0
    assert page.count_label.text() == page.tr("No village matches. Check the name, or choose another township.")
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.code_edit.text() == ""
    assert not wizard.button(NEXT).isEnabled()


def test_without_a_county_the_filter_searches_all_of_ningxia_by_code(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_service_point(qtbot, wizard)
    page = wizard.service_point
    QTest.keyClicks(page.filter_edit, VILLAGE)
    assert page.village_list.count() == 1
    assert "隆德县" in page.village_list.item(0).text()
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.code_edit.text() == VILLAGE


def _at_account_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_service_point(qtbot, wizard)
    choose_village(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.ASSISTANT


@pytest.mark.parametrize(
    ("username", "password", "repeat", "code", "params"),
    [
        ("Ma Li", "hongya-2024", None, "account.username_format", {"shown": "Ma Li"}),
        ("mali", "short", None, "account.password_short", {"minimum": "8"}),
        ("hongya2024", "hongya2024", None, "account.password_is_username", {}),
        ("mali", "hongya-2024", "hongya-2025", "account.password_mismatch", {}),
    ],
)
def test_account_page_refuses_bad_input_and_says_why(qtbot: QtBot, wizard: FirstRunWizard, username: str,
                                                     password: str, repeat: str | None, code: str,
                                                     params: dict[str, str]) -> None:
    _at_account_page(qtbot, wizard)
    fill_account(qtbot, wizard, username, password, repeat)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.ASSISTANT
    assert wizard.assistant.problem.isVisibleTo(wizard)
    assert wizard.assistant.problem.text() == "⚠ " + describe(error(code, **params))


def test_account_page_shows_strength_and_mismatch_while_typing(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _at_account_page(qtbot, wizard)
    page = wizard.assistant
    assert not wizard.button(NEXT).isEnabled()  # every field is mandatory
    QTest.keyClicks(page.password_edit, "1234")
    too_short = page.strength_label.text()
    QTest.keyClicks(page.password_edit, "5678")
    weak = page.strength_label.text()
    QTest.keyClicks(page.password_edit, "-ab")
    assert len({too_short, weak, page.strength_label.text()}) == 3
    QTest.keyClicks(page.repeat_edit, "1234")
    assert page.match_label.text().startswith("⚠")
    QTest.keyClicks(page.repeat_edit, "5678-ab")
    assert page.match_label.text().startswith("✓")


def test_printer_page_without_printers_offers_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    create_application()
    wizard = FirstRunWizard(tmp_path / "desk", printers=[], kdf_params=FAST_KDF)
    qtbot.addWidget(wizard)
    assert wizard.printer.none_note.isVisibleTo(wizard.printer)
    assert wizard.printer.printer_combo.count() == 1
    assert wizard.printer.printer is None


def test_printer_page_preselects_the_default_printer(wizard: FirstRunWizard) -> None:
    assert wizard.printer.printer == "Canon LBP2900"
    assert not wizard.printer.none_note.isVisibleTo(wizard.printer)


def _to_server_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _at_account_page(qtbot, wizard)
    fill_account(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.PRINTER
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SERVER


def test_server_page_refuses_an_address_that_is_not_http(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _to_server_page(qtbot, wizard)
    QTest.keyClicks(wizard.server.server_edit, "ftp://county")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SERVER
    assert wizard.server.problem.text() == "⚠ " + describe(error("setup.server_url", shown="ftp://county"))
    QTest.keyClicks(wizard.server.server_edit, "x")  # typing clears the old problem
    assert not wizard.server.problem.isVisibleTo(wizard)


def test_the_whole_setup_creates_the_desk_with_its_supervisor(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _to_server_page(qtbot, wizard)
    QTest.keyClicks(wizard.server.server_edit, "https://cunbao.longde.example")
    QTest.keyClick(wizard.server.server_edit, Qt.Key.Key_Return)  # Enter presses Next
    assert wizard.currentId() == PageId.SUMMARY
    assert wizard.summary.place_value.text() == "隆德县城关镇红崖社区"
    assert wizard.summary.code_value.text() == VILLAGE
    assert "mali" in wizard.summary.account_value.text()
    assert wizard.summary.printer_value.text() == "Canon LBP2900"
    with qtbot.waitSignal(wizard.accepted, timeout=10000):
        click(qtbot, wizard, FINISH)
    desk = wizard.desk
    assert desk is not None
    try:
        assert desk.account.username == "mali"
        assert desk.account.display_name == "马丽"
        assert desk.account.is_supervisor
    finally:
        desk.close()
    settings = load_settings(wizard.data_dir)
    assert (settings.village_code, settings.printer, settings.county_server) == (
        VILLAGE, "Canon LBP2900", "https://cunbao.longde.example")
    Desk.sign_in(wizard.data_dir, "mali", "hongya-2024").close()


def test_finish_over_an_existing_desk_shows_the_problem_and_stays(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    create_desk(wizard.data_dir, VILLAGE, "other", "王", "other-2024", None, None, kdf_params=FAST_KDF).close()
    _to_server_page(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: wizard.summary.problem.isVisibleTo(wizard), timeout=10000)
    assert wizard.desk is None
    assert wizard.isVisible()
    assert wizard.currentId() == PageId.SUMMARY
    assert wizard.button(BACK).isEnabled()


def test_demo_path_makes_a_demo_desk_to_sign_in_to(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    choose(qtbot, wizard.welcome.demo_radio)
    click(qtbot, wizard, NEXT)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, wizard, FINISH)
    assert wizard.demo is not None
    assert wizard.demo.residents == 20
    assert desk_exists(wizard.data_dir)


def test_the_wizard_cannot_be_closed_while_the_desk_is_being_made(wizard: FirstRunWizard) -> None:
    wizard.busy = True
    wizard.reject()
    assert wizard.isVisible()
    wizard.busy = False
    wizard.reject()
    assert not wizard.isVisible()


def test_every_input_has_a_name_a_screen_reader_can_speak(wizard: FirstRunWizard) -> None:
    for page_id in PageId:
        page = wizard.page(int(page_id))
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.inherits("QScrollBar") \
                    and widget.objectName() not in ("", "qt_scrollarea_viewport"):
                assert widget.accessibleName(), (page_id, widget.objectName())
