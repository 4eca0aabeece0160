"""The tier change's choices: the new tier for a year, every tier side by side for this resident (算得清, the tier
paid now marked), what the resident pays a year before and after, and the right to keep the old minimum tier.

Hardship groups and 已脱贫人口 keep the 100-yuan tier when the minimum rises (S-03): for them the kept tier is
offered even below the year's minimum, and choosing it ticks "keeps the minimum tier". A resident whose
contribution the government pays (代缴) is warned when the new tier is above what 代缴 covers: they pay the
difference. The yearly amounts are the 算得清 service's, so the page, the comparison and the 明白纸 agree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from core.policy import PolicyError
from core.policy.decisions import KeepTierDecision
from desktop.messages import describe_all
from desktop.services.explanation import Explanation, ExplanationInputs, ExplanationService
from desktop.ui.explain.tiers_widget import TierComparisonWidget
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.daijiao_choices import joined
from desktop.ui.wizards.layout import scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pages.policy import describe_for
from desktop.ui.wizards.text import fill, money, money_json


class TierChangeChoicesPage(CasePage):
    key = "choices"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.service = ExplanationService(ctx.policy, ctx.today)
        self.base_inputs: ExplanationInputs | None = None
        self.old_tier: Decimal | None = None
        self.explanation: Explanation | None = None  # at the new tier
        self.before: Explanation | None = None  # at the tier paid now
        self.tried = False  # Next was pressed: problems are kept up to date from then on
        self.old_label, self.old_text = QLabel(), wrapping_label("old_tier_text")
        self.year_label, self.year_spin = QLabel(), named(QSpinBox(), "change_year")
        self.year_spin.setRange(ctx.today.year, ctx.today.year + 1)
        self.tier_label, self.tier_combo = QLabel(), named(QComboBox(), "tier_combo")
        self.keep_check = named(QCheckBox(), "keep_minimum_check")
        self.keep_text = wrapping_label("keep_minimum_text")
        self.payers_text = wrapping_label("before_after_text")
        set_role(self.payers_text, "lead")
        self.warning = wrapping_label("daijiao_difference")
        self.problems = wrapping_label("choices_problems")
        self.comparison = TierComparisonWidget(self.service)
        self.comparison.sig_tier_chosen.connect(self._tier_chosen)
        form = QFormLayout()
        form.addRow(self.old_label, self.old_text)
        for label, field in ((self.year_label, self.year_spin), (self.tier_label, self.tier_combo)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.keep_check)
        self.scroll_area, layout = scrolling(self, "tier_choices_scroll")
        layout.addLayout(form)
        layout.addWidget(self.keep_text)
        layout.addWidget(self.problems)
        layout.addWidget(self.warning)
        layout.addWidget(self.payers_text)
        layout.addWidget(self.comparison)
        layout.addStretch(1)
        self.tier_combo.currentIndexChanged.connect(self.recalculate)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.keep_check.clicked.connect(self._keep_clicked)
        self.watch(self.tier_combo, self.year_spin, self.keep_check)
        self.warning.setVisible(False)
        self.problems.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The new tier"))
        self.setSubTitle(self.tr("Show the resident every tier side by side, the one paid now marked, then choose "
                                 "the new tier together."))
        self.old_label.setText(self.tr("Tier now:"))
        self.year_label.setText(self.tr("From the &year:"))
        self.year_spin.setAccessibleName(self.tr("Year the new tier starts"))
        self.tier_label.setText(self.tr("New &tier (yuan a year):"))
        self.tier_combo.setAccessibleName(self.tr("New contribution tier"))
        self.keep_check.setAccessibleName(self.tr("Keeps the old minimum tier"))
        self.scroll_area.setAccessibleName(self.tr("The new tier"))
        self._show()

    # --- entering -----------------------------------------------------------------------------------
    def on_enter(self) -> None:
        resident = self.case.resident
        if resident is None:
            return
        profile = run_blocking(lambda: self.ctx.residents.profile(resident.uuid))
        self.old_tier = profile.tier if profile is not None else None
        outcome = self.service.inputs_for(profile) if profile is not None else None
        self.base_inputs = outcome.result if outcome is not None else None
        self.show_problems(self.problems, describe_all(outcome.problems) if outcome else [])
        if self.base_inputs is not None:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(min(max(self.base_inputs.start_year, self.ctx.today.year), self.ctx.today.year + 1))
            self.year_spin.blockSignals(False)
        wanted = self.case.data.get("new_tier")
        self._fill_tiers(Decimal(str(wanted)) if wanted else self.old_tier)
        self.recalculate()
        self._compare()

    def keep_decision(self) -> KeepTierDecision | None:
        return self.case.eligibility.keep_minimum_tier if self.case.eligibility else None

    def kept_tier(self) -> Decimal | None:
        """The old minimum tier this resident may keep (S-03), None when they may not."""
        keep = self.keep_decision()
        return keep.tier if keep is not None and keep.eligible else None

    def minimum(self) -> Decimal:
        """The lowest tier of the year for everyone else."""
        day = date(self.year_spin.value(), 12, 31)
        try:
            policy = self.ctx.policy.policy()
        except PolicyError:
            return Decimal(0)
        figure = policy.figure("contribution.minimum_tier", day)
        if figure is not None and figure.amount is not None:
            return figure.amount
        tiers = policy.tiers(day)
        return tiers[0] if tiers else Decimal(0)

    def offered(self) -> list[Decimal]:
        """The year's tiers from its minimum up, and the kept tier for those who keep it."""
        inputs = self.inputs(self.old_tier or self.minimum())
        tiers = list(self.service.tiers(replace(inputs, government_pays=Decimal(0)))) if inputs else []
        minimum, kept = self.minimum(), self.kept_tier()
        offered = {t for t in tiers if t >= minimum} | ({kept} if kept is not None else set())
        return sorted(offered)

    def _fill_tiers(self, wanted: Decimal | None) -> None:
        offered = self.offered()
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        for tier in offered:
            self.tier_combo.addItem(fill(self.tr("%1 yuan"), money(tier)), str(tier))
        self.tier_combo.setCurrentIndex(next((i for i, t in enumerate(offered) if t == wanted), 0 if offered else -1))
        self.tier_combo.blockSignals(False)

    # --- working out ------------------------------------------------------------------------------
    def tier(self) -> Decimal | None:
        data = self.tier_combo.currentData()
        return Decimal(str(data)) if data is not None else None

    def government_pays(self, tier: Decimal) -> Decimal:
        """代缴 from the eligibility decision (the pack's default while the county's amount is open)."""
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        if decision is None or not decision.eligible:
            return Decimal(0)
        amount = decision.government_pays
        if amount is None:
            amount = self.ctx.policy.contribution_rules().daijiao(self.ctx.today)
        return min(amount, tier)

    def inputs(self, tier: Decimal) -> ExplanationInputs | None:
        if self.base_inputs is None:
            return None
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        group = decision.groups[0] if decision is not None and decision.groups else self.base_inputs.daijiao_group
        return replace(self.base_inputs, tier=tier, start_year=self.year_spin.value(),
                       government_pays=self.government_pays(tier), daijiao_group=group)

    def _explain(self, tier: Decimal | None) -> Explanation | None:
        inputs = self.inputs(tier) if tier is not None else None
        return self.service.explain(inputs).result if inputs is not None else None

    def recalculate(self) -> None:
        tier = self.tier()
        self.explanation = self._explain(tier)
        self.before = self._explain(self.old_tier)
        kept = self.kept_tier()
        self.keep_check.setChecked(kept is not None and tier == kept)
        self.comparison.select_tier(tier)
        if self.tried:
            self.show_problems(self.problems, self.problems_found())
        self._show()
        self.completeChanged.emit()

    def keep_minimum(self) -> bool:
        return self.keep_check.isChecked()

    def _keep_clicked(self, checked: bool) -> None:
        """Ticked: the kept tier; unticked: the lowest tier above it."""
        kept, offered = self.kept_tier(), self.offered()
        if kept is None:
            return
        target = kept if checked else next((t for t in offered if t > kept), None)
        index = self.tier_combo.findData(str(target)) if target is not None else -1
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)
        else:
            self.keep_check.setChecked(not checked)

    def _year_changed(self) -> None:
        self._fill_tiers(self.tier())
        self.recalculate()
        self._compare()

    def _compare(self) -> None:
        tier = self.tier()
        inputs = self.inputs(tier) if tier is not None else None
        if inputs is not None:
            self.comparison.set_inputs(inputs, current_tier=self.old_tier)

    def _tier_chosen(self, tier: str) -> None:
        index = next((i for i in range(self.tier_combo.count())
                      if Decimal(str(self.tier_combo.itemData(i))) == Decimal(tier)), -1)
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)

    # --- what the page says -------------------------------------------------------------------------
    def _name(self) -> str:
        return self.case.resident.name if self.case.resident else ""

    def keep_lines(self) -> list[str]:
        """Whether the resident keeps the old minimum tier, why, and the year's minimum."""
        keep, year, minimum = self.keep_decision(), self.year_spin.value(), self.minimum()
        if keep is None:
            return []
        groups = self.ctx.policy.group_labels()
        if keep.eligible and keep.tier is not None:
            names = "、".join(groups.get(g, g) for g in keep.groups)
            lines = [fill(self.tr("%1 is in %2, so %1 may keep paying the %3-yuan tier even when the minimum tier "
                                  "rises (%4)."), self._name(), names, money(keep.tier), "；".join(keep.citations))]
            if minimum > keep.tier:
                lines.append(fill(self.tr("The minimum tier for %1 is %2 yuan; everyone else must pay at least "
                                          "that."), year, money(minimum)))
            else:
                lines.append(fill(self.tr("The minimum tier for %1 is still %2 yuan, so for now anyone may choose "
                                          "it; ticking the box keeps the right if it rises."), year, money(minimum)))
            return lines
        return [*(describe_for(r, groups) for r in keep.reasons),
                fill(self.tr("The minimum tier for %1 is %2 yuan."), year, money(minimum))]

    def before_after_lines(self) -> list[str]:
        """What the resident pays a year now and with the new tier, and the difference."""
        new, old, tier = self.explanation, self.before, self.tier()
        if new is None or tier is None:
            return []
        if old is None or self.old_tier is None:
            lines = [self.tr("Now: no tier is recorded for the resident.")]
        else:
            lines = [fill(self.tr("Now (%1-yuan tier): %2"), money(self.old_tier), self._year_words(old))]
        if tier != self.old_tier:
            lines.append(fill(self.tr("From %1 (%2-yuan tier): %3"), self.year_spin.value(), money(tier),
                              self._year_words(new)))
        if old is not None:
            change = new.yearly.self_paid - old.yearly.self_paid
            if change > 0:
                lines.append(fill(self.tr("That is %1 yuan a year more from the resident's own pocket."),
                                  money(change)))
            elif change < 0:
                lines.append(fill(self.tr("That is %1 yuan a year less from the resident's own pocket."),
                                  money(-change)))
        if new.unconfirmed or (old is not None and old.unconfirmed):
            lines.append(self.tr("Some of these figures still await county confirmation (待县级确认); the monthly "
                                 "amounts are an estimate, not a promise."))
        return lines

    def _year_words(self, e: Explanation) -> str:
        """One year at a tier: who pays what, and the monthly pension it leads to."""
        y = e.yearly
        parts = [fill(self.tr("the resident pays %1 yuan a year"), money(y.self_paid))]
        if y.government_paid:
            parts.append(fill(self.tr("the government pays %1 yuan for them (代缴)"), money(y.government_paid)))
        parts.append(fill(self.tr("subsidy %1 yuan"), money(y.subsidy)))
        parts.append(fill(self.tr("about %1 yuan a month from 60"), money(e.monthly_total)))
        return fill(self.tr("%1."), joined(self.tr("%1; %2"), parts))

    def difference_warning(self) -> str:
        """A resident with 代缴 who picks a tier above it pays the difference."""
        tier = self.tier()
        if tier is None:
            return ""
        pays = self.government_pays(tier)
        if not pays or tier <= pays:
            return ""
        return fill(self.tr("The government pays %1 yuan of the contribution (代缴). On the %2-yuan tier %3 pays the "
                            "other %4 yuan a year themselves. Whether the county puts 代缴 towards a higher tier is "
                            "for the county to say (待县级确认)."), money(pays), money(tier), self._name(),
                    money(tier - pays))

    def _show(self) -> None:
        self.old_text.setText(fill(self.tr("%1 yuan a year"), money(self.old_tier)) if self.old_tier is not None
                              else self.tr("not recorded: ask the resident"))
        kept = self.kept_tier()
        self.keep_check.setEnabled(kept is not None)
        self.keep_check.setText(fill(self.tr("&Keeps the old minimum tier of %1 yuan (hardship groups and people "
                                             "lifted out of poverty)"), money(kept if kept is not None else 100)))
        self.keep_text.setText("\n".join(self.keep_lines()))
        self.payers_text.setText("\n".join(self.before_after_lines()))
        warning = self.difference_warning()
        self.warning.setText("⚠ " + warning if warning else "")
        self.warning.setVisible(bool(warning))

    # --- leaving ------------------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.explanation is not None

    def problems_found(self) -> list[str]:
        tier = self.tier()
        if tier is None:
            return [self.tr("Choose the new tier.")]
        if self.old_tier is not None and tier == self.old_tier:
            return [fill(self.tr("%1 already pays the %2-yuan tier. Choose another tier, or close the form if "
                                 "nothing changes."), self._name(), money(tier))]
        if tier < self.minimum() and not self.keep_minimum():
            return [fill(self.tr("The %1-yuan tier is below the minimum of %2 yuan; only the groups that keep the "
                                 "old minimum tier may choose it."), money(tier), money(self.minimum()))]
        return []

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.tried = True
        problems = self.problems_found()
        self.show_problems(self.problems, problems)
        tier = self.tier()
        if problems or tier is None or self.explanation is None:
            return False
        self.case.data.update({
            "year": self.year_spin.value(),
            "old_tier": money_json(self.old_tier) if self.old_tier is not None else None,
            "new_tier": money_json(tier),
            "keep_minimum": self.keep_minimum(),
        })
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        tier = self.tier()
        return {"tier": str(tier) if tier is not None else None, "year": self.year_spin.value()}

    def restore(self, values: dict[str, Any]) -> None:
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(int(values.get("year", self.year_spin.value())))
        self.year_spin.blockSignals(False)
        self._fill_tiers(Decimal(str(values["tier"])) if values.get("tier") else self.tier())
        self.recalculate()
        self._compare()
