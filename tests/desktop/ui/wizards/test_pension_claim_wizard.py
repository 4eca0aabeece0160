"""The pension claim wizard (待遇领取) driven with the keyboard and the mouse on the real demo desk."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from core.eligibility import ClaimDecision
from core.ids import check_digit
from core.problems import warning
from desktop.messages import describe
from desktop.services.cases import CasesService, CaseStatus, CaseType
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentSummary
from desktop.ui import labels
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.pension_claim_gallery import gallery_shots
from desktop.ui.wizards import available, wizard_class
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.pension_claim import PensionClaimWizard
from desktop.ui.wizards.pension_claim_choices import check_account, luhn_ok
from desktop.ui.wizards.pension_claim_policy import claim_gate
from desktop.ui.wizards.text import money
from tests.desktop.ui.wizards.conftest import Wizards
from tests.desktop.ui.wizards.drive import answer_close_question, click_next, tick, type_text

Factory = Callable[..., PensionClaimWizard]


@pytest.fixture
def make_claim(wizards: Wizards) -> Factory:
    return wizards.factory(PensionClaimWizard)


# --- demo residents, found through the services -------------------------------------------------------
def _people(ctx: WizardContext) -> list[ResidentSummary]:
    """Every demo resident: their ID numbers start with the county's code, old (6422) or new (6404)."""
    found = {r.uuid: r for prefix in ("6404", "6422") for r in ctx.residents.search(prefix, limit=1000)}
    return sorted(found.values(), key=lambda r: r.birth_date)


def _claim(ctx: WizardContext, uuid: UUID) -> ClaimDecision:
    outcome = ctx.policy.evaluate_profile(ctx.registration.eligibility_input(uuid), on=ctx.today,
                                          county=ctx.county)
    assert outcome.result is not None
    return outcome.result.claim


def _id_number(ctx: WizardContext, uuid: UUID) -> str:
    return str(ctx.registration.eligibility_input(uuid)["id_number"])


def _enrolled(ctx: WizardContext, uuid: UUID) -> bool:
    profile = ctx.residents.profile(uuid)
    return profile is not None and profile.enrolled


def _over_60_with_arrears(ctx: WizardContext) -> ResidentSummary:
    """Enrolled, 60 or older, never claimed, a few years short: the county decides about arrears."""
    for person in _people(ctx):
        decision = _claim(ctx, person.uuid)
        if person.age >= 60 and claim_gate(decision, ctx.today).may_go_on and 0 < decision.arrears_needed < 5 \
                and _enrolled(ctx, person.uuid):
            return person
    raise AssertionError("the demo has nobody over 60 with missing years")


def _turning_60_soon(ctx: WizardContext) -> tuple[ResidentSummary, WizardContext]:
    """An enrolled resident not drawing the pension, seen three weeks before the 60th birthday."""
    for person in _people(ctx):
        birthday = person.birth_date.replace(year=person.birth_date.year + 60)
        if birthday <= ctx.today or (person.birth_date.month == 2 and person.birth_date.day == 29):
            continue
        later = WizardContext.for_desk(ctx.desk, ctx.policy, birthday - timedelta(days=21))
        if _enrolled(ctx, person.uuid) and claim_gate(_claim(later, person.uuid), later.today).may_go_on:
            return person, later
    raise AssertionError("the demo has nobody enrolled who turns 60 later")


def _first(ctx: WizardContext, wanted: Callable[[ResidentSummary, ClaimDecision], bool]) -> ResidentSummary:
    return next(p for p in _people(ctx) if wanted(p, _claim(ctx, p.uuid)))


def _account(prefix: str = "621700123456789012") -> str:
    """A 19-digit card number that passes the bank-card check."""
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


def _papers(qtbot: QtBot, wizard: PensionClaimWizard) -> None:
    for row in wizard.documents_page.rows.values():
        tick(qtbot, row.received)


