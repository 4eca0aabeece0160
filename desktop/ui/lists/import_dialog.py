"""Importing an agency list, step by step: choose the file → (which column holds what) → what the file
holds → import → the result. Reading and saving run on the worker with progress and Cancel; a Cancel or a
failure leaves the register as it was. Non-modal: open it with ``open()``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.lists import ListProblem, ListSource
from core.lists.reading import UnreadableFile, read_workbook
from core.progress import Progress
from desktop.messages import describe
from desktop.services.lists import ListsService, ProblemSheetWords
from desktop.services.lists_model import ImportResult, ListPreview, SnapshotInfo
from desktop.ui.lists.choose_step import ChooseStep
from desktop.ui.lists.common import Job, error_text, show_text
from desktop.ui.lists.files import save_problem_file
from desktop.ui.lists.labels import field_label, plain
from desktop.ui.lists.mapping_step import MappingStep
from desktop.ui.lists.preview_step import PreviewStep
from desktop.ui.lists.result_step import ResultStep
from desktop.ui.widgets import named

CHOOSE, MAPPING, PREVIEW, RESULT = range(4)
SAMPLE_ROWS = 40  # the header is looked for in the first 20 rows; a few data rows below it


def first_rows(path: Path, sheet: str | None) -> Sequence[tuple[str, ...]]:
    """The first rows of the sheet the list was read from, for the mapping screen's names and samples."""
    try:
        book = read_workbook(path.read_bytes(), sheet)
    except (UnreadableFile, OSError):
        return ()
    chosen = next((s for s in book.sheets if s.name == sheet), book.sheets[0] if book.sheets else None)
    return tuple(chosen.rows[:SAMPLE_ROWS]) if chosen else ()


