"""The first-run wizard's data pages: the service point, the first account, the printer, the county server."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.problems import Problem
from core.villages import Village, VillageTable
from desktop.messages import describe
from desktop.services.accounts import (
    Strength,
    check_display_name,
    check_new_password,
    check_username,
    password_strength,
)
from desktop.services.errors import ServiceError
from desktop.services.setup import check_server_url, village_table
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

ALL_TOWNSHIPS = ""
CODE_ROLE = Qt.ItemDataRole.UserRole


class PageId(IntEnum):
    WELCOME = 0
    DEMO = 1
    SERVICE_POINT = 2
    ASSISTANT = 3
    PRINTER = 4
    SERVER = 5
    SUMMARY = 6


def problem_label(name: str = "problem") -> QLabel:
    label = set_role(wrapping_label(name), "problem")
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Words and a sign, never colour alone; an empty text hides the label."""
    label.setText("⚠ " + text if text else "")
    label.setVisible(bool(text))


class ServicePointPage(QWizardPage):
    """County → township → village, all from the statistical codes: nothing is typed blind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: VillageTable | None = None
        self.county_combo = named(QComboBox(), "county_combo")
        self.township_combo = named(QComboBox(), "township_combo")
        self.filter_edit = named(QLineEdit(), "village_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.village_list = named(QListWidget(), "village_list")
        self.code_edit = named(QLineEdit(), "village_code")
        self.code_edit.setReadOnly(True)
        self.place_label = wrapping_label("place")
        self.count_label = set_role(wrapping_label("village_count"), "hint")
        self.problem = problem_label()
        self.intro = set_role(wrapping_label("intro"), "hint")
        self.county_label, self.township_label, self.filter_label, self.village_label, self.code_label = (
            QLabel(), QLabel(), QLabel(), QLabel(), QLabel())
        for label, buddy in ((self.county_label, self.county_combo), (self.township_label, self.township_combo),
                             (self.filter_label, self.filter_edit), (self.village_label, self.village_list),
                             (self.code_label, self.code_edit)):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.county_label, self.county_combo)
        form.addRow(self.township_label, self.township_combo)
        form.addRow(self.filter_label, self.filter_edit)
        form.addRow(self.village_label, self.village_list)
        form.addRow(QLabel(), self.count_label)
        form.addRow(self.code_label, self.code_edit)
        form.addRow(QLabel(), self.place_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        self.registerField("village_code*", self.code_edit)
        self.county_combo.currentIndexChanged.connect(self._county_changed)
        self.township_combo.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self.filter_edit.textChanged.connect(lambda _t: self._fill_villages())
        self.filter_edit.installEventFilter(self)
        self.village_list.currentItemChanged.connect(self._village_chosen)
        self._load()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Service point"))
        self.setSubTitle(self.tr("Which village or community does this desk serve?"))
        self.intro.setText(self.tr("Choose the county, then the township, then the village or community. You can "
                                   "also type part of its name to find it."))
        self.county_label.setText(self.tr("&County or district:"))
        self.township_label.setText(self.tr("&Township or street:"))
        self.filter_label.setText(self.tr("&Find by name:"))
        self.village_label.setText(self.tr("&Village or community:"))
        self.code_label.setText(self.tr("Statistical co&de:"))
        self.county_combo.setPlaceholderText(self.tr("Choose the county…"))
        self.filter_edit.setPlaceholderText(self.tr("e.g. 红崖, or the first digits of the code"))
        self.county_combo.setAccessibleName(self.tr("County or district"))
        self.township_combo.setAccessibleName(self.tr("Township or street"))
        self.filter_edit.setAccessibleName(self.tr("Find the village by name"))
        self.village_list.setAccessibleName(self.tr("Villages and communities"))
        self.code_edit.setAccessibleName(self.tr("12-digit statistical code of the chosen village"))
        if self.township_combo.count():
            self.township_combo.setItemText(0, self.tr("All townships"))
        self._fill_villages()

    @property
    def village(self) -> Village | None:
        code = self.code_edit.text()
        return self._table.lookup_village(code).village if self._table and code else None

    def choose(self, code: str) -> bool:
        """Select a village by its code (county, township and list follow); False if it is not in the table."""
        found = self._table.lookup_village(code).village if self._table else None
        if found is None:
            return False
        self.county_combo.setCurrentIndex(self.county_combo.findData(found.county_code))
        self.township_combo.setCurrentIndex(self.township_combo.findData(found.township_code))
        self.filter_edit.clear()
        for row in range(self.village_list.count()):
            if self.village_list.item(row).data(CODE_ROLE) == found.code:
                self.village_list.setCurrentRow(row)
        return True

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._table is None:
            return False
        lookup = self._table.lookup_village(self.code_edit.text())
        show_problem(self.problem, describe(lookup.problems[0]) if lookup.problems else "")
        return lookup.ok

    def _load(self) -> None:
        try:
            self._table = village_table()
        except ServiceError as exc:
            show_problem(self.problem, describe(exc.problem))
            for widget in (self.county_combo, self.township_combo, self.filter_edit, self.village_list):
                widget.setEnabled(False)
            return
        for county in self._table.counties():
            self.county_combo.addItem(county.name, county.code)
        self.county_combo.setCurrentIndex(-1)

    def _county_changed(self, _index: int) -> None:
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        code = self.county_combo.currentData()
        if self._table is not None and isinstance(code, str):
            self.township_combo.addItem(self.tr("All townships"), ALL_TOWNSHIPS)
            for township in self._table.townships(code):
                self.township_combo.addItem(township.name, township.code)
        self.township_combo.blockSignals(False)
        self._fill_villages()

    def _candidates(self) -> list[Village]:
        if self._table is None:
            return []
        text = self.filter_edit.text().strip()
        county = self.county_combo.currentData()
        if not isinstance(county, str):
            return self._table.search_villages(text) if text else []
        township = self.township_combo.currentData()
        villages = self._table.villages(township) if township else self._table.county_villages(county)
        if text.isascii() and text.isdigit():
            return [v for v in villages if v.code.startswith(text)]
        return [v for v in villages if text in v.name]

    def _fill_villages(self) -> None:
        chosen = self.code_edit.text()
        county_chosen = isinstance(self.county_combo.currentData(), str)
        one_township = bool(self.township_combo.currentData())
        self.village_list.blockSignals(True)
        self.village_list.clear()
        for village in self._candidates():
            if one_township:
                text = village.name
            elif county_chosen:
                text = f"{village.name}（{village.township_name}）"
            else:
                text = f"{village.name}（{village.county_name}{village.township_name}）"
            item = QListWidgetItem(text)
            item.setData(CODE_ROLE, village.code)
            self.village_list.addItem(item)
            if village.code == chosen:
                self.village_list.setCurrentItem(item)
        self.village_list.blockSignals(False)
        count = self.village_list.count()
        if count:
            self.count_label.setText(self.tr("Villages and communities listed: %n", "", count))
        elif county_chosen or self.filter_edit.text().strip():
            self.count_label.setText(self.tr("No village matches. Check the name, or choose another township."))
        else:
            self.count_label.setText(self.tr("Choose the county first, or type the village's name."))
        self._show_chosen(self._table.lookup_village(chosen).village if self._table and chosen else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter in the filter takes the first match and stops there: the wizard's Next must not fire on the
        # same key, the assistant should see which village was taken
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.village_list.count():
                self.village_list.setCurrentRow(0)
                self.village_list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _village_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        code = current.data(CODE_ROLE) if current is not None else None
        village = self._table.lookup_village(code).village if self._table and isinstance(code, str) else None
        self.code_edit.setText(village.code if village else "")
        self._show_chosen(village)
        show_problem(self.problem, "")

    def _show_chosen(self, village: Village | None) -> None:
        self.place_label.setText(village.full_name if village else "")


class AssistantPage(QWizardPage):
    """The first account: the person setting up the desk becomes its supervisor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = set_role(wrapping_label("intro"), "hint")
        self.name_edit = named(QLineEdit(), "display_name")
        self.username_edit = named(QLineEdit(), "username")
        self.password_edit = named(QLineEdit(), "password")
        self.repeat_edit = named(QLineEdit(), "repeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = wrapping_label("strength")
        self.match_label = wrapping_label("match")
        self.problem = problem_label()
        self.name_label, self.username_label, self.password_label, self.repeat_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        form = QFormLayout()
        for label, edit in ((self.name_label, self.name_edit), (self.username_label, self.username_edit),
                            (self.password_label, self.password_edit), (self.repeat_label, self.repeat_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.insertRow(3, QLabel(), self.strength_label)
        form.addRow(QLabel(), self.match_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.registerField("display_name*", self.name_edit)
        self.registerField("username*", self.username_edit)
        self.registerField("password*", self.password_edit)
        self.registerField("repeat*", self.repeat_edit)
        self.password_edit.textChanged.connect(lambda _t: self._update_hints())
        self.repeat_edit.textChanged.connect(lambda _t: self._update_hints())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(self.tr("You will be the supervisor of this desk: you can add the other assistants "
                                 "later."))
        self.intro.setText(self.tr("Your password protects the residents' data. Nobody can open the data "
                                   "without a password, not even the county, so keep it written down in a safe "
                                   "place."))
        self.name_label.setText(self.tr("Your n&ame:"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.repeat_label.setText(self.tr("&Repeat the password:"))
        self.name_edit.setPlaceholderText(self.tr("as printed on forms, e.g. 马丽"))
        self.username_edit.setPlaceholderText(self.tr("small letters and digits, e.g. mali"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.username_edit.setAccessibleName(self.tr("User name for signing in"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.repeat_edit.setAccessibleName(self.tr("Password again"))
        self._update_hints()

    def _update_hints(self) -> None:
        password, repeat = self.password_edit.text(), self.repeat_edit.text()
        texts = {
            Strength.TOO_SHORT: self.tr("Too short: at least 8 characters."),
            Strength.WEAK: self.tr("Weak: easy to guess. Mix letters with digits or signs."),
            Strength.FAIR: self.tr("Fair. Longer, or with a sign such as - or #, is stronger."),
            Strength.STRONG: self.tr("Strong."),
        }
        self.strength_label.setText(self.tr("Strength: %1").replace("%1", texts[password_strength(password)])
                                    if password else "")
        if repeat and repeat != password:
            self.match_label.setText("⚠ " + self.tr("The two passwords are not the same yet."))
        elif repeat:
            self.match_label.setText("✓ " + self.tr("The two passwords are the same."))
        else:
            self.match_label.setText("")

    def problems(self) -> list[Problem]:
        name, username = self.name_edit.text(), self.username_edit.text().strip()
        return [*check_display_name(name), *check_username(username),
                *check_new_password(username, self.password_edit.text(), self.repeat_edit.text())]

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        problems = self.problems()
        show_problem(self.problem, describe(problems[0]) if problems else "")
        if problems:
            edits = {"display_name": self.name_edit, "username": self.username_edit,
                     "password": self.password_edit, "repeat": self.repeat_edit}
            edit = edits.get(problems[0].field or "", self.name_edit)
            edit.setFocus()
            edit.selectAll()
        return not problems


class PrinterPage(QWizardPage):
    """The printer for forms and receipts; without one, everything is saved as PDF."""

    def __init__(self, printers: Sequence[str] | None = None, default: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = list(QPrinterInfo.availablePrinterNames() if printers is None else printers)
        preferred = QPrinterInfo.defaultPrinterName() if printers is None else default
        self.intro = set_role(wrapping_label("intro"), "hint")
        self.printer_combo = named(QComboBox(), "printer_combo")
        for name in names:
            self.printer_combo.addItem(name, name)
        self.printer_combo.addItem("", "")  # the PDF choice; text set in retranslate_ui
        self.printer_combo.setCurrentIndex(names.index(preferred) if preferred in names else 0)
        self.none_note = set_role(wrapping_label("no_printer"), "notice")
        self.none_note.setVisible(not names)
        self.printer_label = QLabel()
        self.printer_label.setBuddy(self.printer_combo)
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.none_note)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Printer"))
        self.setSubTitle(self.tr("Where application forms, receipts and 明白纸 are printed."))
        self.intro.setText(self.tr("Choose the printer next to this computer. Each time you print you can still "
                                   "choose another one."))
        self.printer_label.setText(self.tr("&Printer:"))
        self.printer_combo.setItemText(self.printer_combo.count() - 1, self.tr("No printer: save as PDF files"))
        self.printer_combo.setAccessibleName(self.tr("Printer"))
        self.none_note.setText(self.tr("No printer is installed on this computer. Documents will be saved as PDF "
                                       "files that you can print on another computer. Once a printer is "
                                       "installed, you can choose it when you print."))

    @property
    def printer(self) -> str | None:
        """The chosen printer's name, or None for PDF files."""
        name = self.printer_combo.currentData()
        return name if isinstance(name, str) and name else None


class ServerPage(QWizardPage):
    """The county server's address, kept for when sending cases over the network is switched on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = set_role(wrapping_label("intro"), "hint")
        self.server_edit = named(QLineEdit(), "county_server")
        self.server_label = QLabel()
        self.server_label.setBuddy(self.server_edit)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.server_label, self.server_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.registerField("county_server", self.server_edit)
        self.server_edit.textEdited.connect(lambda _t: show_problem(self.problem, ""))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("County server (optional)"))
        self.setSubTitle(self.tr("You can leave this empty."))
        self.intro.setText(self.tr("Later, Cunbao will send finished cases to the county's server and receive the "
                                   "county's lists from it. That is not switched on yet: the address is only kept "
                                   "for then. If the county gave you an address, type it here; otherwise leave the "
                                   "box empty. Everything works without it."))
        self.server_label.setText(self.tr("Server &address:"))
        self.server_edit.setPlaceholderText("https://")
        self.server_edit.setAccessibleName(self.tr("County server address (optional)"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        problems = check_server_url(self.server_edit.text())
        show_problem(self.problem, describe(problems[0]) if problems else "")
        return not problems

