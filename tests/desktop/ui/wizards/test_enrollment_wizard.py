"""The enrolment wizard driven end to end with the keyboard and the mouse, on the real demo desk."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.cases import CaseStatus, ConfirmationMethod
from desktop.services.desk import Desk
from desktop.store.models import AuditEvent
from desktop.ui.wizards.base import Step
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, new_id, tick, type_text


def test_a_new_resident_is_registered_enrolled_and_the_form_printed(qtbot: QtBot, desk: Desk,
                                                                   make_wizard: WizardFactory, tmp_path: Path) -> None:
    wizard = make_wizard()
    number = new_id(desk)
    identify = wizard.identify_page
    type_text(qtbot, identify.id_edit, number)
    qtbot.waitUntil(lambda: identify.new_box.isVisible(), timeout=3000)
    type_text(qtbot, identify.name_edit, "马玉兰")
    type_text(qtbot, identify.phone_edit, "13909541234")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.case.resident is not None
    assert wizard.case.resident.name == "马玉兰"

    policy = wizard.policy_page
    assert policy.verdict.text().startswith("✔")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES

    choices = wizard.choices_page
    index = choices.tier_combo.findData("300")
    assert index >= 0
    choices.tier_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: choices.explanation is not None and choices.explanation.tier == 300, timeout=3000)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS

    documents = wizard.documents_page
    for row in documents.rows.values():
        tick(qtbot, row.received)
    assert documents.missing_papers() == []
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    text = wizard.review_page.plain_text()
    assert "马玉兰" in text
    assert "300" in text

    click_next(qtbot, wizard)
    confirm = wizard.confirm_page
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, confirm.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT

    record = wizard.ctx.cases.get(saved.args[0])
    assert record is not None
    assert record.row.status is CaseStatus.READY
    assert record.data["tier"] == "300.00"
    assert record.data["resident"]["id_number"] == number
    assert record.data["checks"]["student"] is False
    assert record.data["payers"]["self"] == "300.00"
    assert record.confirmation is not None
    assert record.confirmation.method is ConfirmationMethod.SIGNATURE
    assert record.row.created_by == "demo"
    with desk.store.session("demo") as session:
        actions = set(session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "demo")))
    assert "draft_finished" in actions

    panel = wizard.print_page.panel
    assert panel is not None
    assert [document.key for document in panel.selected()] == ["form", "receipt", "explanation"]
    pdf = tmp_path / "form.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "马玉兰" in printed
    assert "明白纸" in printed
    assert record.row.reference in printed