# --- end to end ---------------------------------------------------------------------------------------
def test_a_resident_over_60_with_a_missing_year_claims_onto_a_bank_account_and_the_form_is_printed(
        qtbot: QtBot, desk: Desk, ctx: WizardContext, make_claim: Factory, tmp_path: Path) -> None:
    person = _over_60_with_arrears(ctx)
    decision = _claim(ctx, person.uuid)
    wizard = make_claim()
    type_text(qtbot, wizard.identify_page.id_edit, _id_number(ctx, person.uuid))
    QTest.keyClick(wizard.identify_page.id_edit, Qt.Key.Key_Return)  # Enter is Next
    assert wizard.currentId() == Step.POLICY

    policy = wizard.policy_page
    assert policy.verdict.text().startswith("➜")
    assert not policy.note_box.isVisible()
    assert "待县级确认" in policy.next_step.text()  # arrears after 60: the county decides
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES

    choices = wizard.choices_page
    assert decision.benefit_start in choices.start_text.text()
    tick(qtbot, choices.bank_radio)
    assert choices.bank_combo.isVisible()
    choices.bank_combo.setCurrentIndex(0)
    account = _account()
    type_text(qtbot, choices.account_edit, account[:6] + " " + account[6:])
    type_text(qtbot, choices.again_edit, account)
    tick(qtbot, choices.own_name)
    assert not choices.warning.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    rows = wizard.documents_page.rows
    assert set(rows) == {"id_card", "hukou_book", "bank_card"}  # the passbook or card it is paid onto
    _papers(qtbot, wizard)
    click_next(qtbot, wizard)

    assert wizard.currentId() == Step.REVIEW
    text = wizard.review_page.plain_text()
    assert person.name in text
    assert account in text
    assert decision.benefit_start in text
    estimate = wizard.choices_page.estimate  # the 算得清 estimate
    assert estimate is not None
    assert money(estimate.monthly_total) in text
    assert "hukou" not in text  # papers in words, not codes
    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT

    record = ctx.cases.get(saved.args[0])
    assert record is not None
    assert record.row.status is CaseStatus.READY
    data = record.data
    assert set(data) == {"resident", "eligibility", "note", "years_paid", "missing_years", "arrears", "card",
                         "start_month"}  # the case data schema, nothing more
    assert data["years_paid"] == decision.contribution_years
    assert data["missing_years"] == decision.years_missing > 0
    assert data["arrears"] == {"years": decision.arrears_needed, "advice": "claim.arrears_after_age_unknown"}
    assert data["card"] == {"kind": "bank", "bank": "黄河农村商业银行", "account": account}
    assert data["start_month"] == decision.benefit_start
    assert data["eligibility"]["claim"]["contribution_years"] == decision.contribution_years
    assert data["resident"]["name"] == person.name
    assert data["note"] == ""
    assert [p.kind for p in record.papers] == ["id_card", "hukou_book", "bank_card"]

    panel = wizard.print_page.panel
    assert panel is not None
    pdf = tmp_path / "claim.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=20000):
        panel.save_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert person.name in printed
    assert account in printed
    assert record.row.reference in printed


