"""What the policy says about claiming the pension at 60 (DOMAIN 2.5, 5.3), with a way forward.

The shared policy page shows core's claim decision: age, contribution years against the 15 needed, how a
gap closes (by paying until 60, or by arrears 补缴) and the clauses. Core says "not yet" for anyone not 60
or short of years; at the desk that is often a next step, not a refusal:
- a resident who turns 60 within :data:`PREPARE_MONTHS` months may apply now (the township lists who turns
  60 next month and the assistant prepares the claim ahead);
- missing years that arrears can make up, or that only the county can rule on, go with the claim as what
  to pay next, how many years, and what arrears mean.
A resident already drawing the pension, drawing another basic pension, far from 60, or with years the
policy will not let them pay, is stopped with the reasons and a note for the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from core.eligibility import ClaimDecision, ClaimReason
from core.policy import PolicyError
from desktop.services.cases import CaseStatus, CaseType
from desktop.services.residents import CaseSummary
from desktop.ui import labels
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.pages.policy import PolicyPage
from desktop.ui.wizards.text import fill, money

PREPARE_MONTHS = 3  # how far ahead of the first pension month a claim may be prepared
QUESTIONS = ("other_basic_pension", "veteran")
_STOPS = frozenset({ClaimReason.ALREADY_RECEIVING, ClaimReason.OTHER_BASIC_PENSION})


def _month_index(month: str) -> int:
    year, _, number = month.partition("-")
    return int(year) * 12 + int(number) - 1


@dataclass(frozen=True)
class ClaimGate:
    """Whether the claim can go on at the desk, and what stops it."""

    may_go_on: bool
    soon: bool  # not yet at the claim age, but the pension starts within PREPARE_MONTHS months
    stops: tuple[str, ...]  # the reason codes that stop it
    enrolled: bool = True


def claim_gate(decision: ClaimDecision, today: date, enrolled: bool = True) -> ClaimGate:
    """Whether the claim goes on; someone never enrolled enrols first (参保登记), whatever core says."""
    codes = [str(p.code) for p in decision.reasons]
    months_to_start = _month_index(decision.benefit_start) - (today.year * 12 + today.month - 1)
    soon = ClaimReason.UNDER_AGE in codes and months_to_start <= PREPARE_MONTHS
    stops = [code for code in codes
             if code in _STOPS
             or (code == ClaimReason.UNDER_AGE and not soon)
             or (code == ClaimReason.YEARS_MISSING and decision.can_close_gap is False)]
    return ClaimGate(enrolled and not stops, soon, tuple(stops), enrolled)


@dataclass(frozen=True)
class ArrearsTerms:
    """From the pack: arrears bring the total up to ``max_total`` years; the lowest tier they are paid at."""

    max_total: int
    lowest_tier: Decimal | None


class ClaimPolicyPage(PolicyPage):
    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, ("claim",), QUESTIONS, parent)
        self.terms = self._terms()
        self.earlier_claims: list[CaseSummary] = []  # this resident's claims not refused by the county
        self.next_step = wrapping_label("claim_next_step")
        set_role(self.next_step, "panel")
        layout = self.content_layout
        layout.insertWidget(layout.indexOf(self.advice) + 1, self.next_step)
        self.next_step.setVisible(False)
        self.completeChanged.connect(self.show_claim)  # after every decision
        self.show_claim()

    def _terms(self) -> ArrearsTerms:
        try:
            policy = self.ctx.policy.policy(self.ctx.county or None)
        except PolicyError:
            return ArrearsTerms(15, None)
        figure = policy.figure("arrears.max_total_years", self.ctx.today)
        tiers = policy.tiers(self.ctx.today)
        total = int(figure.amount) if figure is not None and figure.amount is not None else 15
        return ArrearsTerms(total, min(tiers) if tiers else None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.show_claim()

    def on_enter(self) -> None:
        resident = self.case.resident
        profile = run_blocking(lambda: self.ctx.residents.profile(resident.uuid)) if resident is not None else None
        self.earlier_claims = [c for c in (profile.cases if profile is not None else ())
                               if c.case_type == CaseType.PENSION_CLAIM and c.status != CaseStatus.REJECTED]
        super().on_enter()

    def claim(self) -> ClaimDecision | None:
        return self.case.eligibility.claim if self.case.eligibility is not None else None

    def gate_now(self) -> ClaimGate | None:
        decision, profile = self.claim(), self.case.profile or {}
        enrolled = bool(profile.get("enrolled") or profile.get("receiving_resident_pension"))
        return claim_gate(decision, self.ctx.today, enrolled) if decision is not None else None

    def page_complete(self) -> bool:
        gate = self.gate_now()
        return gate is not None and gate.may_go_on and not self.veteran_number_problems()

    # --- the way forward ----------------------------------------------------------------------------
    def show_claim(self) -> None:
        """The verdict and next step as the desk reads them (the shared page shows core's yes or no)."""
        if not hasattr(self, "next_step"):
            return  # the shared page fills itself in before this page has built its own parts
        decision, gate = self.claim(), self.gate_now()
        if decision is None or gate is None:
            self.next_step.setVisible(False)
            return
        name = self.case.resident.name if self.case.resident else ""
        if gate.may_go_on and not decision.eligible:
            self.verdict.setText("➜ " + fill(self.tr("%1 can apply now; the next step is below."), name))
        self.note_box.setVisible(not gate.may_go_on)
        lines = ["➜ " + line for line in self.next_step_lines(decision, gate)]
        lines[:0] = ["⚠ " + fill(self.tr("A pension claim for %1 was already made on %2 (%3). Open that case from "
                                        "the case list instead of starting another."), name,
                                c.created_at.isoformat(), labels.case_status(c.status)) for c in self.earlier_claims]
        self.next_step.setText("\n".join(lines))
        self.next_step.setVisible(bool(lines))

    def next_step_lines(self, decision: ClaimDecision, gate: ClaimGate) -> list[str]:
        codes = {str(p.code) for p in decision.reasons}
        name = self.case.resident.name if self.case.resident else ""
        start = decision.benefit_start
        if ClaimReason.ALREADY_RECEIVING in codes:
            return [fill(self.tr("Nothing to claim: %1 already draws the residents' pension. Close the form, or "
                                 "save a note for the file."), name)]
        if ClaimReason.OTHER_BASIC_PENSION in codes:
            return [self.tr("One person draws only one basic pension. Save a note; the county explains what "
                            "happens to the years paid into the residents' pension.")]
        if not gate.enrolled:
            return [fill(self.tr("%1 is not enrolled in the residents' pension: enrol first (参保登记); the "
                                 "county then says how the missing years can be paid."), name)]
        lines = []
        if ClaimReason.UNDER_AGE in codes:
            if gate.soon:
                lines.append(fill(self.tr("%1 turns 60 soon: the claim can be prepared now. The pension starts "
                                          "in %2, the month after the 60th birthday."), name, start))
            else:
                lines.append(fill(self.tr("Too early: the pension can start in %1. Come back in the month "
                                          "before; until then keep paying every year."), start))
        lines.extend(self._gap_lines(decision))
        return lines

    def _gap_lines(self, decision: ClaimDecision) -> list[str]:
        missing = decision.years_missing
        if not missing:
            return []
        if decision.can_close_gap is False:
            return [self.tr("The missing years cannot be paid now. Save a note, and ask the county what other "
                            "support applies.")]
        if decision.arrears_needed == 0:
            return [self.tr("%n contribution year(s) missing: paying every year until 60 closes the gap.", "",
                            missing)]
        arrears = decision.arrears_needed
        tier = self.terms.lowest_tier
        if decision.can_close_gap is None:
            text = self.tr("%n year(s) would have to be paid in arrears (补缴). Whether Ningxia allows that at 60 "
                           "or older is not settled (待县级确认): send the claim with the missing years marked; the "
                           "county decides and tells the resident through the township.", "", arrears)
        else:
            text = self.tr("Next step: pay %n missing year(s) in arrears (补缴) before the pension starts.", "",
                           arrears)
        what = fill(self.tr("Arrears can bring the total up to %1 years, no more. Arrears years get no government "
                            "subsidy, and each is paid at one of the tiers (at least %2 yuan a year)."),
                    self.terms.max_total, money(tier) if tier is not None else "—")
        return [text, what]
