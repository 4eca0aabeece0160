"""The Cases page: every case at this desk, filtered by type, status, assistant and date; open one to go on."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.services.cases import OPEN_STATUSES, CaseFilter, CaseRow, CasesService, CaseStatus, CaseType
from desktop.services.errors import ServiceError
from desktop.ui import labels
from desktop.ui.residents_model import Column, RowsModel, make_table
from desktop.ui.search_worker import LatestOnly
from desktop.ui.theme import set_role
from desktop.ui.widgets import named

CASE_LIMIT = 500
FILTER_DELAY_MS = 120
OPEN = "open"  # the status filter's "anything not finished" entry
ALL = ""  # the "any" entry of every filter (a combo box cannot find an item by None)


def when(moment: datetime) -> str:
    """A timestamp as the desk shows it: local date and time to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class CasesModel(RowsModel[CaseRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Reference"), lambda c: c.reference),
            Column(lambda: self.tr("Case"), lambda c: labels.case_type(c.case_type)),
            Column(lambda: self.tr("Status"), lambda c: labels.case_status(c.status),
                   lambda c: c.status in (CaseStatus.RETURNED, CaseStatus.WAITING_DOCUMENTS)),
            Column(lambda: self.tr("Resident"), lambda c: c.resident_name),
            Column(lambda: self.tr("ID number"), lambda c: c.resident_masked_id),
            Column(lambda: self.tr("Papers missing"), lambda c: str(c.missing_papers) if c.missing_papers else ""),
            Column(lambda: self.tr("Last change"), lambda c: when(c.updated_at)),
            Column(lambda: self.tr("By"), lambda c: c.updated_by),
        ], parent)


