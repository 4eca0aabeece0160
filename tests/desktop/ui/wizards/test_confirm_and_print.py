"""Confirmation by the resident (signature, fingerprint with a witness, proxy) and what saving leads to."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.ids import check_digit
from desktop.services.cases import CaseStatus, ConfirmationMethod
from desktop.services.desk import Desk
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.enrollment import EnrollmentWizard
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, enrollable, new_id, tick, type_text


def _to_confirm(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory, tick_papers: bool) -> EnrollmentWizard:
    wizard = make_wizard(enrollable(desk).uuid)
    for _ in range(3):
        click_next(qtbot, wizard)
    if tick_papers:
        for row in wizard.documents_page.rows.values():
            tick(qtbot, row.received)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    return wizard


def test_missing_papers_leave_the_case_waiting_and_offer_the_please_bring_slip(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = _to_confirm(qtbot, desk, make_wizard, tick_papers=False)
    assert "hukou" not in wizard.review_page.plain_text()  # papers are named in words, not codes
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000):
        click_next(qtbot, wizard)
    record = wizard.case.record
    assert record is not None
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    assert {p.kind for p in record.papers if p.missing} == {"id_card", "hukou_book"}
    page = wizard.print_page
    assert page.missing.text().startswith("⚠")
    assert page.panel is not None
    slip = page.panel.box("slip")
    assert slip is not None
    assert slip.isEnabled()
    assert slip.isChecked()
    assert wizard.ctx.cases.drafts() == []  # the draft became the case
    wizard.reject()
    assert wizard.close_question is None  # nothing left to lose


def test_a_fingerprint_needs_a_witness(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = _to_confirm(qtbot, desk, make_wizard, tick_papers=True)
    page = wizard.confirm_page
    tick(qtbot, page.radios[ConfirmationMethod.FINGERPRINT])
    tick(qtbot, page.agreed)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    assert page.problems.isVisible()
    type_text(qtbot, page.witness_edit, "王会计")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT
    record = wizard.case.record
    assert record is not None
    assert record.confirmation is not None
    assert record.confirmation.witness == "王会计"
    assert record.row.status is CaseStatus.READY


def test_a_proxy_needs_a_valid_id_number_and_brings_the_authorization(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = _to_confirm(qtbot, desk, make_wizard, tick_papers=True)
    page = wizard.confirm_page
    tick(qtbot, page.radios[ConfirmationMethod.PROXY])
    assert page.proxy_box.isVisible()
    type_text(qtbot, page.proxy_name, "马建军")
    page.relation.setCurrentIndex(1)
    number = new_id(desk)
    type_text(qtbot, page.proxy_id, number[:17] + ("1" if check_digit(number[:17]) != "1" else "2"))
    tick(qtbot, page.agreed)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    assert number[17] in page.problems.text()

    page.proxy_id.clear()
    resident_number = (wizard.case.profile or {})["id_number"]
    type_text(qtbot, page.proxy_id, resident_number)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM  # the resident cannot be their own proxy

    page.proxy_id.clear()
    type_text(qtbot, page.proxy_id, number)
    tick(qtbot, page.proxy_id_copy)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT
    record = wizard.case.record
    assert record is not None
    assert record.confirmation is not None
    assert record.confirmation.method is ConfirmationMethod.PROXY
    assert record.confirmation.proxy_id_number == number
    assert record.confirmation.proxy_relation == page.relation.itemText(1)
    assert not record.confirmation.proxy_authorized
    assert [p.kind for p in record.papers if p.missing] == ["proxy_authorization"]
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
