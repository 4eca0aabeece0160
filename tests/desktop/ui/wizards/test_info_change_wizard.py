"""The change-of-details wizard (信息变更) driven with the keyboard and the mouse on the real demo desk."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.ids import check_digit, make_resident_id
from desktop.services.cases import CasesService, CaseStatus, CaseType
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentSummary, mask_phone
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.info_change_gallery import gallery_shots
from desktop.ui.wizards import available, wizard_class
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.info_change import InfoChangeWizard
from tests.desktop.ui.wizards.conftest import Wizards
from tests.desktop.ui.wizards.drive import answer_close_question, click_next, tick, type_text

Factory = Callable[..., InfoChangeWizard]
NEW_ADDRESS = "宁夏回族自治区固原市隆德县沙塘镇十八里村三组12号"


@pytest.fixture
def make_change(wizards: Wizards) -> Factory:
    return wizards.factory(InfoChangeWizard)


def _people(ctx: WizardContext) -> list[ResidentSummary]:
    found = {r.uuid: r for prefix in ("6404", "6422") for r in ctx.residents.search(prefix, limit=1000)}
    return sorted(found.values(), key=lambda r: r.birth_date)


def _with_phone(ctx: WizardContext, skip: int = 0) -> ResidentSummary:
    return [p for p in _people(ctx) if p.phone and 20 <= p.age <= 70][skip]


def _id_number(ctx: WizardContext, uuid: UUID) -> str:
    return str(ctx.registration.eligibility_input(uuid)["id_number"])


def _free_id(ctx: WizardContext, birth: date, sex: str) -> str:
    """A valid number nobody has, for the same birth date and sex (an odd sequence is a man)."""
    for sequence in range(101 if sex == "M" else 100, 999, 2):
        number = make_resident_id("640423", birth, sequence)
        if ctx.registration.check_id(number).existing is None:
            return number
    raise AssertionError("no free ID number")


def _to_choices(qtbot: QtBot, make_change: Factory, person: ResidentSummary) -> InfoChangeWizard:
    wizard = make_change(person.uuid)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    return wizard


def _retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def _finish(qtbot: QtBot, wizard: InfoChangeWizard) -> None:
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000):
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT


# --- end to end ---------------------------------------------------------------------------------------
def test_a_new_phone_and_address_are_saved_and_in_the_register_at_once(
        qtbot: QtBot, desk: Desk, ctx: WizardContext, make_change: Factory, tmp_path: Path) -> None:
    person = _with_phone(ctx)
    profile = ctx.residents.profile(person.uuid)
    assert profile is not None
    wizard = make_change()
    type_text(qtbot, wizard.identify_page.id_edit, _id_number(ctx, person.uuid))
    QTest.keyClick(wizard.identify_page.id_edit, Qt.Key.Key_Return)  # Enter is Next
    assert wizard.currentId() == Step.CHOICES

    page = wizard.choices_page
    assert page.old_labels["name"].text() == person.name
    assert page.old_labels["phone"].text() == person.phone  # masked, as everywhere but the resident page
    assert not page.phone_edit.isEnabled()
    tick(qtbot, page.boxes["phone"])
    assert page.phone_edit.isEnabled()
    type_text(qtbot, page.phone_edit, "139 0954 0000")
    QTest.keyClick(page.boxes["address"], Qt.Key.Key_Space)
    assert page.address_edit.text() == (profile.address or "")  # a small correction starts from the old one
    _retype(qtbot, page.address_edit, NEW_ADDRESS)
    assert page.effects.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert list(wizard.documents_page.rows) == ["id_card"]  # no new ID card for a phone or an address
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)

    text = wizard.review_page.plain_text()
    assert "13909540000" in text
    assert NEW_ADDRESS in text
    assert person.name in text
    _finish(qtbot, wizard)

    record = wizard.case.record
    assert record is not None
    saved = ctx.cases.get(record.row.uuid)
    assert saved is not None
    assert saved.row.status is CaseStatus.READY
    assert saved.data["changes"] == [
        {"field": "phone", "old": person.phone, "new": "13909540000"},
        {"field": "address", "old": profile.address or "", "new": NEW_ADDRESS},
    ]
    assert saved.data["needs_new_id_document"] is False
    assert set(saved.data) == {"resident", "eligibility", "note", "changes", "needs_new_id_document"}
    assert saved.data["resident"]["phone"] == "13909540000"  # the resident as they confirmed it
    assert "eligibility" in saved.data
    after = ctx.residents.profile(person.uuid)
    assert after is not None
    assert after.summary.phone == mask_phone("13909540000")
    assert after.address == NEW_ADDRESS
    assert wizard.print_page.applied.isVisible()

    panel = wizard.print_page.panel
    assert panel is not None
    pdf = tmp_path / "change.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert person.name in printed
    assert "13909540000" in printed
    assert saved.row.reference in printed


def test_a_new_name_and_id_number_need_the_new_id_card_and_wait_for_the_papers(
        qtbot: QtBot, ctx: WizardContext, make_change: Factory) -> None:
    person = _with_phone(ctx)
    old_number = _id_number(ctx, person.uuid)
    new_number = _free_id(ctx, person.birth_date, person.sex)
    wizard = _to_choices(qtbot, make_change, person)
    page = wizard.choices_page
    tick(qtbot, page.boxes["name"])
    _retype(qtbot, page.name_edit, "马玉蓝")
    tick(qtbot, page.boxes["id_number"])
    type_text(qtbot, page.id_edit, new_number)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    rows = wizard.documents_page.rows
    assert list(rows) == ["new_id_card", "change_proof", "hukou_book"]
    tick(qtbot, rows["new_id_card"].received)
    click_next(qtbot, wizard)
    assert "马玉蓝" in wizard.review_page.plain_text()
    _finish(qtbot, wizard)

    record = wizard.case.record
    assert record is not None
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    assert record.data["changes"] == [{"field": "name", "old": person.name, "new": "马玉蓝"},
                                      {"field": "id_number", "old": old_number, "new": new_number}]
    assert record.data["needs_new_id_document"] is True
    slip = wizard.print_page.panel.box("slip") if wizard.print_page.panel else None
    assert slip is not None
    assert slip.isEnabled()
    assert slip.isChecked()
    assert not wizard.print_page.applied.isVisible()
    # the county changes them: the register keeps the name and number until then
    assert ctx.registration.check_id(old_number).existing is not None
    assert ctx.registration.check_id(new_number).existing is None
    after = ctx.residents.profile(person.uuid)
    assert after is not None
    assert after.summary.name == person.name


# --- bad input ----------------------------------------------------------------------------------------
def test_bad_new_details_keep_the_page_and_say_why(qtbot: QtBot, ctx: WizardContext,
                                                   make_change: Factory) -> None:
    person, other = _with_phone(ctx), _with_phone(ctx, skip=1)
    wizard = _to_choices(qtbot, make_change, person)
    page = wizard.choices_page

    def refused() -> str:
        click_next(qtbot, wizard)
        assert wizard.currentId() == Step.CHOICES
        assert page.problems.isVisible()
        return page.problems.text()

    assert refused().startswith("⚠")  # nothing ticked
    tick(qtbot, page.boxes["id_number"])
    good = _free_id(ctx, person.birth_date, person.sex)
    wrong = good[:17] + ("1" if check_digit(good[:17]) != "1" else "2")
    type_text(qtbot, page.id_edit, wrong)
    assert check_digit(good[:17]) in refused()  # the check digit it should have
    _retype(qtbot, page.id_edit, _id_number(ctx, other.uuid))
    assert other.name in refused()  # another resident's number
    _retype(qtbot, page.id_edit, _id_number(ctx, person.uuid))
    refused()  # the number recorded now
    tick(qtbot, page.boxes["id_number"])

    tick(qtbot, page.boxes["birth_date"])
    page.birth_edit.setDate(QDate(1970, 1, 1))
    refused()  # a birth date alone: the ID number must change too
    tick(qtbot, page.boxes["birth_date"])

    tick(qtbot, page.boxes["phone"])
    type_text(qtbot, page.phone_edit, "12345")
    refused()
    _retype(qtbot, page.phone_edit, "13909541111")
    tick(qtbot, page.boxes["name"])
    _retype(qtbot, page.name_edit, person.name)
    assert person.name in refused()  # the same name as now
    _retype(qtbot, page.name_edit, "")
    refused()  # ticked but empty
    tick(qtbot, page.boxes["name"])
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS


def test_a_new_id_number_with_another_birth_date_ticks_and_fills_it_in(
        qtbot: QtBot, ctx: WizardContext, make_change: Factory) -> None:
    person = _with_phone(ctx)
    born = date(person.birth_date.year, 1 if person.birth_date.month != 1 else 2, 15)
    new_number = _free_id(ctx, born, person.sex)
    wizard = _to_choices(qtbot, make_change, person)
    page = wizard.choices_page
    tick(qtbot, page.boxes["id_number"])
    type_text(qtbot, page.id_edit, new_number)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES  # shown first, to check with the new ID card
    assert page.boxes["birth_date"].isChecked()
    assert page.birth_edit.date() == QDate(born.year, born.month, born.day)
    assert not page.boxes["sex"].isChecked()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    fields = [c["field"] for c in wizard.case.data["changes"]]
    assert fields == ["id_number", "birth_date"]
    assert wizard.case.data["changes"][1]["new"] == born.isoformat()


# --- drafts -------------------------------------------------------------------------------------------
def test_a_change_draft_reopens_with_what_was_ticked_and_typed(qtbot: QtBot, ctx: WizardContext,
                                                              make_change: Factory) -> None:
    person = _with_phone(ctx)
    wizard = _to_choices(qtbot, make_change, person)
    page = wizard.choices_page
    tick(qtbot, page.boxes["phone"])
    type_text(qtbot, page.phone_edit, "13909542222")
    tick(qtbot, page.boxes["ethnicity"])
    type_text(qtbot, page.ethnicity_combo.lineEdit() or page.ethnicity_combo, "回族")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    wizard.reject()
    answer_close_question(wizard, "keep_button")
    drafts = ctx.cases.drafts()
    assert [d.page for d in drafts] == [Step.DOCUMENTS]

    again = make_change(draft=drafts[0])
    assert again.currentId() == Step.DOCUMENTS
    again.back()
    page = again.choices_page
    assert page.boxes["phone"].isChecked()
    assert page.phone_edit.text() == "13909542222"
    assert page.ethnicity_combo.currentText() == "回族"
    assert not page.boxes["name"].isChecked()
    assert not page.name_edit.isEnabled()


def _unnamed(wizard: InfoChangeWizard) -> list[str]:
    page = wizard.currentPage()
    return [f"{type(w).__name__} {w.objectName()!r}" for w in page.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(page)
            and type(w.parent()).__name__ not in ("QComboBox", "QAbstractSpinBox")
            and (not w.objectName() or not (w.accessibleName() or getattr(w, "text", lambda: "")()))]


def test_every_field_of_every_change_page_has_a_name_a_screen_reader_speaks(
        qtbot: QtBot, ctx: WizardContext, make_change: Factory) -> None:
    wizard = _to_choices(qtbot, make_change, _with_phone(ctx))
    for box in wizard.choices_page.boxes.values():
        box.setChecked(True)
    assert _unnamed(wizard) == []
    assert CaseType.INFO_CHANGE in available()
    assert wizard_class(CaseType.INFO_CHANGE) is InfoChangeWizard


def test_the_gallery_shows_each_change_page_and_bad_input_and_leaves_no_draft(
        qtbot: QtBot, desk: Desk, demo_dir: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    context = GalleryContext(app, demo_dir, desk, PolicyService(demo_dir, county="640423"), tmp_path)
    seen: dict[str, int] = {}
    for name, widget in gallery_shots(context):
        assert isinstance(widget, InfoChangeWizard)
        seen[name] = widget.currentId()
        assert widget.currentId() == Step[name.split("_")[0].upper()], name
        texts = "".join(label.text() for label in widget.currentPage().findChildren(QLabel) if label.isVisible())
        bad = name.endswith(("nothing_ticked", "taken", "brings_birth_date", "bad_phone_and_birth_date",
                             "waiting_for_papers"))
        assert not bad or "⚠" in texts, name
        widget.close()
    assert len(seen) == 14
    assert CasesService(desk.store, "demo").drafts() == []
