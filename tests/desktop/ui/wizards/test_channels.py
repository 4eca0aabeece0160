"""残疾人绿色通道 and 退役军人直办通道 in the case wizards, on the real demo desk: a paper an agency list proves is
shown verified and not asked, and saved with its list; a registered veteran takes the shortest path, with the
优待证 shown and the veteran services listed as next steps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.i18n import install_translators
from desktop.services.cases import CaseStatus
from desktop.services.desk import Desk
from desktop.services.residents import ResidentProfile
from desktop.store.models import Resident
from desktop.ui import labels
from desktop.ui.channels_gallery import gallery_shots as channel_shots
from desktop.ui.documents.receipts import list_name, missing_papers, papers_receipt, please_bring_slip
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.print_preview import desk_info
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.daijiao import DaijiaoWizard
from desktop.ui.wizards.enrollment import EnrollmentWizard
from desktop.ui.wizards.pages.print_page import PrintPage
from desktop.ui.wizards.tier_change import TierChangeWizard
from tests.desktop.ui.wizards.conftest import Wizards
from tests.desktop.ui.wizards.drive import click_next, enrollable, tick, type_text

pytestmark = pytest.mark.usefixtures("english")


def profiles(ctx: WizardContext) -> list[ResidentProfile]:
    hits = ctx.residents.search("6404", limit=400) + ctx.residents.search("6422", limit=400)
    return [p for h in {h.uuid: h for h in hits}.values() if (p := ctx.residents.profile(h.uuid)) is not None]


def find(ctx: WizardContext, wanted: Callable[[ResidentProfile], bool]) -> ResidentProfile:
    return next(p for p in profiles(ctx) if wanted(p))


def listed_disabled(p: ResidentProfile) -> bool:
    """Of working age, with a certificate and the 残联 list's severe-disability group."""
    return bool(p.certificates) and 18 <= p.summary.age <= 55 and not p.receiving_pension and any(
        m.group == "disab_severe" and m.source == "list" and m.active for m in p.memberships)


def veteran(p: ResidentProfile) -> bool:
    return "veteran" in p.flags and p.enrolled and not p.receiving_pension


def ordinary_payer(p: ResidentProfile) -> bool:
    return p.enrolled and not p.receiving_pension and not p.flags and not p.memberships and not p.certificates \
        and 20 <= p.summary.age <= 55


def enrol_in_register(desk: Desk, uuid: UUID) -> str:
    """Make the resident a contributor (代缴 is for those paying in); returns the certificate number on file."""
    with desk.store.session("demo") as session:
        resident = session.scalars(select(Resident).where(Resident.uuid == uuid)).one()
        resident.enrolled = True
        return resident.certificates[0].number


def finish(qtbot: QtBot, wizard: CaseWizard) -> UUID:
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CONFIRM
    tick(qtbot, wizard.confirm_page.agreed)
    with qtbot.waitSignal(wizard.sig_case_saved, timeout=5000) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.PRINT
    return UUID(str(saved.args[0]))


# --- 残疾人绿色通道 -------------------------------------------------------------------------------------------


