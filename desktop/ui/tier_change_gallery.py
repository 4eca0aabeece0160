"""Gallery shots of the 缴费档次变更 wizard: every page with demo data, and each bad input (a resident not enrolled
or already drawing the pension, the tier paid now chosen again, a hardship resident above what 代缴 covers,
missing papers), with the kept minimum tier of a resident lifted out of poverty."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import QWidget

from desktop.services.residents import ResidentProfile
from desktop.ui.daijiao_gallery import DemoPeople, listed, not_enrolled, paying, receiving, wait_until, walk
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.tier_change import TierChangeWizard


def ordinary(p: ResidentProfile) -> bool:
    return paying(p) and p.tier is not None and not p.memberships and not p.certificates


def keeps_minimum(p: ResidentProfile) -> bool:
    return listed("tuopin")(p) and p.tier is not None and p.tier > 100


def _wizard(wctx: WizardContext, person: ResidentProfile, to: Step = Step.POLICY) -> TierChangeWizard:
    wizard = TierChangeWizard(wctx, person.summary.uuid)
    walk(wizard, to)
    return wizard


def _choices(wctx: WizardContext, person: ResidentProfile, tier: int | None = None) -> TierChangeWizard:
    wizard = _wizard(wctx, person, Step.CHOICES)
    page = wizard.choices_page
    if tier is not None:
        page.tier_combo.setCurrentIndex(page.tier_combo.findData(str(Decimal(tier))))
    wait_until(lambda: page.comparison.comparison is not None)  # worked out on the worker
    page.comparison.select_tier(page.tier())
    return wizard


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    people = DemoPeople(wctx)
    person, tuopin, dibao = people.first(ordinary), people.first(keeps_minimum), people.first(listed("dibao"))
    wizard = TierChangeWizard(wctx)
    wizard.identify_page.id_edit.setText(people.id_number(person.summary.uuid))
    wizard.identify_page.run_check()
    walk(wizard, Step.IDENTIFY)
    yield "identify_found", wizard
    yield "policy_enrolled", _wizard(wctx, person)
    yield "policy_keeps_minimum", _wizard(wctx, tuopin)
    yield "policy_not_enrolled", _wizard(wctx, people.first(not_enrolled))
    yield "policy_receiving_pension", _wizard(wctx, people.first(receiving))
    yield "choices_up_a_tier", _choices(wctx, person, 500)
    wizard = _choices(wctx, person)
    wizard.next()  # the tier paid now, chosen again: the page says so
    yield "choices_same_tier", wizard
    wizard = _choices(wctx, tuopin)
    wizard.choices_page.keep_check.click()
    yield "choices_keeps_minimum", wizard
    yield "choices_daijiao_difference", _choices(wctx, dibao, 300)
    yield from _closing_shots(wctx, person)
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))


def _ready(wctx: WizardContext, person: ResidentProfile, received: bool, to: Step) -> TierChangeWizard:
    wizard = _choices(wctx, person, 1000)
    wizard.next()
    for row in wizard.documents_page.rows.values():
        row.received.setChecked(received)
    walk(wizard, to)
    return wizard


def _closing_shots(wctx: WizardContext, person: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    yield "documents", _ready(wctx, person, False, Step.DOCUMENTS)
    yield "review", _ready(wctx, person, True, Step.REVIEW)
    yield "confirm", _ready(wctx, person, True, Step.CONFIRM)
    for received, name in ((False, "print_waiting_for_the_id_card"), (True, "print_ready")):
        wizard = _ready(wctx, person, received, Step.CONFIRM)
        wizard.confirm_page.agreed.setChecked(True)
        walk(wizard, Step.PRINT)
        yield name, wizard
