"""The enrolment wizard's choices: the tier (with every tier side by side, 算得清) and who pays what.

Who pays: the resident; the government's part (代缴) when the policy page found the resident in a covered
group, with the amount from that decision; the contribution subsidy for the tier; and money from the
village collective or a charity on top (S-04). The yearly amounts are the 算得清 service's, so the page,
the comparison and the printed 明白纸 never disagree.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop.messages import describe_all
from desktop.services.explanation import Explanation, ExplanationInputs, ExplanationService
from desktop.ui.explain.tiers_widget import TierComparisonWidget
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.text import fill, money, money_json

MAX_FUNDING = 10000


class EnrollmentChoicesPage(CasePage):
    key = "choices"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.service = ExplanationService(ctx.policy, ctx.today)
        self.base_inputs: ExplanationInputs | None = None
        self.explanation: Explanation | None = None
        self.tier_label, self.tier_combo = QLabel(), named(QComboBox(), "tier_combo")
        self.year_label, self.year_spin = QLabel(), named(QSpinBox(), "start_year")
        self.year_spin.setRange(ctx.today.year, ctx.today.year + 1)
        self.daijiao_check = named(QCheckBox(), "daijiao_check")
        self.collective_label, self.collective = QLabel(), self._money_box("collective_funding")
        self.charity_label, self.charity = QLabel(), self._money_box("charity_funding")
        self.payers_text = wrapping_label("payers_text")
        set_role(self.payers_text, "lead")
        self.problems = wrapping_label("choices_problems")
        self.comparison = TierComparisonWidget(self.service)
        self.comparison.sig_tier_chosen.connect(self._tier_chosen)
        form = QFormLayout()
        field: QWidget
        for label, field in ((self.tier_label, self.tier_combo), (self.year_label, self.year_spin)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.daijiao_check)  # in reading order: Tab follows the order rows are added
        for label, field in ((self.collective_label, self.collective), (self.charity_label, self.charity)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.scroll_area, layout = scrolling(self, "enrollment_choices_scroll")
        layout.addLayout(form)
        layout.addWidget(self.payers_text)
        layout.addWidget(self.problems)
        layout.addWidget(self.comparison, 1)
        self.tier_combo.currentIndexChanged.connect(self.recalculate)
        self.year_spin.valueChanged.connect(self._inputs_changed)
        self.daijiao_check.toggled.connect(self._inputs_changed)
        self.collective.valueChanged.connect(self._inputs_changed)
        self.charity.valueChanged.connect(self._inputs_changed)
        self.watch(self.tier_combo, self.year_spin, self.daijiao_check, self.collective, self.charity)
        self.problems.setVisible(False)
        self.retranslate_ui()

    def _money_box(self, name: str) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(), name)
        box.setRange(0, MAX_FUNDING)
        box.setDecimals(2)
        box.setSingleStep(10)
        return box

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Tier and who pays"))
        self.setSubTitle(self.tr("Show the resident every tier side by side, then choose one together."))
        self.scroll_area.setAccessibleName(self.tr("Tier and who pays"))
        self.tier_label.setText(self.tr("Contribution &tier (yuan a year):"))
        self.tier_combo.setAccessibleName(self.tr("Contribution tier"))
        self.year_label.setText(self.tr("First &year paid:"))
        self.year_spin.setAccessibleName(self.tr("First year paid"))
        self.collective_label.setText(self.tr("From the &village collective (yuan a year):"))
        self.collective.setAccessibleName(self.tr("Money from the village collective each year"))
        self.charity_label.setText(self.tr("From a charity or &donor (资助, yuan a year):"))
        self.charity.setAccessibleName(self.tr("Money from a charity or donor each year"))
        for box in (self.collective, self.charity):
            box.setSuffix(self.tr(" yuan"))
        self._show_daijiao()
        self._show_payers()

    # --- entering ---------------------------------------------------------------------------------
    def on_enter(self) -> None:
        resident = self.case.resident
        if resident is None:
            return
        profile = run_blocking(lambda: self.ctx.residents.profile(resident.uuid))
        outcome = self.service.inputs_for(profile) if profile is not None else None
        self.base_inputs = outcome.result if outcome is not None else None
        self.show_problems(self.problems, describe_all(outcome.problems) if outcome else [])
        daijiao = self.case.eligibility.daijiao if self.case.eligibility else None
        self.daijiao_check.blockSignals(True)
        self.daijiao_check.setEnabled(bool(daijiao and daijiao.eligible))
        self.daijiao_check.setChecked(bool(daijiao and daijiao.eligible))
        self.daijiao_check.blockSignals(False)
        if self.base_inputs is not None:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(max(self.base_inputs.start_year, self.ctx.today.year))
            self.year_spin.blockSignals(False)
        self._fill_tiers(Decimal(str(self.case.data["tier"])) if "tier" in self.case.data else None)
        self._show_daijiao()
        self.recalculate()
        self._compare()

    def _fill_tiers(self, wanted: Decimal | None) -> None:
        inputs = self.inputs()
        offered = list(self.service.tiers(replace(inputs, government_pays=Decimal(0)))) if inputs else []
        keep = self.case.eligibility.keep_minimum_tier if self.case.eligibility else None
        if keep is not None and keep.eligible and keep.tier is not None and keep.tier not in offered:
            offered.insert(0, keep.tier)
        current = wanted or (self.base_inputs.tier if self.base_inputs else None)
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        for tier in offered:
            self.tier_combo.addItem(fill(self.tr("%1 yuan"), money(tier)), str(tier))
        index = next((i for i, t in enumerate(offered) if t == current), 0)
        self.tier_combo.setCurrentIndex(index)
        self.tier_combo.blockSignals(False)

    # --- working out ------------------------------------------------------------------------------
    def tier(self) -> Decimal | None:
        data = self.tier_combo.currentData()
        return Decimal(str(data)) if data is not None else None

    def government_pays(self, tier: Decimal) -> Decimal:
        """代缴 from the eligibility decision (the pack's default while the county's amount is open)."""
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        if decision is None or not decision.eligible or not self.daijiao_check.isChecked():
            return Decimal(0)
        amount = decision.government_pays
        if amount is None:
            amount = self.ctx.policy.contribution_rules().daijiao(self.ctx.today)
        return min(amount, tier)

    def inputs(self) -> ExplanationInputs | None:
        if self.base_inputs is None:
            return None
        tier = self.tier() or self.base_inputs.tier
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        group = decision.groups[0] if decision is not None and decision.groups else self.base_inputs.daijiao_group
        return replace(self.base_inputs, tier=tier, start_year=self.year_spin.value(),
                       government_pays=self.government_pays(tier), daijiao_group=group,
                       other_funding=self._yuan(self.collective) + self._yuan(self.charity))

    def recalculate(self) -> None:
        inputs = self.inputs()
        outcome = self.service.explain(inputs) if inputs is not None else None
        self.explanation = outcome.result if outcome is not None else None
        if outcome is not None and outcome.result is None:
            self.show_problems(self.problems, describe_all(outcome.problems))
        self.comparison.select_tier(self.tier())
        self._show_payers()
        self.completeChanged.emit()

    def _inputs_changed(self) -> None:
        self.recalculate()
        self._compare()

    def _compare(self) -> None:
        inputs = self.inputs()
        if inputs is not None:
            self.comparison.set_inputs(inputs)

    def _tier_chosen(self, tier: str) -> None:
        index = self.tier_combo.findData(str(Decimal(tier)))
        if index < 0:
            index = next((i for i in range(self.tier_combo.count())
                          if Decimal(str(self.tier_combo.itemData(i))) == Decimal(tier)), -1)
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)

    def payers(self) -> dict[str, str]:
        """Who pays what each year, as the case data keeps it."""
        e = self.explanation
        if e is None:
            return {}
        return {"self": money_json(e.yearly.self_paid), "government": money_json(e.yearly.government_paid),
                "subsidy": money_json(e.yearly.subsidy), "collective": money_json(self._yuan(self.collective)),
                "charity": money_json(self._yuan(self.charity))}

    @staticmethod
    def _yuan(box: QDoubleSpinBox) -> Decimal:
        return Decimal(str(box.value())).quantize(Decimal("0.01"))

    def _show_daijiao(self) -> None:
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        if decision is not None and decision.eligible:
            self.daijiao_check.setText(self.tr("The government pays part of the contribution (代缴), as found on "
                                               "the policy page"))
        else:
            self.daijiao_check.setText(self.tr("No government-paid contribution (代缴): see the policy page"))
        self.daijiao_check.setAccessibleName(self.daijiao_check.text())

    def _show_payers(self) -> None:
        p = self.payers()
        if not p:
            self.payers_text.setText("")
            return
        e = self.explanation
        total = e.yearly.credit if e else Decimal(0)
        lines = [fill(self.tr("Each year the resident pays %1 yuan."), money(p["self"]))]
        if Decimal(p["government"]):
            lines.append(fill(self.tr("The government pays %1 yuan for the resident (代缴)."), money(p["government"])))
        lines.append(fill(self.tr("The government adds a subsidy of %1 yuan."), money(p["subsidy"])))
        if Decimal(p["collective"]) or Decimal(p["charity"]):
            lines.append(fill(self.tr("The village collective adds %1 yuan and a charity or donor %2 yuan."),
                              money(p["collective"]), money(p["charity"])))
        lines.append(fill(self.tr("In all, %1 yuan go into the resident's own account each year."), money(total)))
        self.payers_text.setText("\n".join(lines))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.explanation is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        tier = self.tier()
        if tier is None or self.explanation is None:
            return False
        decision = self.case.eligibility.daijiao if self.case.eligibility else None
        claimed = bool(decision and decision.eligible and self.daijiao_check.isChecked())
        self.case.data.update({
            "tier": money_json(tier),
            "start_year": self.year_spin.value(),
            "payers": self.payers(),
            "groups": list(decision.groups) if claimed and decision else [],
        })
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"tier": str(self.tier()) if self.tier() is not None else None, "start_year": self.year_spin.value(),
                "daijiao": self.daijiao_check.isChecked(), "collective": self.collective.value(),
                "charity": self.charity.value()}

    def restore(self, values: dict[str, Any]) -> None:
        self.year_spin.setValue(int(values.get("start_year", self.year_spin.value())))
        if values.get("tier"):
            self._fill_tiers(Decimal(str(values["tier"])))
        if self.daijiao_check.isEnabled():
            self.daijiao_check.setChecked(bool(values.get("daijiao", True)))
        self.collective.setValue(float(values.get("collective", 0)))
        self.charity.setValue(float(values.get("charity", 0)))
        self.recalculate()
        self._compare()
