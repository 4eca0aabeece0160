"""What the policy says for this person: the questions the ID cannot answer, then each decision of core
(``PolicyService.evaluate_profile`` on ``RegistrationService.eligibility_input``) with its reasons in
words and the clauses it rests on.

The wizard names the decisions it shows; the first one is the gate. A resident the gate refuses gets the
reasons and no way forward except a note saved with the draft. Advice (veterans, flexible migrant
workers) is shown as a next step beside the decisions, never instead of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.policy.decisions import DaijiaoDecision, Decision, Eligibility, KeepTierDecision
from core.problems import Problem
from core.veterans import check_certificate_no
from desktop.messages import describe, describe_all
from desktop.services.explanation import Topic, topic_of
from desktop.services.known_papers import KnownFacts
from desktop.ui import labels
from desktop.ui.display_mode import DisplayMode, current_mode, mode_notifier
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import field_section, scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pages.known import known_lines, veteran_steps_text
from desktop.ui.wizards.text import fill, money

DECISIONS = ("enroll", "daijiao", "keep_minimum_tier", "claim")
VETERAN = "veteran"  # the question the register answers for a veteran with a 优待证 on record


def describe_for(problem: Problem, group_labels: Mapping[str, str]) -> str:
    """A reason in words, with group keys (dibao ...) replaced by the pack's names (低保对象 ...)."""
    params = dict(problem.params)
    for name in ("group", "groups"):
        if name in params:
            keys = str(params[name]).split(", ")
            params[name] = "、".join(group_labels.get(k, k) for k in keys)
    return describe(replace(problem, params=params))


