"""The lists page of the desk (名单比对): every imported list with its age, the late ones marked in words,
and the way in to importing a list, its difference, and its rows to fix."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.lists import ListSource, SnapshotDiff
from desktop.messages import describe
from desktop.services.desk import Desk
from desktop.services.lists import ListsService
from desktop.services.lists_model import STALE_AFTER_DAYS, SnapshotInfo
from desktop.ui.lists.common import Job, error_text, fill, notice_label, problem_label, show_text, table
from desktop.ui.lists.files import save_problem_file
from desktop.ui.lists.import_dialog import ImportDialog, problem_words
from desktop.ui.lists.labels import source_label
from desktop.ui.lists.snapshot_dialogs import DifferenceDialog, RowsDialog
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class ListsPage(QWidget):
    """Embeddable: ``ListsPage(desk)`` is all it needs (its own service on the desk's store)."""

    sig_lists_changed = Signal()
    """A list was imported or a row matched: worklists built on the lists are out of date."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, today: date | None = None,
                 group_labels: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lists_page")
        self.service = ListsService(desk.store, desk.account.username, desk.settings.village_code, today=today)
        self._groups = dict(group_labels or {})
        self.snapshots: list[SnapshotInfo] = []
        self.job: Job[Any] | None = None
        self.windows: list[QWidget] = []  # open non-modal dialogs, kept alive here
        self.heading = set_role(named(QLabel(), "lists_heading"), "heading")
        self.intro = wrapping_label("lists_intro")
        self.count_label = set_role(wrapping_label("lists_count"), "count")
        self.table = table("snapshots_table")
        self.problem = problem_label("lists_problem")
        self.notice = notice_label("lists_notice")
        self.difference: DifferenceDialog | None = None
        self.import_button = named(QPushButton(), "import_list_button")
        self.diff_button = named(QPushButton(), "show_diff_button")
        self.rows_button = named(QPushButton(), "problem_rows_button")
        self.export_button = named(QPushButton(), "export_rows_button")
        buttons = QHBoxLayout()
        for button in (self.import_button, self.diff_button, self.rows_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.import_button.clicked.connect(self.open_import)
        self.diff_button.clicked.connect(self.show_difference)
        self.rows_button.clicked.connect(self.show_rows)
        self.export_button.clicked.connect(self.ask_export)
        self.table.itemSelectionChanged.connect(self._enable)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Lists from the offices"))
        self.intro.setText(self.tr(
            "Civil affairs, the disabled persons' federation, rural revitalization and veterans affairs send their "
            "lists every quarter. Import each one here. A list older than %1 days is marked “late”: ask the office "
            "for the new one.")
            .replace("%1", str(STALE_AFTER_DAYS)))
        self.import_button.setText(self.tr("&Import a list…"))
        self.import_button.setAccessibleName(self.tr("Import a list from an office"))
        self.diff_button.setText(self.tr("What &changed"))
        self.diff_button.setAccessibleName(self.tr("Show what changed against the previous list"))
        self.rows_button.setText(self.tr("&Rows to fix"))
        self.rows_button.setAccessibleName(self.tr("Show the rows of the chosen list that were not imported"))
        self.export_button.setText(self.tr("E&xport rows to fix…"))
        self.export_button.setAccessibleName(self.tr("Export the rows to fix as an Excel file for the office"))
        self.table.setAccessibleName(self.tr("Imported lists"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the table -----------------------------------------------------------------------------

    def refresh(self, select: UUID | None = None) -> None:
        """Load the lists again; ``select`` (or else the list chosen now) stays chosen."""
        chosen = self.chosen()
        keep = select or (chosen.uuid if chosen else None)
        self.job = Job(self, self.tr("Loading the lists…"), lambda _p: self.service.snapshots(),
                       lambda found: self._loaded(found, keep), self._failed)

    def _loaded(self, snapshots: list[SnapshotInfo], keep: UUID | None) -> None:
        self.snapshots = snapshots
        self._show()
        if keep is not None:
            self.select(keep)
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        show_text(self.problem, error_text(exc))
        self._enable()

    def _status(self, info: SnapshotInfo) -> str:
        if info.stale:
            return self.tr("⚠ Late (over %1 days)").replace("%1", str(STALE_AFTER_DAYS))
        return self.tr("Up to date")

    def _show(self) -> None:
        headers = [self.tr("Office"), self.tr("Status"), self.tr("Valid on"), self.tr("Quarter"), self.tr("Age (days)"),
                   self.tr("Rows"), self.tr("Imported"), self.tr("Not imported"), self.tr("File")]
        rows = [[source_label(s.source), self._status(s), s.as_of.isoformat(), s.quarter or "", str(s.age_days),
                 _count(s.rows_read), _count(s.accepted), _count(s.rejected), s.file_name] for s in self.snapshots]
        fill(self.table, headers, rows)
        late = sum(1 for s in self.snapshots if s.stale)
        self.count_label.setText(self.tr("Lists: %1, late: %2").replace("%1", str(len(self.snapshots)))
                                 .replace("%2", str(late)))

    def select(self, uuid: object) -> None:
        for index, info in enumerate(self.snapshots):
            if info.uuid == uuid:
                self.table.selectRow(index)
                return

    def chosen(self) -> SnapshotInfo | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.snapshots[index] if selected and 0 <= index < len(self.snapshots) else None

    def _enable(self) -> None:
        info = self.chosen()
        imported = info is not None and info.as_of_basis is not None  # the demo's own lists have no rows
        self.diff_button.setEnabled(imported)
        self.rows_button.setEnabled(imported and bool(info and info.rejected))
        self.export_button.setEnabled(imported and bool(info and info.rejected))

    # --- actions -------------------------------------------------------------------------------

    def _keep(self, window: QWidget) -> QWidget:
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        return window

    def open_import(self, source: ListSource | None = None) -> ImportDialog:
        dialog = ImportDialog(self.service, self._groups, self, source if isinstance(source, ListSource) else None)
        dialog.sig_imported.connect(self._imported)
        dialog.sig_show_rows.connect(self.open_rows)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _imported(self, info: SnapshotInfo) -> None:
        self.sig_lists_changed.emit()
        self.refresh(info.uuid)

    def show_difference(self) -> None:
        """Compare the chosen list with the previous one on the worker, then show the difference."""
        info = self.chosen()
        if info is None:
            return

        def shown(found: tuple[SnapshotInfo | None, SnapshotDiff]) -> None:
            previous, diff = found
            self.difference = DifferenceDialog(info, previous, diff, self._groups, self)
            self._keep(self.difference)
            self.difference.open()

        uuid = info.uuid
        self.job = Job(self, self.tr("Comparing the lists…"), lambda _p: self.service.difference(uuid), shown,
                       self._failed)

    def show_rows(self) -> RowsDialog | None:
        info = self.chosen()
        return self.open_rows(info) if info is not None else None

    def open_rows(self, info: SnapshotInfo) -> RowsDialog:
        dialog = RowsDialog(self.service, info, self)
        dialog.sig_matched.connect(self._matched)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _matched(self) -> None:
        self.sig_lists_changed.emit()
        self.refresh()

    def ask_export(self) -> None:
        info = self.chosen()
        if info is None:
            return
        stem = info.file_name.rsplit(".", 1)[0]
        save_problem_file(self, self.tr("%1 rows to fix.xlsx").replace("%1", stem), lambda p: self.export_to(info, p))

    def export_to(self, info: SnapshotInfo, out_path: Path) -> None:
        uuid = info.uuid

        def done(count: int) -> None:
            show_text(self.notice, self.tr("%1 rows saved to %2.").replace("%1", str(count))
                      .replace("%2", str(out_path)), "✓ ")

        self.job = Job(self, self.tr("Saving the rows to fix…"),
                       lambda _p: self.service.export_problems(uuid, out_path, describe, problem_words()), done,
                       self._failed)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def stop(self) -> None:
        """Stop what the page started (the main window calls it before closing the desk)."""
        if self.job is not None:
            self.job.stop()
        for window in self.windows:
            window.close()
