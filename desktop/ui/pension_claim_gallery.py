"""Gallery shots of the 待遇领取 wizard: every page with demo residents found through the services, and each
bad input or refusal as the assistant sees it (a mistyped ID number, too young, already drawing, another
pension, never enrolled, a bad account number, a failing check digit, missing papers).

A resident who turns 60 soon is shown on a day three weeks before their birthday (the demo desk's
residents are of every age, but rarely of exactly 59 on the day the gallery runs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from uuid import UUID

from PySide6.QtWidgets import QWidget

from core.eligibility import ClaimDecision
from core.ids import check_digit
from desktop.services.explanation import ExplanationService
from desktop.services.residents import ResidentSummary
from desktop.ui.gallery_context import GalleryContext, pause
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.pension_claim import PensionClaimWizard
from desktop.ui.wizards.pension_claim_choices import luhn_ok
from desktop.ui.wizards.pension_claim_estimate import claim_estimate
from desktop.ui.wizards.pension_claim_policy import claim_gate

SETTLE_MS = 50  # the pages work synchronously; this lets layouts and the print panel settle
ACCOUNT = "6217001234567890120"  # the last digit is made to pass the bank-card check below


def _settle() -> None:
    pause(SETTLE_MS)


def account(prefix: str = ACCOUNT[:-1]) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


class Residents:
    """The demo residents the shots need, with their claim decisions, found through the services."""

    def __init__(self, wctx: WizardContext) -> None:
        self.wctx = wctx

        def load() -> list[ResidentSummary]:
            found = {r.uuid: r for prefix in ("6404", "6422") for r in wctx.residents.search(prefix, limit=2000)}
            return sorted(found.values(), key=lambda r: r.birth_date)

        self.people = run_blocking(load)
        self._decisions: dict[tuple[UUID, date], tuple[ClaimDecision, bool] | None] = {}

    def decision(self, uuid: UUID, wctx: WizardContext | None = None) -> tuple[ClaimDecision, bool] | None:
        """The claim decision on the context's day, and whether the resident is enrolled."""
        context = wctx or self.wctx
        key = (uuid, context.today)
        if key not in self._decisions:
            data = run_blocking(partial(context.registration.eligibility_input, uuid))
            outcome = context.policy.evaluate_profile(data, on=context.today, county=context.county or None)
            self._decisions[key] = (outcome.result.claim, bool(data.get("enrolled"))) if outcome.result else None
        return self._decisions[key]

    def first(self, wanted: Callable[[ResidentSummary, ClaimDecision, bool], bool]) -> ResidentSummary | None:
        for person in self.people:
            found = self.decision(person.uuid)
            if found is not None and wanted(person, *found):
                return person
        return None

    def claimant(self, with_years: bool) -> ResidentSummary | None:
        """60 or older, enrolled, may claim, never claimed; with all years (and an estimate), or a few missing."""
        service = ExplanationService(self.wctx.policy, self.wctx.today)

        def wanted(person: ResidentSummary, decision: ClaimDecision, enrolled: bool) -> bool:
            if not (enrolled and person.age >= 60 and claim_gate(decision, self.wctx.today).may_go_on):
                return False
            if with_years != (decision.years_missing == 0) or not 0 <= decision.arrears_needed <= 3:
                return False
            profile = run_blocking(partial(self.wctx.residents.profile, person.uuid))
            if profile is None or any(c.case_type == "pension_claim" for c in profile.cases):
                return False
            return not with_years or claim_estimate(service, profile, 60, 0).result is not None

        return self.first(wanted)

    def turning_60_soon(self) -> tuple[ResidentSummary, WizardContext] | None:
        for person in self.people:
            birth = person.birth_date
            if (birth.month, birth.day) == (2, 29) or birth.replace(year=birth.year + 60) <= self.wctx.today:
                continue
            later = WizardContext.for_desk(self.wctx.desk, self.wctx.policy,
                                           birth.replace(year=birth.year + 60) - timedelta(days=21))
            found = self.decision(person.uuid, later)
            if found is not None and found[1] and claim_gate(found[0], later.today, found[1]).may_go_on:
                return person, later
        return None

    def id_number(self, uuid: UUID) -> str:
        return str(run_blocking(partial(self.wctx.registration.eligibility_input, uuid))["id_number"])


def wizard(wctx: WizardContext, resident: UUID | None = None, to: Step = Step.IDENTIFY) -> PensionClaimWizard:
    """A wizard of its own for each shot (the gallery closes every shot), driven to its page."""
    made = PensionClaimWizard(wctx, resident)
    made.ask_on_close = False  # keep quiet on closing; the drafts are discarded at the end
    made.show()
    while made.currentId() < to:
        before = made.currentId()
        made.next()
        if made.currentId() == before:
            break
    _settle()
    return made


