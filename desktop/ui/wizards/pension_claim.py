"""待遇领取: claiming the residents' pension at 60 (DOMAIN 2.5, 5.3).

identify → what the policy says (age, years counted against the 15 needed, how missing years close, the
next step) → where the pension is paid (social security card or own bank account) and the month it starts
→ papers (户口簿, ID card, the card or passbook it is paid onto) → review in plain words with the 算得清
estimate → confirmation → print.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.documents import CaseKind, PaperKind, Requirement, checklist
from core.problems import Problem
from desktop.messages import describe
from desktop.services.cases import CaseType
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.pages.policy import describe_for
from desktop.ui.wizards.pages.review import paper_lines, resident_lines
from desktop.ui.wizards.pension_claim_choices import BANK, ClaimChoicesPage, check_account
from desktop.ui.wizards.pension_claim_policy import ClaimPolicyPage
from desktop.ui.wizards.text import fill, money


class PensionClaimWizard(CaseWizard):
    case_type = CaseType.PENSION_CLAIM

    def build_pages(self) -> None:
        ctx, case = self.ctx, self.case
        self.policy_page = ClaimPolicyPage(ctx, case)
        self.choices_page = ClaimChoicesPage(ctx, case)
        self.add_usual_pages(self.policy_page, self.choices_page)

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        """Core's papers; paid onto a bank account, the bank card or passbook is asked for first."""
        papers = checklist(CaseKind.PENSION_CLAIM, proxy=proxy)
        if (self.case.data.get("card") or {}).get("kind") != BANK:
            return papers
        return tuple(replace(p, kind=PaperKind.BANK_CARD, alternatives=(PaperKind.SSC_CARD,))
                     if p.kind is PaperKind.SSC_CARD else p for p in papers)

    def case_data(self) -> dict[str, Any]:
        data = super().case_data()
        e = self.case.eligibility
        if e is None:
            return data
        claim = e.claim
        advice = str(claim.notes[0].code) if claim.years_missing and claim.notes else None
        return data | {"years_paid": claim.contribution_years, "missing_years": claim.years_missing,
                       "arrears": {"years": claim.arrears_needed, "advice": advice}}

    # --- the review -------------------------------------------------------------------------------
    def review_sections(self) -> list[tuple[str, list[str]]]:
        return [(self.tr("The resident"), resident_lines(self.case)),
                (self.tr("Contribution years and the first pension month"), self._years_lines()),
                (self.tr("Where the pension is paid"), self._card_lines()),
                (self.tr("How much, about (算得清, an estimate)"), self._estimate_lines()),
                (self.tr("Papers"), paper_lines(self.case.papers, self.tr("Still missing: %1. The claim waits until "
                                                                          "they are brought.")))]


    def _years_lines(self) -> list[str]:
        e = self.case.eligibility
        if e is None:
            return []
        claim = e.claim
        lines = [fill(self.tr("Years paid and counted: %1."), claim.contribution_years)]
        if claim.years_missing:
            lines.append(fill(self.tr("%1 year(s) missing of the %2 needed."), claim.years_missing,
                              claim.contribution_years + claim.years_missing))
            if claim.arrears_needed:
                lines.append(fill(self.tr("%1 year(s) to pay in arrears (补缴), without government subsidy."),
                                  claim.arrears_needed))
            lines.extend(fill(self.tr("Next step: %1"), describe_for(p, self.policy_page.group_labels))
                         for p in claim.notes)
        else:
            lines.append(self.tr("Enough years for the pension."))
        lines.extend(self.choices_page.start_lines())
        lines.extend(fill(self.tr("Next step: %1"), describe(Problem(a.code))) for a in e.advice)
        return lines

    def _card_lines(self) -> list[str]:
        card = self.case.data.get("card")
        if not card:
            return []
        if card.get("kind") == BANK:
            lines = [fill(self.tr("Onto the account at %1 in the resident's own name, number %2."), card.get("bank"),
                          card.get("account"))]
        else:
            lines = [fill(self.tr("Onto the social security card's financial account, number %1."),
                          card.get("account"))]
        if not check_account(str(card.get("account")), str(card.get("account"))).luhn_ok:
            lines.append("⚠ " + self.tr("The number does not pass the usual bank-card check: read it to the "
                                        "resident digit by digit."))
        return lines

    def _estimate_lines(self) -> list[str]:
        e = self.choices_page.estimate
        if e is None:
            return [self.tr("No estimate can be made here; the county works out the amount (待遇核定).")]
        lines = [fill(self.tr("About %1 yuan a month: basic pension %2 yuan and %3 yuan from the resident's own "
                              "account."), money(e.monthly_total), money(e.basic_monthly), money(e.account_monthly))]
        if e.unconfirmed:
            lines.append(self.tr("Some of these figures still await county confirmation (待县级确认); the county "
                                 "sets the amount when it approves the claim."))
        return lines



WIZARD = PensionClaimWizard
