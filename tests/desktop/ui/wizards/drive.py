"""The hands that drive a wizard (keys, clicks, Chinese input) and the demo residents the tests need."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QPushButton, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.ids import make_resident_id
from desktop.services.desk import Desk
from desktop.store.models import Resident
from desktop.ui.wizards.base import CaseWizard

TODAY = date(2026, 3, 2)


def residents(desk: Desk) -> list[Resident]:
    with desk.store.session("demo") as session:
        found = list(session.scalars(select(Resident).order_by(Resident.id)))
        session.expunge_all()
    return found


def enrollable(desk: Desk) -> Resident:
    """A demo resident who may enrol: not enrolled, 16 to 59, no other scheme, not a student."""
    for r in residents(desk):
        age = TODAY.year - r.birth_date.year
        if not (r.enrolled or r.student or r.employee_pension or r.public_institution or r.receiving_pension) \
                and 20 <= age <= 55:
            return r
    raise AssertionError("the demo village has nobody who may enrol")


def new_id(desk: Desk, birth: date = date(1979, 6, 14)) -> str:
    """A valid ID number nobody in the demo has."""
    taken = {r.id_number for r in residents(desk)}
    return next(n for s in range(100, 999) if (n := make_resident_id("640423", birth, s)) not in taken)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as an assistant would: keys for ASCII, the input method's commit for Chinese."""
    widget.setFocus()
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (a click beyond its text would miss it)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.iconSize().width() // 2 + 2, box.height() // 2))


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_close_question(wizard: CaseWizard, button: str) -> None:
    """Click "keep_button", "discard_button" or "back_button" of the question asked on closing."""
    question = wizard.close_question
    assert question is not None
    found = question.findChild(QPushButton, button)
    assert found is not None
    QTest.mouseClick(found, Qt.MouseButton.LeftButton)


# --- the keyboard alone: Tab to a control, then type, Space, the arrow keys or Enter ------------------------
TAB_LIMIT = 80  # more Tab presses than any wizard window has stops


def focused(wizard: QWizard) -> QWidget:
    """Where the keys go: the application's focus, or the wizard's when its window is not the active one."""
    widget = QApplication.focusWidget()
    if widget is not None and widget.window() is wizard:
        return widget
    return wizard.focusWidget() or wizard


def press(wizard: QWizard, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(wizard), key, modifier)


def tab_to(wizard: QWizard, target: QWidget) -> None:
    """Press Tab until ``target`` has the focus; a radio button is reached through its group's one tab stop
    and then chosen with the arrow keys."""
    for _ in range(TAB_LIMIT):
        now = focused(wizard)
        if now is target:
            return
        if isinstance(target, QRadioButton) and isinstance(now, QRadioButton) and now.group() is not None \
                and now.group() is target.group():
            _arrow_to(wizard, target)
            return
        press(wizard, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.objectName()} (stuck at {focused(wizard).objectName()})")


def _arrow_to(wizard: QWizard, radio: QRadioButton) -> None:
    group = radio.group()
    assert group is not None
    for _ in range(len(group.buttons()) * 2):
        if radio.isChecked():
            return
        press(wizard, Qt.Key.Key_Down)
    raise AssertionError(f"the arrow keys never reach {radio.objectName()}")


def key_type(qtbot: QtBot, wizard: QWizard, edit: QWidget, text: str) -> None:
    tab_to(wizard, edit)
    type_text(qtbot, edit, text)


def key_tick(wizard: QWizard, box: QAbstractButton) -> None:
    """Tab to a check box and press Space (a radio button: Tab to its group and arrow to it)."""
    tab_to(wizard, box)
    if not isinstance(box, QRadioButton):
        press(wizard, Qt.Key.Key_Space)


def key_choose(wizard: QWizard, combo: QComboBox, data: object) -> None:
    """Tab to a combo box and go down its entries with the arrow keys to the one wanted."""
    tab_to(wizard, combo)
    press(wizard, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentData() == data:
            return
        press(wizard, Qt.Key.Key_Down)
    raise AssertionError(f"{data} is not offered in {combo.objectName()}")


def enter(wizard: QWizard) -> None:
    """Enter: the wizard's default button (Next, or Save on the confirmation page)."""
    press(wizard, Qt.Key.Key_Return)
