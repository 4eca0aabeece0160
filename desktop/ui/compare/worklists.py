"""The worklists of 数据比对: each list with its count on the left, its people on the right (name, masked ID
number, village and household, groups, why, the next step), and under them what to do for the chosen
person: open the resident, open the case the next step names, or the plain instruction when no case fits.
The comparison runs on the worker (progress and Cancel); the ledger is exported from here too."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.compare import ActionKind
from core.ids import mask_id
from desktop.messages import describe
from desktop.services.compare import CompareResult, CompareService, ItemView, LedgerExport
from desktop.services.desk import Desk
from desktop.services.lists import ListsService
from desktop.ui.compare.filters import Filter, filtered, group_choices, village_choices
from desktop.ui.compare.ledger_file import save_ledger_file
from desktop.ui.compare.words import WIZARDS, action_label, group_names, ledger_text, worklist_title
from desktop.ui.compare.work import failure_text, start
from desktop.ui.lists.common import Job, fill, notice_label, problem_label, show_text, table
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

ALL = ""  # the filters' "every village" / "every group" choice


class WorklistsPage(QWidget):
    """Embeddable: ``WorklistsPage(desk)``; ``refresh()`` compares again (after an import or a match)."""

    sig_open_resident = Signal(object)
    """Open the resident page: the resident's UUID."""
    sig_open_wizard = Signal(str, object)
    """Start a case: its type (desktop.services.cases.CaseType value) and the resident's UUID or None."""
    sig_compared = Signal(object)
    """A comparison finished: the CompareResult (the dashboard shows its figures)."""
    sig_matched = Signal()
    """A list person was linked to a resident: the lists and the register changed."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, today: date | None = None,
                 group_labels: Mapping[str, str] | None = None, compare_now: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("worklists_page")
        village = desk.settings.village_code
        self.service = CompareService(desk.store, desk.account.username, village, today)
        self.lists = ListsService(desk.store, desk.account.username, village, today=today)
        self._groups = dict(group_labels or {})
        self.result: CompareResult | None = None
        self.shown: list[ItemView] = []
        self.job: Job[Any] | None = None
        self.question: QMessageBox | None = None
        self.last_export: LedgerExport | None = None
        self._again = False  # compare again once the comparison running now is done

        # made in reading order, which is the order Tab visits them
        self.heading = set_role(named(QLabel(), "worklists_heading"), "heading")
        self.intro = wrapping_label("worklists_intro")
        self.compare_button = named(QPushButton(), "compare_again_button")
        self.status = set_role(wrapping_label("worklists_status"), "count")
        self.village_label = named(QLabel(), "village_filter_label")
        self.village_combo = named(QComboBox(), "village_filter")
        self.group_label = named(QLabel(), "group_filter_label")
        self.group_combo = named(QComboBox(), "group_filter")
        self.village_label.setBuddy(self.village_combo)
        self.group_label.setBuddy(self.group_combo)
        self.problem = problem_label("worklists_problem")
        self.notice = notice_label("worklists_notice")
        self.lists_label = named(QLabel(), "worklists_label")
        self.worklists = named(QListWidget(), "worklists_list")
        self.lists_label.setBuddy(self.worklists)
        self.ledger_group = named(QGroupBox(), "ledger_group")
        self.masked_box = named(QCheckBox(), "ledger_masked_box")
        self.masked_hint = set_role(wrapping_label("ledger_masked_hint"), "hint")
        self.export_button = named(QPushButton(), "export_ledger_button")
        self.people_label = named(QLabel(), "people_label")
        self.people = table("worklist_people")
        self.people_label.setBuddy(self.people)
        self.reason = wrapping_label("item_reason")
        self.next_step = set_role(wrapping_label("item_next_step"), "notice")
        self.open_button = named(QPushButton(), "open_resident_button")
        self.action_button = named(QPushButton(), "next_action_button")
        self.candidate_label = named(QLabel(), "candidate_label")
        self.candidate_combo = named(QComboBox(), "candidate_combo")
        self.candidate_label.setBuddy(self.candidate_combo)
        self.confirm_button = named(QPushButton(), "confirm_match_button")
        self._lay_out()
        self.compare_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self.village_combo.currentIndexChanged.connect(self._filter_changed)
        self.group_combo.currentIndexChanged.connect(self._filter_changed)
        self.worklists.currentRowChanged.connect(self._show_people)
        self.people.itemSelectionChanged.connect(self._show_item)
        self.open_button.clicked.connect(self.open_resident)
        self.action_button.clicked.connect(self.take_action)
        self.confirm_button.clicked.connect(self.ask_confirm)
        self.retranslate_ui()
        self._show_item()
        if compare_now:
            self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.compare_button)
        top.addWidget(self.status, 1)
        filters = QHBoxLayout()
        for widget in (self.village_label, self.village_combo, self.group_label, self.group_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        ledger = QVBoxLayout(self.ledger_group)
        ledger.addWidget(self.masked_box)
        ledger.addWidget(self.masked_hint)
        ledger.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lists_label)
        left_layout.addWidget(self.worklists, 1)
        left_layout.addWidget(self.ledger_group)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.people_label)
        right_layout.addWidget(self.people, 1)
        right_layout.addWidget(self.reason)
        right_layout.addWidget(self.next_step)
        buttons = QGridLayout()
        buttons.addWidget(self.open_button, 0, 0)
        buttons.addWidget(self.action_button, 0, 1)
        buttons.addWidget(self.candidate_label, 1, 0)
        buttons.addWidget(self.candidate_combo, 1, 1)
        buttons.addWidget(self.confirm_button, 1, 2)
        buttons.setColumnStretch(3, 1)
        right_layout.addLayout(buttons)
        split = named(QSplitter(Qt.Orientation.Horizontal), "worklists_split")
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Worklists: who needs what done"))
        self.intro.setText(self.tr(
            "The register is compared with the offices' latest lists. Each worklist names the people to see and the "
            "next step for each. Choose a worklist on the left, then a person."))
        self.compare_button.setText(self.tr("Compare &again"))
        self.compare_button.setAccessibleName(self.tr("Compare the register with the lists again"))
        self.action_button.setAccessibleName(self.tr("Next step for the chosen person"))
        self.export_button.setText(self.tr("E&xport the ledger…"))
        self.export_button.setAccessibleName(self.tr("Export the management ledger as an Excel file"))
        self.ledger_group.setTitle(self.tr("Management ledger (管理台账)"))
        self.masked_box.setText(self.tr("&Hide the middle of ID numbers"))
        self.masked_box.setAccessibleName(self.tr("Hide the middle of ID numbers in the exported ledger"))
        self.masked_hint.setText(self.tr(
            "The county needs whole ID numbers to check the ledger against its system. Tick this only for a copy "
            "to show others."))
        self.village_label.setText(self.tr("&Village:"))
        self.village_combo.setAccessibleName(self.tr("Show people of this village"))
        self.group_label.setText(self.tr("&Group:"))
        self.group_combo.setAccessibleName(self.tr("Show people of this group"))
        self.lists_label.setText(self.tr("&Worklists"))
        self.worklists.setAccessibleName(self.tr("Worklists with the number of people on each"))
        self.people_label.setText(self.tr("&People on this worklist"))
        self.people.setAccessibleName(self.tr("People on the chosen worklist"))
        self.open_button.setText(self.tr("&Open the resident"))
        self.open_button.setAccessibleName(self.tr("Open the chosen person's resident page"))
        self.candidate_label.setText(self.tr("May &be:"))
        self.candidate_combo.setAccessibleName(self.tr("Resident in the register the list person may be"))
        self.confirm_button.setText(self.tr("Confir&m it is the same person…"))
        self.confirm_button.setAccessibleName(self.tr("Confirm that the list person is the chosen resident"))
        self._fill_filters()
        self._show_worklists()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_list()
        super().changeEvent(event)

    # --- comparing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compare again on the worker; the worklist and filters chosen now stay chosen. Asked while comparing
        (a list imported meanwhile), it compares once more when the comparison on its way is done."""
        if self.busy:
            self._again = True
            return
        self._again = False
        show_text(self.problem, "")
        self._enable_actions(False)
        self.job = start(self, self.tr("Comparing the register with the lists…"), self.service.compare,
                         self._compared, self._failed)

    def _compared(self, result: CompareResult) -> None:
        self.result = result
        self._fill_filters()
        self._show_worklists()
        self._enable_actions(True)
        self.sig_compared.emit(result)
        self._catch_up()

    def _failed(self, exc: BaseException) -> None:
        show_text(self.problem, failure_text(exc))
        self._enable_actions(True)
        self._catch_up()

    def _catch_up(self) -> None:
        if self._again:
            self.refresh()

    def _enable_actions(self, enabled: bool) -> None:
        self.compare_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled and self.result is not None)
        self.masked_box.setEnabled(enabled and self.result is not None)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def stop(self) -> None:
        """Stop what the page started (the main window calls it before closing the desk)."""
        if self.job is not None:
            self.job.stop()
        if self.question is not None:
            self.question.close()

    # --- filters and lists -----------------------------------------------------------------------

    def filter(self) -> Filter:
        village, group = self.village_combo.currentData(), self.group_combo.currentData()
        return Filter(village or None, group or None)

    def _fill_filters(self) -> None:
        for combo, everything, choices in (
            (self.village_combo, self.tr("Every village"), village_choices(self.result)),
            (self.group_combo, self.tr("Every group"), group_choices(self.result, self._groups)),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for key, name in choices:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(combo.findData(kept), 0) if kept else 0)
            combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self._show_worklists()

    def _show_worklists(self) -> None:
        row = max(self.worklists.currentRow(), 0)
        self.worklists.blockSignals(True)
        self.worklists.clear()
        if self.result is not None:
            chosen = self.filter()
            for view in self.result.worklists:
                count = len(filtered(view.items, chosen))
                item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", worklist_title(view.code))
                                       .replace("%2", str(count)))
                item.setData(Qt.ItemDataRole.UserRole, str(view.code))
                self.worklists.addItem(item)
            total = sum(len(filtered(v.items, chosen)) for v in self.result.worklists)
            self.status.setText(self.tr("Compared %1 residents with %2 list rows on %3; %4 things to do.")
                                .replace("%1", str(len(self.result.inputs.persons)))
                                .replace("%2", str(len(self.result.inputs.entries)))
                                .replace("%3", self.result.today.isoformat()).replace("%4", str(total)))
        else:
            self.status.setText(self.tr("Not compared yet."))
        self.worklists.blockSignals(False)
        self._fit_list()
        if self.worklists.count():
            self.worklists.setCurrentRow(min(row, self.worklists.count() - 1))
        self._show_people()

    def _fit_list(self) -> None:
        """Wide enough for every worklist's name and count, whatever the type size: a cut count says nothing."""
        scroll = self.worklists.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.worklists.sizeHintForColumn(0) + 2 * self.worklists.frameWidth() + scroll
        self.worklists.setMinimumWidth(max(width, 0))

    def select_worklist(self, code: str) -> None:
        for row in range(self.worklists.count()):
            if self.worklists.item(row).data(Qt.ItemDataRole.UserRole) == str(code):
                self.worklists.setCurrentRow(row)
                return

    def _show_people(self) -> None:
        row = self.worklists.currentRow()
        views = self.result.worklists if self.result is not None else ()
        self.shown = list(filtered(views[row].items, self.filter())) if 0 <= row < len(views) else []
        name_of = self.result.comparison.point.name_of if self.result is not None else str
        lists_only = bool(self.shown) and all(i.item.subject is None for i in self.shown)
        headers = [self.tr("Office") if lists_only else self.tr("Name"), self.tr("ID number"),
                   self.tr("Village, household"), self.tr("Groups"), self.tr("Next step")]
        rows = [self._row(item, name_of) for item in self.shown]
        fill(self.people, headers, rows)
        if self.shown:
            self.people.selectRow(0)
        self._show_item()

    def _row(self, item: ItemView, name_of: Any) -> list[str]:
        subject = item.item.subject
        if subject is None:  # a list, not a person: the agency is who to see
            return [item.target_name or "", "", "", "", action_label(item)]
        village = name_of(subject.village_code) if subject.village_code else ""
        return [subject.name, mask_id(subject.id_number) if subject.id_number else "",
                " ".join(part for part in (village, subject.household or "") if part),
                group_names(item.item.groups, self._groups), action_label(item)]

    # --- the chosen person ------------------------------------------------------------------------

    def chosen(self) -> ItemView | None:
        row = self.people.currentRow()
        selected = self.people.selectionModel().hasSelection()
        return self.shown[row] if selected and 0 <= row < len(self.shown) else None

    def _show_item(self) -> None:
        item = self.chosen()
        wizard = WIZARDS.get(item.action) if item is not None else None
        matching = item is not None and item.action is ActionKind.CONFIRM_MATCH
        self.reason.setText(self.tr("Why: %1").replace("%1", describe(item.item.reason)) if item is not None else "")
        self.reason.setVisible(item is not None)
        self.open_button.setEnabled(item is not None and item.resident is not None)
        self.action_button.setVisible(wizard is not None)
        if item is not None and wizard is not None:
            self.action_button.setText(self.tr("&Next step: %1…").replace("%1", action_label(item)))
            self.action_button.setAccessibleName(action_label(item))
        show_text(self.next_step, self._instruction(item) if item is not None and wizard is None else "", "→ ")
        self._fill_candidates(item if matching else None)
        for widget in (self.candidate_label, self.candidate_combo, self.confirm_button):
            widget.setVisible(matching)

    def _instruction(self, item: ItemView) -> str:
        """What to do when no case fits, in plain words."""
        target = item.target_name or ""
        texts = {
            ActionKind.HAND_OVER: self.tr("Pass the name to %1 and tell the resident to go there.")
            .replace("%1", target),
            ActionKind.ASK_AGENCY: self.tr("Ask %1 (through the township) for its new list, then import it on the "
                                           "“Check lists” tab.").replace("%1", target),
            ActionKind.CONFIRM_MATCH: self.tr("Look at the residents below; confirm the one who is this person."),
            ActionKind.CHECK_PAYMENT: self.tr("Ask the township to check this payment."),
            ActionKind.SEND_EVIDENCE: self.tr("Send copies of the certificate to the township."),
            ActionKind.REVIEW_NEXT_YEAR: self.tr("Nothing to do this year; check again next year."),
            ActionKind.EXPLAIN_ARREARS: self.tr("Explain to the resident how back payment (补缴) works."),
        }
        return self.tr("Next step: %1").replace("%1", texts.get(item.action, action_label(item)))

    def _fill_candidates(self, item: ItemView | None) -> None:
        self.candidate_combo.clear()
        if item is None or self.result is None:
            return
        people = {p.key: p for p in self.result.inputs.persons}
        name_of = self.result.comparison.point.name_of
        for uuid in item.candidates:
            person = people.get(str(uuid))
            if person is None:
                continue
            self.candidate_combo.addItem(
                self.tr("%1, born %2, %3, ID %4").replace("%1", person.name)
                .replace("%2", person.birth_date.isoformat()).replace("%3", name_of(person.village_code))
                .replace("%4", mask_id(person.id_number)), str(uuid))
        self.confirm_button.setEnabled(self.candidate_combo.count() > 0 and bool(item.list_rows))

    def open_resident(self) -> None:
        item = self.chosen()
        if item is not None and item.resident is not None:
            self.sig_open_resident.emit(item.resident)

    def take_action(self) -> None:
        item = self.chosen()
        wizard = WIZARDS.get(item.action) if item is not None else None
        if item is not None and wizard is not None:
            self.sig_open_wizard.emit(wizard, item.resident)

    # --- confirming a match -------------------------------------------------------------------------

    def ask_confirm(self) -> QMessageBox | None:
        """Ask before linking: nothing is matched without the assistant saying yes (No is the default)."""
        item = self.chosen()
        data = self.candidate_combo.currentData()
        if item is None or not data or not item.list_rows:
            return None
        resident = UUID(str(data))
        question = named(QMessageBox(QMessageBox.Icon.Question, self.tr("Same person?"), "",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self),
                         "confirm_match_question")
        question.setText(self.tr("Is %1 on the list the same person as %2 in the register? Only say yes if you "
                                 "have checked the ID card or the household register.")
                         .replace("%1", item.name or "").replace("%2", self.candidate_combo.currentText()))
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.finished.connect(lambda answer: self._answered(question, answer, item, resident))
        self.question = question
        question.open()
        return question

    def _answered(self, question: QMessageBox, answer: int, item: ItemView, resident: UUID) -> None:
        self.question = None
        if question.standardButton(question.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        row = item.list_rows[0]

        def matched(_record: object) -> None:
            show_text(self.notice, self.tr("Row %1 of the list is now counted for this resident.")
                      .replace("%1", str(row.row)), "✓ ")
            self.sig_matched.emit()
            self.refresh()

        self.job = start(self, self.tr("Linking the list person to the resident…"),
                         lambda _p: self.lists.confirm_match(row.snapshot, row.row, resident), matched, self._failed)

    # --- the ledger ---------------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.result is None:
            return
        name = self.tr("Management ledger %1.xlsx").replace("%1", self.result.today.isoformat())
        save_ledger_file(self, name, self.export_to)

    def export_to(self, out_path: Path) -> None:
        """Write the ledger of the comparison on show to ``out_path`` on the worker."""
        result, masked = self.result, self.masked_box.isChecked()
        if result is None or self.busy:
            return
        show_text(self.notice, "")

        def done(export: LedgerExport) -> None:
            self.last_export = export
            self._enable_actions(True)
            show_text(self.notice, self.tr("The ledger (%1 people) is saved in %2.")
                      .replace("%1", str(export.rows)).replace("%2", str(export.path)), "✓ ")

        self._enable_actions(False)
        self.job = start(self, self.tr("Writing the ledger…"),
                         lambda p: self.service.export_ledger(out_path, ledger_text, describe, mask_ids=masked,
                                                              result=result, progress=p), done, self._failed)
