"""The 缴费档次变更 wizard driven with the keyboard and the mouse on the real demo desk: end to end with the tiers
side by side, the kept minimum tier, the 代缴 difference, every bad input, a draft resumed, what was saved and
printed."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWizard
from pytestqt.qtbot import QtBot

from core.ids import check_digit
from desktop.services.cases import CaseStatus, CaseType
from desktop.services.residents import ResidentProfile
from desktop.ui.tier_change_gallery import gallery_shots as tier_shots
from desktop.ui.wizards import available, wizard_class
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.tier_change import TierChangeWizard
from tests.desktop.ui.wizards.conftest import Wizards
from tests.desktop.ui.wizards.drive import answer_close_question, click_next, tick, type_text
from tests.desktop.ui.wizards.test_daijiao_wizard import (
    enter,
    shots_at_their_pages,
    space_on,
    unnamed,
    with_pack_edit,
)

Make = Callable[..., TierChangeWizard]


@pytest.fixture
def make(wizards: Wizards) -> Make:
    return wizards.factory(TierChangeWizard)


def find(ctx: WizardContext, wanted: Callable[[ResidentProfile], bool]) -> tuple[ResidentProfile, str]:
    """A demo resident as wanted (found through the services), with the full ID number to type."""
    for hit in ctx.residents.search("6404", limit=400):
        person = ctx.residents.profile(hit.uuid)
        if person is not None and wanted(person):
            return person, str(ctx.registration.eligibility_input(person.summary.uuid)["id_number"])
    raise AssertionError("no such resident in the demo village")


def paying(p: ResidentProfile) -> bool:
    return p.enrolled and not p.receiving_pension and 20 <= p.summary.age <= 55


def ordinary(p: ResidentProfile) -> bool:
    return paying(p) and p.tier == 100 and not p.memberships and not p.certificates


def in_group(group: str, tier: int) -> Callable[[ResidentProfile], bool]:
    return lambda p: paying(p) and p.tier == tier and any(m.group == group and m.active for m in p.memberships)


def to_choices(qtbot: QtBot, wizard: TierChangeWizard, number: str) -> None:
    type_text(qtbot, wizard.identify_page.id_edit, number)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert wizard.policy_page.verdict.text().startswith("✔")
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    comparison = wizard.choices_page.comparison
    qtbot.waitUntil(lambda: comparison.comparison is not None, timeout=5000)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def choose_in_comparison(qtbot: QtBot, wizard: TierChangeWizard, tier: int) -> None:
    """Select the tier's row with the mouse and press "Choose this tier"."""
    widget = wizard.choices_page.comparison
    table = widget.table
    row = next(r for r in range(table.rowCount()) if cell(table, r, 0).data(Qt.ItemDataRole.UserRole) == str(tier))
    rect = table.visualItemRect(cell(table, row, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseClick(widget.choose_button, Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, wizard: TierChangeWizard) -> UUID:
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT
    return UUID(str(saved.args[0]))


def test_the_wizard_is_found_for_its_case_type() -> None:
    assert CaseType.TIER_CHANGE in available()
    assert wizard_class(CaseType.TIER_CHANGE) is TierChangeWizard


def test_an_enrolled_resident_moves_up_a_tier_chosen_in_the_comparison_and_the_form_is_printed(
        qtbot: QtBot, ctx: WizardContext, make: Make, tmp_path: Path) -> None:
    person, number = find(ctx, ordinary)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    assert "100" in page.old_text.text()
    table = page.comparison.table
    current = [cell(table, r, 0).text() for r in range(table.rowCount()) if cell(table, r, 0).font().bold()]
    assert len(current) == 1  # the tier paid now is marked in the comparison
    assert current[0].startswith("100")
    assert not page.keep_check.isEnabled()  # not in a group that keeps the old minimum tier
    assert not page.warning.isVisible()

    choose_in_comparison(qtbot, wizard, 300)
    assert page.tier() == 300
    assert page.explanation is not None
    assert page.before is not None
    assert page.explanation.yearly.self_paid == 300
    assert "200" in page.payers_text.text()  # 200 yuan a year more
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert list(wizard.documents_page.rows) == ["id_card"]
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    text = wizard.review_page.plain_text()
    assert person.summary.name in text
    assert "100 → 300" in text

    record = ctx.cases.get(finish(qtbot, wizard))
    assert record is not None
    assert record.row.status is CaseStatus.READY
    data = record.data
    assert set(data) == {"resident", "eligibility", "note", "year", "old_tier", "new_tier", "keep_minimum"}
    assert data["old_tier"] == "100.00"
    assert data["new_tier"] == "300.00"
    assert data["keep_minimum"] is False
    assert data["year"] == page.year_spin.value()
    assert data["resident"]["id_number"] == number
    assert data["eligibility"]["keep_minimum_tier"]["eligible"] is False

    panel = wizard.print_page.panel
    assert panel is not None
    assert [d.key for d in panel.selected()] == ["form", "receipt", "explanation"]
    pdf = tmp_path / "tier.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert person.summary.name in printed
    assert "明白纸" in printed
    assert record.row.reference in printed


def test_a_resident_lifted_out_of_poverty_keeps_the_minimum_tier(qtbot: QtBot, ctx: WizardContext,
                                                                 make: Make) -> None:
    person, number = find(ctx, in_group("tuopin", 500))
    wizard = make()
    to_choices(qtbot, wizard, number)
    assert "其他已脱贫人口" in wizard.policy_page.reasons.text()
    page = wizard.choices_page
    assert page.keep_check.isEnabled()
    assert "其他已脱贫人口" in page.keep_text.text()
    assert not page.keep_check.isChecked()
    tick(qtbot, page.keep_check)
    assert page.tier() == 100  # ticking picks the kept tier
    assert page.keep_check.isChecked()
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    assert "500 → 100" in wizard.review_page.plain_text()
    record = ctx.cases.get(finish(qtbot, wizard))
    assert record is not None
    assert (record.data["old_tier"], record.data["new_tier"], record.data["keep_minimum"]) == \
        ("500.00", "100.00", True)
    assert record.row.resident_name == person.summary.name


def test_unticking_the_kept_tier_moves_to_the_next_tier_up(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, in_group("tuopin", 500))
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    tick(qtbot, page.keep_check)
    tick(qtbot, page.keep_check)
    assert not page.keep_check.isChecked()
    assert page.tier() == 300


def test_a_hardship_resident_above_the_daijiao_amount_is_warned_to_pay_the_difference(
        qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    person, number = find(ctx, in_group("dibao", 100))
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    assert not page.warning.isVisible()  # 代缴 covers the 100 tier
    page.tier_combo.setFocus()
    QTest.keyClick(page.tier_combo, Qt.Key.Key_Down)
    assert page.tier() == 300
    assert page.warning.isVisible()
    assert "200" in page.warning.text()
    assert person.summary.name in page.warning.text()
    assert page.explanation is not None
    assert page.explanation.yearly.government_paid == 100
    assert page.explanation.yearly.self_paid == 200
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    assert "200" in wizard.review_page.plain_text()


def test_choosing_the_tier_paid_now_is_refused(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, ordinary)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    assert page.tier() == Decimal(100)  # the combo starts at the tier paid now
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    assert page.problems.isVisible()
    assert "100" in page.problems.text()
    choose_in_comparison(qtbot, wizard, 300)
    assert not page.problems.isVisible()  # a different tier: the problem is gone at once


def test_an_invalid_id_number_keeps_the_first_page(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, ordinary)
    wizard = make()
    type_text(qtbot, wizard.identify_page.id_edit, number[:17] + ("1" if check_digit(number[:17]) != "1" else "2"))
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert "⚠" in wizard.identify_page.problems.text()


@pytest.mark.parametrize("standing", ["not_enrolled", "receiving"])
def test_only_a_resident_paying_in_has_a_tier_to_change(qtbot: QtBot, ctx: WizardContext, make: Make,
                                                        standing: str) -> None:
    wanted = (lambda p: p.receiving_pension) if standing == "receiving" else \
        (lambda p: not p.enrolled and not p.receiving_pension and p.summary.age >= 20)
    person, _number = find(ctx, wanted)
    wizard = make(person.summary.uuid)
    click_next(qtbot, wizard)
    policy = wizard.policy_page
    assert wizard.currentId() == Step.POLICY
    assert policy.verdict.text().startswith("✘")
    assert "➜" in policy.reasons.text()  # the next step
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY


def test_without_the_id_card_the_case_waits_and_the_slip_is_offered(qtbot: QtBot, ctx: WizardContext,
                                                                    make: Make) -> None:
    _person, number = find(ctx, ordinary)
    wizard = make()
    to_choices(qtbot, wizard, number)
    choose_in_comparison(qtbot, wizard, 500)
    click_next(qtbot, wizard)
    assert wizard.documents_page.missing_papers() == ["id_card"]
    click_next(qtbot, wizard)
    record = ctx.cases.get(finish(qtbot, wizard))
    assert record is not None
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    panel = wizard.print_page.panel
    assert panel is not None
    assert "slip" in [d.key for d in panel.selected()]


def test_a_draft_reopens_at_the_review_with_the_tier_and_year(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    person, number = find(ctx, ordinary)
    wizard = make()
    to_choices(qtbot, wizard, number)
    page = wizard.choices_page
    page.year_spin.setFocus()
    QTest.keyClick(page.year_spin, Qt.Key.Key_Up)
    choose_in_comparison(qtbot, wizard, 1000)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    wizard.reject()
    answer_close_question(wizard, "keep_button")
    drafts = ctx.cases.drafts()
    assert len(drafts) == 1
    assert drafts[0].page == Step.REVIEW
    assert drafts[0].resident_uuid == person.summary.uuid

    again = make(draft=drafts[0])
    assert again.currentId() == Step.REVIEW
    assert again.choices_page.tier() == 1000
    assert again.choices_page.year_spin.value() == ctx.today.year + 1
    assert again.case.data["new_tier"] == "1000.00"
    assert "100 → 1000" in again.review_page.plain_text()


def test_the_whole_change_by_keyboard_with_every_field_named(qtbot: QtBot, ctx: WizardContext, make: Make) -> None:
    _person, number = find(ctx, ordinary)
    wizard = make()
    type_text(qtbot, wizard.identify_page.id_edit, number)
    enter(wizard)
    assert unnamed(wizard) == []
    enter(wizard)
    assert wizard.currentId() == Step.CHOICES
    page = wizard.choices_page
    qtbot.waitUntil(lambda: page.comparison.comparison is not None, timeout=5000)
    assert unnamed(wizard) == []
    table = page.comparison.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)  # the row below the tier paid now
    QTest.keyClick(table, Qt.Key.Key_Return)  # Enter on the table chooses its row
    assert page.tier() == 300
    page.tier_combo.setFocus()
    enter(wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    space_on(wizard.documents_page.rows["id_card"].received)
    enter(wizard)
    enter(wizard)
    assert wizard.currentId() == Step.CONFIRM
    space_on(wizard.confirm_page.agreed)
    enter(wizard)
    assert wizard.currentId() == Step.PRINT
    assert unnamed(wizard) == []
    assert wizard.case.record is not None
    assert wizard.case.record.data["new_tier"] == "300.00"


TIER_SHOTS = {
    "identify_found": Step.IDENTIFY, "policy_enrolled": Step.POLICY, "policy_keeps_minimum": Step.POLICY,
    "policy_not_enrolled": Step.POLICY, "policy_receiving_pension": Step.POLICY, "choices_up_a_tier": Step.CHOICES,
    "choices_same_tier": Step.CHOICES, "choices_keeps_minimum": Step.CHOICES,
    "choices_daijiao_difference": Step.CHOICES, "documents": Step.DOCUMENTS, "review": Step.REVIEW,
    "confirm": Step.CONFIRM, "print_waiting_for_the_id_card": Step.PRINT, "print_ready": Step.PRINT,
}


def test_the_gallery_shows_every_page_and_bad_input(ctx: WizardContext, demo_dir: Path, tmp_path: Path) -> None:
    assert shots_at_their_pages(ctx, demo_dir, tmp_path, tier_shots) == TIER_SHOTS


@pytest.fixture
def raised(ctx: WizardContext, demo_dir: Path, tmp_path: Path) -> WizardContext:
    """The desk with a policy pack whose minimum tier rises from 100 to 300 yuan next year."""
    old = ("    - {value: 100, effective_from: 2021-11-30, effective_to: null, source: NRS-2021-154, clause: 二(一), "
           "status: confirmed}\n  contribution.kept_minimum_tier:")
    new = (f"    - {{value: 100, effective_from: 2021-11-30, effective_to: {ctx.today.year}-12-31, "
           "source: NRS-2021-154, clause: 二(一), status: confirmed}\n"
           f"    - {{value: 300, effective_from: {ctx.today.year + 1}-01-01, effective_to: null, source: NRS-2021-154, "
           "clause: 二(一), status: unconfirmed}\n  contribution.kept_minimum_tier:")
    return with_pack_edit(ctx, demo_dir, tmp_path, old, new)


def raised_wizard(qtbot: QtBot, wctx: WizardContext, resident: UUID) -> TierChangeWizard:
    wizard = TierChangeWizard(wctx, resident)
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    page = wizard.choices_page
    page.year_spin.setFocus()
    QTest.keyClick(page.year_spin, Qt.Key.Key_Up)
    assert page.year_spin.value() == wctx.today.year + 1
    return wizard


def offered(wizard: TierChangeWizard) -> list[Decimal]:
    combo = wizard.choices_page.tier_combo
    return [Decimal(str(combo.itemData(i))) for i in range(combo.count())]


def test_when_the_minimum_rises_only_hardship_and_lifted_residents_keep_the_100_tier(
        qtbot: QtBot, raised: WizardContext) -> None:
    person, _number = find(raised, ordinary)
    wizard = raised_wizard(qtbot, raised, person.summary.uuid)
    try:
        page = wizard.choices_page
        assert offered(wizard)[0] == 300  # 100 is no longer offered to everyone
        assert page.tier() == 300  # moved up from the tier paid now
        assert not page.keep_check.isEnabled()
        assert "300" in page.keep_text.text()

        kept, _number = find(raised, in_group("tuopin", 500))
        other = raised_wizard(qtbot, raised, kept.summary.uuid)
        try:
            choices = other.choices_page
            assert offered(other)[:2] == [Decimal(100), Decimal(300)]  # the kept tier below the new minimum
            tick(qtbot, choices.keep_check)
            assert choices.tier() == 100
            assert "300" in choices.keep_text.text()  # everyone else pays at least the new minimum
            click_next(qtbot, other)
            assert other.currentId() == Step.DOCUMENTS
            assert other.case.data["keep_minimum"] is True
            assert other.case.data["new_tier"] == "100.00"
            assert other.case.data["year"] == raised.today.year + 1
        finally:
            other.autosave_timer.stop()
            other.done(0)
    finally:
        wizard.autosave_timer.stop()
        wizard.done(0)
