"""Drafts: saved as the assistant works, reopened at the same page with the same values, kept or discarded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.wizards.base import RESIDENT_FACING, Step
from desktop.ui.wizards.context import WizardContext
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import answer_close_question, click_next, enrollable, new_id, tick, type_text


def _png(path: Path, colour: str = "#2d6a5f") -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path


def test_the_wizard_is_resident_facing_so_the_idle_lock_leaves_it(make_wizard: WizardFactory) -> None:
    assert make_wizard().property(RESIDENT_FACING) is True


def test_typing_is_saved_within_the_autosave_interval_without_changing_page(
        qtbot: QtBot, desk: Desk, ctx: WizardContext, make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    wizard.autosave_timer.setInterval(50)  # 5 s in use; the clock starts with the first keystroke
    type_text(qtbot, wizard.identify_page.id_edit, "640423")
    qtbot.waitUntil(lambda: wizard.case.draft_uuid is not None, timeout=3000)
    uuid = wizard.case.draft_uuid
    assert uuid is not None
    draft = ctx.cases.load_draft(uuid)
    assert draft is not None
    assert draft.data["wizard"]["identify"]["id_text"] == "640423"


def test_a_draft_reopens_at_its_page_with_its_values(qtbot: QtBot, desk: Desk, ctx: WizardContext,
                                                     make_wizard: WizardFactory, tmp_path: Path) -> None:
    resident = enrollable(desk)
    wizard = make_wizard()
    type_text(qtbot, wizard.identify_page.id_edit, resident.id_number)
    click_next(qtbot, wizard)
    tick(qtbot, wizard.policy_page.questions["veteran"])
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    choices.tier_combo.setCurrentIndex(choices.tier_combo.findData("500"))
    choices.collective.setValue(20)
    click_next(qtbot, wizard)
    documents = wizard.documents_page
    hukou = documents.rows["hukou_book"]
    tick(qtbot, hukou.received)
    documents.rows["id_card"].set_brought_kind("ssc_card")
    assert documents.add_files("id_card", [_png(tmp_path / "card.png")]) == 1
    assert wizard.currentId() == Step.DOCUMENTS

    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.close_question is not None
    assert wizard.isVisible()  # nothing is lost while the question is open
    answer_close_question(wizard, "keep_button")
    assert not wizard.isVisible()

    drafts = ctx.cases.drafts()
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.page == Step.DOCUMENTS
    assert draft.resident_uuid == resident.uuid

    again = make_wizard(draft=draft)
    assert again.currentId() == Step.DOCUMENTS
    assert again.policy_page.questions["veteran"].isChecked()
    assert again.choices_page.tier() == 500
    assert again.choices_page.collective.value() == 20
    rows = again.documents_page.rows
    assert rows["hukou_book"].received.isChecked()
    assert rows["id_card"].received.isChecked()  # a scan ticks its paper
    assert rows["id_card"].brought_kind() == "ssc_card"
    assert len(rows["id_card"].thumb_buttons()) == 1
    again.back()
    assert again.currentId() == Step.CHOICES  # the way back is there too


def test_discarding_deletes_the_draft_but_not_a_resident_registered_on_the_way(
        qtbot: QtBot, desk: Desk, ctx: WizardContext, make_wizard: WizardFactory) -> None:
    number = new_id(desk)
    wizard = make_wizard()
    type_text(qtbot, wizard.identify_page.id_edit, number)
    qtbot.waitUntil(wizard.identify_page.new_box.isVisible, timeout=3000)
    type_text(qtbot, wizard.identify_page.name_edit, "李建国")
    click_next(qtbot, wizard)
    assert ctx.cases.drafts()  # saved on the page change
    wizard.reject()
    answer_close_question(wizard, "discard_button")
    assert not wizard.isVisible()
    assert ctx.cases.drafts() == []
    assert ctx.registration.check_id(number).existing is not None


def test_going_back_to_the_form_keeps_it_open(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    type_text(qtbot, wizard.identify_page.id_edit, "6404")
    wizard.reject()
    question = wizard.close_question
    assert question is not None
    QTest.keyClick(question, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert wizard.identify_page.id_edit.text() == "6404"


def test_an_untouched_wizard_closes_without_asking(make_wizard: WizardFactory, ctx: WizardContext) -> None:
    wizard = make_wizard()
    wizard.reject()
    assert wizard.close_question is None
    assert not wizard.isVisible()
    assert ctx.cases.drafts() == []


def test_when_the_desk_closes_the_wizard_keeps_its_draft_without_asking(
        qtbot: QtBot, make_wizard: WizardFactory, ctx: WizardContext) -> None:
    wizard = make_wizard()
    type_text(qtbot, wizard.identify_page.id_edit, "6404231")
    wizard.ask_on_close = False
    wizard.close()
    assert not wizard.isVisible()
    assert [d.data["wizard"]["identify"]["id_text"] for d in ctx.cases.drafts()] == ["6404231"]
