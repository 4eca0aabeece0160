"""The 代缴 wizard driven with the keyboard and the mouse on the real demo desk: end to end, every bad input,
a draft resumed, what was saved and what was printed."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from core.ids import check_digit
from desktop.paths import policy_dir as policy_dir_of_the_app
from desktop.services.cases import CaseStatus
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentProfile
from desktop.ui import labels
from desktop.ui.daijiao_gallery import gallery_shots as daijiao_shots
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.wizards import available, wizard_class
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.daijiao import DaijiaoWizard
from tests.desktop.ui.wizards.conftest import Wizards
from tests.desktop.ui.wizards.drive import answer_close_question, click_next, tick, type_text

Make = Callable[..., DaijiaoWizard]


@pytest.fixture
def make(wizards: Wizards) -> Make:
    return wizards.factory(DaijiaoWizard)


def profiles(ctx: WizardContext) -> list[ResidentProfile]:
    hits = ctx.residents.search("6404", limit=400)
    return [p for h in hits if (p := ctx.residents.profile(h.uuid)) is not None]


def find(ctx: WizardContext, wanted: Callable[[ResidentProfile], bool]) -> tuple[ResidentProfile, str]:
    """A demo resident as wanted, with the full ID number to type."""
    person = next(p for p in profiles(ctx) if wanted(p))
    return person, str(ctx.registration.eligibility_input(person.summary.uuid)["id_number"])


def contributor(p: ResidentProfile) -> bool:
    """Enrolled, paying in, on no list and with no disability certificate: the one the lists left out."""
    return p.enrolled and not p.receiving_pension and not p.memberships and not p.certificates \
        and 20 <= p.summary.age <= 55


def on_dibao_list(p: ResidentProfile) -> bool:
    return p.enrolled and not p.receiving_pension and any(m.group == "dibao" and m.active for m in p.memberships) \
        and not p.certificates


def choose(combo: QComboBox, data: str) -> None:
    """Pick an entry with the arrow keys, as an assistant does without the mouse."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} is not offered")


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    QTest.keySequence(edit, "Ctrl+A")
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def to_choices(qtbot: QtBot, wizard: DaijiaoWizard, number: str) -> None:
    type_text(qtbot, wizard.identify_page.id_edit, number)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.policy_page.verdict.text().startswith("✔")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES


def problems(wizard: DaijiaoWizard) -> str:
    label = wizard.choices_page.problems
    return label.text() if label.isVisible() else ""


def test_the_wizard_is_found_for_its_case_type() -> None:
    from desktop.services.cases import CaseType

    assert CaseType.DAIJIAO in available()
    assert wizard_class(CaseType.DAIJIAO) is DaijiaoWizard