class PolicyPage(CasePage):
    key = "policy"

    def __init__(self, ctx: WizardContext, case: CaseState, decisions: Sequence[str], questions: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        if not decisions or any(d not in DECISIONS for d in decisions):
            raise ValueError(f"decisions must be some of {DECISIONS}, the gate first")
        self.decisions = tuple(decisions)
        self.group_labels = ctx.policy.group_labels()
        self._problems: list[Problem] = []  # why no decision could be made (a profile or policy problem)
        self.questions_box = named(QGroupBox(), "questions_box")
        grid = QGridLayout(self.questions_box)
        self.questions: dict[str, QCheckBox] = {}
        for number, flag in enumerate(questions):
            box = named(QCheckBox(), f"question_{flag}")
            box.toggled.connect(self.evaluate)
            grid.addWidget(box, number // 3, number % 3)
            self.questions[flag] = box
        self.veteran_label = QLabel()
        self.veteran_edit = named(QLineEdit(), "veteran_certificate_no")
        self.veteran_edit.setMaxLength(40)
        self.veteran_label.setBuddy(self.veteran_edit)
        self.veteran_edit.textChanged.connect(self._veteran_number_changed)
        self.veteran_problems = wrapping_label("veteran_certificate_problems")
        veteran_form = QFormLayout()
        if VETERAN in self.questions:
            veteran_form.addRow(self.veteran_label, self.veteran_edit)
            veteran_form.addRow(self.veteran_problems)
        self.known = wrapping_label("known_from_lists")  # what the lists and register already say: not asked
        set_role(self.known, "panel")
        self.veteran_steps = wrapping_label("veteran_next_steps")
        set_role(self.veteran_steps, "panel")
        self.verdict = wrapping_label("verdict")
        set_role(self.verdict, "verdict")
        self.reasons = wrapping_label("gate_reasons")
        self.details = named(QTextBrowser(), "policy_details")
        self.details.setOpenLinks(False)
        self.advice = wrapping_label("advice")
        set_role(self.advice, "panel")
        self.note_box = named(QGroupBox(), "note_box")
        self.note_edit = named(QPlainTextEdit(), "note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note_edit)
        self.save_note_button = named(QPushButton(), "save_note_button")
        self.save_note_button.clicked.connect(self._save_note)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(self.note_edit)
        note_layout.addWidget(self.save_note_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.scroll_area, layout = scrolling(self, "policy_scroll")
        self.content_layout = layout  # subclasses add their own widgets here
        # large type asks the questions a row or two at a time, then the card number, then shows the note
        boxes = list(self.questions.values())
        rows = [tuple(boxes[i:i + 3]) for i in range(0, len(boxes), 3)]
        veteran, note = field_section(veteran_form), field_section(self.note_box)
        groups = self.group_fields(*rows, veteran, note)
        layout.addWidget(groups.step_label)
        layout.addWidget(self.known)
        layout.addWidget(self.questions_box)
        layout.addWidget(veteran)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        layout.addWidget(self.advice)
        layout.addWidget(self.veteran_steps)
        layout.addWidget(self.details, 1)
        layout.addWidget(note)
        self.watch(*self.questions.values(), self.note_edit, self.veteran_edit)
        for widget in (self.known, self.veteran_steps, self.veteran_label, self.veteran_edit, self.veteran_problems):
            widget.setVisible(False)
        self.advice.setVisible(False)
        self.note_box.setVisible(False)
        self.questions_box.setVisible(bool(self.questions))
        self.fit_font()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self._mode_changed)
        self.retranslate_ui()

    def fit_font(self) -> None:
        """Heights in lines of the application font, so a switch to large type keeps them readable."""
        metrics = QFontMetrics(QApplication.font())
        self.details.setMinimumHeight(metrics.height() * 6)
        # three lines, never squeezed to a sliver when the decisions take room (the page scrolls instead)
        self.note_edit.setFixedHeight(metrics.lineSpacing() * 3 + 2 * self.note_edit.frameWidth() + 8)

    def _mode_changed(self, _mode: str) -> None:
        self.fit_font()
        self._show()  # small print is small only in normal type

    def _small(self, html: str) -> str:
        app = QApplication.instance()
        large = isinstance(app, QApplication) and current_mode(app) is DisplayMode.ELDERLY
        return html if large else f"<small>{html}</small>"

    def retranslate_ui(self) -> None:
        self._set_title()
        self.setSubTitle(self.tr("Ask the resident the questions below; the ID card cannot answer them. "
                                 "The decisions change as you tick."))
        self.questions_box.setTitle(self.tr("Ask the resident"))
        for flag, box in self.questions.items():
            box.setText(labels.flag(flag))
            box.setAccessibleName(labels.flag(flag))
        self.details.setAccessibleName(self.tr("Decisions with their reasons and the clauses they rest on"))
        self.scroll_area.setAccessibleName(self.tr("What the policy says"))
        self.note_box.setTitle(self.tr("The resident cannot go on with this application"))
        self.note_label.setText(self.tr("N&ote for the file (what was explained, what the resident will do):"))
        self.note_edit.setAccessibleName(self.tr("Note for the file"))
        self.save_note_button.setText(self.tr("&Save the note and close"))
        self.save_note_button.setAccessibleName(self.tr("Save the note with the draft and close the form"))
        self.veteran_label.setText(self.tr("优待证 car&d number:"))
        self.veteran_edit.setAccessibleName(self.tr("Number of the veteran preferential card (优待证)"))
        self.veteran_edit.setPlaceholderText(self.tr("as printed on the card"))
        self._show_known()
        self._show()

    def _set_title(self) -> None:
        name = self.case.resident.name if self.case.resident else ""
        self.setTitle(fill(self.tr("What the policy says for %1"), name) if name else self.tr("What the policy says"))

    # --- deciding ---------------------------------------------------------------------------------
    def on_enter(self) -> None:
        self._set_title()
        resident = self.case.resident
        if resident is None:
            return
        profile = run_blocking(lambda: self.ctx.registration.eligibility_input(resident.uuid))
        self.case.profile = dict(profile)
        facts = self.facts()
        for flag, box in self.questions.items():
            box.blockSignals(True)
            box.setChecked(self.case.answers.get(flag, bool(profile.get(flag, False))))
            box.blockSignals(False)
        registered = facts is not None and facts.verified_veteran
        if VETERAN in self.questions:  # the register answers it for a veteran with a 优待证 on record
            box = self.questions[VETERAN]
            box.setEnabled(not registered)
            if registered:
                box.blockSignals(True)
                box.setChecked(True)
                box.blockSignals(False)
        self.veteran_edit.setText(str(self.case.data.get("veteran_certificate_no") or ""))
        self.note_edit.setPlainText(str(self.case.data.get("note", "")))
        self._show_known()
        self.evaluate()

    def facts(self) -> KnownFacts | None:
        return self.case_wizard().known_facts() if self.wizard() is not None else None

    def evaluate(self) -> None:
        """Decide again with the answers as they are ticked now."""
        if self.case.profile is None:
            return
        self.case.answers = {flag: box.isChecked() for flag, box in self.questions.items()}
        profile = {**self.case.profile, **self.case.answers}
        outcome = self.ctx.policy.evaluate_profile(profile, on=self.ctx.today, county=self.ctx.county or None)
        self.case.eligibility = outcome.result
        self._problems = list(outcome.problems)
        self._show()
        self.completeChanged.emit()

    def gate(self) -> Decision | None:
        e = self.case.eligibility
        return getattr(e, self.decisions[0]) if e is not None else None

    def page_complete(self) -> bool:
        gate = self.gate()
        return gate is not None and gate.eligible and not self.veteran_number_problems()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if not self.page_complete():
            return False
        if self.asks_veteran_number():
            number, _ = check_certificate_no(self.veteran_edit.text())
            self.case.data["veteran_certificate_no"] = number
        else:
            self.case.data.pop("veteran_certificate_no", None)
        return True

    # --- 退役军人直办通道 ----------------------------------------------------------------------------------
    def is_veteran(self) -> bool:
        """Veteran by the register, or by the answer just ticked."""
        if VETERAN in self.questions:
            return self.questions[VETERAN].isChecked()
        return bool((self.case.profile or {}).get(VETERAN))

    def asks_veteran_number(self) -> bool:
        """Ticked as a veteran with no 优待证 on record: the number is asked (and checked)."""
        facts = self.facts()
        return (VETERAN in self.questions and self.questions[VETERAN].isChecked()
                and not (facts is not None and facts.verified_veteran))

    def veteran_number_problems(self) -> list[str]:
        """What makes the typed 优待证 number junk (nothing typed does not hold the page)."""
        if not self.asks_veteran_number():
            return []
        _, problems = check_certificate_no(self.veteran_edit.text())
        return describe_all(p for p in problems if p.is_error)

    def _veteran_number_changed(self) -> None:
        self._show_veteran()
        self.completeChanged.emit()

    def _show_veteran(self) -> None:
        asked = self.asks_veteran_number()
        for widget in (self.veteran_label, self.veteran_edit):
            widget.setVisible(asked)
        _, problems = check_certificate_no(self.veteran_edit.text())
        self.show_problems(self.veteran_problems, describe_all(problems) if asked else [])
        text = veteran_steps_text() if self.is_veteran() else ""
        self.veteran_steps.setText(text)
        self.veteran_steps.setVisible(bool(text))
        self._regroup()

    def _regroup(self) -> None:
        if self.field_groups is not None:
            self.field_groups.show()  # the card number or the note came or went

    def _show_known(self) -> None:
        """What the agencies' lists and the register already say, with the source: not asked again."""
        facts = self.facts() if self.case.resident is not None else None
        lines = known_lines(facts, self.group_labels) if facts is not None else []
        if lines:
            head = self.tr("Already known from the agencies' lists and the register (not asked again):")
            self.known.setText(head + "\n" + "\n".join("✔ " + line for line in lines))
        self.known.setVisible(bool(lines))

    def _save_note(self) -> None:
        self.case.data["note"] = self.note_edit.toPlainText().strip()
        self.case_wizard().keep_draft_and_close()

    # --- showing ----------------------------------------------------------------------------------
    def _show(self) -> None:
        self._show_veteran()
        e, gate = self.case.eligibility, self.gate()
        if e is None or gate is None:
            problems = describe_all(self._problems)
            self.verdict.setText(self.tr("No decision yet.") if not problems else "⚠ " + problems[0])
            self.details.setHtml("".join(f"<p>{escape(p)}</p>" for p in problems[1:]))
            self.reasons.setVisible(False)
            return
        name = self.case.resident.name if self.case.resident else ""
        self.verdict.setText(("✔ " if gate.eligible else "✘ ") + self._verdict(self.decisions[0], gate.eligible,
                                                                                name))
        self.note_box.setVisible(not gate.eligible)
        self._regroup()
        reasons = [describe_for(p, self.group_labels) for p in gate.reasons]
        self.reasons.setText("\n".join("• " + line for line in reasons))
        self.reasons.setVisible(bool(reasons))
        self._show_advice(e)
        html = [self._decision_html(d, getattr(e, d)) for d in self.decisions]
        html.append(self._unconfirmed_html(e))
        html.extend(f"<p>⚠ {escape(describe_for(p, self.group_labels))}</p>" for p in e.problems)
        self.details.setHtml("".join(html))

    def _verdict(self, decision: str, eligible: bool, name: str) -> str:
        texts = {
            "enroll": (self.tr("%1 can enrol in the residents' pension."),
                       self.tr("%1 cannot enrol in the residents' pension now.")),
            "daijiao": (self.tr("The government pays the contribution for %1."),
                        self.tr("The government does not pay the contribution for %1.")),
            "keep_minimum_tier": (self.tr("%1 keeps the old minimum tier."),
                                  self.tr("%1 does not keep the old minimum tier.")),
            "claim": (self.tr("%1 can claim the pension."), self.tr("%1 cannot claim the pension yet.")),
        }
        return fill(texts[decision][0 if eligible else 1], name)

    def _title(self, decision: str) -> str:
        titles = {
            "enroll": self.tr("Enrolment in the residents' pension"),
            "daijiao": self.tr("Government pays the contribution (代缴)"),
            "keep_minimum_tier": self.tr("Keeping the old minimum tier"),
            "claim": self.tr("Claiming the pension"),
        }
        return titles[decision]

    def _decision_html(self, name: str, decision: Decision) -> str:
        answer = self.tr("yes") if decision.eligible else self.tr("no")
        heading = fill(self.tr("%1: %2"), self._title(name), answer)
        parts = [f'<p style="font-size: large; font-weight: bold;">{escape(heading)}</p>']
        lines = [describe_for(p, self.group_labels) for p in (*decision.reasons, *decision.notes)]
        lines.extend(self._amounts(decision))
        if lines:
            parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        if decision.citations:
            parts.append("<p>" + self._small(escape(fill(self.tr("Rests on: %1"), "；".join(decision.citations))))
                         + "</p>")
        return "".join(parts)

    def _amounts(self, decision: Decision) -> list[str]:
        if isinstance(decision, DaijiaoDecision) and decision.eligible:
            groups = "、".join(self.group_labels.get(g, g) for g in decision.groups)
            if decision.government_pays is None:
                return [fill(self.tr("Groups: %1. The county's amount is not known yet (待县级确认)."), groups)]
            return [fill(self.tr("Groups: %1. The government pays %2 yuan a year, and adds a %3-yuan subsidy."),
                         groups, money(decision.government_pays), money(decision.subsidy))]
        if isinstance(decision, KeepTierDecision) and decision.eligible:
            return [fill(self.tr("May keep paying the %1-yuan tier even when the minimum rises."),
                         money(decision.tier))]
        return []

    def _show_advice(self, e: Eligibility) -> None:
        lines = [fill(self.tr("Next step: %1 (%2)"), describe(Problem(a.code)), "；".join(a.citations))
                 for a in e.advice]
        self.advice.setText("\n".join("➜ " + line for line in lines))
        self.advice.setVisible(bool(lines))

    def _unconfirmed_html(self, e: Eligibility) -> str:
        items = []
        for item in e.unconfirmed:
            info: dict[str, Any] = item.to_json()
            what = str(info.get("title") or self._topic(str(info.get("key", ""))))
            items.append(fill("%1 — %2", what, info.get("citation", "")) if info.get("citation") else what)
        if not items:
            return ""
        head = self.tr("Awaiting county confirmation (待县级确认): these parts of the answer rest on figures or "
                       "rules the county has not confirmed yet.")
        body = "".join(f"<li>{self._small(escape(i))}</li>" for i in dict.fromkeys(items))
        return f"<p>{self._small(escape(head))}</p><ul>{body}</ul>"

    def _topic(self, key: str) -> str:
        topics = {
            Topic.GOVERNMENT: self.tr("the amount the government pays"),
            Topic.SUBSIDY: self.tr("the contribution subsidy"),
            Topic.BASIC: self.tr("the basic pension"),
            Topic.ACCOUNT: self.tr("the interest on the account"),
            Topic.TIERS: self.tr("the contribution tiers"),
            Topic.CONDITIONS: self.tr("ages, years and other conditions"),
        }
        return topics[topic_of(key)]

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"answers": {flag: box.isChecked() for flag, box in self.questions.items()},
                "note": self.note_edit.toPlainText(), "veteran_certificate_no": self.veteran_edit.text()}

    def restore(self, values: dict[str, Any]) -> None:
        answers = values.get("answers", {})
        for flag, box in self.questions.items():
            if not box.isEnabled():
                continue  # answered by the register, not by the draft
            box.blockSignals(True)
            box.setChecked(bool(answers.get(flag, box.isChecked())))
            box.blockSignals(False)
        self.note_edit.setPlainText(str(values.get("note", "")))
        self.veteran_edit.setText(str(values.get("veteran_certificate_no", "")))
        self.evaluate()
