"""The claim's choices: where the pension is paid, and the month it starts (from core, not chosen).

Paid onto the social security card's financial account (社保卡, the usual way in Ningxia) or onto a bank
card or passbook in the resident's own name. The account number is read off the card and typed twice; it
must be 12 to 19 digits. A number that fails the bank-card check digit (Luhn) is only a warning, as some
passbook accounts do not use it: the assistant reads it back to the resident and goes on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.eligibility import ClaimDecision
from core.policy import PolicyError
from desktop.services.explanation import Explanation, ExplanationService
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pension_claim_estimate import claim_estimate
from desktop.ui.wizards.text import fill

ACCOUNT_LENGTHS = range(12, 20)  # bank card and passbook account numbers at Ningxia's banks
SSC, BANK = "ssc", "bank"
# the banks villagers in Ningxia usually hold accounts with; any other name can be typed
BANKS = ("黄河农村商业银行", "中国农业银行", "中国邮政储蓄银行", "中国工商银行", "中国建设银行", "中国银行", "宁夏银行")
_NOISE = re.compile(r"[\s\-\u2010-\u2015]")


class AccountFault(StrEnum):
    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    MISMATCH = "mismatch"


@dataclass(frozen=True)
class AccountCheck:
    number: str  # as typed, without spaces and dashes
    faults: tuple[AccountFault, ...]
    luhn_ok: bool  # the bank-card check digit holds (only a warning when it does not)

    @property
    def ok(self) -> bool:
        return not self.faults


def normalize_account(text: str) -> str:
    """Full-width digits made plain; the spaces and dashes people copy from a card left out."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text))


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def check_account(text: str, again: str) -> AccountCheck:
    number = normalize_account(text)
    faults = []
    if not number:
        faults.append(AccountFault.EMPTY)
    elif not (number.isascii() and number.isdigit()):
        faults.append(AccountFault.NOT_DIGITS)
    elif len(number) not in ACCOUNT_LENGTHS:
        faults.append(AccountFault.LENGTH)
    elif normalize_account(again) != number:
        faults.append(AccountFault.MISMATCH)
    digits = number.isascii() and number.isdigit()
    return AccountCheck(number, tuple(faults), digits and luhn_ok(number))