def test_a_certificate_from_the_disability_list_is_verified_not_asked_and_saved_with_its_list(
        english: None, qtbot: QtBot, desk: Desk, ctx: WizardContext, wizards: Wizards) -> None:
    in_english()  # the desk fixture made the application again, in Chinese
    person = find(ctx, listed_disabled)
    number = enrol_in_register(desk, person.summary.uuid)
    wizard = wizards.open(DaijiaoWizard, person.summary.uuid)
    assert wizard.currentId() == Step.IDENTIFY  # not a veteran: the identify page stays the first step
    click_next(qtbot, wizard)
    known = wizard.policy_page.known
    assert known.isVisible()
    assert labels.agency("canlian") in known.text()  # the certificate is shown with its source
    assert "grade" in known.text()
    click_next(qtbot, wizard)
    choices = wizard.choices_page
    choices.group_combo.setCurrentIndex(choices.group_combo.findData("disab_severe"))
    assert choices.number_edit.text() == number  # the certificate comes from the register, not copied again
    assert choices.number_edit.isReadOnly()
    assert "Verified from the " + labels.agency("canlian") in choices.cert_text.text()
    click_next(qtbot, wizard)  # no issue date asked: the list proves the certificate
    assert wizard.currentId() == Step.DOCUMENTS
    evidence = wizard.case.data["evidence"][0]
    assert evidence["number"] == number
    assert evidence["verified_from"]["agency"] == "canlian"

    page = wizard.documents_page
    row = page.rows["disability_cert"]
    assert row.proof is not None
    assert row.proof.agency == "canlian"
    assert row.received.isChecked()
    assert not row.received.isEnabled()
    assert not row.add_button.isVisible()
    assert "no need to bring it" in row.details.text()
    assert "disability_cert" not in page.missing_papers()
    assert page.verified_papers() == ["disability_cert"]
    for kind in ("id_card", "hukou_book"):
        tick(qtbot, page.rows[kind].received)
    click_next(qtbot, wizard)
    assert "verified from the " + labels.agency("canlian") in wizard.review_page.plain_text()

    record = ctx.cases.get(finish(qtbot, wizard))
    assert record is not None
    assert record.row.status is CaseStatus.READY  # nothing missing: the list proved the certificate
    paper = next(p for p in record.papers if p.kind == "disability_cert")
    assert paper.received
    assert paper.verified_from is not None
    assert paper.verified_from.agency == "canlian"
    assert paper.verified_from.as_of == row.proof.as_of
    assert paper.verified_from.file_name == row.proof.file_name
    assert paper.verified_from.group == "disab_severe"
    assert paper.scans == ()
    info = desk_info(ctx.desk, ctx.today)
    assert missing_papers(record) == ()
    assert please_bring_slip(info, record) is None
    assert "verified from the " + labels.agency("canlian") in papers_receipt(info, record)


def test_a_group_entered_by_hand_still_needs_its_paper(qtbot: QtBot, desk: Desk, ctx: WizardContext,
                                                       wizards: Wizards) -> None:
    person = find(ctx, listed_disabled)
    enrol_in_register(desk, person.summary.uuid)
    with desk.store.session("demo") as session:
        resident = session.scalars(select(Resident).where(Resident.uuid == person.summary.uuid)).one()
        for membership in resident.memberships:
            membership.source, membership.list_snapshot_id = "manual", None
    facts = ctx.residents.known_facts(person.summary.uuid)
    assert facts is not None
    assert facts.proofs == ()
    assert facts.certificate is not None
    assert facts.certificate.proof is None


# --- 退役军人直办通道 -------------------------------------------------------------------------------------------


def walk_tier_change(qtbot: QtBot, wizard: TierChangeWizard) -> None:
    """From wherever the wizard starts, to the print page: 300 yuan a year, the ID card seen."""
    if wizard.currentId() == Step.IDENTIFY:
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    click_next(qtbot, wizard)
    comparison = wizard.choices_page.comparison
    qtbot.waitUntil(lambda: comparison.comparison is not None, timeout=5000)
    wizard.choices_page.tier_combo.setCurrentIndex(wizard.choices_page.tier_combo.findData("300"))
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    tick(qtbot, wizard.documents_page.rows["id_card"].received)
    click_next(qtbot, wizard)
    finish(qtbot, wizard)


def test_a_registered_veteran_starts_past_identify_and_finishes_in_fewer_pages(
        english: None, qtbot: QtBot, ctx: WizardContext, wizards: Wizards) -> None:
    in_english()  # the desk fixture made the application again, in Chinese
    vet, other = find(ctx, veteran), find(ctx, ordinary_payer)
    fast = wizards.open(TierChangeWizard, vet.summary.uuid)
    assert fast.currentId() == Step.POLICY
    policy = fast.policy_page
    assert policy.veteran_steps.isVisible()
    assert "veterans' service station" in policy.veteran_steps.text()
    facts = fast.known_facts()
    assert facts is not None
    assert facts.veteran_certificate_no
    assert facts.veteran_certificate_no in policy.known.text()

    walk_tier_change(qtbot, fast)
    ordinary = wizards.open(TierChangeWizard, other.summary.uuid)
    assert ordinary.currentId() == Step.IDENTIFY
    walk_tier_change(qtbot, ordinary)

    assert fast.pages_visited == [Step.POLICY, Step.CHOICES, Step.DOCUMENTS, Step.REVIEW, Step.CONFIRM, Step.PRINT]
    assert ordinary.pages_visited == [Step.IDENTIFY, *fast.pages_visited]
    last, ordinary_last = fast.print_page, ordinary.print_page
    assert isinstance(last, PrintPage)
    assert isinstance(ordinary_last, PrintPage)
    assert last.next_steps.isVisible()  # the veteran services again, on the last page
    assert "优待证" in last.next_steps.text()
    assert not ordinary_last.next_steps.isVisible()


