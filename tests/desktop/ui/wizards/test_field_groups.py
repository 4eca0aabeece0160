"""适老化: at most five fields on a wizard page at a time; Next and Back step through a page's groups, a mode
switch splits or merges them live without losing what was typed, and normal mode shows every field at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from desktop.services.cases import CaseType, ConfirmationMethod
from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.info_change import InfoChangeWizard
from desktop.ui.wizards.layout import SharedLabelColumn, count_fields, field_section, visible_fields
from desktop.ui.wizards.page import CasePage
from tests.desktop.ui.wizards.conftest import WizardFactory, Wizards
from tests.desktop.ui.wizards.drive import click_next, enrollable, new_id, tick, type_text

WAIT_MS = 3000


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


def part(number: int, total: int) -> str:
    """The step line as the desk's language words it ("Part 2 of 3", "第 2 组，共 3 组")."""
    return QCoreApplication.translate("FieldGroups", "Part %1 of %2").replace("%1", str(number)) \
        .replace("%2", str(total))


def shown_fields(page: CasePage) -> int:
    return count_fields(visible_fields(page))


def click_back(wizard: QWizard) -> None:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def to_confirm(qtbot: QtBot, wizard: CaseWizard) -> None:
    """Next until the confirmation page (through any page's field groups on the way)."""
    for _ in range(20):
        if wizard.currentId() == Step.CONFIRM:
            return
        click_next(qtbot, wizard)
    raise AssertionError(f"Next never reaches the confirmation page (stuck on page {wizard.currentId()})")


