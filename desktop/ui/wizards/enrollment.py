"""参保登记: enrolment in the residents' pension (DOMAIN 2.5, 5.2).

identify → what the policy says (age, student, employee scheme, public institution, hukou; 代缴 and the
kept minimum tier) → tier and who pays (算得清 side by side) → papers → review → confirmation → print.
"""

from __future__ import annotations

from typing import Any

from core.divisions import is_ningxia
from core.documents import CaseKind, Requirement, checklist
from core.problems import Problem
from desktop.messages import describe
from desktop.services.cases import CaseRecord, CaseType
from desktop.ui.print_preview import Printable
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.enrollment_choices import EnrollmentChoicesPage
from desktop.ui.wizards.pages.known import veteran_review_line
from desktop.ui.wizards.pages.policy import PolicyPage, describe_for
from desktop.ui.wizards.pages.review import paper_lines, resident_lines
from desktop.ui.wizards.text import fill, money

QUESTIONS = ("student", "employee_pension", "public_institution", "veteran", "flexible_worker",
             "employment_difficulty")
CHECKS = ("student", "employee_pension", "public_institution")


class EnrollmentWizard(CaseWizard):
    case_type = CaseType.ENROLLMENT

    def build_pages(self) -> None:
        ctx, case = self.ctx, self.case
        self.policy_page = PolicyPage(ctx, case, ("enroll", "daijiao", "keep_minimum_tier"), QUESTIONS)
        self.choices_page = EnrollmentChoicesPage(ctx, case)
        self.add_usual_pages(self.policy_page, self.choices_page)

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        return checklist(CaseKind.ENROLLMENT, frozenset(self.case.data.get("groups", [])), proxy=proxy)

    def case_data(self) -> dict[str, Any]:
        hukou = str((self.case.profile or {}).get("hukou_division") or self.ctx.county)
        checks: dict[str, bool] = {flag: bool(self.case.answers.get(flag, False)) for flag in CHECKS}
        checks["hukou_ningxia"] = is_ningxia(hukou)
        return super().case_data() | {"checks": checks}

    def printables(self, record: CaseRecord) -> list[Printable]:
        """The form, receipt and slip, and the 明白纸 of the tier chosen (in large type, to take home)."""
        documents = super().printables(record)
        title = self.tr("Explanation sheet (明白纸) to take home")
        sheet = self.explanation_printable(self.choices_page.explanation, title)
        return [*documents, sheet] if sheet is not None else documents

    # --- the review -------------------------------------------------------------------------------
    def review_sections(self) -> list[tuple[str, list[str]]]:
        sections = [(self.tr("The resident"), resident_lines(self.case)),
                    (self.tr("What the policy says"), self._policy_lines()),
                    (self.tr("Tier and who pays"), self._choice_lines())]
        story = self._story_lines()
        if story:
            sections.append((self.tr("What it adds up to (算得清, an estimate)"), story))
        sections.append((self.tr("Papers"), paper_lines(self.case.papers)))
        return sections


    def _policy_lines(self) -> list[str]:
        e = self.case.eligibility
        if e is None:
            return []
        groups = self.policy_page.group_labels
        lines = [self.tr("Can enrol in the residents' pension.") if e.enroll.eligible
                 else self.tr("Cannot enrol now.")]
        lines.extend(describe_for(p, groups) for p in e.enroll.notes)
        if e.daijiao.eligible and self.case.data.get("groups"):
            names = "、".join(groups.get(g, g) for g in self.case.data["groups"])
            lines.append(fill(self.tr("The government pays part of the contribution (代缴) because the resident is "
                                      "in: %1."), names))
        if e.keep_minimum_tier.eligible:
            lines.append(self.tr("May keep the old minimum tier when the minimum rises."))
        lines.extend(fill(self.tr("Next step: %1"), describe(Problem(a.code))) for a in e.advice)
        if self.case.veteran:
            veteran = veteran_review_line(self.known_facts(), self.case.data.get("veteran_certificate_no"))
            lines.extend([veteran] if veteran else [])
        return lines

    def _choice_lines(self) -> list[str]:
        data = self.case.data
        if "tier" not in data:
            return []
        lines = [fill(self.tr("Tier: %1 yuan a year, from %2."), money(data["tier"]), data.get("start_year", ""))]
        if self.choices_page.explanation is None:  # the story below says who pays; without it, say it here
            lines.append(self.choices_page.payers_text.text())
        return lines

    def _story_lines(self) -> list[str]:
        e = self.choices_page.explanation
        if e is None:
            return []
        lines = [describe(Problem(s.code, params=s.params)) for s in e.sentences]
        if e.unconfirmed:
            lines.append(self.tr("Some of these figures still await county confirmation (待县级确认); the amounts "
                                 "are an estimate, not a promise."))
        return lines



WIZARD = EnrollmentWizard
