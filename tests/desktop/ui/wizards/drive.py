"""The hands that drive a wizard (keys, clicks, Chinese input) and the demo residents the tests need."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget, QWizard
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
