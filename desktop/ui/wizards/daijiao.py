"""代缴申请: the government pays the contribution of a hardship resident the agencies' lists left out (DOMAIN 5.4).

identify → what the policy says (only someone enrolled and not yet drawing the pension can have 代缴, P-03)
→ the group, its certificate and the year, with the amount the county pays and the subsidy → papers (the
group's certificate among them) → review → confirmation → print.

The policy page of a case for someone who pays in (:class:`ContributorPolicyPage`) is shared with the
缴费档次变更 wizard: its gate is being enrolled and not yet drawing the pension, whatever the decisions below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.documents import CaseKind, Requirement, checklist
from core.policy import PolicyError
from core.policy.decisions import Decision
from desktop.services.cases import CaseType
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.daijiao_choices import DaijiaoChoicesPage
from desktop.ui.wizards.pages.policy import PolicyPage
from desktop.ui.wizards.pages.review import paper_lines, resident_lines
from desktop.ui.wizards.text import fill

translate = QCoreApplication.translate  # the bare name lupdate recognises; "CaseReview": the review lines' context


class Standing(StrEnum):
    """Where the resident stands in the scheme, from the profile the decisions were made on."""

    CONTRIBUTING = "contributing"  # enrolled, not yet drawing the pension
    NOT_ENROLLED = "not_enrolled"
    RECEIVING = "receiving"


def standing(profile: Mapping[str, Any]) -> Standing:
    if profile.get("receiving_resident_pension"):
        return Standing.RECEIVING
    if not profile.get("enrolled"):
        return Standing.NOT_ENROLLED
    return Standing.CONTRIBUTING


class ContributorPolicyPage(PolicyPage):
    """The policy page of a case only someone paying in can have: the gate is the resident's standing (enrolled,
    not yet drawing the pension); the decisions named are shown below it with their reasons and clauses.

    A subclass says in :meth:`standing_texts` what the verdict is and what to do next for each standing.
    """

    def gate(self) -> Decision | None:
        if self.case.eligibility is None or self.case.profile is None:
            return None
        return Decision(standing(self.case.profile) is Standing.CONTRIBUTING, (), ())

    def standing_texts(self, where: Standing, name: str) -> tuple[str, list[str]]:
        """The verdict and the lines under it (reasons, next step) for a resident standing ``where``."""
        raise NotImplementedError(f"{type(self).__name__} must explain the standing")

    def subtitle(self) -> str:
        """What the page shows (the base's subtitle asks questions this page has none of)."""
        raise NotImplementedError(f"{type(self).__name__} must say what the page shows")

    def evaluate(self) -> None:
        super().evaluate()
        self.show_standing()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setSubTitle(self.subtitle())
        self.show_standing()

    def show_standing(self) -> None:
        gate, profile = self.gate(), self.case.profile
        if gate is None or profile is None:
            return
        name = self.case.resident.name if self.case.resident else ""
        verdict, lines = self.standing_texts(standing(profile), name)
        self.verdict.setText(("✔ " if gate.eligible else "✘ ") + verdict)
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))

    def citation(self, rule_id: str) -> str:
        """How the pack cites a rule ("宁人社发〔2017〕163号"), or the rule id when the pack lacks it."""
        try:
            return self.ctx.policy.policy().rule(rule_id).citation
        except (KeyError, PolicyError):
            return rule_id

    def group_names(self, groups: Sequence[str]) -> str:
        return "、".join(self.group_labels.get(g, g) for g in groups)


class DaijiaoPolicyPage(ContributorPolicyPage):
    def subtitle(self) -> str:
        return self.tr("Only someone enrolled and not yet drawing the pension can have the government pay the "
                       "contribution. Below: what the agencies' lists already say, with the clauses.")

    def standing_texts(self, where: Standing, name: str) -> tuple[str, list[str]]:
        p03 = self.citation("P-03")
        if where is Standing.RECEIVING:
            return (fill(self.tr("%1 already draws the residents' pension."), name),
                    ["• " + fill(self.tr("代缴 stops once the pension starts: there are no more contributions to "
                                         "pay (%1)."), p03),
                     "➜ " + self.tr("Next step: nothing to apply for. Save a note for the file and close the "
                                    "form.")])
        if where is Standing.NOT_ENROLLED:
            return (fill(self.tr("%1 is not enrolled in the residents' pension."), name),
                    ["• " + fill(self.tr("The government pays the contribution (代缴) only for people who are "
                                         "enrolled and still paying in (%1)."), p03),
                     "➜ " + fill(self.tr("Next step: enrol %1 first with the 参保登记 form; it claims 代缴 for "
                                         "the hardship group at the same time."), name)])
        verdict = fill(self.tr("%1 is enrolled and not yet drawing the pension: the application can go on."), name)
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        if decision is not None and decision.eligible:
            return verdict, ["• " + fill(self.tr("Already on a list for: %1. The government pays for %2 already, "
                                                 "and only once a year whatever the number of groups (%3). Apply "
                                                 "only if a list has left out a group or is wrong."),
                                         self.group_names(decision.groups), name, self.citation("P-02"))]
        return verdict, ["• " + fill(self.tr("No list has %1 in a group the government pays for. Choose the group "
                                             "and type its certificate on the next page."), name)]


class DaijiaoWizard(CaseWizard):
    case_type = CaseType.DAIJIAO

    def build_pages(self) -> None:
        ctx, case = self.ctx, self.case
        self.policy_page = DaijiaoPolicyPage(ctx, case, ("daijiao",), ())
        self.choices_page = DaijiaoChoicesPage(ctx, case)
        self.add_usual_pages(self.policy_page, self.choices_page)

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        group = self.case.data.get("group")
        return checklist(CaseKind.DAIJIAO, frozenset({group} if group else ()), proxy=proxy)

    # --- the review -------------------------------------------------------------------------------
    def review_sections(self) -> list[tuple[str, list[str]]]:
        return [(self.tr("The resident"), resident_lines(self.case)),
                (self.tr("What the policy says"), self._policy_lines()),
                (self.tr("The application"), self.choices_page.application_lines()),
                (self.tr("Who pays"), self.choices_page.amount_lines()),
                (self.tr("Papers"), paper_lines(self.case.papers))]

    def _policy_lines(self) -> list[str]:
        return [self.tr("Enrolled in the residents' pension and not yet drawing it: the government can pay the "
                        "contribution (代缴) for a resident in a hardship group.")]




WIZARD = DaijiaoWizard
