"""The desk's main window: Today, the residents register and the cases, with the Desk menu.

Everything that reads the database runs on the single database worker; the register's search follows
the typing without ever waiting for it (only the newest answer is shown). A case reference typed or
scanned into the search box (a USB scanner types "CB…" and Enter) opens that case.

Hooks other parts of the desk fill in, imported only when first used: :meth:`MainWindow.open_wizard`
(``desktop.ui.wizards``; :meth:`MainWindow.start_home_visit` opens one for a home visit and marks the visit
done when the case is saved), :meth:`MainWindow.open_accounts` (``desktop.ui.accounts_dialog``),
:meth:`MainWindow.open_audit_trail` (``desktop.ui.audit_view``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from core.references import normalize_reference
from desktop.i18n import install_translators
from desktop.messages import describe
from desktop.services.cases import CaseRecord, CasesService, CaseType, Draft
from desktop.services.desk import AuditReport, Desk
from desktop.services.errors import ServiceError
from desktop.services.home_visits import HOME_VISIT_KEY, HomeVisitRow, HomeVisitsService
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentProfile, ResidentsService, ResidentSummary
from desktop.services.settings import save_settings
from desktop.services.sync import SyncService
from desktop.services.today import TodayService
from desktop.services.walkins import WalkInsService
from desktop.ui import labels
from desktop.ui.case_view import CaseView
from desktop.ui.cases_page import CasesPage
from desktop.ui.display_mode import DisplayMenu
from desktop.ui.home_visit_dialog import HomeVisitDialog, plan_visit
from desktop.ui.operation import Operation, run_blocking
from desktop.ui.resident_page import ResidentPage
from desktop.ui.residents_model import ResidentsModel, make_table
from desktop.ui.search_worker import LatestOnly
from desktop.ui.sync_panel import RegisterDialog, SyncStatusWidget
from desktop.ui.theme import set_role
from desktop.ui.today_page import TodayPage
from desktop.ui.widgets import named

SEARCH_DELAY_MS = 60  # short: the search never blocks, and a scanner's burst of keys makes one query
PAGE_DELAY_MS = 150
SEARCH_LIMIT = 200
TODAY, RESIDENTS, CASES, LISTS = range(4)
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))  # each language named in itself, never translated


class RegisterPanel(QWidget):
    """Search box and results on the left, the chosen resident's page on the right."""

    def __init__(self, residents: ResidentsService, group_labels: Mapping[str, str],
                 parent: QWidget | None = None, *, home_visits: HomeVisitsService | None = None) -> None:
        super().__init__(parent)
        self._residents = residents
        self._home_visits = home_visits
        self._search = LatestOnly(self)
        self._profile = LatestOnly(self)
        self.search_label = QLabel(wordWrap=True)
        self.search_edit = named(QLineEdit(), "search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.model = ResidentsModel(self)
        self.table = make_table(self.model, "residents_table")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = set_role(named(QLabel(), "count_label"), "count")
        self.count_label.setWordWrap(True)
        self.page = ResidentPage(group_labels)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_label)
        column.addWidget(self.search_edit)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QHBoxLayout(self).addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._text_changed)
        # the page follows the chosen row once typing or arrowing pauses: loading it while the list paints
        # makes both wait on each other (the worker's Python and the table's) and the typing stutters
        self._page_timer = QTimer(self, singleShot=True, interval=PAGE_DELAY_MS)
        self._page_timer.timeout.connect(self._show_selected)
        self._searched = ""
        self._found = 0
        self.retranslate_ui()

    @property
    def searches(self) -> LatestOnly:
        return self._search

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search residents (name, pinyin initials, ID or phone fragment), "
                                          "or scan a case reference:"))
        self.search_edit.setPlaceholderText(self.tr("e.g. 马玉兰, myl, 0367, CB7K2M9QXA"))
        self.search_edit.setAccessibleName(self.tr("Search residents or open a case by its reference"))
        self.table.setAccessibleName(self.tr("Matching residents"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reference(self) -> str | None:
        """The case reference in the search box, if that is what it holds."""
        return normalize_reference(self.search_edit.text())

    def _text_changed(self, _text: str) -> None:
        self._timer.start()
        if self.reference():  # a scanner types the reference, then Enter: say at once what Enter will do
            self._show_count()

    def run_search(self) -> None:
        self._timer.stop()  # a search asked for directly replaces the one still waiting
        text = self.search_edit.text().strip()
        if not text or self.reference():
            self._searched = text
            self._show([])
            return
        self._search.request(lambda: self._residents.search(text, SEARCH_LIMIT),
                             lambda rows: self._found_rows(text, rows), self._failed)

    def _found_rows(self, text: str, rows: list[ResidentSummary]) -> None:
        self._searched = text
        self._show(rows)

    def _show(self, rows: list[ResidentSummary]) -> None:
        self._found = len(rows)
        self.model.set_rows(rows)
        self._show_count()
        if rows:
            self.table.selectRow(0)
        else:
            self.page.show_profile(None)

    def _show_count(self) -> None:
        reference = self.reference()
        if reference:
            self.count_label.setText(self.tr("Press Enter to open case %1.").replace("%1", reference))
        elif self._searched:
            self.count_label.setText(self.tr("%n resident(s) found", "", self._found))
        else:
            self.count_label.setText(self.tr("Type to search the register."))

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText("⚠ " + (describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)))

    def warm_up(self) -> None:
        """Run one search and one resident page on the worker while nobody types (right after start-up).

        The first of each pays one-off costs (statement compiling, the division table behind the household
        registration's name) that hold the interpreter long enough to stall typing; the answer is not shown.
        """
        def work() -> None:
            hits = self._residents.search("6404", 1)
            if hits:
                self._residents.profile(hits[0].uuid)

        self._profile.request(work, lambda _none: None)

    def show_resident(self, resident_uuid: UUID) -> None:
        """Show a resident's page whatever the search box holds (from Today or a case)."""
        def load() -> tuple[ResidentProfile | None, list[HomeVisitRow]]:
            profile = self._residents.profile(resident_uuid)
            visits = self._home_visits.of_resident(resident_uuid) if profile and self._home_visits else []
            return profile, visits

        self._profile.request(load, lambda found: self.page.show_profile(*found), self._failed)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._page_timer.start()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.resident(rows[0].row()) if rows else None
        if summary is not None:
            self.show_resident(summary.uuid)

    def stop(self) -> None:
        self._timer.stop()
        self._page_timer.stop()
        self._search.stop()
        self._profile.stop()


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, group_labels: Mapping[str, str], policy_note: str = "",
                 parent: QWidget | None = None, *, policy: PolicyService | None = None,
                 today: date | None = None, close_desk: bool = True) -> None:
        super().__init__(parent)
        self._desk = desk
        self._policy = policy
        self._policy_note = policy_note
        self._group_labels = dict(group_labels)
        self._close_desk = close_desk
        self._today = today
        self._windows: list[QWidget] = []  # open non-modal dialogs and wizards, kept alive here
        self.resident_screen: Any = None  # desktop.ui.resident_screen.ResidentScreen, once opened
        user = desk.account.username
        self.residents = ResidentsService(desk.store, user, today)
        self.cases = CasesService(desk.store, user, today)
        self.walk_ins = WalkInsService(desk.store, user)
        self.work = TodayService(desk.store, user, today)
        self.home_visits = HomeVisitsService(desk.store, user, today)
        self.visit_dialog: HomeVisitDialog | None = None
        self.nav = named(QListWidget(), "nav")
        self.nav.addItems(["", "", "", ""])
        self.nav.setFixedWidth(self.nav.fontMetrics().horizontalAdvance("M") * 11)
        self.today_page = TodayPage(self.walk_ins, self.cases, self.work, home_visits=self.home_visits,
                                    staff=desk.account.display_name)
        self.register = RegisterPanel(self.residents, group_labels, home_visits=self.home_visits)
        self.cases_page = CasesPage(self.cases, user, today)
        # agency lists, worklists and the dashboard: built when first shown (QtCharts and the comparison are
        # not needed to start the desk), into this frame
        self.compare_part: Any = None  # desktop.ui.compare.ComparePart, once shown
        self.compare_frame = named(QWidget(), "compare_frame")
        self._compare_layout = QVBoxLayout(self.compare_frame)
        self._compare_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = named(QStackedWidget(), "pages")
        for page in (self.today_page, self.register, self.cases_page, self.compare_frame):
            self.stack.addWidget(page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setWordWrap(True)  # large type: the status bar takes two lines rather than cutting the sync button
        self.statusBar().addPermanentWidget(self.status, 1)
        self.sync = SyncService(desk.store, user)
        self.sync_status = SyncStatusWidget(self.sync)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_status.sig_synced.connect(lambda _report: self.today_page.refresh())  # decisions come down
        self._connect()
        self._build_menus()
        self.retranslate_ui()
        self.nav.setCurrentRow(TODAY)
        self.resize(1280, 800)
        QTimer.singleShot(0, self.register.warm_up)  # queued behind Today's lists, after the first paint

    # --- wiring ----------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self.show_page)
        self.register.search_edit.returnPressed.connect(self._search_entered)
        page = self.register.page
        page.sig_reveal.connect(self._reveal)
        page.sig_open_case.connect(self.open_case)
        page.sig_new_case.connect(lambda case_type, uuid: self.open_wizard(case_type, uuid))
        page.sig_plan_visit.connect(self.plan_home_visit)
        self.today_page.sig_start_visit.connect(self.start_home_visit)
        self.today_page.sig_open_wizard.connect(lambda case_type, uuid: self.open_wizard(case_type, uuid))
        self.today_page.sig_resume_draft.connect(lambda draft: self.open_wizard(draft.case_type, draft=draft))
        self.today_page.sig_open_case.connect(self.open_case)
        self.today_page.sig_open_resident.connect(self.open_resident)
        self.cases_page.sig_open_case.connect(self.open_case)

    def _build_menus(self) -> None:
        self.desk_menu = self.menuBar().addMenu("")
        self.find_action = self._action(self.find_resident, QKeySequence.StandardKey.Find)
        self.new_case_menu = self.desk_menu.addMenu("")
        self.new_case_actions: dict[CaseType, QAction] = {}
        self.desk_menu.insertAction(self.new_case_menu.menuAction(), self.find_action)
        for case_type in CaseType:
            action = self.new_case_menu.addAction("")
            action.triggered.connect(lambda _c=False, t=case_type: self.open_wizard(str(t)))
            self.new_case_actions[case_type] = action
        self.resident_screen_action = self._action(self.open_resident_screen)
        self.desk_menu.addAction(self.resident_screen_action)
        self.caption_panel_action = self._action(self.open_caption_panel)
        self.desk_menu.addAction(self.caption_panel_action)
        self.desk_menu.addSeparator()
        self.backup_action = self._action(self._backup)
        self.verify_action = self._action(self._verify_audit)
        self.register_action = self._action(self.register_with_county)
        self.desk_menu.addActions([self.backup_action, self.verify_action, self.register_action])
        self.language_menu = self.desk_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self._desk.settings.language.startswith(code[:2]))
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.display_menu = DisplayMenu(self._desk.data_dir, self)  # retranslates itself
        self.desk_menu.addMenu(self.display_menu)
        self.accounts_action = self._action(self.open_accounts)
        self.audit_action = self._action(self.open_audit_trail)
        self.supervisor_separator = self.desk_menu.addSeparator()
        self.desk_menu.addActions([self.accounts_action, self.audit_action])
        for action in (self.supervisor_separator, self.accounts_action, self.audit_action):
            action.setVisible(self._desk.account.is_supervisor)
        self.desk_menu.addSeparator()
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.desk_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu("")
        self.go_actions = []
        for number in (TODAY, RESIDENTS, CASES, LISTS):
            action = self._action(lambda _c=False, n=number: self.nav.setCurrentRow(n),
                                  QKeySequence(f"Ctrl+{number + 1}"))
            self.go_menu.addAction(action)
            self.go_actions.append(action)

    def _action(self, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # --- texts -----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        a = self._desk.account
        self.setWindowTitle(self.tr("Cunbao village desk"))
        for number, text in enumerate((self.tr("Today"), self.tr("Residents"), self.tr("Cases"), self.tr("Lists"))):
            self.nav.item(number).setText(text)
        self.nav.setAccessibleName(self.tr("Parts of the desk"))
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.find_action.setText(self.tr("&Find a resident"))
        self.new_case_menu.setTitle(self.tr("&New case"))
        for case_type, action in self.new_case_actions.items():
            action.setText(labels.case_type(case_type) + "…")
        self.resident_screen_action.setText(self.tr("Resident &screen"))
        self.caption_panel_action.setText(self.tr("Show &words to the resident…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.verify_action.setText(self.tr("&Verify the audit trail"))
        self.register_action.setText(self.tr("Register with the c&ounty server…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.audit_action.setText(self.tr("Audit &trail…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        for action, text in zip(self.go_actions, (self.tr("&Today"), self.tr("&Residents"), self.tr("&Cases"),
                                                  self.tr("&Lists")), strict=True):
            action.setText(text)
        village = self._desk.settings.village_name or self._desk.settings.village_code or ""
        self.status.setText(self.tr("Assistant: %1 · Service point: %2").replace("%1", a.display_name)
                            .replace("%2", village) + (f" · {self._policy_note}" if self._policy_note else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Switch the language while running; every widget retranslates itself on QEvent.LanguageChange."""
        app = QApplication.instance()
        if app is not None:
            install_translators(app, lang)
        self._desk.settings = self._desk.settings.with_changes(language=lang)
        save_settings(self._desk.data_dir, self._desk.settings)
        self.language_actions[lang].setChecked(True)

    # --- pages -----------------------------------------------------------------------------------

    @property
    def search_edit(self) -> QLineEdit:
        return self.register.search_edit

    @property
    def page(self) -> ResidentPage:
        return self.register.page

    @property
    def model(self) -> ResidentsModel:
        return self.register.model

    def show_page(self, number: int) -> None:
        if number == LISTS:
            self._build_compare_part()
        self.stack.setCurrentIndex(number)
        if self.nav.currentRow() != number:
            self.nav.setCurrentRow(number)
        if number == TODAY:
            self.today_page.refresh()
        elif number == CASES:
            self.cases_page.refresh()

    def _build_compare_part(self) -> None:
        if self.compare_part is not None:
            return
        compare = importlib.import_module("desktop.ui.compare")
        part = compare.ComparePart(self._desk, today=self._today, group_labels=self._group_labels)
        part.sig_open_resident.connect(self.open_resident)
        part.sig_open_wizard.connect(lambda case_type, uuid: self.open_wizard(case_type, uuid))
        self._compare_layout.addWidget(part)
        self.compare_part = part

    def find_resident(self) -> None:
        self.nav.setCurrentRow(RESIDENTS)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_resident(self, resident_uuid: UUID) -> None:
        self.nav.setCurrentRow(RESIDENTS)
        self.register.show_resident(resident_uuid)

    def _search_entered(self) -> None:
        reference = self.register.reference()
        if reference is None:
            self.register.run_search()
            return
        Operation(lambda _p: self.cases.find_by_reference(reference),
                  lambda record: self._reference_found(reference, record), self._show_error, self,
                  self.tr("Looking for case %1…").replace("%1", reference)).start()

    def _reference_found(self, reference: str, record: CaseRecord | None) -> None:
        if record is None:
            self.register.count_label.setText(self.tr("No case has the reference %1. Check it against the paper.")
                                              .replace("%1", reference))
            return
        self.search_edit.clear()
        self.open_case_record(record)

    # --- cases -----------------------------------------------------------------------------------

    def open_case(self, case_uuid: UUID) -> None:
        Operation(lambda _p: self.cases.get(case_uuid), self._case_loaded, self._show_error, self,
                  self.tr("Opening the case…")).start()

    def _case_loaded(self, record: CaseRecord | None) -> None:
        if record is not None:
            self.open_case_record(record)

    def open_case_record(self, record: CaseRecord) -> CaseView:
        view = CaseView(self._desk, self.cases, record, self._group_labels, self)
        view.sig_changed.connect(lambda _r: self._cases_changed())
        view.sig_open_resident.connect(self.open_resident)
        view.sig_correct.connect(lambda draft: self.open_wizard(draft.case_type, draft=draft))
        self._keep(view)
        view.show()
        return view

    def open_wizard(self, case_type: str, resident_uuid: UUID | None = None, draft: Draft | None = None) -> Any:
        """Start (or resume) a case wizard: ``desktop.ui.wizards.open_wizard`` gives a non-modal QWizard."""
        wizards = importlib.import_module("desktop.ui.wizards")  # the wizards load only when first needed
        open_already = self._wizard_for(draft) if draft is not None else None
        if open_already is not None:  # two wizards on one draft would overwrite each other's work
            open_already.showNormal()
            open_already.raise_()
            open_already.activateWindow()
            self._show_on_resident_screen(open_already)
            return open_already
        try:
            wizard = wizards.open_wizard(self, self._desk, self.policy(), CaseType(case_type),
                                         resident_uuid=resident_uuid, draft=draft)
        except LookupError:
            QMessageBox.information(self, self.tr("New case"), self.tr("This kind of case cannot be started at "
                                    "this desk yet: %1.").replace("%1", labels.case_type(case_type)))
            return None
        wizard.sig_case_saved.connect(lambda _uuid: self._cases_changed())
        if draft is not None:
            self._follow_home_visit(wizard)  # a draft started on a home visit still finishes it
        self._keep(wizard)
        self._show_on_resident_screen(wizard)
        return wizard

    # --- home visits ---------------------------------------------------------------------------------

    def plan_home_visit(self, resident_uuid: UUID) -> None:
        """The dialog to plan a home visit for a resident (from the resident page)."""
        def opened(dialog: HomeVisitDialog) -> None:
            self.visit_dialog = dialog

        def planned(_row: HomeVisitRow) -> None:
            self.today_page.refresh()
            shown = self.page.profile
            if shown is not None and shown.summary.uuid == resident_uuid:
                self.register.show_resident(resident_uuid)  # the visit joins the resident's timeline

        plan_visit(self, self.home_visits, resident_uuid, self._desk.account.display_name, None, planned, opened,
                   self._show_error)

    def start_home_visit(self, visit: HomeVisitRow) -> Any:
        """Make a planned visit: the same wizard as at the window, its case marked as taken on the visit
        (``case.data["home_visit"]``); a question or a certification opens the resident's page instead."""
        if visit.kind not in {str(t) for t in CaseType}:
            self.open_resident(visit.resident.uuid)
            return None
        wizard = self.open_wizard(visit.kind, visit.resident.uuid)
        if wizard is None:
            return None
        wizard.case.data[HOME_VISIT_KEY] = visit.case_mark(self.home_visits.day())
        self._follow_home_visit(wizard)
        return wizard

    def _follow_home_visit(self, wizard: Any) -> None:
        case = getattr(wizard, "case", None)
        mark = case.data.get(HOME_VISIT_KEY) if case is not None else None
        visit = mark.get("visit") if isinstance(mark, dict) else None
        if isinstance(visit, str):
            wizard.sig_case_saved.connect(lambda case_uuid: self._home_visit_done(UUID(visit), case_uuid))

    def _home_visit_done(self, visit_uuid: UUID, case_uuid: UUID) -> None:
        visits = self.home_visits

        def work(_p: Progress) -> HomeVisitRow | None:
            # a corrected case that was first taken on a visit: that visit is done already
            row = visits.get(visit_uuid)
            return visits.mark_done(visit_uuid, case_uuid) if row is not None and row.planned else row

        Operation(work, lambda _row: self.today_page.refresh(), self._show_error, self,
                  self.tr("Recording the home visit…"), cancellable=False).start()

    def open_caption_panel(self) -> Any:
        """The assistant's caption panel: typed words and common phrases shown on the resident screen, for
        residents who do not hear well."""
        panel = importlib.import_module("desktop.ui.caption_panel").open_caption_panel(self)
        self._keep(panel)
        return panel

    def open_resident_screen(self) -> Any:
        """The resident screen (居民屏幕): full screen on a second monitor when there is one, else a window;
        it follows the wizard opened last."""
        if self.resident_screen is None:
            screen = importlib.import_module("desktop.ui.resident_screen")
            self.resident_screen = screen.ResidentScreen(self)
        window = self.resident_screen
        monitors = QGuiApplication.screens()
        if len(monitors) >= 2:
            window.setScreen(monitors[1])
            window.move(monitors[1].geometry().topLeft())
            window.showFullScreen()
        else:
            window.show()
        window.raise_()
        wizards = [w for w in self._windows if w.isVisible() and hasattr(w, "sig_state_changed")]
        if wizards:
            window.follow(wizards[-1])
        return window

    def _show_on_resident_screen(self, wizard: Any) -> None:
        if self.resident_screen is not None:
            self.resident_screen.follow(wizard)

    def _wizard_for(self, draft: Draft) -> Any:
        for window in self._windows:
            case = getattr(window, "case", None)
            if window.isVisible() and case is not None and getattr(case, "draft_uuid", None) == draft.uuid:
                return window
        return None

    def policy(self) -> PolicyService:
        if self._policy is None:
            self._policy = PolicyService(self._desk.data_dir, county=self._desk.county_code)
        return self._policy

    def _cases_changed(self) -> None:
        self.today_page.refresh()
        if self.compare_part is not None:
            self.compare_part.refresh()  # a new case may take someone off a worklist (compares only once shown)
        if self.stack.currentIndex() == CASES:
            self.cases_page.refresh()
        profile: ResidentProfile | None = self.page.profile
        if profile is not None:
            self.register.show_resident(profile.summary.uuid)

    def _keep(self, window: QWidget) -> None:
        self._windows = [w for w in self._windows if w.isVisible() and w is not window]
        self._windows.append(window)

    # --- supervisor --------------------------------------------------------------------------------

    def open_accounts(self) -> Any:
        accounts = importlib.import_module("desktop.ui.accounts_dialog")
        return accounts.open_accounts(self, self._desk)

    def open_audit_trail(self) -> Any:
        audit = importlib.import_module("desktop.ui.audit_view")
        return audit.open_audit_trail(self, self._desk)

    # --- desk --------------------------------------------------------------------------------------

    def _reveal(self, resident_uuid: UUID) -> None:
        Operation(lambda _p: self.residents.reveal_id(resident_uuid),
                  lambda number: self.page.show_full_id(resident_uuid, number), self._show_error, self,
                  self.tr("Looking up the ID number…")).start()

    def _backup(self) -> None:
        def work(_p: Progress) -> str:
            return str(self._desk.backup())

        def done(path: str) -> None:
            QMessageBox.information(self, self.tr("Backup"), self.tr("Backup written to %1").replace("%1", path))

        Operation(work, done, self._show_error, self, self.tr("Backing up…"), False).start()

    def _verify_audit(self) -> None:
        def done(report: AuditReport) -> None:
            if report.ok:
                QMessageBox.information(self, self.tr("Audit trail"), self.tr("Audit trail intact: %n events checked.",
                                        "", report.events_checked))
            else:
                QMessageBox.warning(self, self.tr("Audit trail"), describe(report.problem) if report.problem else "")

        Operation(lambda _p: self._desk.verify_audit(), done, self._show_error, self,
                  self.tr("Checking the audit trail…"), False).start()

    def _show_error(self, exc: BaseException) -> None:
        text = describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)
        QMessageBox.warning(self, self.tr("Cunbao"), text)

    def register_with_county(self) -> None:
        dialog = RegisterDialog(self.sync, self)
        dialog.finished.connect(lambda _result: self.sync_status.refresh())
        self._windows.append(dialog)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # no query may reach a closed database: stop them, close the windows, then the desk (queued after
        # whatever the worker is still doing)
        self.sync_status.stop()
        self.register.stop()
        self.today_page.stop()
        self.cases_page.stop()
        if self.compare_part is not None:
            self.compare_part.stop()
        for window in self._windows:
            window.close()
        if self.resident_screen is not None:
            self.resident_screen.close()
        if self._close_desk:
            run_blocking(self._desk.close)
        super().closeEvent(event)
