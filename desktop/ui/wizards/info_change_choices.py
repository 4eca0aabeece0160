"""Which details change: tick a detail, see what the register holds now, type what it becomes.

Each new value is checked before the case moves on: a new ID number with core.ids and against the register
(it must not be another resident's), a phone with core.phones, a name and an address for length. The ID
number holds the birth date and sex, so a new number that changes them ticks and fills those in too, and a
new birth date needs the new number. What happens to each kind of change (DOMAIN 5.2) is said as the boxes
are ticked: name, ID number and birth date go through the county with the new ID card; phone and address
change in this desk's register when the case is saved.

No policy page: the page decides the resident's eligibility quietly, as every case records it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.documents import IDENTITY_FIELDS
from core.ids import normalize_id_text
from core.phones import parse_phone
from desktop.messages import describe_all
from desktop.services.registration import MAX_ADDRESS, MAX_NAME
from desktop.ui import labels
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import SwitchLabel
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.text import fill

FIELDS = ("name", "id_number", "birth_date", "sex", "ethnicity", "phone", "address")
CONTACT_FIELDS = frozenset({"phone", "address"})  # changed in the desk's register at once (DOMAIN 5.2)
# the 56 民族: 汉族 and 回族 first (most people in Ningxia), then the order of GB/T 3304; others can be typed
ETHNIC_GROUPS = (
    "汉族", "回族", "蒙古族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
    "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
    "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族",
    "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)
ISO = "yyyy-MM-dd"
BLANK_DATE = QDate(1899, 12, 31)  # the date editor's "nothing chosen" (the earliest ID birth year is 1900)


class InfoChangeChoicesPage(CasePage):
    key = "choices"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.old: dict[str, str] = dict.fromkeys(FIELDS, "")  # as the case data keeps them
        self._problems: list[str] = []  # why the resident's case cannot be decided (a policy problem)
        self.boxes = {field: named(QCheckBox(), f"change_{field}") for field in FIELDS}
        self.old_labels = {field: wrapping_label(f"old_{field}") for field in FIELDS}
        self.name_edit = named(QLineEdit(), "new_name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.id_edit = named(QLineEdit(), "new_id_number")
        self.id_edit.setMaxLength(40)
        self.birth_edit = named(QDateEdit(), "new_birth_date")
        self.birth_edit.setDisplayFormat(ISO)
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDateRange(BLANK_DATE, QDate(ctx.today.year, ctx.today.month, ctx.today.day))
        self.birth_edit.setSpecialValueText(" ")  # blank until ticked: no made-up date on show
        self.birth_edit.setDate(BLANK_DATE)
        self.sex_combo = named(QComboBox(), "new_sex")
        for code in ("M", "F"):
            self.sex_combo.addItem(labels.sex(code), code)
        self.sex_combo.setCurrentIndex(-1)
        self.ethnicity_combo = named(QComboBox(), "new_ethnicity")
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItems(ETHNIC_GROUPS)
        self.ethnicity_combo.setCurrentIndex(-1)
        self.phone_edit = named(QLineEdit(), "new_phone")
        self.phone_edit.setMaxLength(30)
        self.address_edit = named(QLineEdit(), "new_address")
        self.address_edit.setMaxLength(MAX_ADDRESS)
        self.editors: dict[str, QWidget] = {
            "name": self.name_edit, "id_number": self.id_edit, "birth_date": self.birth_edit,
            "sex": self.sex_combo, "ethnicity": self.ethnicity_combo, "phone": self.phone_edit,
            "address": self.address_edit,
        }
        self.heads = [QLabel(), QLabel(), QLabel()]
        grid = QGridLayout()
        for column, head in enumerate(self.heads):
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, column)
        # each field's label: its Alt key ticks the row's box and goes to the field
        self.field_labels = {field: SwitchLabel(self.boxes[field], self.editors[field]) for field in FIELDS}
        for row, field in enumerate(FIELDS, start=1):
            detail = QHBoxLayout()
            # as tall as the row: a target the size of the field beside it, not of the bare tick box
            self.boxes[field].setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
            detail.addWidget(self.boxes[field])
            detail.addWidget(self.field_labels[field], 1)
            grid.addLayout(detail, row, 0)
            grid.addWidget(self.old_labels[field], row, 1)
            grid.addWidget(self.editors[field], row, 2)
            self.boxes[field].toggled.connect(lambda on, f=field: self._ticked(f, on))
            self.editors[field].setEnabled(False)
        # large type shows two details (four fields) at a time
        groups = self.group_fields(*((self.boxes[f], self.field_labels[f], self.old_labels[f], self.editors[f])
                                     for f in FIELDS))
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self.effects = wrapping_label("change_effects")
        set_role(self.effects, "panel")
        self.problems = wrapping_label("change_problems")
        layout = QVBoxLayout(self)
        layout.addWidget(groups.step_label)
        layout.addLayout(grid)
        layout.addWidget(self.effects)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.watch(*self.boxes.values(), self.name_edit, self.id_edit, self.sex_combo, self.ethnicity_combo,
                   self.phone_edit, self.address_edit)
        self.birth_edit.dateChanged.connect(self.sig_edited)
        self.problems.setVisible(False)
        self.retranslate_ui()

    def field_name(self, field: str) -> str:
        names = {"name": self.tr("Name"), "id_number": self.tr("ID number"), "birth_date": self.tr("Date of birth"),
                 "sex": self.tr("Sex"), "ethnicity": self.tr("Ethnicity (民族)"), "phone": self.tr("Phone"),
                 "address": self.tr("Address")}
        return names[field]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Which details change"))
        self.setSubTitle(self.tr("Tick each detail that changes and type the new one, as it is written on the "
                                 "resident's papers."))
        for head, text in zip(self.heads, (self.tr("Detail"), self.tr("Recorded now"), self.tr("Change to")),
                              strict=True):
            head.setText(text)
        boxes = {"name": self.tr("Na&me"), "id_number": self.tr("&ID number"), "birth_date": self.tr("Date of bi&rth"),
                 "sex": self.tr("Se&x"), "ethnicity": self.tr("&Ethnicity (民族)"), "phone": self.tr("&Phone"),
                 "address": self.tr("A&ddress")}
        for field, box in self.boxes.items():
            self.field_labels[field].setText(boxes[field])
            box.setAccessibleName(fill(self.tr("Change the %1"), self.field_name(field)))
            self.editors[field].setAccessibleName(fill(self.tr("New %1"), self.field_name(field)))
            self.old_labels[field].setAccessibleName(fill(self.tr("%1 recorded now"), self.field_name(field)))
        self.id_edit.setPlaceholderText(self.tr("the number on the new ID card"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 13909541234"))
        for index in range(self.sex_combo.count()):
            self.sex_combo.setItemText(index, labels.sex(str(self.sex_combo.itemData(index))))
        self._show_old()
        self.show_effects()

    # --- entering ---------------------------------------------------------------------------------
    def on_enter(self) -> None:
        resident = self.case.resident
        if resident is None:
            return
        data = run_blocking(lambda: self.ctx.registration.eligibility_input(resident.uuid))
        profile = run_blocking(lambda: self.ctx.residents.profile(resident.uuid))
        self.case.profile = dict(data)
        outcome = self.ctx.policy.evaluate_profile(data, on=self.ctx.today, county=self.ctx.county or None)
        self.case.eligibility = outcome.result
        self._problems = describe_all(outcome.problems) if outcome.result is None else []
        self.old = {"name": resident.name, "id_number": str(data["id_number"]),
                    "birth_date": resident.birth_date.isoformat(), "sex": resident.sex, "ethnicity": "",
                    "phone": resident.phone or "", "address": (profile.address if profile else None) or ""}
        self._show_old()
        self.show_problems(self.problems, self._problems)
        self.completeChanged.emit()

    def _show_old(self) -> None:
        for field, label in self.old_labels.items():
            label.setText(self.shown(field, self.old.get(field, "")) or self.tr("(not recorded here)"))

    def shown(self, field: str, value: str) -> str:
        """A value as the assistant reads it (the sex in words)."""
        return labels.sex(value) if field == "sex" and value else value

    def _ticked(self, field: str, on: bool) -> None:
        editor = self.editors[field]
        editor.setEnabled(on)
        if on and not self.new_value(field):
            self._prefill(field)
        if on:
            if self.field_groups is not None:
                self.field_groups.reveal(editor)  # a detail ticked from a draft or by its Alt key
            editor.setFocus()
        self.show_effects()

    def _prefill(self, field: str) -> None:
        """Start from what is recorded where a small correction is usual; the ID number is typed anew."""
        old = self.old.get(field, "")
        if field in ("name", "address"):
            self.editors[field].setProperty("text", old)
        elif field == "birth_date" and old:
            self.birth_edit.setDate(QDate.fromString(old, ISO))
        elif field == "sex":
            self.sex_combo.setCurrentIndex(1 if old == "M" else 0)

    # --- values -------------------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [field for field in FIELDS if self.boxes[field].isChecked()]

    def new_value(self, field: str) -> str:
        if field == "birth_date":
            day = self.birth_edit.date()
            return str(day.toString(ISO)) if day != BLANK_DATE else ""
        if field == "sex":
            return str(self.sex_combo.currentData() or "")
        if field == "ethnicity":
            return self.ethnicity_combo.currentText().strip()
        if field == "id_number":
            return normalize_id_text(self.id_edit.text())
        editor = self.editors[field]
        return editor.text().strip() if isinstance(editor, QLineEdit) else ""

    def show_effects(self) -> None:
        ticked = set(self.ticked())
        lines = []
        if ticked & IDENTITY_FIELDS:
            lines.append(self.tr("Name, ID number or date of birth: bring the new ID card and the police's proof "
                                 "of the change (户籍变更证明). The county changes them after checking; until then "
                                 "the register here keeps the details recorded now."))
        if ticked & {"sex", "ethnicity"}:
            lines.append(self.tr("Sex or ethnicity: the ID card is enough; the county changes them with this "
                                 "form."))
        if ticked & CONTACT_FIELDS:
            lines.append(self.tr("Phone or address: changed in this desk's register as soon as the case is "
                                 "saved, and sent to the county with it."))
        self.effects.setText("\n".join("➜ " + line for line in lines))
        self.effects.setVisible(bool(lines))

    # --- checking -----------------------------------------------------------------------------------
    def page_complete(self) -> bool:
        return self.case.eligibility is not None

    def check(self) -> tuple[list[str], list[dict[str, str]]]:
        """The problems with what was ticked and typed, and the changes when there are none."""
        ticked = self.ticked()
        if not ticked:
            return [self.tr("Tick at least one detail that changes.")], []
        problems: list[str] = []
        changes: list[dict[str, str]] = []
        new = {field: self.new_value(field) for field in ticked}
        if "id_number" in ticked:
            problems.extend(self._id_problems(new))
            new = {field: self.new_value(field) for field in self.ticked()}  # birth date or sex may be ticked now
        elif "birth_date" in ticked:
            problems.append(self.tr("A new date of birth changes the ID number too (its digits 7 to 14): tick "
                                    "\"ID number\" and type the number on the new ID card."))
        for field, value in new.items():
            problems.extend(self._value_problems(field, value))
            if field == "phone":
                value = parse_phone(value).normalized  # kept as digits, as the register keeps it
            changes.append({"field": field, "old": self.old.get(field, ""), "new": value})
        return problems, changes

    def _value_problems(self, field: str, value: str) -> list[str]:
        name = self.field_name(field)
        if not value:
            return [fill(self.tr("%1: type the new value, or untick it."), name)]
        if value == self.old.get(field):
            return [fill(self.tr("%1: %2 is what is recorded now. Type the new value, or untick it."), name,
                         self.shown(field, value))]
        if field == "phone":
            check = parse_phone(value)
            return describe_all(check.problems) if not check.ok else []  # each names the number it read
        return []

    def _id_problems(self, new: dict[str, str]) -> list[str]:
        text = new["id_number"]
        if not text:
            return []  # said with the other empty values
        check = run_blocking(lambda: self.ctx.registration.check_id(text))
        resident = self.case.resident
        errors = [p for p in check.problems if p.is_error]
        if errors or check.id_number is None or check.birth_date is None or check.sex is None:
            return describe_all(errors)  # each says what is wrong with the number
        if check.existing is not None and resident is not None and check.existing.uuid != resident.uuid:
            return [fill(self.tr("%1 is already the ID number of %2 (born %3) in the register. Check the number "
                                 "on the new ID card; one number belongs to one person."), check.id_number,
                         check.existing.name, check.existing.birth_date.isoformat())]
        self.id_edit.setText(check.id_number)  # a 15-digit number becomes the 18-digit one
        return self._derived_problems(check.birth_date.isoformat(), check.sex)

    def _derived_problems(self, birth: str, sex: str) -> list[str]:
        """The birth date and sex the new number holds must be the ones on the form."""
        problems = []
        for field, value in (("birth_date", birth), ("sex", sex)):
            if value == self.old.get(field) and not self.boxes[field].isChecked():
                continue
            shown, name = self.shown(field, value), self.field_name(field)
            if not self.boxes[field].isChecked():
                self.boxes[field].setChecked(True)
                self._set_new(field, value)
                problems.append(fill(self.tr("The new ID number gives %1 as the %2: it is ticked and filled in "
                                             "now. Check it with the new ID card and press Next again."), shown,
                                     name.lower()))
            elif self.new_value(field) != value:
                problems.append(fill(self.tr("The new ID number gives %1 as the %2, not %3. Correct one of them "
                                             "from the new ID card."), shown, name.lower(),
                                     self.shown(field, self.new_value(field))))
        return problems

    def _set_new(self, field: str, value: str) -> None:
        if field == "birth_date":
            self.birth_edit.setDate(QDate.fromString(value, ISO))
        elif field == "sex":
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(value)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.case.eligibility is None:
            return False
        problems, changes = self.check()
        self.show_problems(self.problems, problems)
        if problems:
            return False
        fields = {c["field"] for c in changes}
        self.case.data.update({"changes": changes, "needs_new_id_document": bool(fields & IDENTITY_FIELDS)})
        return True

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"fields": {field: {"on": self.boxes[field].isChecked(), "new": self.new_value(field)}
                           for field in FIELDS}}

    def restore(self, values: dict[str, Any]) -> None:
        for field, saved in values.get("fields", {}).items():
            if field not in self.boxes:
                continue
            self.boxes[field].setChecked(bool(saved.get("on")))
            new = str(saved.get("new", ""))
            if field in ("birth_date", "sex"):
                if new:
                    self._set_new(field, new)
            elif field == "ethnicity":
                self.ethnicity_combo.setEditText(new)
            elif field == "id_number":
                self.id_edit.setText(new)
            else:
                self.editors[field].setProperty("text", new)