def duplicate_question(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> CaseWizard:
    """The identify page with the new-resident form (4 fields beside the number) and the duplicate question."""
    twin = enrollable(desk)
    wizard = make_wizard()
    page = wizard.identify_page
    type_text(qtbot, page.id_edit, new_id(desk, twin.birth_date))
    qtbot.waitUntil(lambda: page.new_box.isVisibleTo(page), timeout=WAIT_MS)
    type_text(qtbot, page.name_edit, twin.name)
    # shown by the page, in a group large type may keep hidden for now
    qtbot.waitUntil(lambda: not page.duplicate_box.isHidden(), timeout=WAIT_MS)
    return wizard


def test_identify_shows_the_duplicate_question_as_a_second_group_in_elderly_mode(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    wizard = duplicate_question(qtbot, desk, make_wizard)
    page = wizard.identify_page
    groups = page.field_groups
    assert groups is not None
    assert shown_fields(page) == 5  # the number and the four new-resident fields
    assert page.name_edit.isVisible()
    assert not page.new_person_radio.isVisible()
    assert groups.step_label.isVisible()
    assert groups.step_label.text() == part(1, 2)

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY  # the next group, not the next page
    assert page.new_person_radio.isVisible()
    assert not page.name_edit.isVisible()
    assert groups.step_label.text() == part(2, 2)
    assert shown_fields(page) <= 5

    click_back(wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert page.name_edit.isVisible()
    assert page.name_edit.text()  # kept while hidden

    click_next(qtbot, wizard)
    tick(qtbot, page.new_person_radio)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    click_back(wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert page.new_person_radio.isVisible()  # back from the next page: the page's last group


def test_normal_mode_shows_every_field_at_once_and_next_leaves_the_page(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = duplicate_question(qtbot, desk, make_wizard)
    page = wizard.identify_page
    assert page.field_groups is not None
    assert shown_fields(page) == 6
    assert not page.field_groups.step_label.isVisible()
    tick(qtbot, page.new_person_radio)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY


def test_switching_mode_live_splits_and_merges_the_groups_keeping_what_was_typed(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = make_wizard(enrollable(desk).uuid)
    to_confirm(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    page = wizard.confirm_page
    tick(qtbot, page.radios[ConfirmationMethod.PROXY])
    type_text(qtbot, page.proxy_name, "李明")
    assert shown_fields(page) == 8  # how and the witness, the proxy's five, the agreement

    page.proxy_name.setFocus()
    apply_mode(app, DisplayMode.ELDERLY)
    groups = page.field_groups
    assert groups is not None
    assert groups.step_label.text() == part(2, 3)  # the group of the field being typed in
    assert page.proxy_name.isVisible()
    assert not page.agreed.isVisible()
    assert shown_fields(page) == 5

    click_next(qtbot, wizard)
    assert page.agreed.isVisible()
    assert not page.proxy_name.isVisible()
    assert groups.step_label.text() == part(3, 3)
    tick(qtbot, page.agreed)

    apply_mode(app, DisplayMode.NORMAL)
    assert page.proxy_name.isVisible()
    assert page.agreed.isVisible()
    assert page.proxy_name.text() == "李明"
    assert page.agreed.isChecked()
    assert not groups.step_label.isVisible()


def test_next_is_offered_while_groups_are_ahead_even_before_the_page_is_complete(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    wizard = make_wizard(enrollable(desk).uuid)
    to_confirm(qtbot, wizard)
    page = wizard.confirm_page
    tick(qtbot, page.radios[ConfirmationMethod.PROXY])
    save = wizard.button(QWizard.WizardButton.CommitButton)
    assert save.isEnabled()  # the agreement is two groups on
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert page.agreed.isVisible()
    assert not save.isEnabled()  # the last group: now the agreement counts
    tick(qtbot, page.agreed)
    assert save.isEnabled()


def test_a_check_that_fails_shows_the_group_with_what_is_missing(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    wizard = duplicate_question(qtbot, desk, make_wizard)
    page = wizard.identify_page
    assert page.name_edit.isVisible()
    wizard.next()  # as a draft reopening checks the page, past its groups: no choice made yet
    assert wizard.currentId() == Step.IDENTIFY
    assert page.new_person_radio.isVisible()
    assert page.problems.isVisible()


def test_a_wrong_proxy_id_number_shows_the_proxy_group_with_the_problem(
        qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    wizard = make_wizard(enrollable(desk).uuid)
    to_confirm(qtbot, wizard)
    page = wizard.confirm_page
    tick(qtbot, page.radios[ConfirmationMethod.PROXY])
    click_next(qtbot, wizard)
    type_text(qtbot, page.proxy_name, "李明")
    type_text(qtbot, page.proxy_id, "640423")
    click_next(qtbot, wizard)
    tick(qtbot, page.agreed)
    click_next(qtbot, wizard)  # Save: the proxy's number is refused
    assert wizard.currentId() == Step.CONFIRM
    assert page.proxy_id.isVisible()
    assert not page.agreed.isVisible()
    assert page.problems.isVisible()


def test_a_details_alt_key_ticks_it_and_goes_to_its_field_and_a_click_on_its_words_ticks_it(
        qtbot: QtBot, app: QApplication, desk: Desk, wizards: Wizards) -> None:
    wizard = wizards.open(InfoChangeWizard, enrollable(desk).uuid)
    click_next(qtbot, wizard)
    page = wizard.choices_page
    assert wizard.currentPage() is page
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT_MS)
    assert page.field_labels["phone"].buddy() is page.phone_edit
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # 电话(&P)
    assert page.boxes["phone"].isChecked()
    assert page.phone_edit.isEnabled()
    assert QApplication.focusWidget() is page.phone_edit
    label = page.field_labels["address"]
    QTest.mouseClick(label, Qt.MouseButton.LeftButton)
    assert page.boxes["address"].isChecked()
    QTest.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not page.boxes["address"].isChecked()


def test_forms_split_into_sections_keep_one_label_column_in_every_mode(qtbot: QtBot, app: QApplication) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    first, second = QFormLayout(), QFormLayout()
    short, long = QLineEdit(), QLineEdit()
    first.addRow("&Year:", short)
    second.addRow("Certificate &number of the group:", long)
    layout = QVBoxLayout(top)
    layout.addWidget(field_section(first))
    layout.addWidget(field_section(second))
    SharedLabelColumn(top, first, second)
    top.show()
    qtbot.waitExposed(top)
    for mode in (DisplayMode.NORMAL, DisplayMode.ELDERLY):
        apply_mode(app, mode)
        QApplication.processEvents()
        assert short.mapTo(top, QPoint(0, 0)).x() == long.mapTo(top, QPoint(0, 0)).x(), mode


def test_what_counts_as_a_field(qtbot: QtBot, app: QApplication) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    shown = QLineEdit()
    read_only = QLineEdit()
    read_only.setReadOnly(True)  # shows a value, asks for nothing
    combo = QComboBox()
    combo.setEditable(True)  # its line edit is part of it: one field
    first, second = QRadioButton("a"), QRadioButton("b")  # one question
    ticked = QCheckBox("c")
    hidden = QLineEdit()
    for widget in (shown, read_only, combo, first, second, ticked, hidden):
        layout.addWidget(widget)
    hidden.hide()
    assert count_fields(visible_fields(top)) == 4


class SixFields(CasePage):
    """A page of six fields in two sections that is never complete."""

    key = "six"

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, CaseState(CaseType.ENROLLMENT))
        layout = QVBoxLayout(self)
        edits = [QLineEdit() for _ in range(6)]
        groups = self.group_fields(field_section(*edits[:3]), field_section(*edits[3:]))
        layout.addWidget(groups.step_label)
        for section in groups.sections:
            layout.addWidget(section[0])

    def page_complete(self) -> bool:
        return False


def test_a_page_with_groups_ahead_is_still_checked_when_next_is_called_directly(
        qtbot: QtBot, app: QApplication, ctx: WizardContext) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = SixFields(ctx)
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.show()
    assert page.field_groups is not None
    assert page.field_groups.ahead()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # to the next group
    wizard.next()  # as a reopened draft's walk does
    assert wizard.currentPage() is page
