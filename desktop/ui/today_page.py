"""The Today page: the walk-in queue, then work due, drafts to resume, cases waiting for papers, cases
the county returned and the home visits (上门服务) due. Everything is read on the database worker in one go
and shown when it arrives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.services.cases import CaseFilter, CaseRecord, CaseRow, CasesService, CaseStatus, CaseType, Draft
from desktop.services.errors import ServiceError
from desktop.services.home_visits import HomeVisitRow, HomeVisitsService, Timing
from desktop.services.today import DueItem, DueKind, TodayService, WorkDue
from desktop.services.walkins import Priority, WalkInRow, WalkInsService, WalkInStatus
from desktop.ui import labels
from desktop.ui.case_view import returned_reason
from desktop.ui.cases_page import when
from desktop.ui.display_mode import DisplayMode, current_mode, figures, mode_notifier
from desktop.ui.home_visit_dialog import CancelVisitDialog, HomeVisitDialog, plan_visit, visit_day
from desktop.ui.operation import Operation
from desktop.ui.residents_model import Column, RowsModel, make_table, row_height
from desktop.ui.search_worker import LatestOnly
from desktop.ui.theme import set_role
from desktop.ui.walk_in_dialog import WalkInDialog, reason_label
from desktop.ui.widgets import named

LIST_LIMIT = 100
CASE_TYPES = frozenset(str(t) for t in CaseType)


@dataclass(frozen=True)
class TodayData:
    queue: list[WalkInRow]
    work: WorkDue
    drafts: list[Draft]
    waiting: list[CaseRow]
    returned: list[CaseRecord]  # whole records: the county's reason is on the record
    visits: list[HomeVisitRow] = field(default_factory=list)  # overdue, today's and the coming days' visits


def load_today(walk_ins: WalkInsService, cases: CasesService, today: TodayService,
               include_finished: bool, home_visits: HomeVisitsService | None = None) -> TodayData:
    """Everything the page shows, read on the database worker."""
    waiting = cases.list_cases(CaseFilter(status=CaseStatus.WAITING_DOCUMENTS), LIST_LIMIT)
    returned_rows = cases.list_cases(CaseFilter(status=CaseStatus.RETURNED), LIST_LIMIT)
    returned = [record for row in returned_rows if (record := cases.get(row.uuid)) is not None]
    visits = home_visits.agenda() if home_visits is not None else []
    return TodayData(walk_ins.queue(include_finished), today.work_due(LIST_LIMIT), cases.drafts(), waiting,
                     returned, visits)

LARGE_TYPE_ROWS = 4
QUEUE_ID_COLUMN = 2
# in large type these columns share the width left over and wrap their words, so the queue never needs
# sideways scrolling; the short ones (arrival time, priority) keep the width of their text
QUEUE_WRAPPED_COLUMNS = frozenset({1, 4, 5, 6})
VISIT_WRAPPED_COLUMNS = frozenset({1, 3, 5})


def fit_columns(table: QTableView, wrapped: frozenset[int], large: bool) -> None:
    """Large type: the ``wrapped`` columns stretch to share the table's width and wrap their words; rows grow
    to their text. Normal type: every column as wide as its text, one line a row."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        stretch = large and column in wrapped
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(large)
    rows = table.verticalHeader()
    app = QApplication.instance()
    height = row_height(app.font(), figures(current_mode(app)).min_target_px) if isinstance(app, QApplication) \
        else rows.defaultSectionSize()
    if large:
        rows.setMinimumSectionSize(height)  # a row grows with wrapped words but never below a finger's target
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        # the large minimum would hold the default row height (set by the mode's row sizer) up
        rows.setMinimumSectionSize(-1)
        rows.setDefaultSectionSize(height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


def rows_height(table: QTableView, rows: int) -> int:
    """The height a table needs to show its header and this many rows whole."""
    scroll_bar = table.horizontalScrollBar().sizeHint().height()
    return (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth() + scroll_bar)


class TodayPage(QWidget):
    sig_open_wizard = Signal(str, object)
    """Start a case: its type and the resident's UUID (None when not yet in the register)."""
    sig_resume_draft = Signal(object)
    """Go on with an unfinished wizard: the Draft."""
    sig_open_case = Signal(object)
    """Open a case: its UUID."""
    sig_open_resident = Signal(object)
    """Open a resident page: the resident's UUID."""
    sig_start_visit = Signal(object)
    """Make a home visit: its HomeVisitRow (the main window opens the case's wizard)."""
    sig_loaded = Signal()
    """The page shows fresh data."""

    def __init__(self, walk_ins: WalkInsService, cases: CasesService, today: TodayService,
                 parent: QWidget | None = None, *, home_visits: HomeVisitsService | None = None,
                 staff: str = "") -> None:
        super().__init__(parent)
        self._walk_ins = walk_ins
        self._cases = cases
        self._today = today
        self._visits = home_visits
        self._staff = staff  # who goes on a visit unless the assistant says otherwise
        self._query = LatestOnly(self)
        self._data: TodayData | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.visit_dialog: HomeVisitDialog | CancelVisitDialog | None = None
        self.title = set_role(named(QLabel(), "today_title"), "title")
        self.status_label = set_role(named(QLabel(), "today_status"), "hint")
        self._build_queue()
        self._build_lists()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.queue_box)
        # visits are people to serve today, like the queue: a part of the page of their own, not a tab
        splitter.addWidget(self.visits_box)
        splitter.addWidget(self.tabs)
        for number in range(splitter.count()):
            splitter.setStretchFactor(number, 1)
        self.visits_box.setVisible(self._visits is not None)  # a desk without the visit service shows none
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status_label)
        # in large type the lists keep several whole rows each and the page scrolls instead of squeezing them
        self.scroll_area = named(QScrollArea(), "today_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lists; it scrolls to the focused one
        self.scroll_area.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self.fit_mode)
            self.fit_mode()

    # --- building ------------------------------------------------------------------------------

    def _build_queue(self) -> None:
        self.queue_box = QGroupBox()
        self.queue = RowsModel[WalkInRow]([
            Column(lambda: self.tr("Arrived"), lambda w: w.arrived_at.astimezone().strftime("%H:%M")),
            Column(lambda: self.tr("Name"), lambda w: w.name or w.masked_id or ""),
            Column(lambda: self.tr("ID number"), lambda w: w.masked_id or ""),
            Column(lambda: self.tr("Priority"), lambda w: labels.walk_in_priority(w.priority),
                   lambda w: w.priority != Priority.NORMAL),
            Column(lambda: self.tr("Reason"), lambda w: reason_label(w.reason)),
            Column(lambda: self.tr("Status"), self._walk_in_status, lambda w: w.status == WalkInStatus.SERVING),
            Column(lambda: self.tr("Note"), lambda w: w.note),
        ], self)
        self.queue_table = make_table(self.queue, "queue_table")
        self.queue_table.doubleClicked.connect(lambda _i: self.start_selected())
        self.add_button = set_role(named(QPushButton(), "walk_in_add"), "primary")
        self.add_button.clicked.connect(self.add_walk_in)
        self.start_button = named(QPushButton(), "walk_in_start")
        self.start_button.clicked.connect(self.start_selected)
        self.done_button = named(QPushButton(), "walk_in_done")
        self.done_button.clicked.connect(lambda: self._set_selected(WalkInStatus.DONE))
        self.left_button = named(QPushButton(), "walk_in_left")
        self.left_button.clicked.connect(lambda: self._set_selected(WalkInStatus.LEFT))
        self.finished_check = named(QCheckBox(), "walk_in_show_finished")
        self.finished_check.toggled.connect(lambda _on: self.refresh())
        self.queue_problem = set_role(named(QLabel(), "queue_problem"), "problem")
        self.queue_problem.setWordWrap(True)
        self.queue_problem.setVisible(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.start_button, self.done_button, self.left_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.finished_check)
        layout = QVBoxLayout(self.queue_box)
        layout.addLayout(buttons)
        layout.addWidget(self.queue_table, 1)
        layout.addWidget(self.queue_problem)

    def _build_lists(self) -> None:
        self.tabs = named(QTabWidget(), "today_tabs")
        self.due = RowsModel[DueItem]([
            Column(lambda: self.tr("Due"), lambda d: d.due_date.isoformat(), lambda d: d.due_date < self._day()),
            Column(lambda: self.tr("Resident"), lambda d: d.resident.name),
            Column(lambda: self.tr("ID number"), lambda d: d.resident.masked_id),
            Column(lambda: self.tr("What needs doing"), self.due_text),
        ], self)
        self.drafts = RowsModel[Draft]([
            Column(lambda: self.tr("Case"), lambda d: labels.case_type(d.case_type)),
            Column(lambda: self.tr("Resident"), lambda d: d.resident_name or self.tr("not chosen yet")),
            Column(lambda: self.tr("Last saved"), lambda d: when(d.updated_at)),
            Column(lambda: self.tr("By"), lambda d: d.updated_by),
        ], self)
        self.waiting = RowsModel[CaseRow]([
            Column(lambda: self.tr("Reference"), lambda c: c.reference),
            Column(lambda: self.tr("Case"), lambda c: labels.case_type(c.case_type)),
            Column(lambda: self.tr("Resident"), lambda c: c.resident_name),
            Column(lambda: self.tr("Papers missing"), lambda c: str(c.missing_papers)),
            Column(lambda: self.tr("Last change"), lambda c: when(c.updated_at)),
        ], self)
        self.returned = RowsModel[CaseRecord]([
            Column(lambda: self.tr("Reference"), lambda c: c.row.reference),
            Column(lambda: self.tr("Case"), lambda c: labels.case_type(c.row.case_type)),
            Column(lambda: self.tr("Resident"), lambda c: c.row.resident_name),
            Column(lambda: self.tr("Returned"), lambda c: when(c.row.updated_at)),
            Column(lambda: self.tr("Why the county returned it"), returned_reason),
        ], self)
        self.due_table = make_table(self.due, "due_table")
        self.drafts_table = make_table(self.drafts, "drafts_table")
        self.waiting_table = make_table(self.waiting, "waiting_table")
        self.returned_table = make_table(self.returned, "returned_table")
        self.due_table.doubleClicked.connect(self._due_activated)
        self.due_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._due_selected())
        self.drafts_table.doubleClicked.connect(self._draft_activated)
        self.waiting_table.doubleClicked.connect(lambda i: self._case_activated(self.waiting, i))
        self.returned_table.doubleClicked.connect(lambda i: self._case_activated(self.returned, i))
        self.claim_button = named(QPushButton(), "due_start_claim")
        self.claim_button.clicked.connect(self._start_claim)
        self.due_resident_button = named(QPushButton(), "due_open_resident")
        self.due_resident_button.clicked.connect(lambda: self._due_activated(self.due_table.currentIndex()))
        self.resume_button = set_role(named(QPushButton(), "draft_resume"), "primary")
        self.resume_button.clicked.connect(lambda: self._draft_activated(self.drafts_table.currentIndex()))
        self.due_visit_button = named(QPushButton(), "due_plan_visit")
        self.due_visit_button.clicked.connect(self._plan_visit_for_due)
        self.due_note = set_role(named(QLabel(), "due_note"), "hint")
        self.due_note.setWordWrap(True)
        self.tabs.addTab(self._tab(self.due_table, self.due_note, self.due_resident_button, self.due_visit_button,
                                   self.claim_button), "")
        self.tabs.addTab(self._tab(self.drafts_table, None, self.resume_button), "")
        self.tabs.addTab(self._tab(self.waiting_table), "")
        self.tabs.addTab(self._tab(self.returned_table), "")
        self._build_visits()

    def _build_visits(self) -> None:
        self.visits = RowsModel[HomeVisitRow]([
            Column(lambda: self.tr("When"), self.visit_when, lambda v: v.timing is Timing.OVERDUE),
            Column(lambda: self.tr("Resident"), lambda v: v.resident.name),
            Column(lambda: self.tr("For"), lambda v: reason_label(v.kind)),
            Column(lambda: self.tr("Address"), lambda v: v.address),
            Column(lambda: self.tr("Who goes"), lambda v: v.staff),
            Column(lambda: self.tr("Note"), lambda v: v.note),
        ], self)
        self.visits_table = make_table(self.visits, "visits_table")
        self.visits_table.doubleClicked.connect(lambda _i: self.start_visit())
        self.visit_start_button = set_role(named(QPushButton(), "visit_start"), "primary")
        self.visit_start_button.clicked.connect(self.start_visit)
        self.visit_done_button = named(QPushButton(), "visit_done")
        self.visit_done_button.clicked.connect(self._visit_done)
        self.visit_move_button = named(QPushButton(), "visit_move")
        self.visit_move_button.clicked.connect(self.move_visit)
        self.visit_cancel_button = named(QPushButton(), "visit_cancel")
        self.visit_cancel_button.clicked.connect(self.cancel_visit)
        self.visits_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._visit_selected())
        self.visits_box = named(QGroupBox(), "visits_box")
        inner = self._tab(self.visits_table, None, self.visit_move_button, self.visit_cancel_button,
                          self.visit_done_button, self.visit_start_button)
        inner_layout = inner.layout()
        if inner_layout is not None:
            inner_layout.setContentsMargins(0, 0, 0, 0)  # the group box has its own
        QVBoxLayout(self.visits_box).addWidget(inner)

    @staticmethod
    def _tab(table: QTableView, note: QLabel | None = None, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        if note is not None:
            row.addWidget(note, 1)
        else:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def fit_mode(self, _mode: str = "") -> None:
        """Large type: every list shows at least LARGE_TYPE_ROWS whole rows, and the queue leaves out the
        ID number (the name column shows it for people not in the register) and wraps its longer columns so it
        needs no sideways scrolling."""
        app = QApplication.instance()
        large = isinstance(app, QApplication) and current_mode(app) is DisplayMode.ELDERLY
        for table in (self.queue_table, self.due_table, self.drafts_table, self.waiting_table, self.returned_table,
                      self.visits_table):
            table.setMinimumHeight(rows_height(table, LARGE_TYPE_ROWS) if large else 0)
        self.queue_table.setColumnHidden(QUEUE_ID_COLUMN, large)
        fit_columns(self.queue_table, QUEUE_WRAPPED_COLUMNS, large)
        fit_columns(self.visits_table, VISIT_WRAPPED_COLUMNS, large)

    # --- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", self._day().isoformat()))
        self.queue_box.setTitle(self.tr("Walk-in queue"))
        self.add_button.setText(self.tr("&Add walk-in…"))
        self.add_button.setAccessibleName(self.tr("Add someone who came in to the queue"))
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start serving the chosen person"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("The chosen person has been served"))
        self.left_button.setText(self.tr("&Left"))
        self.left_button.setAccessibleName(self.tr("The chosen person left without being served"))
        self.finished_check.setText(self.tr("Show &finished"))
        self.finished_check.setAccessibleName(self.tr("Also show people already served or gone"))
        self.queue_table.setAccessibleName(self.tr("Walk-in queue, in serving order"))
        self.due_table.setAccessibleName(self.tr("Work due"))
        self.drafts_table.setAccessibleName(self.tr("Unfinished cases to resume"))
        self.waiting_table.setAccessibleName(self.tr("Cases waiting for papers"))
        self.returned_table.setAccessibleName(self.tr("Cases returned by the county"))
        self.tabs.setAccessibleName(self.tr("Work lists"))
        self.tabs.tabBar().setAccessibleName(self.tr("Work lists"))
        self.claim_button.setText(self.tr("Start the pension &claim"))
        self.claim_button.setAccessibleName(self.tr("Start the pension claim for the chosen resident"))
        self.due_resident_button.setText(self.tr("Resident &page"))
        self.due_resident_button.setAccessibleName(self.tr("Open the chosen resident's page"))
        self.resume_button.setText(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Go on with the chosen unfinished case"))
        self.due_visit_button.setText(self.tr("Plan a &home visit…"))
        self.due_visit_button.setAccessibleName(self.tr("Plan a home visit for the chosen resident"))
        self.visits_table.setAccessibleName(self.tr("Home visits: overdue, today's and the coming days'"))
        self.visit_start_button.setText(self.tr("S&tart the visit"))
        self.visit_start_button.setAccessibleName(self.tr("Start the chosen home visit: opens its form"))
        self.visit_done_button.setText(self.tr("Visit d&one"))
        self.visit_done_button.setAccessibleName(self.tr("The chosen visit took place with no form to fill in"))
        self.visit_move_button.setText(self.tr("&Move…"))
        self.visit_move_button.setAccessibleName(self.tr("Move the chosen visit to another day"))
        self.visit_cancel_button.setText(self.tr("Ca&ncel visit…"))
        self.visit_cancel_button.setAccessibleName(self.tr("Cancel the chosen visit"))
        for model in (self.queue, self.due, self.drafts, self.waiting, self.returned, self.visits):
            model.retranslate()
        self._tab_titles()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tab_titles(self) -> None:
        d = self._data
        due_total = sum(d.work.totals.values()) if d else 0
        titles = (
            self.tr("Work due (%1)").replace("%1", str(due_total)),
            self.tr("Unfinished (%1)").replace("%1", str(len(d.drafts) if d else 0)),
            self.tr("Waiting for papers (%1)").replace("%1", str(len(d.waiting) if d else 0)),
            self.tr("Returned by the county (%1)").replace("%1", str(len(d.returned) if d else 0)),
        )
        for number, title in enumerate(titles):
            self.tabs.setTabText(number, title)
        due = sum(1 for v in d.visits if v.timing is not Timing.UPCOMING) if d else 0
        self.visits_box.setTitle(self.tr("Home visits (%1 due)").replace("%1", str(due)))
        waiting = sum(1 for w in d.queue if w.status == WalkInStatus.WAITING) if d else 0
        self.status_label.setText(self.tr("%n waiting", "", waiting) if d else self.tr("Loading…"))
        shown = len(d.work.items) if d else 0
        self.due_note.setText(self.tr("Showing the first %1 of %2.").replace("%1", str(shown))
                              .replace("%2", str(due_total)) if shown < due_total else "")

    def _walk_in_status(self, w: WalkInRow) -> str:
        return {
            WalkInStatus.WAITING: self.tr("waiting"),
            WalkInStatus.SERVING: self.tr("being served by %1").replace("%1", w.served_by or ""),
            WalkInStatus.DONE: self.tr("done"),
            WalkInStatus.LEFT: self.tr("left"),
        }[w.status]

    def visit_when(self, visit: HomeVisitRow) -> str:
        day = visit_day(visit.planned_on, visit.part_of_day)
        if visit.timing is Timing.OVERDUE:
            return self.tr("%1 (overdue)").replace("%1", day)  # words as well as bold: never emphasis alone
        return self.tr("%1 (today)").replace("%1", day) if visit.timing is Timing.DUE else day

    def due_text(self, item: DueItem) -> str:
        d = item.detail
        if item.kind == DueKind.PENSION_CLAIM:
            if item.due_date < self._day():
                return self.tr("Turned 60 on %1 and has not claimed the pension: start the claim (待遇领取)") \
                    .replace("%1", str(d.get("birthday", "")))
            return self.tr("Turns 60 on %1: prepare the pension claim (待遇领取); %2 year(s) paid") \
                .replace("%1", str(d.get("birthday", ""))).replace("%2", str(d.get("years_paid", 0)))
        if item.kind == DueKind.CONTRIBUTION_GAP:
            return self.tr("Nothing paid for %1: remind them to pay this year's contribution") \
                .replace("%1", str(d.get("year", "")))
        return item.kind + ": " + ", ".join(f"{k} {v}" for k, v in d.items())

    def _day(self) -> date:
        return self._today.day()

    # --- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        include_finished = self.finished_check.isChecked()
        self._query.request(lambda: load_today(self._walk_ins, self._cases, self._today, include_finished,
                                               self._visits), self._show, self._failed)

    def stop(self) -> None:
        self._query.stop()

    def _show(self, data: TodayData) -> None:
        chosen = self._selected_walk_in()
        self._data = data
        self.queue.set_rows(data.queue)
        self.due.set_rows(list(data.work.items))
        self.drafts.set_rows(data.drafts)
        self.waiting.set_rows(data.waiting)
        self.returned.set_rows(data.returned)
        chosen_visit = self._selected_visit()
        self.visits.set_rows(data.visits)
        self._tab_titles()
        visits = [v.uuid for v in data.visits]
        self.visits_table.selectRow(visits.index(chosen_visit.uuid) if chosen_visit and chosen_visit.uuid in visits
                                    else 0)
        self._visit_selected()
        rows = [w.uuid for w in data.queue]
        self.queue_table.selectRow(rows.index(chosen.uuid) if chosen and chosen.uuid in rows else 0)
        self.due_table.selectRow(0)
        self._due_selected()
        self.queue_problem.setVisible(False)
        self.sig_loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.queue_problem.setText("⚠ " + (describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)))
        self.queue_problem.setVisible(True)

    # --- the queue -----------------------------------------------------------------------------

    def add_walk_in(self) -> None:
        dialog = WalkInDialog(self._walk_ins, self)
        dialog.sig_added.connect(lambda _row: self.refresh())
        self.walk_in_dialog = dialog
        dialog.open()

    def _selected_walk_in(self) -> WalkInRow | None:
        index = self.queue_table.currentIndex()
        return self.queue.row(index.row()) if index.isValid() else None

    def start_selected(self) -> None:
        """Serve the chosen walk-in: their case's wizard, or their resident page."""
        walk_in = self._selected_walk_in()
        if walk_in is None or not walk_in.open:
            return
        if walk_in.status == WalkInStatus.WAITING:
            self._set_status(walk_in, WalkInStatus.SERVING)
        if walk_in.reason in CASE_TYPES:
            self.sig_open_wizard.emit(walk_in.reason, walk_in.resident_uuid)
        elif walk_in.resident_uuid is not None:
            self.sig_open_resident.emit(walk_in.resident_uuid)

    def _set_selected(self, status: WalkInStatus) -> None:
        walk_in = self._selected_walk_in()
        if walk_in is not None and walk_in.open:
            self._set_status(walk_in, status)

    def _set_status(self, walk_in: WalkInRow, status: WalkInStatus) -> None:
        Operation(lambda _p: self._walk_ins.set_status(walk_in.uuid, status), lambda _row: self.refresh(),
                  self._failed, self, self.tr("Updating the queue…"), cancellable=False).start()

    # --- the lists -----------------------------------------------------------------------------

    def _due_activated(self, index: QModelIndex) -> None:
        item = self.due.row(index.row()) if index.isValid() else None
        if item is not None:
            self.sig_open_resident.emit(item.resident.uuid)

    def _current_due(self) -> DueItem | None:
        index = self.due_table.currentIndex()
        return self.due.row(index.row()) if index.isValid() else None

    def _due_selected(self) -> None:
        item = self._current_due()
        self.claim_button.setEnabled(item is not None and item.kind == DueKind.PENSION_CLAIM)
        self.due_resident_button.setEnabled(item is not None)
        self.due_visit_button.setEnabled(item is not None and self._visits is not None)

    def _start_claim(self) -> None:
        item = self._current_due()
        if item is not None and item.kind == DueKind.PENSION_CLAIM:
            self.sig_open_wizard.emit(str(CaseType.PENSION_CLAIM), item.resident.uuid)

    def _draft_activated(self, index: QModelIndex) -> None:
        draft = self.drafts.row(index.row()) if index.isValid() else None
        if draft is not None:
            self.sig_resume_draft.emit(draft)

    def _case_activated(self, model: RowsModel[CaseRow] | RowsModel[CaseRecord], index: QModelIndex) -> None:
        found = model.row(index.row()) if index.isValid() else None
        if isinstance(found, CaseRecord):
            self.sig_open_case.emit(found.row.uuid)
        elif isinstance(found, CaseRow):
            self.sig_open_case.emit(found.uuid)


    # --- home visits ---------------------------------------------------------------------------

    def plan_visit(self, resident_uuid: UUID, kind: str | None = None) -> None:
        """Open the dialog to plan a visit for this resident (once their address is read)."""
        if self._visits is not None:
            plan_visit(self, self._visits, resident_uuid, self._staff, kind, lambda _row: self.refresh(),
                       self._visit_dialog_opened, self._failed)

    def _visit_dialog_opened(self, dialog: HomeVisitDialog | CancelVisitDialog) -> None:
        self.visit_dialog = dialog

    def _plan_visit_for_due(self) -> None:
        item = self._current_due()
        if item is not None:
            self.plan_visit(item.resident.uuid, "pension_claim" if item.kind == DueKind.PENSION_CLAIM else "inquiry")

    def _selected_visit(self) -> HomeVisitRow | None:
        index = self.visits_table.currentIndex()
        return self.visits.row(index.row()) if index.isValid() else None

    def _visit_selected(self) -> None:
        visit = self._selected_visit()
        for button in (self.visit_start_button, self.visit_move_button, self.visit_cancel_button):
            button.setEnabled(visit is not None)
        # a visit for a case is done when its form is saved; a question or a certification has no form
        self.visit_done_button.setEnabled(visit is not None and visit.kind not in CASE_TYPES)

    def start_visit(self) -> None:
        visit = self._selected_visit()
        if visit is not None:
            self.sig_start_visit.emit(visit)

    def move_visit(self) -> None:
        visit, visits = self._selected_visit(), self._visits
        if visit is None or visits is None:
            return
        dialog = HomeVisitDialog(visits, visit.defaults(), self._staff, visit, parent=self)
        dialog.sig_saved.connect(lambda _row: self.refresh())
        self.visit_dialog = dialog
        dialog.open()

    def cancel_visit(self) -> None:
        visit, visits = self._selected_visit(), self._visits
        if visit is None or visits is None:
            return
        dialog = CancelVisitDialog(visits, visit, self)
        dialog.sig_cancelled.connect(lambda _row: self.refresh())
        self.visit_dialog = dialog
        dialog.open()

    def _visit_done(self) -> None:
        visit, visits = self._selected_visit(), self._visits
        if visit is not None and visits is not None and visit.kind not in CASE_TYPES:
            Operation(lambda _p: visits.mark_done(visit.uuid), lambda _row: self.refresh(), self._failed, self,
                      self.tr("Recording the visit…"), cancellable=False).start()
