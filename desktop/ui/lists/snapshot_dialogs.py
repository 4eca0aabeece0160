"""Looking back at one imported list: what changed against the previous one, and the rows still to fix,
where a row without a usable ID number can be matched to a resident the assistant confirms (never
automatically)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.lists import SnapshotDiff
from desktop.services.lists import ListsService
from desktop.services.lists_model import Candidate, SnapshotInfo
from desktop.ui.lists.common import Job, error_text, fill, notice_label, problem_label, show_text, table
from desktop.ui.lists.labels import source_label
from desktop.ui.lists.tables import diff_headers, diff_rows, diff_summary, report_headers, report_rows
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label


def snapshot_title(info: SnapshotInfo) -> str:
    return f"{source_label(info.source)} · {info.as_of.isoformat()} · {info.file_name}"


class DifferenceDialog(QDialog):
    """Added, removed and changed people of one list against the previous list of the same office."""

    def __init__(self, info: SnapshotInfo, previous: SnapshotInfo | None, diff: SnapshotDiff,
                 group_labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("difference_dialog")
        self.info, self.previous, self.diff, self._groups = info, previous, diff, dict(group_labels)
        self.heading = set_role(named(QLabel(), "difference_heading"), "heading")
        self.note = wrapping_label("difference_note")
        self.table = table("difference_table")
        self.close_button = named(QPushButton(), "difference_close")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate_ui()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, self.fontMetrics().height() * 30)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("What changed"))
        self.heading.setText(snapshot_title(self.info))
        previous = self.previous
        self.note.setText(
            (self.tr("Compared with the list valid on %1 (%2): %3.").replace("%1", previous.as_of.isoformat())
             .replace("%2", previous.file_name) if previous else
             self.tr("No earlier list from this office: everyone is new (%3)."))
            .replace("%3", diff_summary(self.diff)))
        fill(self.table, diff_headers(), diff_rows(self.diff, self._groups))
        self.table.setAccessibleName(self.tr("Difference from the previous list"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the difference"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ConfirmMatchDialog(QDialog):
    """"Is row N about this resident?" with Yes and No; No is the default (Enter never matches by accident)."""

    def __init__(self, row: int, candidate: Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_question")
        self.row, self.candidate = row, candidate
        self.text = wrapping_label("confirm_text")
        self.yes_button = named(QPushButton(), "confirm_yes")
        self.no_button = named(QPushButton(), "confirm_no")
        self.yes_button.setAutoDefault(False)
        self.no_button.setDefault(True)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        person = self.candidate.resident
        self.setWindowTitle(self.tr("Is this the person?"))
        self.text.setText(self.tr("Row %1 of the list is about %2 (ID number %3, born %4)?\n\n"
                                  "Check it with the paper list or the resident. Once confirmed, the row counts "
                                  "for this resident.")
                          .replace("%1", str(self.row)).replace("%2", person.name)
                          .replace("%3", person.masked_id).replace("%4", person.birth_date.isoformat()))
        self.yes_button.setText(self.tr("&Yes, it is this person"))
        self.yes_button.setAccessibleName(self.tr("Yes, the row is about this resident"))
        self.no_button.setText(self.tr("&No"))
        self.no_button.setAccessibleName(self.tr("No, do not match the row"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class RowsDialog(QDialog):
    """The rows of one list still to fix; for a row without a usable ID number, the residents it may be
    about, and confirming one after a question."""

    sig_matched = Signal()
    """A row was matched to a resident: the list's counts changed."""

    def __init__(self, service: ListsService, info: SnapshotInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rows_dialog")
        self.service, self.info = service, info
        self.job: Job[Any] | None = None
        self.rows: list[int] = []
        self.headers: tuple[str, ...] = ()
        self.candidates: list[Candidate] = []
        self.searched: int | None = None  # the row whose candidates are shown
        self.question: ConfirmMatchDialog | None = None
        self.heading = set_role(named(QLabel(), "rows_heading"), "heading")
        self.intro = wrapping_label("rows_intro")
        self.rows_table = table("rows_table")
        self.find_button = named(QPushButton(), "find_button")
        self.candidates_label = wrapping_label("candidates_label")
        self.candidates_table = table("candidates_table")
        self.confirm_button = named(QPushButton(), "confirm_button")
        self.problem = problem_label("rows_problem")
        self.done_note = notice_label("rows_done")
        self.close_button = named(QPushButton(), "rows_close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.rows_table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.candidates_label)
        layout.addWidget(self.candidates_table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_note)
        layout.addLayout(confirm_row)
        self.find_button.clicked.connect(self.find_candidates)
        self.confirm_button.clicked.connect(self.ask_confirm)
        self.close_button.clicked.connect(self.close)
        self.rows_table.itemSelectionChanged.connect(self._row_chosen)
        self.candidates_table.itemSelectionChanged.connect(self._enable)
        self.retranslate_ui()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().height() * 36)
        self.load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rows to fix"))
        self.heading.setText(snapshot_title(self.info))
        self.intro.setText(self.tr(
            "These rows were not imported. Send them to the office to fix (button “Export rows to fix…” on the "
            "lists page). If a row's ID number is missing or wrong, choose it and find who it is about."))
        self.rows_table.setAccessibleName(self.tr("Rows not imported"))
        self.find_button.setText(self.tr("&Find who this row is about"))
        self.find_button.setAccessibleName(self.tr("Find residents this row may be about"))
        self.candidates_table.setAccessibleName(self.tr("Residents this row may be about"))
        self.confirm_button.setText(self.tr("&This is the person…"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the chosen resident for this row"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the rows to fix"))
        self._show_candidates()
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- rows ----------------------------------------------------------------------------------

    def load(self) -> None:
        uuid = self.info.uuid
        self._start(lambda _p: self.service.rejected_rows(uuid), self._loaded)

    def _loaded(self, found: tuple[Any, tuple[str, ...]]) -> None:
        reports, headers = found
        self.headers = headers
        width = max([len(headers), *(len(r.values) for r in reports)], default=0)
        fill(self.rows_table, report_headers([*headers, *[""] * (width - len(headers))]), report_rows(reports, width),
             wrap=1)
        self.rows = [r.row for r in sorted(reports, key=lambda r: r.row)]
        self.candidates = []
        self._show_candidates()
        self._enable()

    def chosen_row(self) -> int | None:
        index = self.rows_table.currentRow()
        selected = self.rows_table.selectionModel().hasSelection()
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _row_chosen(self) -> None:
        self.candidates, self.searched = [], None
        self._show_candidates()
        show_text(self.problem, "")
        self._enable()

    # --- candidates ----------------------------------------------------------------------------

    def find_candidates(self) -> None:
        row = self.chosen_row()
        if row is None:
            return
        uuid = self.info.uuid
        self._start(lambda _p: self.service.candidates(uuid, row), lambda found: self._found(row, found))

    def _found(self, row: int, candidates: list[Candidate]) -> None:
        self.candidates, self.searched = candidates, row
        self._show_candidates()
        if candidates:
            self.candidates_table.selectRow(0)
            self.candidates_table.setFocus()
        self._enable()

    def _show_candidates(self) -> None:
        row = self.chosen_row()
        if row is None:
            self.candidates_label.setText(self.tr("Choose a row above to find who it is about."))
        elif self.searched != row:
            self.candidates_label.setText(self.tr("Press “Find who this row is about” for row %1.")
                                          .replace("%1", str(row)))
        elif not self.candidates:
            self.candidates_label.setText(self.tr("Nobody in the register has the name or birth date of row %1. "
                                                  "Ask the office for the right ID number.").replace("%1", str(row)))
        else:
            self.candidates_label.setText(self.tr("Row %1 may be about one of these residents. Choose the right "
                                                  "one and check it with the paper list.").replace("%1", str(row)))
        fill(self.candidates_table,
             [self.tr("Name"), self.tr("ID number"), self.tr("Born"), self.tr("Village"), self.tr("Why suggested")],
             [[c.resident.name, c.resident.masked_id, c.resident.birth_date.isoformat(), c.resident.village_code,
               self._why(c)] for c in self.candidates])

    def _why(self, candidate: Candidate) -> str:
        reasons = [text for same, text in ((candidate.same_name, self.tr("same name")),
                                           (candidate.same_birth_date, self.tr("same birth date")),
                                           (candidate.same_village, self.tr("same village"))) if same]
        return "、".join(reasons)

    def chosen_candidate(self) -> Candidate | None:
        index = self.candidates_table.currentRow()
        selected = self.candidates_table.selectionModel().hasSelection()
        return self.candidates[index] if selected and 0 <= index < len(self.candidates) else None

    def _enable(self) -> None:
        busy = self.job is not None and self.job.running
        self.find_button.setEnabled(not busy and self.chosen_row() is not None)
        self.confirm_button.setEnabled(not busy and self.chosen_candidate() is not None)

    # --- confirming ----------------------------------------------------------------------------

    def ask_confirm(self) -> ConfirmMatchDialog | None:
        """Ask before matching: nothing is matched without the assistant saying yes."""
        row, candidate = self.chosen_row(), self.chosen_candidate()
        if row is None or candidate is None:
            return None
        question = ConfirmMatchDialog(row, candidate, self)
        question.finished.connect(lambda answer: self._answered(answer, row, candidate))
        self.question = question
        question.open()
        return question

    def _answered(self, answer: int, row: int, candidate: Candidate) -> None:
        self.question = None
        if answer != QDialog.DialogCode.Accepted:
            return
        uuid, resident = self.info.uuid, candidate.resident

        def confirmed(_record: object) -> None:
            show_text(self.done_note, self.tr("Row %1 is now counted for %2.").replace("%1", str(row))
                      .replace("%2", resident.name), "✓ ")
            self.sig_matched.emit()
            self.load()

        self._start(lambda _p: self.service.confirm_match(uuid, row, resident.uuid), confirmed)

    # --- the worker ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _start(self, work: Any, on_done: Any) -> None:
        def done(value: object) -> None:
            on_done(value)
            self._enable()

        def failed(exc: BaseException) -> None:
            show_text(self.problem, error_text(exc))
            self._enable()

        self.job = Job(self, self.tr("Working…"), work, done, failed)
        self._enable()
