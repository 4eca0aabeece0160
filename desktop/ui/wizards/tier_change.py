"""缴费档次变更: a new contribution tier from the coming year (DOMAIN 2.2, S-03).

identify → what the policy says (only someone enrolled and not yet drawing the pension has a tier to change;
hardship groups and 已脱贫人口 keep the 100-yuan tier when the minimum rises) → the new tier with every tier
side by side (算得清) → papers → review (old → new, what the resident pays a year before and after) →
confirmation → print (with the 明白纸 of the new tier).
"""

from __future__ import annotations

from core.documents import CaseKind, Requirement, checklist
from desktop.services.cases import CaseRecord, CaseType
from desktop.ui.print_preview import Printable
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.daijiao import ContributorPolicyPage, Standing
from desktop.ui.wizards.pages.review import paper_lines, resident_lines
from desktop.ui.wizards.text import fill, money
from desktop.ui.wizards.tier_change_choices import TierChangeChoicesPage


class TierPolicyPage(ContributorPolicyPage):
    def subtitle(self) -> str:
        return self.tr("Only someone enrolled and not yet drawing the pension has a tier to change. Below: whether "
                       "the resident keeps the old minimum tier and has 代缴, with the clauses.")

    def standing_texts(self, where: Standing, name: str) -> tuple[str, list[str]]:
        if where is Standing.RECEIVING:
            return (fill(self.tr("%1 already draws the residents' pension."), name),
                    ["• " + self.tr("Once the pension starts no more contributions are paid, so there is no tier "
                                    "to change."),
                     "➜ " + self.tr("Next step: nothing to change. Save a note for the file and close the form.")])
        if where is Standing.NOT_ENROLLED:
            return (fill(self.tr("%1 is not enrolled in the residents' pension."), name),
                    ["• " + self.tr("Only someone who is enrolled has a tier to change."),
                     "➜ " + fill(self.tr("Next step: enrol %1 with the 参保登记 form; the tier is chosen there."),
                                 name)])
        verdict = fill(self.tr("%1 is enrolled and still paying in: the tier can be changed for the coming year."),
                       name)
        e = self.case.eligibility
        keep = e.keep_minimum_tier if e is not None else None
        if keep is not None and keep.eligible and keep.tier is not None:
            return verdict, ["• " + fill(self.tr("%1 is in %2: may keep the %3-yuan tier even when the minimum "
                                                 "tier rises (%4)."), name, self.group_names(keep.groups),
                                         money(keep.tier), "；".join(keep.citations))]
        return verdict, ["• " + self.tr("Chooses from the tiers of the year, from the minimum up.")]


class TierChangeWizard(CaseWizard):
    case_type = CaseType.TIER_CHANGE

    def build_pages(self) -> None:
        ctx, case = self.ctx, self.case
        self.policy_page = TierPolicyPage(ctx, case, ("keep_minimum_tier", "daijiao"), ())
        self.choices_page = TierChangeChoicesPage(ctx, case)
        self.add_usual_pages(self.policy_page, self.choices_page)

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        return checklist(CaseKind.TIER_CHANGE, proxy=proxy)

    def printables(self, record: CaseRecord) -> list[Printable]:
        """The form, receipt and slip, and the 明白纸 of the new tier (in large type, to take home)."""
        documents = super().printables(record)
        title = self.tr("Explanation sheet (明白纸) of the new tier")
        sheet = self.explanation_printable(self.choices_page.explanation, title)
        return [*documents, sheet] if sheet is not None else documents

    # --- the review -------------------------------------------------------------------------------
    def review_sections(self) -> list[tuple[str, list[str]]]:
        page = self.choices_page
        change = self._change_lines()
        warning = page.difference_warning()
        return [(self.tr("The resident"), resident_lines(self.case)),
                (self.tr("The change"), change + (page.keep_lines() if page.kept_tier() is not None else [])),
                (self.tr("What the resident pays a year, before and after"),
                 page.before_after_lines() + ([warning] if warning else [])),
                (self.tr("Papers"), paper_lines(self.case.papers))]

    def _change_lines(self) -> list[str]:
        data = self.case.data
        if "new_tier" not in data:
            return []
        old = data.get("old_tier")
        lines = [fill(self.tr("Tier: %1 → %2 yuan a year, from %3."), money(old) if old else self.tr("not recorded"),
                      money(data["new_tier"]), data.get("year", ""))]
        if data.get("keep_minimum"):
            lines.append(self.tr("Keeps the old minimum tier (hardship group or lifted out of poverty)."))
        return lines


WIZARD = TierChangeWizard
