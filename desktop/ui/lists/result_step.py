"""The last step of importing a list: what was saved (or why nothing was), and the rows still to fix."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.messages import describe
from desktop.services.lists_model import ImportResult
from desktop.ui.lists.common import notice_label, problem_label, show_text
from desktop.ui.lists.labels import source_label
from desktop.ui.lists.tables import diff_summary
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label


class ResultStep(QWidget):
    sig_export = Signal()
    sig_rows = Signal()
    """The assistant wants to find who the rows without a usable ID number are about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.heading = set_role(named(QLabel(), "result_heading"), "heading")
        self.summary = set_role(wrapping_label("result_summary"), "lead")
        self.problems = problem_label("result_problems")
        self.saved = notice_label("result_saved_label")
        self.export_button = named(QPushButton(), "result_export_button")
        self.rows_button = named(QPushButton(), "result_rows_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.rows_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.sig_export)
        self.rows_button.clicked.connect(self.sig_rows)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("&Export rows to fix…"))
        self.export_button.setAccessibleName(self.tr("Export the rows to fix as an Excel file for the office"))
        self.rows_button.setText(self.tr("&Rows to fix…"))
        self.rows_button.setAccessibleName(self.tr("Show the rows to fix and find who they are about"))
        if self.result is not None:
            self.show_result(self.result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        rejected = len({r.row for r in result.rejected})
        snapshot = result.snapshot
        if result.repeat and snapshot is not None:
            self.heading.setText(self.tr("Nothing changed"))
            self.summary.setText(self.tr("This file was already imported on %1. The register stays as it was.")
                                 .replace("%1", snapshot.imported_at.strftime("%Y-%m-%d %H:%M")))
        elif snapshot is not None:
            self.heading.setText(self.tr("The list is imported"))
            self.summary.setText(
                self.tr("%1, valid on %2: %3 rows imported (%4 found in the register), %5 not imported. %6. "
                        "%7 residents joined a group; %8 left one because they are no longer on this list.")
                .replace("%1", source_label(snapshot.source)).replace("%2", snapshot.as_of.isoformat())
                .replace("%3", str(result.accepted)).replace("%4", str(result.matched))
                .replace("%5", str(rejected)).replace("%6", diff_summary(result.diff) if result.diff else "")
                .replace("%7", str(result.memberships_opened)).replace("%8", str(result.memberships_closed)))
        else:
            self.heading.setText(self.tr("Nothing was imported"))
            self.summary.setText(self.tr("The register stays as it was. Fix the file or ask the office for a "
                                         "corrected one, then import it again."))
        show_text(self.problems, "\n".join(describe(p) for p in result.problems if p.is_error))
        self.export_button.setEnabled(bool(result.rejected))
        self.rows_button.setVisible(snapshot is not None and not result.repeat and bool(result.rejected))