def test_a_resident_turning_60_soon_claims_onto_the_social_security_card(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    person, later = _turning_60_soon(ctx)
    decision = _claim(later, person.uuid)
    wizard = make_claim(person.uuid, context=later)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert "60" in wizard.policy_page.next_step.text()
    assert decision.benefit_start in wizard.policy_page.next_step.text()
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    assert choices.ssc_radio.isChecked()  # the usual way in Ningxia
    assert not choices.own_name.isVisible()
    account = _account("623100987654321")
    type_text(qtbot, choices.account_edit, account)
    type_text(qtbot, choices.again_edit, account)
    click_next(qtbot, wizard)
    assert set(wizard.documents_page.rows) == {"id_card", "hukou_book", "ssc_card"}
    _papers(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000):
        click_next(qtbot, wizard)
    record = wizard.case.record
    assert record is not None
    assert record.data["card"] == {"kind": "ssc", "bank": None, "account": account}
    assert record.data["start_month"] == decision.benefit_start
    assert record.data["arrears"]["years"] == decision.arrears_needed
    assert record.row.status is CaseStatus.READY


# --- bad input at every step --------------------------------------------------------------------------
def test_an_invalid_id_number_keeps_the_wizard_on_the_first_page(qtbot: QtBot, ctx: WizardContext,
                                                                 make_claim: Factory) -> None:
    number = _id_number(ctx, _over_60_with_arrears(ctx).uuid)
    wizard = make_claim()
    type_text(qtbot, wizard.identify_page.id_edit, number[:17] + ("1" if check_digit(number[:17]) != "1" else "2"))
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert wizard.identify_page.problems.text().startswith("⚠")


def test_a_resident_far_from_60_is_told_when_to_come_back(qtbot: QtBot, ctx: WizardContext,
                                                          make_claim: Factory) -> None:
    young = _first(ctx, lambda p, d: 30 <= p.age <= 55)
    wizard = make_claim(young.uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert page.verdict.text().startswith("✘")
    assert page.note_box.isVisible()
    assert _claim(ctx, young.uuid).benefit_start in page.next_step.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY


def test_a_resident_already_drawing_the_pension_gets_the_explanation_and_no_way_on(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    drawing = _first(ctx, lambda p, d: any(r.code == "claim.already_receiving" for r in d.reasons))
    wizard = make_claim(drawing.uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert page.verdict.text().startswith("✘")
    assert page.next_step.text().startswith("➜")
    assert page.note_box.isVisible()
    assert describe(warning("claim.already_receiving")) in page.reasons.text()
    assert not page.isComplete()


def test_another_basic_pension_stops_the_claim_when_the_resident_says_so(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    wizard = make_claim(_over_60_with_arrears(ctx).uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert page.isComplete()
    tick(qtbot, page.questions["other_basic_pension"])
    assert not page.isComplete()
    assert page.verdict.text().startswith("✘")
    assert page.note_box.isVisible()


def test_a_resident_never_enrolled_is_sent_to_enrol_first(qtbot: QtBot, ctx: WizardContext,
                                                          make_claim: Factory) -> None:
    never = _first(ctx, lambda p, d: p.age >= 60 and not d.reasons[1:] and not _enrolled(ctx, p.uuid)
                   and d.years_missing == d.contribution_years + d.years_missing)
    wizard = make_claim(never.uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert not page.isComplete()
    assert page.note_box.isVisible()
    assert page.next_step.isVisible()


def test_an_earlier_claim_of_the_same_resident_is_pointed_out(qtbot: QtBot, ctx: WizardContext,
                                                              make_claim: Factory) -> None:
    def claimed(person: ResidentSummary, _decision: ClaimDecision) -> bool:
        profile = ctx.residents.profile(person.uuid)
        return profile is not None and any(c.case_type == "pension_claim" for c in profile.cases)

    wizard = make_claim(_first(ctx, claimed).uuid)
    click_next(qtbot, wizard)
    assert wizard.policy_page.next_step.text().startswith("⚠")


def test_bad_account_numbers_are_explained_and_a_failing_check_digit_only_warns(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    wizard = make_claim(_over_60_with_arrears(ctx).uuid)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    tick(qtbot, choices.bank_radio)
    click_next(qtbot, wizard)  # nothing typed, no bank, not own name
    assert wizard.currentId() == Step.CHOICES
    assert choices.problems.text().count("⚠") == 3

    for typed, again in (("62170012ABC", "62170012ABC"), ("6217001234", "6217001234"),
                         (_account(), _account()[:-1] + "0")):
        choices.account_edit.clear()
        choices.again_edit.clear()
        type_text(qtbot, choices.account_edit, typed)
        type_text(qtbot, choices.again_edit, again)
        choices.bank_combo.setCurrentIndex(1)
        choices.own_name.setChecked(True)
        click_next(qtbot, wizard)
        assert wizard.currentId() == Step.CHOICES, typed
        assert choices.problems.isVisible()

    good = _account()
    failing = good[:-1] + str((int(good[-1]) + 1) % 10)
    choices.account_edit.clear()
    choices.again_edit.clear()
    type_text(qtbot, choices.account_edit, failing)
    type_text(qtbot, choices.again_edit, failing)
    assert choices.warning.isVisible()  # told at once, while typing
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS  # a warning, not a stop
    assert wizard.case.data["card"]["account"] == failing
    _papers(qtbot, wizard)
    click_next(qtbot, wizard)
    assert "⚠" in wizard.review_page.plain_text()


def test_missing_papers_leave_the_claim_waiting_with_the_please_bring_slip(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    wizard = make_claim(_over_60_with_arrears(ctx).uuid)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    account = _account()
    type_text(qtbot, wizard.choices_page.account_edit, account)
    type_text(qtbot, wizard.choices_page.again_edit, account)
    click_next(qtbot, wizard)
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    assert labels.paper("hukou_book") in wizard.review_page.plain_text()
    click_next(qtbot, wizard)
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000):
        click_next(qtbot, wizard)
    record = wizard.case.record
    assert record is not None
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    assert {p.kind for p in record.papers if p.missing} == {"hukou_book", "ssc_card"}
    panel = wizard.print_page.panel
    assert panel is not None
    slip = panel.box("slip")
    assert slip is not None
    assert slip.isEnabled()
    assert slip.isChecked()


# --- drafts and the account check ---------------------------------------------------------------------
def test_a_claim_draft_reopens_at_the_papers_with_the_account_typed(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    person = _over_60_with_arrears(ctx)
    wizard = make_claim(person.uuid)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    tick(qtbot, choices.bank_radio)
    editor = choices.bank_combo.lineEdit()
    assert editor is not None
    type_text(qtbot, editor, "中国农业银行")
    account = _account()
    type_text(qtbot, choices.account_edit, account)
    type_text(qtbot, choices.again_edit, account)
    tick(qtbot, choices.own_name)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    wizard.reject()
    answer_close_question(wizard, "keep_button")
    drafts = ctx.cases.drafts()
    assert [d.page for d in drafts] == [Step.DOCUMENTS]
    assert drafts[0].data["card"]["bank"] == "中国农业银行"

    again = make_claim(draft=drafts[0])
    assert again.currentId() == Step.DOCUMENTS
    assert "bank_card" in again.documents_page.rows
    again.back()
    assert again.currentId() == Step.CHOICES
    page = again.choices_page
    assert page.bank_radio.isChecked()
    assert page.bank_combo.currentText() == "中国农业银行"
    assert page.account_edit.text() == account
    assert page.own_name.isChecked()


def test_the_account_check_wants_12_to_19_digits_typed_twice_alike() -> None:
    good = _account()
    assert check_account(good, good).ok
    assert check_account("６２１７ 0012-3456 7890 12", "621700123456789012").number == "621700123456789012"
    assert not check_account("1234567890", "1234567890").ok
    assert not check_account("12345678901234567890", "12345678901234567890").ok
    assert not check_account(good, good[:-1]).ok
    assert not check_account("", "").ok
    assert not check_account(good[:-1] + "X", good[:-1] + "X").ok
    assert not check_account(good[:-1] + str((int(good[-1]) + 1) % 10), "").luhn_ok
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


def test_the_claim_wizard_is_offered_for_its_case_type() -> None:
    assert CaseType.PENSION_CLAIM in available()
    assert wizard_class(CaseType.PENSION_CLAIM) is PensionClaimWizard


CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context><name></name><message><source>yes</source><translation>是</translation></message></context>
<context><name>PolicyPage</name>
<message><source>Ask the resident</source><translation>问问居民</translation></message>
<message><source>yes</source><translation>可以</translation></message></context>
<context><name>CaseWizard</name><message><source>Keep as draft</source><translation>存为草稿</translation></message>
</context></TS>
"""


def test_texts_of_the_shared_pages_stay_translated_in_the_claim_wizard(make_claim: Factory, tmp_path: Path) -> None:
    """PySide alone looks ``self.tr`` up under ClaimPolicyPage, where lupdate never files PolicyPage's texts."""
    source = tmp_path / "catalogue.ts"
    source.write_text(CATALOGUE, encoding="utf-8")
    compiled = tmp_path / "catalogue.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(source), "-qm", str(compiled)],
                   check=True, capture_output=True)
    app = QCoreApplication.instance()
    assert app is not None
    catalogue = QTranslator()
    assert catalogue.load(str(compiled))
    app.installTranslator(catalogue)
    try:
        wizard = make_claim()
        assert wizard.policy_page.tr("Ask the resident") == "问问居民"
        assert wizard.policy_page.tr("yes") == "可以"  # not the context-free "是"
        assert wizard.tr("Keep as draft") == "存为草稿"
        assert wizard.tr("no such text") == "no such text"
    finally:
        app.removeTranslator(catalogue)


def _unnamed(wizard: PensionClaimWizard) -> list[str]:
    """Focusable widgets on the current page without an object name or a name a screen reader speaks."""
    page = wizard.currentPage()
    return [f"{type(w).__name__} {w.objectName()!r}" for w in page.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(page)
            and type(w.parent()).__name__ not in ("QComboBox", "QAbstractSpinBox")
            and (not w.objectName() or not (w.accessibleName() or getattr(w, "text", lambda: "")()))]


def test_every_field_of_every_claim_page_has_a_name_a_screen_reader_speaks(
        qtbot: QtBot, ctx: WizardContext, make_claim: Factory) -> None:
    wizard = make_claim(_over_60_with_arrears(ctx).uuid)
    assert _unnamed(wizard) == []
    click_next(qtbot, wizard)
    assert _unnamed(wizard) == []
    click_next(qtbot, wizard)
    tick(qtbot, wizard.choices_page.bank_radio)
    assert _unnamed(wizard) == []
    account = _account()
    type_text(qtbot, wizard.choices_page.account_edit, account)
    type_text(qtbot, wizard.choices_page.again_edit, account)
    wizard.choices_page.bank_combo.setCurrentIndex(2)
    tick(qtbot, wizard.choices_page.own_name)
    for step in (Step.DOCUMENTS, Step.REVIEW, Step.CONFIRM, Step.PRINT):
        if step is Step.PRINT:
            tick(qtbot, wizard.confirm_page.agreed)
        click_next(qtbot, wizard)
        assert wizard.currentId() == step
        assert _unnamed(wizard) == [], step


def test_the_gallery_shows_each_claim_page_and_refusal_and_leaves_no_draft(
        qtbot: QtBot, desk: Desk, demo_dir: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    context = GalleryContext(app, demo_dir, desk, PolicyService(demo_dir, county="640423"), tmp_path)
    seen: dict[str, int] = {}
    for name, widget in gallery_shots(context):
        assert isinstance(widget, PensionClaimWizard)
        seen[name] = widget.currentId()
        assert widget.currentId() == Step[name.split("_")[0].upper()], name
        texts = "".join(label.text() for label in widget.currentPage().findChildren(QLabel) if label.isVisible())
        if name.endswith(("bad_checksum", "problems", "warning", "waiting_for_papers", "earlier_claim")):
            assert "⚠" in texts, name
        if name.startswith("policy_") and name != "policy_turning_60_soon" and "apply" not in name \
                and "earlier" not in name:
            assert "✘" in texts, name
        widget.close()
    assert {"identify_bad_checksum", "policy_too_young", "policy_already_drawing", "policy_other_pension",
            "choices_bank_problems", "choices_check_digit_warning", "documents_bank_card", "review", "confirm",
            "print_ready", "print_waiting_for_papers"} <= set(seen)
    assert CasesService(desk.store, "demo").drafts() == []
