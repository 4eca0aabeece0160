"""Gallery shots of the two channels in the case wizards.

残疾人绿色通道: the policy page showing what the lists already say, the papers page with the disability certificate
verified from the 残联 list (ticked, locked, not asked), the review reading it out. 退役军人直办通道: a registered
veteran's wizard opening on the policy page with the 优待证 shown and the veteran services as next steps, the
veteran question answered by the register, the number asked (and junk refused) for a veteran with none on
record, and the last page with the next steps again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtWidgets import QWidget

from desktop.services.residents import ResidentProfile
from desktop.ui.daijiao_gallery import DemoPeople, pick, walk
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard
from desktop.ui.wizards.tier_change import TierChangeWizard


def disabled_on_list(p: ResidentProfile) -> bool:
    """Not enrolled, of working age, with a certificate and a disability group from the 残联 list."""
    return not p.enrolled and not p.receiving_pension and 18 <= p.summary.age <= 59 and bool(p.certificates) \
        and any(m.group.startswith("disab_") and m.source == "list" and m.active for m in p.memberships)


def registered_veteran(p: ResidentProfile) -> bool:
    return "veteran" in p.flags and p.enrolled and not p.receiving_pension


def plain_enrollable(p: ResidentProfile) -> bool:
    return not p.enrolled and not p.receiving_pension and not p.flags and 20 <= p.summary.age <= 55


def _enrolment(wctx: WizardContext, person: ResidentProfile, to: Step) -> EnrollmentWizard:
    wizard = EnrollmentWizard(wctx, person.summary.uuid)
    walk(wizard, to)
    return wizard


def _enrolment_papers(wctx: WizardContext, person: ResidentProfile, to: Step) -> EnrollmentWizard:
    """The enrolment of a resident the 残联 list has, at the papers page with identity and hukou seen."""
    wizard = _enrolment(wctx, person, Step.DOCUMENTS)
    for row in wizard.documents_page.rows.values():
        if row.proof is None:
            row.received.setChecked(True)
    walk(wizard, to)
    return wizard


def _tier_change(wctx: WizardContext, person: ResidentProfile, to: Step,
                 prepare: Callable[[CaseWizard], None] | None = None) -> TierChangeWizard:
    wizard = TierChangeWizard(wctx, person.summary.uuid)
    walk(wizard, min(to, Step.CHOICES))
    if to > Step.CHOICES:
        pick(wizard.choices_page.tier_combo, "300")
        walk(wizard, Step.DOCUMENTS)
        for row in wizard.documents_page.rows.values():
            row.received.setChecked(True)
        walk(wizard, min(to, Step.CONFIRM))
    if prepare is not None:
        prepare(wizard)
    walk(wizard, to)
    return wizard


def _agree(wizard: CaseWizard) -> None:
    wizard.confirm_page.agreed.setChecked(True)


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    people = DemoPeople(wctx)
    disabled = people.first(disabled_on_list)
    yield "green_policy_known_from_lists", _enrolment(wctx, disabled, Step.POLICY)
    yield "green_documents_certificate_verified", _enrolment_papers(wctx, disabled, Step.DOCUMENTS)
    yield "green_review_certificate_verified", _enrolment_papers(wctx, disabled, Step.REVIEW)

    veteran = people.first(registered_veteran)
    yield "veteran_opens_on_policy", _tier_change(wctx, veteran, Step.POLICY)
    yield "veteran_question_answered_by_register", _enrolment(wctx, veteran, Step.POLICY)
    yield "veteran_print_next_steps", _tier_change(wctx, veteran, Step.PRINT, _agree)

    plain = people.first(plain_enrollable)
    wizard = _enrolment(wctx, plain, Step.POLICY)
    wizard.policy_page.questions["veteran"].setChecked(True)
    yield "veteran_number_asked", wizard
    wizard = _enrolment(wctx, plain, Step.POLICY)
    wizard.policy_page.questions["veteran"].setChecked(True)
    wizard.policy_page.veteran_edit.setText("退伍123")
    yield "veteran_number_junk", wizard
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))