class ClaimChoicesPage(CasePage):
    key = "choices"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.service = ExplanationService(ctx.policy, ctx.today)
        self.estimate: Explanation | None = None
        self.start_text = wrapping_label("start_month")
        set_role(self.start_text, "lead")
        self.where_box = named(QGroupBox(), "where_paid")
        self.kind_group = QButtonGroup(self)
        self.ssc_radio = named(QRadioButton(), "paid_ssc")
        self.bank_radio = named(QRadioButton(), "paid_bank")
        self.bank_label, self.bank_combo = QLabel(), named(QComboBox(), "bank_name")
        self.bank_combo.setEditable(True)
        self.bank_combo.addItems(BANKS)
        self.account_label, self.account_edit = QLabel(), named(QLineEdit(), "account_edit")
        self.again_label, self.again_edit = QLabel(), named(QLineEdit(), "account_again_edit")
        for edit in (self.account_edit, self.again_edit):
            edit.setMaxLength(40)
        self.own_name = named(QCheckBox(), "own_name_check")
        self.problems = wrapping_label("choices_problems")
        self.warning = wrapping_label("account_warning")
        where = QVBoxLayout(self.where_box)
        for radio in (self.ssc_radio, self.bank_radio):
            self.kind_group.addButton(radio)
            where.addWidget(radio)
            radio.toggled.connect(self._kind_changed)
        form = QFormLayout()
        for label, field in ((self.bank_label, self.bank_combo), (self.account_label, self.account_edit),
                             (self.again_label, self.again_edit)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.own_name)
        where.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_text)
        layout.addWidget(self.where_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.account_edit.textChanged.connect(self._show_warning)
        self.again_edit.textChanged.connect(self._show_warning)
        self.watch(self.ssc_radio, self.bank_radio, self.bank_combo, self.account_edit, self.again_edit,
                   self.own_name)
        self.ssc_radio.setChecked(True)
        self.bank_combo.setCurrentIndex(-1)
        self.problems.setVisible(False)
        self.warning.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Where the pension is paid"))
        self.setSubTitle(self.tr("Take the account number from the card or passbook the resident brought, and "
                                 "read it back to them."))
        self.where_box.setTitle(self.tr("Pay the pension onto"))
        self.ssc_radio.setText(self.tr("the &social security card's financial account (社保卡)"))
        self.ssc_radio.setAccessibleName(self.tr("Paid onto the social security card"))
        self.bank_radio.setText(self.tr("a bank &card or passbook in the resident's own name"))
        self.bank_radio.setAccessibleName(self.tr("Paid onto a bank card or passbook"))
        self.bank_label.setText(self.tr("Ban&k:"))
        self.bank_combo.setAccessibleName(self.tr("Bank"))
        editor = self.bank_combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("choose or type the bank's name"))
        self.account_label.setText(self.tr("Acco&unt number:"))
        self.account_edit.setAccessibleName(self.tr("Account number"))
        self.again_label.setText(self.tr("The number &again:"))
        self.again_edit.setAccessibleName(self.tr("Account number typed again"))
        self.again_edit.setPlaceholderText(self.tr("type it once more, to catch a slip"))
        self.own_name.setText(self.tr("The name on the card or passbook is the resident's &own"))
        self.own_name.setAccessibleName(self.tr("The account is in the resident's own name"))
        self._show_start()
        self._show_warning()

    # --- entering ---------------------------------------------------------------------------------
    def claim(self) -> ClaimDecision | None:
        return self.case.eligibility.claim if self.case.eligibility is not None else None

    def on_enter(self) -> None:
        self._show_start()
        self._kind_changed()
        self.estimate = self._estimate()

    def _estimate(self) -> Explanation | None:
        resident, claim = self.case.resident, self.claim()
        if resident is None or claim is None:
            return None
        profile = run_blocking(lambda: self.ctx.residents.profile(resident.uuid))
        if profile is None:
            return None
        try:
            age = self.ctx.policy.policy(self.ctx.county or None).figure("claim.age", self.ctx.today)
        except PolicyError:
            return None
        if age is None or age.amount is None:
            return None
        return claim_estimate(self.service, profile, int(age.amount), claim.arrears_needed).result

    def _show_start(self) -> None:
        self.start_text.setText("\n".join(self.start_lines()))

    def start_lines(self) -> list[str]:
        """When the pension starts, in words (also read out on the review page)."""
        claim = self.claim()
        if claim is None:
            return []
        lines = [fill(self.tr("The pension starts in %1, the month after the 60th birthday (set by the policy, "
                              "not chosen)."), claim.benefit_start)]
        today = f"{self.ctx.today.year:04d}-{self.ctx.today.month:02d}"
        if claim.benefit_start < today:
            lines.append(self.tr("That month has passed: the county decides from which month the pension is "
                                 "paid (待县级确认)."))
        if claim.years_missing:
            lines.append(self.tr("It is paid once the missing years are settled and the county approves."))
        return lines

    def kind(self) -> str:
        return BANK if self.bank_radio.isChecked() else SSC

    def _kind_changed(self) -> None:
        bank = self.kind() == BANK
        for widget in (self.bank_label, self.bank_combo, self.own_name):
            widget.setVisible(bank)
        self.account_label.setText(self.tr("Acco&unt number:") if bank
                                   else self.tr("Card's acco&unt number:"))

    # --- checking ---------------------------------------------------------------------------------
    def account(self) -> AccountCheck:
        return check_account(self.account_edit.text(), self.again_edit.text())

    def _show_warning(self) -> None:
        check = self.account()
        wrong = check.number.isdigit() and len(check.number) in ACCOUNT_LENGTHS and not check.luhn_ok
        self.warning.setText("⚠ " + self.tr("This number does not pass the usual bank-card check. Read it "
                                            "again from the card with the resident; if it is right (some "
                                            "passbooks do not pass this check), go on.") if wrong else "")
        self.warning.setVisible(wrong)

    def problems_found(self) -> list[str]:
        check, problems = self.account(), list[str]()
        texts = {
            AccountFault.EMPTY: self.tr("Type the account number from the card or passbook."),
            AccountFault.NOT_DIGITS: self.tr("An account number has only digits. Type it again from the card, "
                                             "without letters or other signs."),
            AccountFault.LENGTH: fill(self.tr("The account number has %1 digits; an account number has 12 to 19. "
                                              "Check it against the card."), len(check.number)),
            AccountFault.MISMATCH: self.tr("The two numbers typed differ. Type the number again in both boxes."),
        }
        problems.extend(texts[fault] for fault in check.faults)
        if self.kind() == BANK:
            if not self.bank_combo.currentText().strip():
                problems.append(self.tr("Choose or type the bank's name."))
            if not self.own_name.isChecked():
                problems.append(self.tr("The pension is paid only into the resident's own account: check the "
                                        "name on the card or passbook and tick the box."))
        return problems

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        claim = self.claim()
        problems = self.problems_found()
        self.show_problems(self.problems, problems)
        if problems or claim is None:
            (self.account_edit if self.account().faults else self.bank_combo).setFocus()
            return False
        bank = self.bank_combo.currentText().strip() if self.kind() == BANK else None
        self.case.data.update({
            "card": {"kind": self.kind(), "bank": bank, "account": self.account().number},
            "start_month": claim.benefit_start,
        })
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"kind": self.kind(), "bank": self.bank_combo.currentText(), "account": self.account_edit.text(),
                "again": self.again_edit.text(), "own_name": self.own_name.isChecked()}

    def restore(self, values: dict[str, Any]) -> None:
        (self.bank_radio if values.get("kind") == BANK else self.ssc_radio).setChecked(True)
        self.bank_combo.setEditText(str(values.get("bank", "")))
        self.account_edit.setText(str(values.get("account", "")))
        self.again_edit.setText(str(values.get("again", "")))
        self.own_name.setChecked(bool(values.get("own_name", False)))
