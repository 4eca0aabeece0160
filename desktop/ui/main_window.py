"""The desk's main window: the residents register with instant search and the resident page."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from desktop.messages import describe
from desktop.services.desk import AuditReport, Desk
from desktop.services.errors import ServiceError
from desktop.services.residents import ResidentsService
from desktop.ui.operation import Operation, run_blocking
from desktop.ui.resident_page import ResidentPage
from desktop.ui.residents_model import ResidentsModel
from desktop.ui.widgets import named

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, group_labels: Mapping[str, str], policy_note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._residents = ResidentsService(desk.store, desk.account.username)
        self._selected: UUID | None = None
        self.search_label = QLabel()
        self.search_edit = named(QLineEdit(), "search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.model = ResidentsModel(self)
        self.table = named(QTableView(), "residents_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = named(QLabel(), "count_label")
        self.page = ResidentPage(self._reveal, group_labels)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.search_label)
        column.addWidget(self.search_edit)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._policy_note = policy_note
        self._build_menus()
        self.retranslate_ui()
        self.resize(1200, 760)
        self.run_search()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self._backup)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self._verify_audit)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.find_action = QAction(self)
        self.find_action.triggered.connect(self.search_edit.setFocus)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        for action in (self.find_action, self.backup_action, self.verify_action, self.quit_action):
            self.file_menu.addAction(action)

    def retranslate_ui(self) -> None:
        a = self._desk.account
        self.setWindowTitle(self.tr("Cunbao village desk — residents register"))
        self.search_label.setText(self.tr("&Search residents (name, pinyin initials, ID or phone fragment):"))
        self.search_edit.setPlaceholderText(self.tr("e.g. 马玉兰, myl, 0367"))
        self.search_edit.setAccessibleName(self.tr("Search residents"))
        self.table.setAccessibleName(self.tr("Matching residents"))
        self.file_menu.setTitle(self.tr("&Desk"))
        self.find_action.setText(self.tr("&Find a resident"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.verify_action.setText(self.tr("&Verify the audit trail"))
        self.quit_action.setText(self.tr("&Quit"))
        village = self._desk.settings.village_code or ""
        self.status.setText(self.tr("Assistant: %1 · Service point: %2").replace("%1", a.display_name)
                            .replace("%2", village) + (f" · {self._policy_note}" if self._policy_note else ""))

    def run_search(self) -> None:
        self._timer.stop()  # a search asked for directly replaces the one still waiting
        text = self.search_edit.text().strip()
        rows = run_blocking(lambda: self._residents.search(text, 200)) if text else []
        self.model.set_rows(rows)
        if text:
            self.count_label.setText(self.tr("%n resident(s) found", "", len(rows)))
        else:
            self.count_label.setText(self.tr("Type to search the register."))
        if rows:
            self.table.selectRow(0)
        else:
            self.page.show_profile(None)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        summary = self.model.resident(indexes[0].row()) if indexes else None
        self._selected = summary.uuid if summary else None
        uuid = self._selected
        profile = run_blocking(lambda: self._residents.profile(uuid)) if uuid else None
        self.page.show_profile(profile)

    def _reveal(self) -> str | None:
        uuid = self._selected
        return run_blocking(lambda: self._residents.reveal_id(uuid)) if uuid else None

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

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self._timer.stop()  # no search may reach a closed database
        run_blocking(self._desk.close)
        super().closeEvent(event)  # type: ignore[arg-type]
