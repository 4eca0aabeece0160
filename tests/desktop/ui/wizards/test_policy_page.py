"""What the policy says: refusals explained with reasons and clauses, advice as a next step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, enrollable, residents, tick, type_text


def test_a_resident_in_the_employee_scheme_is_told_why_and_cannot_go_on(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    employee = next(r for r in residents(desk) if r.employee_pension and not r.enrolled)
    wizard = make_wizard()
    type_text(qtbot, wizard.identify_page.id_edit, employee.id_number)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert wizard.currentId() == Step.POLICY
    assert page.verdict.text().startswith("✘")
    assert page.questions["employee_pension"].isChecked()  # what the register knows is asked again
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # even forced, the wizard does not move on
    assert wizard.currentId() == Step.POLICY
    details = page.details.toPlainText()
    assert "国发〔2014〕8号" in details  # the clause the decision rests on
    assert page.note_box.isVisible()


def test_a_student_can_be_refused_and_a_note_saved_with_the_draft(
        qtbot: QtBot, desk: Desk, ctx: WizardContext, make_wizard: WizardFactory) -> None:
    resident = enrollable(desk)
    wizard = make_wizard(resident.uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert page.verdict.text().startswith("✔")
    tick(qtbot, page.questions["student"])
    assert page.verdict.text().startswith("✘")
    assert not page.isComplete()
    type_text(qtbot, page.note_edit, "在校大学生，毕业后再来")
    tick(qtbot, page.questions["student"])
    assert page.verdict.text().startswith("✔")  # answering again decides again
    tick(qtbot, page.questions["student"])
    QTest.mouseClick(page.save_note_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    drafts = ctx.cases.drafts()
    assert [d.data["note"] for d in drafts] == ["在校大学生，毕业后再来"]
    assert drafts[0].page == Step.POLICY

    again = make_wizard(draft=drafts[0])
    assert again.currentId() == Step.POLICY  # reopens where it stopped, still refused
    assert again.policy_page.questions["student"].isChecked()
    assert again.policy_page.verdict.text().startswith("✘")


def test_veterans_and_flexible_workers_get_a_next_step_and_may_still_enrol(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = make_wizard(enrollable(desk).uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    for flag in ("veteran", "flexible_worker"):
        if not page.questions[flag].isChecked():
            tick(qtbot, page.questions[flag])
    assert page.advice.isVisible()
    assert page.advice.text().count("➜") == 2
    assert page.isComplete()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    assert "veteran" in wizard.case.answers
    assert wizard.case.answers["veteran"] is True

