"""The audit trail for a supervisor: who did what and when, filtered, page by page; and the chain check.

ID and mobile numbers come masked from the service; the whole detail of an event is in its tooltip.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.services.accounts import AccountsService, AuditFilter, AuditRow
from desktop.services.desk import AuditReport, Desk
from desktop.services.errors import ServiceError
from desktop.ui.first_run_pages import problem_label, show_problem
from desktop.ui.operation import Operation, run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

PAGE_SIZE = 100
ANY_DAY = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any day": no bound
DETAIL_CHARS = 90

_Index = QModelIndex | QPersistentModelIndex
_BOOKKEEPING = frozenset({"id", "uuid", "version", "created_at", "created_by", "updated_at", "updated_by"})


def readable_detail(detail: str) -> str:
    """An event's JSON as "field: value" pairs (changes as "before → after"), without bookkeeping fields."""
    try:
        data = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return detail
    before, after = data.get("before"), data.get("after")
    if isinstance(before, dict) and isinstance(after, dict):
        pairs = [f"{k}: {_plain(before.get(k))} → {_plain(v)}" for k, v in after.items() if k not in _BOOKKEEPING]
    else:
        shown = after if isinstance(after, dict) else before if isinstance(before, dict) else data
        pairs = [f"{k}: {_plain(v)}" for k, v in shown.items() if k not in _BOOKKEEPING and v is not None]
    return "; ".join(pairs)


def _plain(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class AuditModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, labels: AuditTrailDialog) -> None:
        super().__init__(labels)
        self._labels = labels
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._labels.column_titles()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMNS - 1:
            return row.detail
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        text = readable_detail(row.detail)
        detail = text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS] + "…"
        values = (str(row.seq), row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), row.actor,
                  self._labels.action_label(row.action), self._labels.entity_label(row.entity_type), detail)
        return values[index.column()]


class AuditTrailDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = AccountsService(desk)
        self.offset = 0
        self.total = 0
        self.actor_combo = named(QComboBox(), "audit_actor")
        self.action_combo = named(QComboBox(), "audit_action")
        self.entity_combo = named(QComboBox(), "audit_entity")
        self.since_edit = named(QDateEdit(), "audit_since")
        self.until_edit = named(QDateEdit(), "audit_until")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(ANY_DAY)
            edit.setDate(ANY_DAY)
        self.labels = {w: QLabel() for w in (self.actor_combo, self.action_combo, self.entity_combo,
                                             self.since_edit, self.until_edit)}
        self.model = AuditModel(self)
        self.table = named(QTableView(), "audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per event; the whole detail is in the tooltip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.page_label = set_role(wrapping_label("audit_page"), "count")
        self.previous_button = named(QPushButton(), "audit_previous")
        self.next_button = named(QPushButton(), "audit_next")
        self.verify_button = named(QPushButton(), "audit_verify")
        self.close_button = named(QPushButton(), "audit_close")
        self.verify_result = set_role(wrapping_label("audit_verified"), "notice")
        self.verify_result.setVisible(False)
        self.problem = problem_label("audit_problem")
        filters = QFormLayout()
        for widget, label in self.labels.items():
            label.setBuddy(widget)
        filters.addRow(self.labels[self.actor_combo], self.actor_combo)
        filters.addRow(self.labels[self.action_combo], self.action_combo)
        filters.addRow(self.labels[self.entity_combo], self.entity_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(self.labels[self.until_edit])
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addRow(self.labels[self.since_edit], dates)
        paging = QHBoxLayout()
        paging.addWidget(self.previous_button)
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self._fill_choices()
        for combo in (self.actor_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(lambda _i: self.show_page(0))
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.show_page(0))
        self.previous_button.clicked.connect(lambda: self.show_page(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.show_page(self.offset + PAGE_SIZE))
        self.verify_button.clicked.connect(self.verify)
        self.close_button.clicked.connect(self.accept)
        height = self.fontMetrics().height()
        self.resize(height * 60, height * 36)
        self.show_page(0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        for widget, label, accessible in (
            (self.actor_combo, self.tr("&Assistant:"), self.tr("Filter by assistant")),
            (self.action_combo, self.tr("&What was done:"), self.tr("Filter by action")),
            (self.entity_combo, self.tr("&Record:"), self.tr("Filter by kind of record")),
            (self.since_edit, self.tr("&From:"), self.tr("From this day")),
            (self.until_edit, self.tr("&to:"), self.tr("To this day")),
        ):
            self.labels[widget].setText(label)
            widget.setAccessibleName(accessible)
        for edit in (self.since_edit, self.until_edit):
            edit.setSpecialValueText(self.tr("any day"))
        self.table.setAccessibleName(self.tr("Audit events, newest first"))
        for button, text, accessible in (
            (self.previous_button, self.tr("◀ &Newer"), self.tr("Newer events")),
            (self.next_button, self.tr("&Older ▶"), self.tr("Older events")),
            (self.verify_button, self.tr("&Verify the chain"), self.tr("Verify that no event was changed")),
            (self.close_button, self.tr("C&lose"), self.tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(accessible)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AuditModel.COLUMNS - 1)

    def column_titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("Assistant"), self.tr("What was done"), self.tr("Record"),
                self.tr("Details")]

    def action_label(self, action: str) -> str:
        labels = {
            "create": self.tr("Added"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
            "sign_in": self.tr("Signed in"), "sign_out": self.tr("Signed out"), "locked": self.tr("Locked (idle)"),
            "unlocked": self.tr("Unlocked"), "password_changed": self.tr("Changed own password"),
            "password_reset": self.tr("Set a new password"), "backup": self.tr("Backed up"),
            "reveal_id": self.tr("Looked at a whole ID number"), "audit_verified": self.tr("Verified the trail"),
            "desk_created": self.tr("Set up the desk"), "draft_created": self.tr("Started a form"),
            "device_slot_enabled": self.tr("Unattended opening switched on"),
            "device_slot_disabled": self.tr("Unattended opening switched off"),
        }
        return labels.get(action, action)

    def entity_label(self, entity_type: str | None) -> str:
        labels = {
            "assistants": self.tr("Account"), "residents": self.tr("Resident"), "households": self.tr("Household"),
            "cases": self.tr("Case"), "drafts": self.tr("Unfinished form"), "contributions": self.tr("Contribution"),
            "group_memberships": self.tr("Group membership"),
            "disability_certificates": self.tr("Disability certificate"),
            "attachments": self.tr("Scanned paper"), "list_snapshots": self.tr("Agency list"),
            "walk_ins": self.tr("Walk-in"),
        }
        return labels.get(entity_type or "", entity_type or "")

    def current_filter(self) -> AuditFilter:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return value if isinstance(value, str) and value else None

        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == ANY_DAY else date(value.year(), value.month(), value.day())

        return AuditFilter(chosen(self.actor_combo), chosen(self.action_combo), chosen(self.entity_combo),
                           day(self.since_edit), day(self.until_edit))

    def show_page(self, offset: int) -> None:
        where = self.current_filter()
        service = self._service
        try:
            self.total = run_blocking(lambda: service.audit_count(where))
            self.offset = max(0, min(offset, (self.total - 1) // PAGE_SIZE * PAGE_SIZE)) if self.total else 0
            start = self.offset
            rows = run_blocking(lambda: service.audit_events(where, PAGE_SIZE, start))
        except ServiceError as exc:
            show_problem(self.problem, describe(exc.problem))
            rows, self.total = [], 0
        self.model.set_rows(rows)
        if self.total:
            self.page_label.setText(self.tr("Events %1–%2 of %3, newest first").replace("%1", str(self.offset + 1))
                                    .replace("%2", str(self.offset + len(rows))).replace("%3", str(self.total)))
        else:
            self.page_label.setText(self.tr("No event matches these filters."))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(rows) < self.total)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        service = self._service

        def done(report: AuditReport) -> None:
            self.verify_button.setEnabled(True)
            if report.ok:
                set_role(self.verify_result, "notice")
                intact = self.tr("The trail is intact: %1 events checked, none was changed, removed or reordered.")
                self.verify_result.setText("✓ " + intact.replace("%1", str(report.events_checked)))
            else:
                set_role(self.verify_result, "problem")
                why = describe(report.problem) if report.problem else ""
                self.verify_result.setText("⚠ " + self.tr("The trail is broken at event %1. %2")
                                           .replace("%1", str(report.first_bad_seq)).replace("%2", why))
            self.verify_result.setVisible(True)
            self.show_page(0)  # the check itself is a new event

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_problem(self.problem, describe(exc.problem) if isinstance(exc, ServiceError) else str(exc))

        Operation(lambda _p: service.verify(), done, failed, self, self.tr("Checking every event…"), False).start()

    def _fill_choices(self) -> None:
        try:
            choices = run_blocking(self._service.audit_choices)
        except ServiceError as exc:
            show_problem(self.problem, describe(exc.problem))
            return
        for combo, values, label in ((self.actor_combo, choices.actors, str),
                                     (self.action_combo, choices.actions, self.action_label),
                                     (self.entity_combo, choices.entity_types, self.entity_label)):
            combo.addItem(self.tr("All"), "")
            for value in values:
                combo.addItem(label(value), value)


def open_audit_trail(parent: QWidget | None, desk: Desk) -> AuditTrailDialog:
    """The audit trail viewer (the service refuses an assistant who is not a supervisor; the page says so)."""
    dialog = AuditTrailDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