def fill_account(made: PensionClaimWizard, number: str, bank: bool = False) -> None:
    page = made.choices_page
    (page.bank_radio if bank else page.ssc_radio).setChecked(True)
    if bank:
        page.bank_combo.setCurrentIndex(0)
        page.own_name.setChecked(True)
    page.account_edit.setText(number)
    page.again_edit.setText(number)


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    demo = Residents(wctx)
    yield from _refusals(wctx, demo)  # before any claim is saved: the earlier-claim warning stays out of them
    claimant = demo.claimant(with_years=True) or demo.claimant(with_years=False)
    if claimant is not None:
        yield from _identify_and_policy(wctx, demo, claimant)
        yield from _choices(wctx, claimant)
        yield from _closing(wctx, claimant)
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))


def _identify_and_policy(wctx: WizardContext, demo: Residents,
                         claimant: ResidentSummary) -> Iterator[tuple[str, QWidget]]:
    made = wizard(wctx)
    number = demo.id_number(claimant.uuid)
    made.identify_page.id_edit.setText(number[:17] + ("1" if check_digit(number[:17]) != "1" else "2"))
    made.next()
    yield "identify_bad_checksum", made
    yield "policy_can_apply", wizard(wctx, claimant.uuid, Step.POLICY)
    arrears = demo.claimant(with_years=False)
    if arrears is not None and arrears != claimant:
        yield "policy_arrears_county_decides", wizard(wctx, arrears.uuid, Step.POLICY)
    soon = demo.turning_60_soon()
    if soon is not None:
        yield "policy_turning_60_soon", wizard(soon[1], soon[0].uuid, Step.POLICY)


def _choices(wctx: WizardContext, claimant: ResidentSummary) -> Iterator[tuple[str, QWidget]]:
    yield "choices_social_security_card", wizard(wctx, claimant.uuid, Step.CHOICES)
    made = wizard(wctx, claimant.uuid, Step.CHOICES)
    page = made.choices_page
    page.bank_radio.setChecked(True)
    page.account_edit.setText("6217 0012 34")
    page.again_edit.setText("6217 0012 43")
    made.next()
    yield "choices_bank_problems", made
    made = wizard(wctx, claimant.uuid, Step.CHOICES)
    good = account()
    fill_account(made, good[:-1] + str((int(good[-1]) + 1) % 10), bank=True)
    yield "choices_check_digit_warning", made


def _to_review(wctx: WizardContext, claimant: ResidentSummary, papers: bool) -> PensionClaimWizard:
    made = wizard(wctx, claimant.uuid, Step.CHOICES)
    fill_account(made, account(), bank=True)
    made.next()
    if papers:
        for row in made.documents_page.rows.values():
            row.received.setChecked(True)
    made.next()
    _settle()
    return made


def _saved(made: PensionClaimWizard) -> PensionClaimWizard:
    made.next()
    made.confirm_page.agreed.setChecked(True)
    made.next()
    _settle()
    return made


def _closing(wctx: WizardContext, claimant: ResidentSummary) -> Iterator[tuple[str, QWidget]]:
    made = wizard(wctx, claimant.uuid, Step.CHOICES)
    fill_account(made, account(), bank=True)
    made.next()
    yield "documents_bank_card", made
    yield "review", _to_review(wctx, claimant, papers=True)
    made = _to_review(wctx, claimant, papers=True)
    made.next()
    yield "confirm", made
    yield "print_ready", _saved(_to_review(wctx, claimant, papers=True))
    yield "print_waiting_for_papers", _saved(_to_review(wctx, claimant, papers=False))
    made = wizard(wctx, claimant.uuid, Step.POLICY)
    yield "policy_earlier_claim", made


def _refusals(wctx: WizardContext, demo: Residents) -> Iterator[tuple[str, QWidget]]:
    young = demo.first(lambda p, d, enrolled: enrolled and 40 <= p.age <= 55)
    if young is not None:
        yield "policy_too_young", wizard(wctx, young.uuid, Step.POLICY)
    drawing = demo.first(lambda p, d, enrolled: any(r.code == "claim.already_receiving" for r in d.reasons))
    if drawing is not None:
        yield "policy_already_drawing", wizard(wctx, drawing.uuid, Step.POLICY)
    never = demo.first(lambda p, d, enrolled: not enrolled and p.age >= 60 and d.contribution_years == 0
                       and all(r.code == "claim.years_missing" for r in d.reasons))
    if never is not None:
        yield "policy_never_enrolled", wizard(wctx, never.uuid, Step.POLICY)
    other = demo.claimant(with_years=True) or demo.claimant(with_years=False)
    if other is not None:
        made = wizard(wctx, other.uuid, Step.POLICY)
        made.policy_page.questions["other_basic_pension"].setChecked(True)
        made.policy_page.note_edit.setPlainText("本人领取企业职工养老金，已告知县社保局咨询。")
        yield "policy_other_pension", made