def scrolling(step: QWidget) -> QScrollArea:
    area = named(QScrollArea(), f"{step.__class__.__name__}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take Tab; the area scrolls to them
    area.setWidget(step)
    return area


def problem_words() -> ProblemSheetWords:
    return ProblemSheetWords(sheet=QCoreApplication.translate("ListFiles", "Rows to fix"),
                             row=QCoreApplication.translate("ListFiles", "Row"),
                             reason=QCoreApplication.translate("ListFiles", "What to fix"))


class ImportDialog(QDialog):
    sig_imported = Signal(object)
    """A new snapshot was saved (its SnapshotInfo)."""
    sig_show_rows = Signal(object)
    """The assistant wants to work on the new snapshot's rows to fix (its SnapshotInfo)."""

    def __init__(self, service: ListsService, group_labels: Mapping[str, str] | None = None,
                 parent: QWidget | None = None, source: ListSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("list_import_dialog")
        self.service = service
        self.preview: ListPreview | None = None
        self.outcome: ImportResult | None = None
        self.job: Job[Any] | None = None
        self.exported: Path | None = None
        self._mapping: dict[str, int] | None = None
        self._header_row: int | None = None
        self._mapping_shown = False
        self.choose = ChooseStep()
        self.mapping = MappingStep()
        self.preview_step = PreviewStep(group_labels or {})
        self.result_step = ResultStep()
        self.steps = named(QStackedWidget(), "import_steps")
        for step in (self.choose, self.mapping, self.preview_step, self.result_step):
            # large type makes a step taller than the dialog: it scrolls rather than squeezing its lines
            # together (the mapping step scrolls its own fields under a fixed heading)
            self.steps.addWidget(step if step is self.mapping else scrolling(step))
        if source is not None:
            self.choose.set_source(source)
        self.back_button = named(QPushButton(), "back_button")
        self.next_button = named(QPushButton(), "next_button")
        self.import_button = named(QPushButton(), "import_button")
        self.close_button = named(QPushButton(), "close_button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.import_list)
        self.close_button.clicked.connect(self.close)
        self.choose.sig_changed.connect(self._choice_changed)
        self.preview_step.sig_export.connect(self.ask_export)
        self.preview_step.sig_mapping.connect(self.show_mapping)
        self.result_step.sig_export.connect(self.ask_export)
        self.result_step.sig_rows.connect(self._show_rows)
        self.retranslate_ui()
        self._show_step(CHOOSE)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().height() * 36)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a list from an office"))
        self.back_button.setText(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the list into the register"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the import"))
        self._next_text()

    def _next_text(self) -> None:
        text = self.tr("Ne&xt: check the file >") if self.steps.currentIndex() == CHOOSE else self.tr("Ne&xt >")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(self.tr("Read and check the file; nothing is saved yet"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.job is not None and self.job.running:
            self.job.stop()  # the work stops at its next step; nothing half-done is kept
        super().closeEvent(event)

    # --- steps -----------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        busy = self.job is not None and self.job.running
        self.back_button.setVisible(step in (MAPPING, PREVIEW))
        self.next_button.setVisible(step in (CHOOSE, MAPPING))
        preview = self.preview
        can_import = step == PREVIEW and preview is not None and preview.ok and preview.repeat_of is None
        self.import_button.setVisible(step == PREVIEW)
        self.import_button.setEnabled(can_import and not busy)
        self.next_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Close") if step == RESULT else self.tr("Cancel"))
        self._next_text()
        self.import_button.setDefault(can_import)
        self.next_button.setDefault(step in (CHOOSE, MAPPING))

    def reveal(self, widget: QWidget) -> None:
        """Scroll the current step so that ``widget`` (a part of it) is in view."""
        area = self.steps.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget, 0, 0)

    def go_back(self) -> None:
        step = self.steps.currentIndex()
        self._show_step(MAPPING if step == PREVIEW and self._mapping_shown else CHOOSE)

    def go_next(self) -> None:
        if self.steps.currentIndex() == MAPPING:
            missing = self.mapping.unmapped_required()
            if missing:
                show_text(self.mapping.problem, self.tr("Choose a column for: %1.").replace(
                    "%1", "、".join(plain(field_label(f)) for f in missing)))
                return
            self._mapping, self._header_row = self.mapping.mapping(), self.mapping.header_row()
        else:
            path = self.choose.path
            if path is None or not path.is_file():
                show_text(self.choose.problem, self.tr("Choose the list file first (button “Choose…”)."))
                return
        self.check_file()

    def _choice_changed(self) -> None:
        self.preview = None
        self._mapping, self._header_row, self._mapping_shown = None, None, False
        show_text(self.choose.problem, "")

    def show_mapping(self) -> None:
        preview = self.preview
        if preview is None or preview.read.detection is None:
            return
        path = self.choose.path
        rows = first_rows(path, preview.read.detection.sheet) if path else ()
        self.mapping.load(preview.source, preview.read.detection, rows)
        self._mapping_shown = True
        self._show_step(MAPPING)

    # --- reading -----------------------------------------------------------------------------

    def check_file(self) -> None:
        """Read and check the file on the worker (progress and Cancel); nothing is saved."""
        path, source, strict = self.choose.path, self.choose.source, self.choose.strict
        assert path is not None
        mapping, header_row = self._mapping, self._header_row

        def work(progress: Progress) -> ListPreview:
            return self.service.preview(path, source, mapping, strict=strict, header_row=header_row,
                                        progress=progress)

        self._start(self.tr("Reading %1…").replace("%1", path.name), work, self._checked)

    def _checked(self, preview: ListPreview) -> None:
        self.preview = preview
        detection = preview.read.detection
        no_header = any(p.code == ListProblem.NO_HEADER for p in preview.problems)
        if detection is not None and (preview.needs_mapping or no_header):
            self.show_mapping()
            return
        if detection is None:  # the file itself could not be read: say why where it was chosen
            show_text(self.choose.problem, "\n".join(describe(p) for p in preview.problems))
            self._show_step(CHOOSE)
            return
        self.preview_step.show_preview(preview)
        self._show_step(PREVIEW)

    # --- importing ---------------------------------------------------------------------------

    def import_list(self) -> None:
        """Save the list as one snapshot on the worker (progress and Cancel): all of it or nothing."""
        path, source, strict = self.choose.path, self.choose.source, self.choose.strict
        assert path is not None
        mapping, header_row, as_of = self._mapping, self._header_row, self.preview_step.as_of()

        def work(progress: Progress) -> ImportResult:
            return self.service.apply(path, source, mapping, as_of=as_of, strict=strict, header_row=header_row,
                                      progress=progress)

        self._start(self.tr("Importing %1…").replace("%1", path.name), work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.result_step.show_result(result)
        self._show_step(RESULT)
        if result.snapshot is not None and not result.repeat:
            self.sig_imported.emit(result.snapshot)

    def _show_rows(self) -> None:
        if self.outcome is not None and self.outcome.snapshot is not None:
            self.sig_show_rows.emit(self.outcome.snapshot)

    # --- exporting ---------------------------------------------------------------------------

    def ask_export(self) -> None:
        path = self.choose.path
        stem = path.stem if path else "list"
        save_problem_file(self, self.tr("%1 rows to fix.xlsx").replace("%1", stem), self.export_to)

    def export_to(self, out_path: Path) -> None:
        """Write the rows not imported (of the result if there is one, else of the preview) for the office."""
        rows_of: ImportResult | ListPreview | None = self.outcome or self.preview
        if rows_of is None:
            return
        chosen = rows_of

        def work(_progress: Progress) -> int:
            return self.service.export_problems(chosen, out_path, describe, problem_words())

        def done(count: int) -> None:
            self.exported = out_path
            label = self.result_step.saved if self.steps.currentIndex() == RESULT else self.preview_step.saved
            show_text(label, self.tr("%1 rows saved to %2.").replace("%1", str(count))
                      .replace("%2", str(out_path)), "✓ ")

        self._start(self.tr("Saving the rows to fix…"), work, done)

    # --- the worker --------------------------------------------------------------------------

    def _start(self, label: str, work: Any, on_done: Any) -> None:
        self.job = Job(self, label, work, self._finished(on_done), self._failed)
        self._show_step(self.steps.currentIndex())

    def _finished(self, on_done: Any) -> Any:
        def done(value: object) -> None:
            on_done(value)
            self._show_step(self.steps.currentIndex())

        return done

    def _failed(self, exc: BaseException) -> None:
        labels = {CHOOSE: self.choose.problem, MAPPING: self.mapping.problem, PREVIEW: self.preview_step.problems,
                  RESULT: self.result_step.problems}
        show_text(labels[self.steps.currentIndex()], error_text(exc))
        self._show_step(self.steps.currentIndex())

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def snapshot(self) -> SnapshotInfo | None:
        return self.outcome.snapshot if self.outcome else None

