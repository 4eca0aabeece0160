"""What checking a list found, before anything is saved: how the file was read, the as-of date and where
it came from, the counts, a repeat said plainly, the rejected rows, the warnings and the difference
against the previous snapshot of the same office."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.services.lists_model import ListPreview
from desktop.ui.lists.common import fill, notice_label, problem_label, show_text, table
from desktop.ui.lists.labels import basis_label, encoding_label, format_label, source_label
from desktop.ui.lists.tables import diff_headers, diff_rows, diff_summary, report_headers, report_rows
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

TABLE_LINES = 14  # the tables stay readable when the step scrolls in large type


def _day(value: date) -> str:
    return value.isoformat()


class PreviewStep(QWidget):
    sig_export = Signal()
    """The assistant wants the rejected rows as a file for the office."""
    sig_mapping = Signal()
    """The assistant wants to check which column holds what."""

    def __init__(self, group_labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = dict(group_labels)
        self.preview: ListPreview | None = None
        self.heading = set_role(named(QLabel(), "preview_heading"), "heading")
        self.detected = wrapping_label("detected_label")
        self.counts = set_role(wrapping_label("counts_label"), "count")
        self.repeat = notice_label("repeat_label")
        self.problems = problem_label("file_problems")
        self.saved = notice_label("saved_label")
        self.as_of_edit = named(QDateEdit(), "as_of_edit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_label = named(QLabel(), "as_of_label")
        self.as_of_label.setBuddy(self.as_of_edit)
        self.as_of_note = set_role(wrapping_label("as_of_note"), "hint")
        self.mapping_button = named(QPushButton(), "mapping_button")
        self.export_button = named(QPushButton(), "export_button")
        self.tabs = named(QTabWidget(), "preview_tabs")
        self.tabs.setMinimumHeight(self.fontMetrics().height() * TABLE_LINES)
        self.rejected_table = table("rejected_table")
        self.warnings_table = table("warnings_table")
        self.diff_table = table("diff_table")
        self.diff_note = wrapping_label("diff_note")
        diff_page = QWidget()
        diff_layout = QVBoxLayout(diff_page)
        diff_layout.addWidget(self.diff_note)
        diff_layout.addWidget(self.diff_table, 1)
        self.tabs.addTab(self.rejected_table, "")
        self.tabs.addTab(self.warnings_table, "")
        self.tabs.addTab(diff_page, "")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.as_of_label, self.as_of_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mapping_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.repeat)
        layout.addWidget(self.detected)
        layout.addLayout(form)
        layout.addWidget(self.as_of_note)
        layout.addWidget(self.counts)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self._as_of_given = False
        self.as_of_edit.dateChanged.connect(self._date_chosen)
        self.export_button.clicked.connect(self.sig_export)
        self.mapping_button.clicked.connect(self.sig_mapping)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("What the file holds (nothing is saved yet)"))
        self.as_of_label.setText(self.tr("List &valid on:"))
        self.as_of_edit.setAccessibleName(self.tr("Date the list is valid on"))
        self.mapping_button.setText(self.tr("Check the &columns…"))
        self.mapping_button.setAccessibleName(self.tr("Check which column holds what"))
        self.export_button.setText(self.tr("&Export rows to fix…"))
        self.export_button.setAccessibleName(self.tr("Export the rows to fix as an Excel file for the office"))
        self.rejected_table.setAccessibleName(self.tr("Rows not imported"))
        self.warnings_table.setAccessibleName(self.tr("Rows imported with a warning"))
        self.diff_table.setAccessibleName(self.tr("Difference from the previous list"))
        self.tabs.setAccessibleName(self.tr("Rows not imported, warnings and difference"))
        if self.preview is not None:
            self.show_preview(self.preview)
        else:
            self._tab_titles(0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tab_titles(self, rejected: int, warnings: int) -> None:
        self.tabs.setTabText(0, self.tr("Rows not imported (%1)").replace("%1", str(rejected)))
        self.tabs.setTabText(1, self.tr("Warnings (%1)").replace("%1", str(warnings)))
        self.tabs.setTabText(2, self.tr("Difference from the previous list"))

    # --- showing -------------------------------------------------------------------------------

    def show_preview(self, preview: ListPreview) -> None:
        self.preview = preview
        show_text(self.saved, "")
        self.detected.setText(self._detected_words(preview))
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(QDate(preview.as_of.year, preview.as_of.month, preview.as_of.day))
        self.as_of_edit.blockSignals(False)
        self._as_of_given = False
        self.as_of_note.setText(self.tr("Taken from %1. Quarter: %2.").replace("%1", basis_label(preview.as_of_basis))
                                .replace("%2", preview.quarter))
        show_text(self.problems, "\n".join(describe(p) for p in preview.problems))
        repeat = preview.repeat_of
        show_text(self.repeat, self.tr(
            "This file was already imported on %1 (list valid on %2). Importing it again changes nothing.")
            .replace("%1", repeat.imported_at.strftime("%Y-%m-%d %H:%M")).replace("%2", _day(repeat.as_of))
            if repeat else "", "ⓘ ")
        rejected_rows = len({r.row for r in preview.rejected})
        self.counts.setText(
            self.tr("Rows read: %1 · to import: %2 (%3 found in the register) · not imported: %4 · with warnings: %5")
            .replace("%1", str(preview.read.rows_read)).replace("%2", str(len(preview.records)))
            .replace("%3", str(preview.matched)).replace("%4", str(rejected_rows))
            .replace("%5", str(len(preview.warnings))))
        headers = preview.read.detection.headers if preview.read.detection else ()
        width = max([len(headers), *(len(r.values) for r in preview.rejected)], default=0)
        fill(self.rejected_table, report_headers([*headers, *[""] * (width - len(headers))]),
             report_rows(preview.rejected, width), wrap=1)
        fill(self.warnings_table, report_headers(list(headers)), report_rows(preview.warnings, len(headers)),
             wrap=1)
        fill(self.diff_table, diff_headers(), diff_rows(preview.diff, self._groups))
        previous = preview.previous
        self.diff_note.setText(
            (self.tr("Compared with the list valid on %1 (%2): %3.").replace("%1", _day(previous.as_of))
             .replace("%2", previous.file_name) if previous else
             self.tr("No earlier list from this office: everyone is new (%3)."))
            .replace("%3", diff_summary(preview.diff)))
        self._tab_titles(rejected_rows, len(preview.warnings))
        self.export_button.setEnabled(bool(preview.rejected))
        self.as_of_edit.setEnabled(preview.ok)

    def _detected_words(self, preview: ListPreview) -> str:
        detection = preview.read.detection
        lines = [self.tr("File: %1, sent by %2.").replace("%1", preview.read.file_name)
                 .replace("%2", source_label(preview.source))]
        if detection is None:
            return "\n".join(lines)
        kind = format_label(detection.file_format)
        if detection.encoding:
            kind = self.tr("%1, written in %2").replace("%1", kind).replace("%2", encoding_label(detection.encoding))
        lines.append(self.tr("Read as: %1.").replace("%1", kind))
        if detection.sheet:
            lines.append(self.tr("Sheet: %1.").replace("%1", detection.sheet))
        if detection.header_rows:
            rows = "、".join(str(r) for r in detection.header_rows)
            lines.append(self.tr("Column names in row %1.").replace("%1", rows))
        if detection.title:
            lines.append(self.tr("Title: %1").replace("%1", detection.title))
        return "\n".join(lines)

    def _date_chosen(self, _day_chosen: QDate) -> None:
        self._as_of_given = True
        self.as_of_note.setText(self.tr("You chose this date; it replaces the one the file gives."))

    def as_of(self) -> date | None:
        """The date the assistant chose, or None to let the file's own date stand."""
        if not self._as_of_given:
            return None
        chosen = self.as_of_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())