def test_a_resident_left_off_the_lists_applies_as_dibao_and_the_form_is_printed(
        qtbot: QtBot, ctx: WizardContext, make: Make, tmp_path: Path) -> None:
    person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    assert person.summary.name in wizard.policy_page.reasons.text()  # on no list: choose the group next

    page = wizard.choices_page
    choose(page.group_combo, "dibao")
    type_text(qtbot, page.number_edit, "NX-DB-2025-00417")
    type_text(qtbot, page.issued_edit, "2025年3月1日")
    type_text(qtbot, page.until_edit, "2026.12.31")
    assert page.claim.ok, page.claim
    assert "100" in page.amounts.text()
    assert "30" in page.amounts.text()
    assert "待县级确认" in page.amounts.text()  # the county has not set its own amount: the region's default
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS

    documents = wizard.documents_page
    assert set(documents.rows) == {"id_card", "hukou_book", "dibao_cert"}
    assert documents.rows["dibao_cert"].requirement.mandatory
    for row in documents.rows.values():
        tick(qtbot, row.received)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    text = wizard.review_page.plain_text()
    assert person.summary.name in text
    assert "低保对象" in text
    assert "NX-DB-2025-00417" in text

    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT

    record = ctx.cases.get(saved.args[0])
    assert record is not None
    assert record.row.status is CaseStatus.READY
    data = record.data
    assert set(data) == {"resident", "eligibility", "note", "year", "group", "subtype", "evidence", "government_pays",
                         "subsidy", "manual_review"}  # the case data schema, nothing more
    assert data["year"] == ctx.today.year
    assert data["group"] == "dibao"
    assert data["subtype"] is None
    assert data["evidence"] == [{"kind": "dibao_cert", "number": "NX-DB-2025-00417", "issued_on": "2025-03-01",
                                 "valid_until": "2026-12-31"}]
    assert data["government_pays"] == "100.00"
    assert data["subsidy"] == "30.00"
    assert data["manual_review"] is False
    assert data["resident"]["id_number"] == number
    assert data["eligibility"]["daijiao"]["groups"] == ["dibao"]
    assert data["note"] == ""

    panel = wizard.print_page.panel
    assert panel is not None
    assert [d.key for d in panel.selected()] == ["form", "receipt"]
    pdf = tmp_path / "daijiao.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert person.summary.name in printed
    assert "NX-DB-2025-00417" in printed
    assert record.row.reference in printed


def test_a_disability_certificate_must_fit_the_group_and_a_mismatch_is_explained(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "disab_ivm_34")
    type_text(qtbot, page.number_edit, number + "43")  # physical (4), grade 3: not this group
    type_text(qtbot, page.issued_edit, "2020-06-01")
    text = problems(wizard)
    assert "⚠" in text
    assert labels.disability_category(4) in text  # what the certificate says, and what the group needs
    assert "三级和四级智力、精神、视力残疾人" in text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES

    retype(qtbot, page.number_edit, number + "42")  # physical, grade 2: severe, fits the other group
    assert "重度残疾人" in problems(wizard)
    retype(qtbot, page.number_edit, number[:17] + ("1" if check_digit(number[:17]) != "1" else "2") + "53")
    assert problems(wizard)  # the ID inside the number is not valid
    retype(qtbot, page.number_edit, number + "53")  # intellectual, grade 3
    assert problems(wizard) == ""
    assert page.cert_text.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert "disability_cert" in wizard.documents_page.rows
    assert wizard.case.data["evidence"][0] == {"kind": "disability_cert", "number": number + "53",
                                               "issued_on": "2020-06-01", "valid_until": None}
    assert wizard.case.data["government_pays"] == "100.00"


