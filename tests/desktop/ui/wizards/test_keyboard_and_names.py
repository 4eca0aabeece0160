"""Keyboard only, and names: every field reachable and named for screen readers on every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.cases import CaseStatus, CaseType
from desktop.services.desk import Desk
from desktop.ui.wizards import available, open_wizard, wizard_class
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import enrollable, type_text


def _enter(wizard: CaseWizard) -> None:
    """Enter where the wizard's keyboard focus is: the default button (Next, or Save) answers it."""
    QTest.keyClick(wizard.focusWidget() or wizard.currentPage(), Qt.Key.Key_Return)


def _space_on(widget: QWidget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def _unnamed(wizard: CaseWizard) -> list[str]:
    page = wizard.currentPage()
    missing = []
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(page):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox"):
            continue  # the line edit inside an editable combo box or spin box speaks through its owner
        if not widget.objectName() or not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_enrolment_by_keyboard_alone_with_every_field_named(qtbot: QtBot, desk: Desk,
                                                           make_wizard: WizardFactory) -> None:
    resident = enrollable(desk)
    wizard = make_wizard()
    assert _unnamed(wizard) == []
    type_text(qtbot, wizard.identify_page.id_edit, resident.id_number)
    _enter(wizard)
    assert wizard.currentId() == Step.POLICY
    for step in (Step.CHOICES, Step.DOCUMENTS):
        assert _unnamed(wizard) == [], wizard.currentId()
        _enter(wizard)
        assert wizard.currentId() == step
    for row in wizard.documents_page.rows.values():
        _space_on(row.received)
    assert _unnamed(wizard) == []
    _enter(wizard)
    assert wizard.currentId() == Step.REVIEW
    assert _unnamed(wizard) == []
    _enter(wizard)
    assert wizard.currentId() == Step.CONFIRM
    _space_on(wizard.confirm_page.radios[next(iter(wizard.confirm_page.radios))])
    _space_on(wizard.confirm_page.agreed)
    assert _unnamed(wizard) == []
    _enter(wizard)
    assert wizard.currentId() == Step.PRINT
    assert _unnamed(wizard) == []
    record = wizard.case.record
    assert record is not None
    assert record.row.status is CaseStatus.READY


def test_open_wizard_shows_the_wizard_for_the_case_type(qtbot: QtBot, ctx: WizardContext, desk: Desk) -> None:
    resident = enrollable(desk)
    wizard = open_wizard(None, desk, ctx.policy, CaseType.ENROLLMENT, resident.uuid)
    qtbot.addWidget(wizard)
    assert isinstance(wizard, EnrollmentWizard)
    assert wizard.isVisible()
    assert wizard.case.resident_uuid == resident.uuid
    wizard.done(0)
    assert CaseType.ENROLLMENT in available()
    assert wizard_class(CaseType.ENROLLMENT) is EnrollmentWizard
