"""How the resident confirms: their signature, a fingerprint or mark with a witness, or a proxy applicant
(代办人) with relationship, ID number (checked with core.ids) and the authorization.

This is the commit page: "Save the case" finishes the wizard through ``CaseWizard.finish_case``. A proxy's
papers (authorization letter, copy of the proxy's ID card) join the case's papers from here; when one is
missing the case waits for it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
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
    QWizard,
)

from core.documents import PaperKind
from core.ids import normalize_id_text, parse_resident_id
from desktop.messages import describe, describe_all
from desktop.services.cases import Confirmation, ConfirmationMethod, Paper
from desktop.services.errors import ServiceError
from desktop.ui import labels
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import field_section
from desktop.ui.wizards.page import CasePage


class ConfirmPage(CasePage):
    key = "confirm"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.setCommitPage(True)
        self.method_group = QButtonGroup(self)
        self.radios: dict[ConfirmationMethod, QRadioButton] = {}
        for method in ConfirmationMethod:
            radio = named(QRadioButton(), f"method_{method.value}")
            self.method_group.addButton(radio)
            self.radios[method] = radio
            radio.toggled.connect(self._method_changed)
        self.witness_label, self.witness_edit = QLabel(), named(QLineEdit(), "witness_edit")
        self.witness_label.setBuddy(self.witness_edit)
        self.proxy_box = named(QGroupBox(), "proxy_box")
        self.proxy_name_label, self.proxy_name = QLabel(), named(QLineEdit(), "proxy_name_edit")
        self.relation_label, self.relation = QLabel(), named(QComboBox(), "proxy_relation")
        self.relation.setEditable(True)
        self.proxy_id_label, self.proxy_id = QLabel(), named(QLineEdit(), "proxy_id_edit")
        self.proxy_id.setMaxLength(40)
        self.authorized = named(QCheckBox(), "proxy_authorized")
        self.proxy_id_copy = named(QCheckBox(), "proxy_id_copy")
        proxy_form = QFormLayout(self.proxy_box)
        for label, field in ((self.proxy_name_label, self.proxy_name), (self.relation_label, self.relation),
                             (self.proxy_id_label, self.proxy_id)):
            label.setBuddy(field)
            proxy_form.addRow(label, field)
        proxy_form.addRow(self.authorized)
        proxy_form.addRow(self.proxy_id_copy)
        self.agreed = named(QCheckBox(), "agreed")
        self.agreed.toggled.connect(self.completeChanged)
        self.problems = wrapping_label("confirm_problems")
        witness_form = QFormLayout()
        witness_form.addRow(self.witness_label, self.witness_edit)
        how = field_section(self.radios[ConfirmationMethod.SIGNATURE], self.radios[ConfirmationMethod.FINGERPRINT],
                            witness_form, self.radios[ConfirmationMethod.PROXY])
        # large type asks how, then about the proxy, then for the agreement
        sections = (how, field_section(self.proxy_box), field_section(self.agreed))
        groups = self.group_fields(*sections)
        layout = QVBoxLayout(self)
        layout.addWidget(groups.step_label)
        for section in sections:
            layout.addWidget(section)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.radios[ConfirmationMethod.SIGNATURE].setChecked(True)
        self.watch(*self.radios.values(), self.witness_edit, self.proxy_name, self.relation, self.proxy_id,
                   self.authorized, self.proxy_id_copy, self.agreed)
        self.problems.setVisible(False)
        self.retranslate_ui()
        self._method_changed()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The resident confirms"))
        self.setSubTitle(self.tr("How will the printed form be confirmed? Then tick that the resident agrees "
                                 "and save the case."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save the case"))
        texts = {
            ConfirmationMethod.SIGNATURE: self.tr("&1 The resident signs the form"),
            ConfirmationMethod.FINGERPRINT: self.tr("&2 The resident presses a fingerprint or makes a mark; a "
                                                    "witness signs beside it"),
            ConfirmationMethod.PROXY: self.tr("&3 A proxy (代办人) applies for the resident"),
        }
        for method, radio in self.radios.items():
            radio.setText(texts[method])
            radio.setAccessibleName(labels.confirmation(method.value))
        self.witness_label.setText(self.tr("&Witness's name:"))
        self.witness_edit.setAccessibleName(self.tr("Witness's name"))
        self.proxy_box.setTitle(self.tr("The proxy applicant"))
        self.proxy_name_label.setText(self.tr("Proxy's &name:"))
        self.proxy_name.setAccessibleName(self.tr("Proxy's name"))
        self.relation_label.setText(self.tr("&Relationship to the resident:"))
        self.relation.setAccessibleName(self.tr("Relationship to the resident"))
        current = self.relation.currentText()
        self.relation.blockSignals(True)  # new words for the same choices are not an edit
        self.relation.clear()
        self.relation.addItems([self.tr("Spouse"), self.tr("Son or daughter"), self.tr("Parent"),
                                self.tr("Brother or sister"), self.tr("Other relative"),
                                self.tr("Village committee member")])
        self.relation.setCurrentIndex(-1)
        self.relation.setEditText(current)
        self.relation.blockSignals(False)
        self.proxy_id_label.setText(self.tr("Proxy's &ID number:"))
        self.proxy_id.setAccessibleName(self.tr("Proxy's ID number"))
        self.authorized.setText(self.tr("Signed letter of &authorization (委托书) received"))
        self.authorized.setAccessibleName(self.tr("Letter of authorization received"))
        self.proxy_id_copy.setText(self.tr("Copy of the proxy's ID card received"))
        self.proxy_id_copy.setAccessibleName(self.tr("Copy of the proxy's ID card received"))
        self.agreed.setText(self.tr("The resident (or the proxy) has heard the summary and &agrees"))
        self.agreed.setAccessibleName(self.tr("The resident agrees"))

    def method(self) -> ConfirmationMethod:
        return next((m for m, radio in self.radios.items() if radio.isChecked()), ConfirmationMethod.SIGNATURE)

    def _method_changed(self) -> None:
        method = self.method()
        self.witness_label.setEnabled(method is ConfirmationMethod.FINGERPRINT)
        self.witness_edit.setEnabled(method is ConfirmationMethod.FINGERPRINT)
        self.proxy_box.setVisible(method is ConfirmationMethod.PROXY)
        if self.field_groups is not None:
            self.field_groups.show()

    def page_complete(self) -> bool:
        return self.agreed.isChecked()

    # --- checking and saving ------------------------------------------------------------------------
    def problems_found(self) -> list[str]:
        method, problems = self.method(), []
        if method is ConfirmationMethod.FINGERPRINT and not self.witness_edit.text().strip():
            problems.append(self.tr("Type the name of the witness who watches the fingerprint or mark."))
        if method is ConfirmationMethod.PROXY:
            if not self.proxy_name.text().strip():
                problems.append(self.tr("Type the proxy's name."))
            if not self.relation.currentText().strip():
                problems.append(self.tr("Choose or type how the proxy is related to the resident."))
            check = parse_resident_id(self.proxy_id.text(), self.ctx.today)
            problems.extend(describe_all(check.errors))
            own = (self.case.profile or {}).get("id_number")
            if check.ok and own and normalize_id_text(self.proxy_id.text()) == own:
                problems.append(self.tr("That is the resident's own ID number. A proxy is another person: type "
                                        "the proxy's ID number."))
        return problems

    def _where(self, method_problems: bool) -> QWidget:
        """The part of the page the first problem is about (large type may show another group)."""
        if not method_problems:
            return self.agreed
        return self.witness_edit if self.method() is ConfirmationMethod.FINGERPRINT else self.proxy_box

    def _reveal(self, widget: QWidget) -> None:
        if self.field_groups is not None:
            self.field_groups.reveal(widget)

    def confirmation(self) -> Confirmation:
        method, now = self.method(), datetime.now(UTC)
        if method is ConfirmationMethod.FINGERPRINT:
            return Confirmation(method, witness=self.witness_edit.text().strip(), confirmed_at=now)
        if method is ConfirmationMethod.PROXY:
            number = parse_resident_id(self.proxy_id.text(), self.ctx.today).resident_id
            return Confirmation(method, proxy_name=self.proxy_name.text().strip(),
                                proxy_relation=self.relation.currentText().strip(),
                                proxy_id_number=number.number if number else None,
                                proxy_authorized=self.authorized.isChecked(), confirmed_at=now)
        return Confirmation(method, confirmed_at=now)

    def _proxy_papers(self) -> tuple[Paper, ...]:
        if self.method() is not ConfirmationMethod.PROXY:
            return ()
        received = {PaperKind.PROXY_AUTHORIZATION: self.authorized.isChecked(),
                    PaperKind.PROXY_ID_CARD: self.proxy_id_copy.isChecked()}
        return tuple(replace(Paper.from_requirement(r), received=received[r.kind])
                     for r in self.case_wizard().checklist(proxy=True) if r.kind in received)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        method_problems = self.problems_found()
        problems = list(method_problems)
        if not self.agreed.isChecked():
            problems.append(self.tr("Read the summary to the resident and tick that they agree."))
        self.show_problems(self.problems, problems)
        if problems:
            self._reveal(self._where(bool(method_problems)))
            return False
        self.case.confirmation = self.confirmation()
        self.case.proxy_papers = self._proxy_papers()
        try:
            self.case_wizard().finish_case()
        except ServiceError as exc:
            self.show_problems(self.problems, [describe(exc.problem)])
            return False
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"method": self.method().value, "witness": self.witness_edit.text(),
                "proxy_name": self.proxy_name.text(), "proxy_relation": self.relation.currentText(),
                "proxy_id": self.proxy_id.text(), "proxy_authorized": self.authorized.isChecked(),
                "proxy_id_copy": self.proxy_id_copy.isChecked()}

    def restore(self, values: dict[str, Any]) -> None:
        method = ConfirmationMethod(values.get("method", ConfirmationMethod.SIGNATURE.value))
        self.radios[method].setChecked(True)
        self.witness_edit.setText(str(values.get("witness", "")))
        self.proxy_name.setText(str(values.get("proxy_name", "")))
        self.relation.setEditText(str(values.get("proxy_relation", "")))
        self.proxy_id.setText(str(values.get("proxy_id", "")))
        self.authorized.setChecked(bool(values.get("proxy_authorized", False)))
        self.proxy_id_copy.setChecked(bool(values.get("proxy_id_copy", False)))
