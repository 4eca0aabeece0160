"""Identify the resident: read or type the ID number, find them in the register or register them.

The number is checked as it is typed (``RegistrationService.check_id``); problems are shown in words. A
number not yet in the register opens a small form; with the name typed, a resident of the same name and
birth date under another number is shown BEFORE anything is saved, with a clear choice: use that record,
or register a different person. Pressing Next checks everything again, so a fast card reader or typist
never skips a check.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.divisions import lookup_division
from core.ids import age_on, normalize_id_text
from core.phones import parse_phone
from desktop.messages import describe, describe_all
from desktop.services.errors import ServiceError
from desktop.services.registration import IdentityCheck, NewResident
from desktop.services.residents import ResidentSummary
from desktop.ui import labels
from desktop.ui.display_mode import DisplayMode, apply_mode, current_mode, mode_notifier, suggest_elderly
from desktop.ui.operation import run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import field_section, scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.text import fill

CHECK_DELAY_MS = 250
NEW_PERSON = "new"  # the duplicate choice "a different person"


class IdentifyPage(CasePage):
    key = "identify"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self._check: IdentityCheck | None = None
        self._checked_for: tuple[str, str] | None = None
        self.id_label = QLabel()
        self.id_edit = named(QLineEdit(), "id_edit")
        self.id_edit.setMaxLength(40)
        self.id_label.setBuddy(self.id_edit)
        self.problems = wrapping_label("identify_problems")
        self.found = wrapping_label("found_resident")
        self.elderly_offer = set_role(wrapping_label("elderly_offer"), "notice")
        self.elderly_button = named(QPushButton(), "elderly_offer_button")
        self.elderly_button.clicked.connect(self.switch_to_elderly)
        self._offer_age: int | None = None
        self.new_box = named(QGroupBox(), "new_resident_box")
        self.name_label, self.name_edit = QLabel(), named(QLineEdit(), "name_edit")
        self.phone_label, self.phone_edit = QLabel(), named(QLineEdit(), "phone_edit")
        self.address_label, self.address_edit = QLabel(), named(QLineEdit(), "address_edit")
        self.hukou_label, self.hukou_edit = QLabel(), named(QLineEdit(), "hukou_edit")
        self.hukou_edit.setMaxLength(6)
        self.hukou_name = wrapping_label("hukou_name")
        form = QFormLayout(self.new_box)
        for label, edit in ((self.name_label, self.name_edit), (self.phone_label, self.phone_edit),
                            (self.address_label, self.address_edit), (self.hukou_label, self.hukou_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.hukou_name)
        self.duplicate_box = named(QGroupBox(), "duplicate_box")
        self.duplicate_text = wrapping_label("duplicate_text")
        self.duplicate_group = QButtonGroup(self)
        self.new_person_radio = named(QRadioButton(), "new_person_radio")
        self._similar_radios: list[tuple[QRadioButton, ResidentSummary]] = []
        self._duplicate_layout = QVBoxLayout(self.duplicate_box)
        self._duplicate_layout.addWidget(self.duplicate_text)
        self._duplicate_layout.addWidget(self.new_person_radio)
        self.duplicate_group.addButton(self.new_person_radio)
        id_form = QFormLayout()
        id_form.addRow(self.id_label, self.id_edit)
        # scrolls rather than squeezing the new-resident fields when a likely duplicate is shown too
        self.scroll_area, layout = scrolling(self, "identify_scroll")
        # large type shows the number with the new-resident form, and the duplicate question on its own
        sections = (field_section(id_form), field_section(self.new_box), field_section(self.duplicate_box))
        groups = self.group_fields(*sections)
        layout.addWidget(groups.step_label)
        layout.addWidget(sections[0])
        layout.addWidget(self.problems)
        layout.addWidget(self.found)
        offer = QHBoxLayout()
        offer.addWidget(self.elderly_offer, 1)
        offer.addWidget(self.elderly_button)
        layout.addLayout(offer)
        layout.addWidget(sections[1])
        layout.addWidget(sections[2])
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self.id_edit.textChanged.connect(self._typed)
        self.name_edit.textChanged.connect(self._typed)
        self.hukou_edit.textChanged.connect(self._show_hukou_name)
        self.duplicate_group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.watch(self.id_edit, self.name_edit, self.phone_edit, self.address_edit, self.hukou_edit,
                   self.new_person_radio)
        for widget in (self.problems, self.found, self.new_box, self.duplicate_box, self.elderly_offer,
                       self.elderly_button):
            widget.setVisible(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self._mode_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Who is the resident?"))
        self.scroll_area.setAccessibleName(self.tr("Who is the resident?"))
        self.setSubTitle(self.tr("Type the 18-character ID number from the ID card, or read the card with the "
                                 "card reader. Cunbao finds the resident in the register or registers them."))
        self.id_label.setText(self.tr("Resident &ID number:"))
        self.id_edit.setAccessibleName(self.tr("Resident ID number"))
        self.id_edit.setPlaceholderText(self.tr("e.g. 640423196503020367"))
        self.new_box.setTitle(self.tr("Not in the register yet: register the resident"))
        self.name_label.setText(self.tr("Na&me (as on the ID card):"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.phone_label.setText(self.tr("&Phone (optional):"))
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.address_label.setText(self.tr("&Address (optional):"))
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.hukou_label.setText(self.tr("&Hukou division (6 digits):"))
        self.hukou_edit.setAccessibleName(self.tr("Hukou division code"))
        self.hukou_edit.setPlaceholderText(self.tr("the first 6 digits of the ID number"))
        self.duplicate_box.setTitle(self.tr("Maybe already in the register"))
        self.duplicate_box.setAccessibleName(self.tr("Possible duplicate resident"))
        self._show_duplicate_text()
        self.new_person_radio.setText(self.tr("A &different person: register a new resident"))
        self.new_person_radio.setAccessibleName(self.tr("A different person: register a new resident"))
        self.elderly_button.setText(self.tr("Switch to &large type"))
        self.elderly_button.setAccessibleName(self.tr("Switch the desk to large type for older residents (适老化)"))
        self._show_check()

    # --- checking as the assistant types ------------------------------------------------------------
    def _typed(self) -> None:
        self._timer.start()
        self.completeChanged.emit()

    def _key(self) -> tuple[str, str]:
        return normalize_id_text(self.id_edit.text()), self.name_edit.text().strip()

    def run_check(self) -> IdentityCheck | None:
        """Check the number (and the name, for duplicates) unless this exact input was checked already."""
        self._timer.stop()
        key = self._key()
        if not key[0]:
            self._check, self._checked_for = None, key
        elif key != self._checked_for:
            text, name = self.id_edit.text(), key[1] or None
            self._check = run_blocking(lambda: self.ctx.registration.check_id(text, name))
            self._checked_for = key
            if self._check.id_number and not self.hukou_edit.text():
                self.hukou_edit.setText(self._check.id_number[:6])
        self._show_check()
        return self._check

    def _show_check(self) -> None:
        self._show_identity()
        if self.field_groups is not None:
            self.field_groups.show()  # the new-resident form or the duplicate question may have come or gone

    def _show_identity(self) -> None:
        check = self._check if self.id_edit.text().strip() else None
        if check is None:
            self.show_problems(self.problems, [])
            self.new_box.setVisible(False)
            self.duplicate_box.setVisible(False)
            self._show_found(self.case.resident, self.tr("Chosen from the register:"))
            self._show_elderly_offer(self.case.resident.age if self.case.resident else None)
            return
        self.show_problems(self.problems, describe_all(check.problems))
        if check.existing is not None:
            self._show_found(check.existing, self.tr("Already in the register:"))
        else:
            self._show_found(None, "")
        self.new_box.setVisible(check.ok and check.existing is None)
        born = check.birth_date if check.ok else None
        self._show_elderly_offer(check.existing.age if check.existing is not None
                                 else age_on(born, self.ctx.today) if born is not None else None)
        self._show_similar(check.similar if check.ok and check.existing is None else ())

    def _show_found(self, resident: ResidentSummary | None, heading: str) -> None:
        self.found.setVisible(resident is not None)
        if resident is not None:
            self.found.setText(heading + " " + self.describe_resident(resident))

    # --- 适老化: offered for an older resident, never switched on by itself ------------------------
    def _show_elderly_offer(self, age: int | None) -> None:
        self._offer_age = age
        app = QApplication.instance()
        offer = (suggest_elderly(age) and isinstance(app, QApplication)
                 and current_mode(app) is DisplayMode.NORMAL)
        if offer and age is not None:
            self.elderly_offer.setText(fill(self.tr("This resident is %1 years old. Large type (适老化) makes the "
                                                    "screens easier to read for both of you."), age))
        self.elderly_offer.setVisible(offer)
        self.elderly_button.setVisible(offer)

    def _mode_changed(self, _mode: str) -> None:
        self._show_elderly_offer(self._offer_age)

    def switch_to_elderly(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_mode(app, DisplayMode.ELDERLY)

    def describe_resident(self, r: ResidentSummary) -> str:
        return fill(self.tr("%1, %2, born %3 (%4 years old), ID %5"), r.name, labels.sex(r.sex),
                    r.birth_date.isoformat(), r.age, r.masked_id)

    def _show_similar(self, similar: tuple[ResidentSummary, ...]) -> None:
        self.duplicate_box.setVisible(bool(similar))
        if [r.uuid for _, r in self._similar_radios] == [r.uuid for r in similar]:
            return
        chosen = self._choice()
        for radio, _ in self._similar_radios:
            self.duplicate_group.removeButton(radio)
            radio.deleteLater()
        self._similar_radios = []
        self.duplicate_group.setExclusive(False)  # lets every choice start unticked
        for number, resident in enumerate(similar):
            radio = named(QRadioButton(), f"similar_radio_{number}")
            radio.setText(fill(self.tr("&Same person: use %1 (ID %2) from the register"), resident.name,
                               resident.masked_id))
            radio.setAccessibleName(fill(self.tr("Same person: use the record of %1"),
                                         self.describe_resident(resident)))
            self.duplicate_group.addButton(radio)
            self._duplicate_layout.insertWidget(1 + number, radio)
            self._similar_radios.append((radio, resident))
            radio.setChecked(str(resident.uuid) == chosen)
            radio.toggled.connect(self.sig_edited)
        self.new_person_radio.setChecked(chosen == NEW_PERSON and bool(similar))
        self.duplicate_group.setExclusive(True)
        self._show_duplicate_text()

    def _show_duplicate_text(self) -> None:
        lines = [self.tr("A resident with the same name and birth date is registered under another ID number. "
                         "Ask the resident, look at the ID card, and choose before going on:")]
        lines.extend("• " + self.describe_resident(resident) for _, resident in self._similar_radios)
        self.duplicate_text.setText("\n".join(lines))

    def similar_radio(self, number: int) -> QRadioButton:
        """The choice "it is this resident" for the ``number``-th likely duplicate."""
        return self._similar_radios[number][0]

    def _choice(self) -> str | None:
        if self.new_person_radio.isChecked():
            return NEW_PERSON
        for radio, resident in self._similar_radios:
            if radio.isChecked():
                return str(resident.uuid)
        return None

    def _show_hukou_name(self, code: str) -> None:
        division = lookup_division(code) if len(code) == 6 else None
        self.hukou_name.setText(division.full_name if division else "")

    # --- leaving the page -------------------------------------------------------------------------
    def on_enter(self) -> None:
        self._show_check()

    def page_complete(self) -> bool:
        return bool(self.id_edit.text().strip()) or self.case.resident is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if not self.id_edit.text().strip():
            return self.case.resident is not None
        check = self.run_check()
        if check is None or not check.ok:
            self.id_edit.setFocus()
            return False
        if check.existing is not None:
            self._use(check.existing)
            return True
        return self._choose_or_register(check)

    def _choose_or_register(self, check: IdentityCheck) -> bool:
        problems: list[str] = []
        name = self.name_edit.text().strip()
        choice = self._choice()
        if check.similar and choice is None:
            problems.append(self.tr("Choose whether this is the resident already in the register or a "
                                    "different person."))
            self._reveal(self.duplicate_box)
        if not name:
            problems.insert(0, self.tr("Type the resident's name as it is written on the ID card."))
            self._reveal(self.name_edit)
            self.name_edit.setFocus()
        phone = parse_phone(self.phone_edit.text()) if self.phone_edit.text().strip() else None
        if phone is not None and not phone.ok:
            problems.extend(describe_all(phone.problems))
        hukou = self.hukou_edit.text().strip() or (check.id_number or "")[:6]
        if lookup_division(hukou) is None:
            problems.append(fill(self.tr("%1 is not a known division code. Type the 6-digit code of the place "
                                         "where the household is registered (户口所在地)."), hukou))
        if problems:
            self.show_problems(self.problems, problems)
            return False
        for _radio, resident in self._similar_radios:
            if choice == str(resident.uuid):
                self._use(resident)
                return True
        return self._register(check, name, phone.normalized if phone else None, hukou)

    def _reveal(self, widget: QWidget) -> None:
        if self.field_groups is not None:
            self.field_groups.reveal(widget)

    def _register(self, check: IdentityCheck, name: str, phone: str | None, hukou: str) -> bool:
        village = self.ctx.desk.settings.village_code or ""
        new = NewResident(id_number=check.id_number or "", name=name, phone=phone,
                          address=self.address_edit.text().strip() or None, hukou_division=hukou,
                          village_code=village)
        try:
            summary = run_blocking(lambda: self.ctx.registration.register(new))
        except ServiceError as exc:
            self.show_problems(self.problems, [describe(exc.problem)])
            return False
        self._checked_for = None  # the number is in the register now
        self._use(summary)
        return True

    def _use(self, resident: ResidentSummary) -> None:
        if self.case.resident is None or self.case.resident.uuid != resident.uuid:
            self.case.eligibility = None
            self.case.profile = None
            self.case.answers = {}  # the questions are asked again of this resident
        self.case.resident = resident
        self.case_wizard().update_title()

    # --- drafts -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"id_text": self.id_edit.text(), "name": self.name_edit.text(), "phone": self.phone_edit.text(),
                "address": self.address_edit.text(), "hukou": self.hukou_edit.text(), "choice": self._choice()}

    def restore(self, values: dict[str, Any]) -> None:
        self.id_edit.setText(str(values.get("id_text", "")))
        self.name_edit.setText(str(values.get("name", "")))
        self.phone_edit.setText(str(values.get("phone", "")))
        self.address_edit.setText(str(values.get("address", "")))
        self.hukou_edit.setText(str(values.get("hukou", "")))
        self.run_check()
        choice = values.get("choice")
        if choice == NEW_PERSON:
            self.new_person_radio.setChecked(True)
        for radio, resident in self._similar_radios:
            radio.setChecked(choice == str(resident.uuid))