def test_the_veteran_question_is_answered_by_the_register(qtbot: QtBot, ctx: WizardContext,
                                                         wizards: Wizards) -> None:
    vet = find(ctx, veteran)
    wizard = wizards.open(EnrollmentWizard, vet.summary.uuid)
    box = wizard.policy_page.questions["veteran"]
    assert box.isChecked()
    assert not box.isEnabled()
    assert not wizard.policy_page.veteran_edit.isVisible()  # the number is on record, not asked


def test_a_veteran_without_a_card_on_record_is_asked_the_number_and_junk_is_refused(
        qtbot: QtBot, desk: Desk, wizards: Wizards) -> None:
    resident = enrollable(desk)
    wizard = wizards.open(EnrollmentWizard, resident.uuid)
    click_next(qtbot, wizard)
    page = wizard.policy_page
    assert not page.veteran_edit.isVisible()
    assert not page.veteran_steps.isVisible()
    tick(qtbot, page.questions["veteran"])
    assert page.veteran_edit.isVisible()
    assert page.veteran_steps.isVisible()
    assert page.isComplete()  # no card at hand: the application goes on
    type_text(qtbot, page.veteran_edit, "abc")
    assert not page.isComplete()
    assert page.veteran_problems.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    page.veteran_edit.clear()
    type_text(qtbot, page.veteran_edit, "6404232021 123456")
    assert page.isComplete()
    assert not page.veteran_problems.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    assert wizard.case.data["veteran_certificate_no"] == "6404232021123456"
    choices = wizard.choices_page
    choices.tier_combo.setCurrentIndex(choices.tier_combo.findData("500"))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    assert "6404232021123456" in wizard.review_page.plain_text()  # read out to the resident before signing


def test_back_still_reaches_the_identify_page_of_a_veteran(qtbot: QtBot, ctx: WizardContext,
                                                          wizards: Wizards) -> None:
    wizard = wizards.open(TierChangeWizard, find(ctx, veteran).summary.uuid)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible()
    assert back.isEnabled()
    back.click()
    assert wizard.currentId() == Step.IDENTIFY
    assert wizard.identify_page.isComplete()  # the resident is known: Next goes straight on
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY


def test_the_gallery_shows_both_channels_at_their_pages(ctx: WizardContext, demo_dir: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, int] = {}
    for name, widget in channel_shots(GalleryContext(app, demo_dir, ctx.desk, ctx.policy, tmp_path)):
        assert isinstance(widget, CaseWizard)
        seen[name] = widget.currentId()
        if name == "green_documents_certificate_verified":
            assert widget.documents_page.verified_papers() == ["disability_cert"]
        if name == "veteran_number_junk":
            assert isinstance(widget, EnrollmentWizard)
            assert widget.policy_page.veteran_problems.isVisible()
        widget.close()
    assert seen == {
        "green_policy_known_from_lists": Step.POLICY, "green_documents_certificate_verified": Step.DOCUMENTS,
        "green_review_certificate_verified": Step.REVIEW, "veteran_opens_on_policy": Step.POLICY,
        "veteran_question_answered_by_register": Step.POLICY, "veteran_print_next_steps": Step.PRINT,
        "veteran_number_asked": Step.POLICY, "veteran_number_junk": Step.POLICY}
    assert ctx.cases.drafts() == []


def test_a_list_is_named_whatever_code_the_import_gave_its_agency(english: None) -> None:
    assert list_name("disability") == list_name("canlian") == labels.agency("canlian")
    assert list_name("civil-affairs") == labels.agency("minzheng")
    assert list_name("county-extra") == "the list of county-extra"  # still a list, never "entered by hand"
    # the resident page names a membership's list the same way, whichever code the import gave it
    assert labels.agency("rural-revitalization") == labels.agency("xiangcun") != labels.agency(None)
    assert labels.agency("generic") == "Another office's list"
    assert labels.agency(None) == labels.agency("") == "Entered by hand"


def in_english() -> None:
    """English source words for the assertions (the ``english`` fixture puts Chinese back afterwards)."""
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "en")
