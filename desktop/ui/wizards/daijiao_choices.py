"""The 代缴 application's choices: the group, the certificate that proves it, the year, and what follows from
them: the amount the county pays and the subsidy.

The amounts are core's: the resident's profile with the claimed group added (a span from the certificate's
issue date to its end, or the typed disability certificate) is decided again, so one payment a year
whatever the number of groups (P-02), the year rule (P-04) and the county's amounts come from the same rules
as everywhere else. A disability certificate number is checked with core.disability: it must be the
resident's own, and its category and grade must fit the group chosen; a mismatch is explained and the group
it does fit named. A multiple disability (多重) at grade 3-4 goes to the county for a look by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import reduce
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.disability import CertRule, DisabilityCert, groups_for_cert, parse_disability_cert
from core.documents import GROUP_PAPERS, ListProof
from core.policy import Group, PolicyError
from core.policy.decisions import Eligibility
from desktop.messages import describe_all
from desktop.ui import labels
from desktop.ui.documents.receipts import list_name
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import SharedLabelColumn, field_section, scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pages.policy import describe_for
from desktop.ui.wizards.text import fill, money, money_json

MAX_NUMBER = 40
_DAY = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_DAY_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")



def joined(template: str, items: Sequence[str]) -> str:
    """Items joined by a translated two-place template ("%1 or %2", "%1; %2"), so the words around them
    translate whole."""
    return reduce(lambda left, right: fill(template, left, right), items) if items else ""


def parse_day(text: str) -> date | None:
    """A date as written on a certificate: 2024-05-10, 2024.5.10, 2024/5/10, 20240510 or 2024年5月10日."""
    text = text.strip()
    found = _DAY.fullmatch(text) or _DAY_DIGITS.fullmatch(text)
    if found is None:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


@dataclass(frozen=True)
class Claim:
    """The group and certificate as typed now, and what core decides with them."""

    missing: tuple[str, ...] = ()  # what is not typed yet (shown once Next was pressed)
    wrong: tuple[str, ...] = ()  # what is typed wrong (shown at once)
    eligibility: Eligibility | None = None  # decided with the claimed group; None while anything is missing or wrong
    cert: DisabilityCert | None = None
    manual_review: bool = False  # a certificate the county looks at by hand

    @property
    def ok(self) -> bool:
        return not self.missing and not self.wrong and self.eligibility is not None


class DaijiaoChoicesPage(CasePage):
    key = "choices"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.claim = Claim()
        self.listed: frozenset[str] = frozenset()  # the groups the agencies' lists already give the resident
        self.tried = False  # Next was pressed: what is missing is shown too
        self.group_label, self.group_combo = QLabel(), named(QComboBox(), "group_combo")
        self.subtype_label, self.subtype_combo = QLabel(), named(QComboBox(), "subtype_combo")
        self.paper_label, self.paper_text = QLabel(), wrapping_label("evidence_paper")
        self.number_label, self.number_edit = QLabel(), named(QLineEdit(), "certificate_number")
        self.number_edit.setMaxLength(MAX_NUMBER)
        self.cert_text = wrapping_label("certificate_reading")
        self.issued_label, self.issued_edit = QLabel(), named(QLineEdit(), "issued_on")
        self.until_label, self.until_edit = QLabel(), named(QLineEdit(), "valid_until")
        for edit in (self.issued_edit, self.until_edit):
            edit.setMaxLength(16)
        self.year_label, self.year_spin = QLabel(), named(QSpinBox(), "daijiao_year")
        self.year_spin.setRange(ctx.today.year, ctx.today.year + 1)
        self.amounts = wrapping_label("daijiao_amounts")
        set_role(self.amounts, "lead")
        self.notes = wrapping_label("daijiao_notes")
        self.problems = wrapping_label("choices_problems")
        self.form = QFormLayout()
        rows: tuple[tuple[QLabel, QWidget], ...] = (
            (self.group_label, self.group_combo), (self.subtype_label, self.subtype_combo),
            (self.paper_label, self.paper_text), (self.number_label, self.number_edit))
        for label, widget in rows:
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow("", self.cert_text)
        dates = QFormLayout()
        for label, widget in ((self.issued_label, self.issued_edit), (self.until_label, self.until_edit),
                              (self.year_label, self.year_spin)):
            label.setBuddy(widget)
            dates.addRow(label, widget)
        self.scroll_area, layout = scrolling(self, "daijiao_choices_scroll")
        # large type asks for the group and the certificate, then for its dates and the year (six with a subtype)
        sections = (field_section(self.form), field_section(dates))
        self.label_column = SharedLabelColumn(self, self.form, dates)
        groups = self.group_fields(*sections)
        layout.addWidget(groups.step_label)
        for section in sections:
            layout.addWidget(section)
        layout.addWidget(self.problems)
        layout.addWidget(self.amounts)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.subtype_combo.currentIndexChanged.connect(self.recheck)
        for edit in (self.number_edit, self.issued_edit, self.until_edit):
            edit.textChanged.connect(self.recheck)
        self.year_spin.valueChanged.connect(self.recheck)
        self.watch(self.group_combo, self.subtype_combo, self.number_edit, self.issued_edit, self.until_edit,
                   self.year_spin)
        for label in (self.problems, self.cert_text, self.notes):
            label.setVisible(False)
        self.form.setRowVisible(self.subtype_combo, False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Group, certificate and year"))
        self.setSubTitle(self.tr("Choose the group the resident belongs to and copy the certificate that proves "
                                 "it. The amounts follow from the policy."))
        self.group_label.setText(self.tr("Hardship &group:"))
        self.group_combo.setAccessibleName(self.tr("Hardship group"))
        self.group_combo.setPlaceholderText(self.tr("— choose the group —"))
        self.subtype_label.setText(self.tr("&Kind within the group:"))
        self.subtype_combo.setAccessibleName(self.tr("Kind within the group"))
        self.subtype_combo.setPlaceholderText(self.tr("— choose the kind —"))
        self.paper_label.setText(self.tr("Certificate:"))
        self.number_label.setText(self.tr("Certificate n&umber:"))
        self.number_edit.setAccessibleName(self.tr("Certificate number"))
        self.issued_label.setText(self.tr("&Issued on:"))
        self.issued_edit.setAccessibleName(self.tr("Date the certificate was issued"))
        self.issued_edit.setPlaceholderText(self.tr("e.g. 2024-05-10"))
        self.until_label.setText(self.tr("&Valid until:"))
        self.until_edit.setAccessibleName(self.tr("Date the certificate ends"))
        self.until_edit.setPlaceholderText(self.tr("leave empty when the certificate has no end date"))
        self.year_label.setText(self.tr("For the &year:"))
        self.label_column.align()
        self.year_spin.setAccessibleName(self.tr("Year the government pays for"))
        self.scroll_area.setAccessibleName(self.tr("Group, certificate and year"))
        self._show()

    # --- entering -----------------------------------------------------------------------------------
    def on_enter(self) -> None:
        self.listed = self._listed_groups()
        if self.group_combo.count() == 0:
            self.group_combo.blockSignals(True)
            for group in self._groups():
                self.group_combo.addItem(group.label, group.key)
            self.group_combo.setCurrentIndex(-1)
            self.group_combo.blockSignals(False)
        self._group_changed()

    def list_proof(self, key: str | None = None) -> ListProof | None:
        """The agency list that already proves the group's certificate (残疾人绿色通道: not copied again)."""
        key = self.group() if key is None else key
        paper = GROUP_PAPERS.get(key) if key else None
        if paper is None or key not in self.listed:
            return None
        known = self.case_wizard().known_facts()
        return next((p for p in known.proofs if p.paper == paper), None) if known is not None else None

    def _fill_from_list(self) -> None:
        """A group a list proves: the certificate number comes from the register, read-only; nothing to copy."""
        proof = self.list_proof()
        number = str((self.case.profile or {}).get("disability_cert") or "")
        if proof is not None and self.is_disability(self.group()) and number and not self.number_edit.text():
            self.number_edit.setText(number)
        self.number_edit.setReadOnly(proof is not None and bool(self.number_edit.text()))

    def _listed_groups(self) -> frozenset[str]:
        """The groups the resident holds this year without this application (lists, a certificate on file);
        decided from the resident's own profile, as ``case.eligibility`` holds the claim once this page is left."""
        if self.case.profile is None:
            return frozenset()
        outcome = self.ctx.policy.evaluate_profile(dict(self.case.profile), on=self.ctx.today,
                                                   county=self.ctx.county or None)
        return frozenset(outcome.result.groups) if outcome.result is not None else frozenset()

    def _groups(self) -> tuple[Group, ...]:
        try:
            return self.ctx.policy.policy().daijiao_groups()
        except PolicyError:
            return ()

    def _group(self, key: str | None) -> Group | None:
        return next((g for g in self._groups() if g.key == key), None)

    def group(self) -> str | None:
        data = self.group_combo.currentData()
        return str(data) if data is not None else None

    def is_disability(self, key: str | None) -> bool:
        group = self._group(key)
        return group is not None and bool(group.from_disability_cert or group.review_from_disability_cert)

    def _group_changed(self) -> None:
        group = self._group(self.group())
        subtypes = group.subtypes if group is not None else ()
        if [self.subtype_combo.itemText(i) for i in range(self.subtype_combo.count())] != list(subtypes):
            self.subtype_combo.blockSignals(True)
            self.subtype_combo.clear()
            for subtype in subtypes:
                self.subtype_combo.addItem(subtype, subtype)
            self.subtype_combo.setCurrentIndex(-1)
            self.subtype_combo.blockSignals(False)
        self.form.setRowVisible(self.subtype_combo, bool(subtypes))
        self._fill_from_list()
        if self.field_groups is not None:
            self.field_groups.show()
        self.recheck()

    # --- checking -----------------------------------------------------------------------------------
    def recheck(self) -> None:
        self.claim = self.check()
        self._show()
        self.completeChanged.emit()

    def check(self) -> Claim:
        """The group and certificate as typed now: what is missing, what is wrong, and core's decision."""
        key = self.group()
        group = self._group(key)
        if key is None or group is None:
            return Claim(missing=(self.tr("Choose the hardship group the resident belongs to."),))
        missing: list[str] = []
        wrong: list[str] = []
        if group.subtypes and self.subtype_combo.currentIndex() < 0:
            missing.append(fill(self.tr("Choose the kind of %1 (it is written on the proof)."), group.label))
        cert, review = self._certificate(key, missing, wrong)
        issued, until = self._dates(key, missing, wrong)
        if missing or wrong:
            return Claim(tuple(missing), tuple(wrong), None, cert, review)
        outcome = self.ctx.policy.evaluate_profile(self._profile(key, cert, issued, until), on=self.day(),
                                                   county=self.ctx.county or None)
        if outcome.result is None:
            return Claim(wrong=tuple(describe_all(outcome.problems)), cert=cert)
        return Claim(eligibility=outcome.result, cert=cert, manual_review=review)

    def _certificate(self, key: str, missing: list[str], wrong: list[str]) -> tuple[DisabilityCert | None, bool]:
        """The typed number checked; for a disability group the certificate read and matched to the groups (True:
        a certificate the county looks at by hand)."""
        number = self.number_edit.text().strip()
        paper = GROUP_PAPERS.get(key)
        if not number:
            if paper is not None and self.list_proof(key) is None:
                missing.append(fill(self.tr("Type the number of the %1."), labels.paper(paper)))
            return None, False
        if not self.is_disability(key):
            return None, False
        check = parse_disability_cert(number, self._id_number(), self.ctx.today)
        if check.cert is None:
            wrong.extend(describe_all(p for p in check.problems if p.is_error))
            return None, False
        found = groups_for_cert(check.cert, *self._cert_rules())
        fits = tuple(sorted(found.groups))
        review = key in found.review_groups
        if key not in found.groups and not review:
            wrong.append(self._mismatch(check.cert, key, fits))
        return check.cert, review

    def _cert_rules(self) -> tuple[list[CertRule], list[CertRule]]:
        """The pack's certificate rules (the same core.eligibility applies)."""
        rules: list[CertRule] = []
        reviews: list[CertRule] = []
        for group in self._groups():
            rules.extend(CertRule(group.key, s.categories, s.grades) for s in group.from_disability_cert)
            reviews.extend(CertRule(group.key, s.categories, s.grades) for s in group.review_from_disability_cert)
        return rules, reviews

    def _mismatch(self, cert: DisabilityCert, key: str, fits: tuple[str, ...]) -> str:
        group = self._group(key)
        needs = joined(self.tr("%1 or %2"), [
            fill(self.tr("%1 at grade %2"), self._kinds(spec.categories),
                 joined(self.tr("%1 or %2"), [str(g) for g in sorted(spec.grades)]))
            for spec in (group.from_disability_cert if group else ())])
        text = fill(self.tr("This certificate is for a %1 disability of grade %2, but %3 needs %4."),
                    labels.disability_category(int(cert.category)), cert.grade, group.label if group else key, needs)
        if fits:
            names = "、".join(g.label for k in fits if (g := self._group(k)) is not None)
            advice = fill(self.tr("It fits the group %1: choose that group instead."), names)
        else:
            advice = self.tr("It puts the resident in no group the government pays for; if the resident belongs to "
                             "another group (低保 and so on), choose it and copy its proof.")
        return fill(self.tr("%1 %2"), text, advice)

    def _kinds(self, categories: frozenset[int] | None) -> str:
        if categories is None:
            return self.tr("any kind of disability")
        return "、".join(labels.disability_category(c) for c in sorted(categories))

    def _dates(self, key: str, missing: list[str], wrong: list[str]) -> tuple[date | None, date | None]:
        issued_text, until_text = self.issued_edit.text().strip(), self.until_edit.text().strip()
        issued, until = parse_day(issued_text), parse_day(until_text)
        if GROUP_PAPERS.get(key) is not None and not issued_text and self.list_proof(key) is None:
            missing.append(self.tr("Type the date the certificate was issued (发证日期)."))
        for text, day in ((issued_text, issued), (until_text, until)):
            if text and day is None:
                wrong.append(fill(self.tr("%1 is not a date. Type it as on the certificate, e.g. 2024-05-10."), text))
        year = self.year_spin.value()
        if issued is not None and issued > self.ctx.today:
            wrong.append(fill(self.tr("The issue date %1 is after today. Check the date on the certificate."),
                              issued.isoformat()))
        if issued is not None and until is not None and until < issued:
            wrong.append(fill(self.tr("The certificate cannot end (%1) before it was issued (%2). Check both "
                                      "dates."), until.isoformat(), issued.isoformat()))
        elif until is not None and until < date(year, 1, 1):
            wrong.append(fill(self.tr("The certificate ended on %1, before %2 began, so it cannot prove the group "
                                      "for %2. Ask the resident for the renewed certificate."),
                              until.isoformat(), year))
        return issued, until

    def _id_number(self) -> str | None:
        number = (self.case.profile or {}).get("id_number")
        return str(number) if number else None

    def day(self) -> date:
        """The day the claim is decided on: today for this year, 1 January for the next (P-04: any time in it)."""
        year = self.year_spin.value()
        return self.ctx.today if year == self.ctx.today.year else date(year, 1, 1)

    def _profile(self, key: str, cert: DisabilityCert | None, issued: date | None,
                 until: date | None) -> dict[str, Any]:
        profile = dict(self.case.profile or {})
        if cert is not None:
            profile["disability_cert"] = cert.number
        elif not self.is_disability(key):
            span = {"group": key, "from": issued.isoformat() if issued else None,
                    "to": until.isoformat() if until else None}
            profile["groups"] = [*profile.get("groups", []), span]
        return profile

    # --- what the page says -------------------------------------------------------------------------
    def government_pays(self) -> Decimal | None:
        e = self.claim.eligibility
        if e is None or self.claim.manual_review or not e.daijiao.eligible:
            return None
        return e.daijiao.government_pays

    def subsidy(self) -> Decimal | None:
        e = self.claim.eligibility
        if e is None or self.claim.manual_review or not e.daijiao.eligible:
            return None
        return e.daijiao.subsidy

    def minimum_tier(self) -> Decimal:
        try:
            figure = self.ctx.policy.policy().figure("contribution.minimum_tier", date(self.year_spin.value(), 12, 31))
        except PolicyError:
            figure = None
        return figure.amount if figure is not None and figure.amount is not None else Decimal(100)

    def amount_unconfirmed(self) -> bool:
        e = self.claim.eligibility
        return e is not None and any(str(item.to_json().get("key", "")).startswith("daijiao.amount")
                                     for item in e.unconfirmed)

    def amount_lines(self) -> list[str]:
        """Who pays what for the year, in words; every amount the county has not set is marked 待县级确认."""
        e, year = self.claim.eligibility, self.year_spin.value()
        if e is None:
            return []
        if self.claim.manual_review:
            return [self.tr("The certificate number cannot tell which disabilities a multiple (多重) certificate "
                            "covers, so the county looks at the certificate itself. The amount is set after that "
                            "look (待县级确认).")]
        decision = e.daijiao
        if not decision.eligible:
            return [describe_for(r, self.ctx.policy.group_labels()) for r in decision.reasons]
        pays, subsidy, minimum = decision.government_pays, decision.subsidy, self.minimum_tier()
        unconfirmed = pays is None or self.amount_unconfirmed()
        if pays is None:
            lines = [fill(self.tr("For %1 the county pays: 待县级确认 (the county has not set its amount for this "
                                  "group yet)."), year)]
        elif unconfirmed:
            lines = [fill(self.tr("For %1 the county pays %2 yuan (待县级确认) of the %3-yuan minimum tier for the "
                                  "resident (代缴)."), year, money(pays), money(minimum))]
        else:
            lines = [fill(self.tr("For %1 the county pays %2 yuan of the %3-yuan minimum tier for the resident "
                                  "(代缴)."), year, money(pays), money(minimum))]
        if pays is not None and pays < minimum:
            lines.append(fill(self.tr("The resident pays the remaining %1 yuan."), money(minimum - pays)))
        elif pays is not None:
            lines.append(fill(self.tr("The resident pays nothing for the %1-yuan tier."), money(minimum)))
        lines.append(fill(self.tr("The government adds a subsidy of %1 yuan."), money(subsidy)) if subsidy is not None
                     else self.tr("The subsidy: 待县级确认."))
        if pays is not None and unconfirmed:
            lines.append(self.tr("待县级确认: the county has not set its own amount yet; this is the region's default, "
                                 "and it may change."))
        return lines

    def note_lines(self) -> list[str]:
        """One payment a year (P-02), and a group the lists already give."""
        e, key = self.claim.eligibility, self.group()
        lines = []
        if key is not None and key in self.listed:
            lines.append(self.tr("The agencies' list already has the resident in this group: the government pays "
                                 "already. Send this application only if the list is wrong or ends too early."))
        if e is not None and len(e.daijiao.groups) > 1:
            names = "、".join(g.label for k in e.daijiao.groups if (g := self._group(k)) is not None)
            lines.append(fill(self.tr("The resident is in several groups (%1). The government pays only once a "
                                      "year, whatever the number of groups: one payment, not one per group."), names))
        return lines

    def application_lines(self) -> list[str]:
        """The group, the certificate and the year, as the review reads them out."""
        group, key = self._group(self.group()), self.group()
        if group is None or key is None:
            return []
        name = group.label + (f"（{self.subtype_combo.currentText()}）" if self.subtype_combo.currentIndex() >= 0
                              else "")
        lines = [fill(self.tr("For the year %1, as: %2."), self.year_spin.value(), name)]
        paper = GROUP_PAPERS.get(key)
        if paper is not None:
            until = self.until_edit.text().strip()
            lines.append(fill(self.tr("%1 number %2, issued on %3, valid until %4."), labels.paper(paper),
                              self.evidence_number(), self._iso(self.issued_edit),
                              self._iso(self.until_edit) if until else self.tr("no end date")))
        cert = self.claim.cert
        if cert is not None:
            lines.append(fill(self.tr("The certificate says: %1 disability, grade %2."),
                              labels.disability_category(int(cert.category)), cert.grade))
        return lines + self.note_lines()

    @staticmethod
    def _iso(edit: QLineEdit) -> str:
        day = parse_day(edit.text())
        return day.isoformat() if day else edit.text().strip()

    def evidence_number(self) -> str:
        cert = self.claim.cert
        return cert.number if cert is not None else " ".join(self.number_edit.text().split())

    def _show(self) -> None:
        key = self.group()
        paper = GROUP_PAPERS.get(key) if key else None
        if paper is not None:
            self.paper_text.setText(labels.paper(paper))
        elif key is not None:
            self.paper_text.setText(self.tr("Cunbao knows no certificate of this group: describe the proof in the "
                                            "note on the review page."))
        else:
            self.paper_text.setText(self.tr("chosen with the group"))
        cert, proof = self.claim.cert, self.list_proof(key)
        lines = [fill(self.tr("Reads as: %1 disability, grade %2."), labels.disability_category(int(cert.category)),
                      cert.grade)] if cert else []
        if proof is not None:
            lines.append("✔ " + fill(self.tr("Verified from the %1 (list date %2): nothing to copy from the "
                                            "certificate."), list_name(proof.agency), proof.as_of.isoformat()))
        self.cert_text.setText("\n".join(lines))
        self.cert_text.setVisible(bool(lines))
        self.show_problems(self.problems, [*self.claim.wrong, *(self.claim.missing if self.tried else ())])
        self.amounts.setText("\n".join(self.amount_lines()))
        self.amounts.setVisible(self.claim.ok)
        notes = self.note_lines()
        self.notes.setText("\n".join("• " + line for line in notes))
        self.notes.setVisible(bool(notes))

    # --- leaving ------------------------------------------------------------------------------------
    def page_complete(self) -> bool:
        return self.group() is not None and not self.claim.wrong

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.tried = True
        self.recheck()
        key, e = self.group(), self.claim.eligibility
        if not self.claim.ok or key is None or e is None:
            return False
        paper = GROUP_PAPERS.get(key)
        proof = self.list_proof(key)
        evidence = [] if paper is None else [{
            "kind": str(paper), "number": self.evidence_number(),
            "issued_on": self._iso(self.issued_edit) or None, "valid_until": self._iso(self.until_edit) or None,
        } | ({"verified_from": {"agency": proof.agency, "as_of": proof.as_of.isoformat(),
                                "file_name": proof.file_name}} if proof is not None else {})]
        pays, subsidy = self.government_pays(), self.subsidy()
        self.case.data.update({
            "year": self.year_spin.value(),
            "group": key,
            "subtype": self.subtype_combo.currentText() if self.subtype_combo.currentIndex() >= 0 else None,
            "evidence": evidence,
            "government_pays": money_json(pays) if pays is not None else None,
            "subsidy": money_json(subsidy) if subsidy is not None else None,
            "manual_review": self.claim.manual_review,
        })
        self.case.eligibility = e
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"group": self.group(), "subtype": self.subtype_combo.currentText(),
                "number": self.number_edit.text(), "issued_on": self.issued_edit.text(),
                "valid_until": self.until_edit.text(), "year": self.year_spin.value()}

    def restore(self, values: dict[str, Any]) -> None:
        self.year_spin.setValue(int(values.get("year", self.year_spin.value())))
        self.group_combo.setCurrentIndex(self.group_combo.findData(values.get("group")))
        self.subtype_combo.setCurrentIndex(self.subtype_combo.findText(str(values.get("subtype") or "")))
        self.number_edit.setText(str(values.get("number", "")))
        self.issued_edit.setText(str(values.get("issued_on", "")))
        self.until_edit.setText(str(values.get("valid_until", "")))
        self.recheck()

