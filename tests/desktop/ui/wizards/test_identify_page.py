"""Identifying the resident: bad numbers explained, duplicates caught before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from core.ids import check_digit
from desktop.services.desk import Desk
from desktop.ui.wizards.base import Step
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, enrollable, new_id, residents, tick, type_text


def _wrong_check_digit(number: str) -> str:
    good = check_digit(number[:17])
    return number[:17] + ("1" if good != "1" else "2")


def test_a_mistyped_id_number_is_explained_and_the_wizard_stays(qtbot: QtBot, desk: Desk,
                                                              make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    page = wizard.identify_page
    number = new_id(desk)
    type_text(qtbot, page.id_edit, _wrong_check_digit(number))
    QTest.keyClick(page.id_edit, Qt.Key.Key_Return)  # Enter presses Next
    assert wizard.currentId() == Step.IDENTIFY
    assert page.problems.isVisible()
    assert number[17] in page.problems.text()  # the message names the right last character
    assert not page.new_box.isVisible()
    assert wizard.case.resident is None


def test_an_existing_resident_is_found_by_number(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    resident = enrollable(desk)
    wizard = make_wizard()
    page = wizard.identify_page
    type_text(qtbot, page.id_edit, resident.id_number)
    qtbot.waitUntil(page.found.isVisible, timeout=3000)
    assert resident.name in page.found.text()
    assert resident.id_number not in page.found.text()  # masked on screen
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.case.resident_uuid == resident.uuid


def test_a_likely_duplicate_must_be_settled_before_anything_is_saved(qtbot: QtBot, desk: Desk,
                                                                   make_wizard: WizardFactory) -> None:
    twin = enrollable(desk)
    before = len(residents(desk))
    wizard = make_wizard()
    page = wizard.identify_page
    type_text(qtbot, page.id_edit, new_id(desk, twin.birth_date))
    qtbot.waitUntil(page.new_box.isVisible, timeout=3000)
    type_text(qtbot, page.name_edit, twin.name)
    qtbot.waitUntil(page.duplicate_box.isVisible, timeout=3000)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY  # no choice made: nothing saved
    assert len(residents(desk)) == before
    assert page.problems.isVisible()

    tick(qtbot, page.similar_radio(0))
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.case.resident_uuid == twin.uuid
    assert len(residents(desk)) == before


def test_a_different_person_with_the_same_name_and_birth_date_is_registered_when_chosen(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    twin = enrollable(desk)
    before = len(residents(desk))
    wizard = make_wizard()
    page = wizard.identify_page
    type_text(qtbot, page.id_edit, new_id(desk, twin.birth_date))
    qtbot.waitUntil(page.new_box.isVisible, timeout=3000)
    type_text(qtbot, page.name_edit, twin.name)
    qtbot.waitUntil(page.duplicate_box.isVisible, timeout=3000)
    tick(qtbot, page.new_person_radio)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.case.resident_uuid != twin.uuid
    assert len(residents(desk)) == before + 1


def test_a_new_resident_needs_a_name_and_a_valid_phone(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    before = len(residents(desk))
    wizard = make_wizard()
    page = wizard.identify_page
    type_text(qtbot, page.id_edit, new_id(desk))
    qtbot.waitUntil(page.new_box.isVisible, timeout=3000)
    type_text(qtbot, page.phone_edit, "12345")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert page.problems.text().count("⚠") == 2  # the name, and the phone number
    assert len(residents(desk)) == before


def test_a_resident_chosen_before_opening_needs_no_typing(qtbot: QtBot, desk: Desk,
                                                         make_wizard: WizardFactory) -> None:
    resident = enrollable(desk)
    wizard = make_wizard(resident.uuid)
    assert resident.name in wizard.identify_page.found.text()
    assert resident.name in wizard.windowTitle()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