def test_someone_elses_certificate_is_refused(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    _other, other_number = find(ctx, lambda p: contributor(p) and p.summary.name != _person.summary.name)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "disab_severe")
    type_text(qtbot, page.number_edit, other_number + "41")
    type_text(qtbot, page.issued_edit, "2020-06-01")
    assert problems(wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES


def test_a_multiple_disability_at_grade_three_goes_to_the_county_by_hand(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "disab_ivm_34")
    type_text(qtbot, page.number_edit, number + "73")
    type_text(qtbot, page.issued_edit, "2019-01-15")
    assert problems(wizard) == ""
    assert page.claim.manual_review
    assert "待县级确认" in page.amounts.text()
    click_next(qtbot, wizard)
    assert wizard.case.data["manual_review"] is True
    assert wizard.case.data["government_pays"] is None
    assert wizard.case.data["subsidy"] is None


def test_missing_fields_expired_and_impossible_dates_are_shown(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no group yet
    choose(page.group_combo, "fanpin_jiance")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    text = problems(wizard)
    assert "易返贫致贫监测对象" in text  # the kind within the group is asked for
    assert text.count("⚠") == 3  # the kind, the number and the issue date
    choose(page.subtype_combo, "突发严重困难户")
    type_text(qtbot, page.number_edit, "JC-0042")
    type_text(qtbot, page.issued_edit, "2024-13-01")
    assert "2024-13-01" in problems(wizard)
    retype(qtbot, page.issued_edit, "2024-02-01")
    type_text(qtbot, page.until_edit, f"{ctx.today.year - 1}-06-30")
    assert str(ctx.today.year) in problems(wizard)  # ended before the year began
    retype(qtbot, page.until_edit, "2023-01-01")
    assert "2023-01-01" in problems(wizard)  # ends before it was issued
    retype(qtbot, page.until_edit, "")
    assert problems(wizard) == ""
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert wizard.case.data["subtype"] == "突发严重困难户"
    assert wizard.case.data["evidence"][0]["valid_until"] is None


def test_an_invalid_id_number_keeps_the_first_page(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    wrong = number[:17] + ("1" if check_digit(number[:17]) != "1" else "2")
    type_text(qtbot, wizard.identify_page.id_edit, wrong)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert "⚠" in wizard.identify_page.problems.text()


def test_a_resident_not_enrolled_is_told_to_enrol_first(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    person, _number = find(ctx, lambda p: not p.enrolled and not p.receiving_pension and p.summary.age >= 20)
    wizard = make(person.summary.uuid)
    click_next(qtbot, wizard)
    policy = wizard.policy_page
    assert wizard.currentId() == Step.POLICY
    assert policy.verdict.text().startswith("✘")
    assert "参保登记" in policy.reasons.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert policy.note_box.isVisible()


def test_a_resident_drawing_the_pension_gets_no_daijiao(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    person, _number = find(ctx, lambda p: p.receiving_pension)
    wizard = make(person.summary.uuid)
    click_next(qtbot, wizard)
    policy = wizard.policy_page
    assert policy.verdict.text().startswith("✘")
    assert "宁人社发" in policy.reasons.text()  # P-03, cited
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY


def test_a_resident_in_two_groups_gets_one_payment_a_year(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, on_dibao_list)
    wizard = make()
    to_choices(qtbot, wizard, number)
    assert "低保对象" in wizard.policy_page.reasons.text()  # already on the list, said on the policy page
    page = wizard.choices_page
    choose(page.group_combo, "disab_severe")
    type_text(qtbot, page.number_edit, number + "61")
    type_text(qtbot, page.issued_edit, "2021-08-02")
    assert page.claim.ok
    notes = page.notes.text()
    assert "低保对象" in notes
    assert "重度残疾人" in notes  # both groups named, one payment a year
    click_next(qtbot, wizard)
    assert wizard.case.data["government_pays"] == "100.00"  # one payment, never the sum of two
    assert wizard.case.eligibility is not None
    assert set(wizard.case.eligibility.daijiao.groups) == {"dibao", "disab_severe"}


def test_a_missing_certificate_leaves_the_case_waiting_with_the_slip_offered(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "tekun")
    type_text(qtbot, page.number_edit, "TK-17")
    type_text(qtbot, page.issued_edit, "20220305")
    click_next(qtbot, wizard)
    documents = wizard.documents_page
    tick(qtbot, documents.rows["id_card"].received)
    tick(qtbot, documents.rows["hukou_book"].received)
    assert documents.missing_papers() == ["tekun_cert"]
    click_next(qtbot, wizard)
    assert "特困" in wizard.review_page.plain_text()
    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    record = ctx.cases.get(saved.args[0])
    assert record is not None
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    assert [p.kind for p in record.papers if p.missing] == ["tekun_cert"]
    panel = wizard.print_page.panel
    assert panel is not None
    assert "slip" in [d.key for d in panel.selected()]
    assert "⚠" in wizard.print_page.missing.text()


def test_a_draft_reopens_at_the_papers_with_the_certificate_typed(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "fanpin_jiance")
    choose(page.subtype_combo, "边缘易致贫户")
    type_text(qtbot, page.number_edit, "JC-2025-9")
    type_text(qtbot, page.issued_edit, "2025-01-10")
    page.year_spin.setFocus()
    QTest.keyClick(page.year_spin, Qt.Key.Key_Up)
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["monitoring_proof"].received)
    assert wizard.currentId() == Step.DOCUMENTS

    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    answer_close_question(wizard, "keep_button")
    assert not wizard.isVisible()
    drafts = ctx.cases.drafts()
    assert len(drafts) == 1
    assert drafts[0].page == Step.DOCUMENTS
    assert drafts[0].resident_uuid == person.summary.uuid

    again = make(draft=drafts[0])
    assert again.currentId() == Step.DOCUMENTS
    choices = again.choices_page
    assert choices.group() == "fanpin_jiance"
    assert choices.subtype_combo.currentText() == "边缘易致贫户"
    assert choices.number_edit.text() == "JC-2025-9"
    assert choices.year_spin.value() == ctx.today.year + 1
    assert again.documents_page.rows["monitoring_proof"].received.isChecked()
    assert again.case.data["year"] == ctx.today.year + 1


def unnamed(wizard: QWizard) -> list[str]:
    """Focusable widgets of the current page without an object name or words for a screen reader."""
    page = wizard.currentPage()
    missing = []
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(page):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox"):
            continue  # the line edit inside a combo box or spin box speaks through its owner
        if not widget.objectName() or not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def enter(wizard: QWizard) -> None:
    """Enter where the keyboard focus is: the default button (Next, or Save) answers it."""
    QTest.keyClick(wizard.focusWidget() or wizard.currentPage(), Qt.Key.Key_Return)


def space_on(widget: QWidget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def test_the_whole_application_by_keyboard_with_every_field_named(qtbot: QtBot, ctx: WizardContext,
                                                                 make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    assert unnamed(wizard) == []
    type_text(qtbot, wizard.identify_page.id_edit, number)
    enter(wizard)
    assert wizard.currentId() == Step.POLICY
    assert unnamed(wizard) == []
    enter(wizard)
    assert wizard.currentId() == Step.CHOICES
    page = wizard.choices_page
    choose(page.group_combo, "fanpin_jiance")
    choose(page.subtype_combo, "脱贫不稳定户")
    QTest.keyClick(page.subtype_combo, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.number_edit  # the fields follow each other in the tab order
    QTest.keyClicks(page.number_edit, "JC-1")
    QTest.keyClick(page.number_edit, Qt.Key.Key_Tab)
    QTest.keyClicks(wizard.focusWidget(), "2024-05-10")
    assert page.issued_edit.text() == "2024-05-10"
    assert unnamed(wizard) == []
    enter(wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    for row in wizard.documents_page.rows.values():
        space_on(row.received)
    assert unnamed(wizard) == []
    enter(wizard)
    assert wizard.currentId() == Step.REVIEW
    enter(wizard)
    assert wizard.currentId() == Step.CONFIRM
    space_on(wizard.confirm_page.agreed)
    enter(wizard)
    assert wizard.currentId() == Step.PRINT
    assert unnamed(wizard) == []
    assert wizard.case.record is not None
    assert wizard.case.record.row.status is CaseStatus.READY


DAIJIAO_SHOTS = {
    "identify_found": Step.IDENTIFY, "policy_left_off_the_lists": Step.POLICY, "policy_already_listed": Step.POLICY,
    "policy_not_enrolled": Step.POLICY, "policy_receiving_pension": Step.POLICY, "choices_empty": Step.CHOICES,
    "choices_missing": Step.CHOICES, "choices_dibao": Step.CHOICES, "choices_monitoring_subtype": Step.CHOICES,
    "choices_certificate_mismatch": Step.CHOICES, "choices_certificate_not_theirs": Step.CHOICES,
    "choices_certificate_read": Step.CHOICES, "choices_multiple_disability": Step.CHOICES,
    "choices_expired": Step.CHOICES, "choices_two_groups": Step.CHOICES, "documents": Step.DOCUMENTS,
    "review": Step.REVIEW, "confirm": Step.CONFIRM, "print_waiting_for_the_certificate": Step.PRINT,
    "print_ready": Step.PRINT,
}
BAD = ("_missing", "_mismatch", "_not_theirs", "_expired", "_not_enrolled", "_receiving_pension",
       "_waiting_for_the_id_card", "_waiting_for_the_certificate", "_same_tier", "_daijiao_difference")


def shots_at_their_pages(ctx: WizardContext, demo_dir: Path, tmp_path: Path, provider: Callable[..., Any]
                         ) -> dict[str, int]:
    """Each shot's page; a bad-input shot shows its sign (⚠ or ✘); no draft is left behind."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, int] = {}
    for name, widget in provider(GalleryContext(app, demo_dir, ctx.desk, ctx.policy, tmp_path)):
        assert isinstance(widget, CaseWizard)
        seen[name] = widget.currentId()
        texts = "".join(label.text() for label in widget.currentPage().findChildren(QLabel) if label.isVisible())
        assert not name.endswith(BAD) or "⚠" in texts or "✘" in texts, name
        widget.close()
    assert ctx.cases.drafts() == []
    return seen


def test_the_gallery_shows_every_page_and_bad_input(ctx: WizardContext, demo_dir: Path, tmp_path: Path) -> None:
    assert shots_at_their_pages(ctx, demo_dir, tmp_path, daijiao_shots) == DAIJIAO_SHOTS


def with_pack_edit(ctx: WizardContext, demo_dir: Path, tmp_path: Path, old: str, new: str) -> WizardContext:
    """The desk with a copy of the policy pack in which the region's file has ``old`` replaced by ``new``."""
    policy_dir = tmp_path / "policy"
    shutil.copytree(policy_dir_of_the_app(), policy_dir)
    region = policy_dir / "640000.yaml"
    text = region.read_text(encoding="utf-8")
    assert old in text
    region.write_text(text.replace(old, new), encoding="utf-8")
    return WizardContext.for_desk(ctx.desk, PolicyService(demo_dir, county="640423", directory=policy_dir), ctx.today)


def test_an_amount_the_pack_does_not_know_is_shown_and_saved_as_awaiting_the_county(
        qtbot: QtBot, ctx: WizardContext, demo_dir: Path, tmp_path: Path) -> None:
    unknown = with_pack_edit(ctx, demo_dir, tmp_path, "  daijiao.amount:\n    - value: 100\n",
                             "  daijiao.amount:\n    - value: null\n")
    _person, number = find(unknown, contributor)
    wizard = DaijiaoWizard(unknown)
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        to_choices(qtbot, wizard, number)
        page = wizard.choices_page
        choose(page.group_combo, "dibao")
        type_text(qtbot, page.number_edit, "DB-1")
        type_text(qtbot, page.issued_edit, "2024-01-01")
        assert page.claim.ok
        assert page.government_pays() is None
        assert "待县级确认" in page.amounts.text()
        click_next(qtbot, wizard)
        assert wizard.case.data["government_pays"] is None
        assert wizard.case.data["subsidy"] == "30.00"
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        assert "待县级确认" in wizard.review_page.plain_text()
    finally:
        wizard.autosave_timer.stop()
        wizard.done(0)


def test_going_back_to_the_policy_and_on_again_keeps_the_claim_as_typed(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, contributor)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    choose(page.group_combo, "dibao")
    type_text(qtbot, page.number_edit, "DB-77")
    type_text(qtbot, page.issued_edit, "2024-04-04")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    wizard.back()
    wizard.back()
    assert wizard.currentId() == Step.POLICY
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    assert page.group() == "dibao"
    assert page.number_edit.text() == "DB-77"
    assert not page.notes.isVisible()  # the group claimed here is not taken for one the lists already give
    click_next(qtbot, wizard)
    assert wizard.case.data["evidence"][0]["number"] == "DB-77"