class CasesPage(QWidget):
    sig_open_case = Signal(object)
    """The assistant asked to open a case: its UUID."""
    sig_loaded = Signal(int)
    """A list of cases arrived: how many."""

    def __init__(self, cases: CasesService, username: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._username = username
        self._today = today or date.today()
        self._assistants: set[str] = {username}
        self._query = LatestOnly(self)
        self.title = set_role(named(QLabel(), "cases_title"), "title")
        self.type_label, self.type_combo = QLabel(), named(QComboBox(), "case_type_filter")
        self.status_label, self.status_combo = QLabel(), named(QComboBox(), "case_status_filter")
        self.assistant_label, self.assistant_combo = QLabel(), named(QComboBox(), "case_assistant_filter")
        self.dates_check = named(QCheckBox(), "case_dates_filter")
        self.since_edit = named(QDateEdit(), "case_since")
        self.until_edit = named(QDateEdit(), "case_until")
        self.since_label, self.until_label = QLabel(), QLabel()
        for label, combo in ((self.type_label, self.type_combo), (self.status_label, self.status_combo),
                             (self.assistant_label, self.assistant_combo)):
            label.setBuddy(combo)
        self.since_label.setBuddy(self.since_edit)
        self.until_label.setBuddy(self.until_edit)
        for edit, day in ((self.since_edit, self._today - timedelta(days=30)), (self.until_edit, self._today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
        self.dates_check.toggled.connect(self.since_edit.setEnabled)
        self.dates_check.toggled.connect(self.until_edit.setEnabled)
        self.clear_button = named(QPushButton(), "case_filter_clear")
        self.clear_button.clicked.connect(self.clear_filters)
        self.model = CasesModel(self)
        self.table = make_table(self.model, "cases_table")
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.open_button = named(QPushButton(), "case_open")
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.count_label = set_role(named(QLabel(), "cases_count"), "count")
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.type_combo, self.status_combo, self.assistant_combo):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.dates_check.toggled.connect(lambda _on: self._timer.start())
        self.since_edit.dateChanged.connect(lambda _d: self._timer.start())
        self.until_edit.dateChanged.connect(lambda _d: self._timer.start())
        self.retranslate_ui()

    def _build_layout(self) -> None:
        filters = QGridLayout()
        for column, (label, combo) in enumerate(((self.type_label, self.type_combo),
                                                 (self.status_label, self.status_combo),
                                                 (self.assistant_label, self.assistant_combo))):
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(combo, 0, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_check)
        for label, edit in ((self.since_label, self.since_edit), (self.until_label, self.until_edit)):
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        filters.addLayout(dates, 1, 0, 1, 6)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Cases"))
        self.type_label.setText(self.tr("Case &type:"))
        self.status_label.setText(self.tr("&Status:"))
        self.assistant_label.setText(self.tr("&Assistant:"))
        self.dates_check.setText(self.tr("Filter by &change date"))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("Unti&l:"))
        self.clear_button.setText(self.tr("Sho&w all cases"))
        self.open_button.setText(self.tr("&Open case"))
        self.type_combo.setAccessibleName(self.tr("Show cases of this type"))
        self.status_combo.setAccessibleName(self.tr("Show cases with this status"))
        self.assistant_combo.setAccessibleName(self.tr("Show cases handled by this assistant"))
        self.dates_check.setAccessibleName(self.tr("Only cases changed between two dates"))
        self.since_edit.setAccessibleName(self.tr("Changed on or after"))
        self.until_edit.setAccessibleName(self.tr("Changed on or before"))
        self.clear_button.setAccessibleName(self.tr("Clear the filters and show all cases"))
        self.open_button.setAccessibleName(self.tr("Open the chosen case"))
        self.table.setAccessibleName(self.tr("Cases"))
        self._fill_combos()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        chosen = (self.type_combo.currentData(), self.status_combo.currentData(), self.assistant_combo.currentData())
        for combo in (self.type_combo, self.status_combo, self.assistant_combo):
            combo.blockSignals(True)
            combo.clear()
        self.type_combo.addItem(self.tr("All types"), ALL)
        for case_type in CaseType:
            self.type_combo.addItem(labels.case_type(case_type), case_type)
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        self.status_combo.addItem(self.tr("Open (not yet decided by the county)"), OPEN)
        for status in CaseStatus:
            self.status_combo.addItem(labels.case_status(status), status)
        self.assistant_combo.addItem(self.tr("Anyone"), ALL)
        for name in sorted(self._assistants):
            self.assistant_combo.addItem(name, name)
        for combo, data in zip((self.type_combo, self.status_combo, self.assistant_combo), chosen, strict=True):
            found = combo.findData(data)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        # combo boxes hand their data back as plain strings: turn them into the service's enums
        case_type, status = str(self.type_combo.currentData() or ""), str(self.status_combo.currentData() or "")
        since = until = None
        if self.dates_check.isChecked():
            since, until = self.since_edit.date().toPython(), self.until_edit.date().toPython()
        return CaseFilter(
            case_type=CaseType(case_type) if case_type else None,
            status=CaseStatus(status) if status and status != OPEN else None,
            statuses=OPEN_STATUSES if status == OPEN else frozenset(),
            assistant=str(self.assistant_combo.currentData() or "") or None,
            since=since if isinstance(since, date) else None,
            until=until if isinstance(until, date) else None,
        )

    def set_filter(self, case_type: CaseType | None = None, status: CaseStatus | str | None = None,
                   assistant: str | None = None) -> None:
        """Choose filters from outside (the Today page's "all returned cases")."""
        if assistant:
            self._assistants.add(assistant)
            self._fill_combos()
        for combo, data in ((self.type_combo, case_type), (self.status_combo, status),
                            (self.assistant_combo, assistant)):
            combo.setCurrentIndex(max(combo.findData(data if data is not None else ALL), 0))
        self.refresh()

    def clear_filters(self) -> None:
        self.dates_check.setChecked(False)
        self.set_filter()

    def refresh(self) -> None:
        self._timer.stop()
        case_filter = self.current_filter()
        self.count_label.setText(self.tr("Looking for cases…"))
        self._query.request(lambda: self._cases.list_cases(case_filter, CASE_LIMIT), self._show, self._failed)

    def stop(self) -> None:
        self._timer.stop()
        self._query.stop()

    def _show(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        seen = {name for row in rows for name in (row.created_by, row.updated_by)}
        if not seen <= self._assistants:
            self._assistants |= seen
            self._fill_combos()
        if len(rows) >= CASE_LIMIT:
            self.count_label.setText(self.tr("Showing the newest %1 cases; narrow the filters to see others.")
                                     .replace("%1", str(CASE_LIMIT)))
        else:
            self.count_label.setText(self.tr("%n case(s)", "", len(rows)))
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.sig_loaded.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(describe(exc.problem) if isinstance(exc, ServiceError) else str(exc))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None:
            self.sig_open_case.emit(row.uuid)

