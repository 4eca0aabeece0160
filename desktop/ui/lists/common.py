"""What every list screen shares: work on the database worker with the notes in words, errors in words,
problem and notice labels that never rely on colour, and read-only tables."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from core.ids import mask_id
from core.progress import Cancelled, Progress
from desktop.messages import describe
from desktop.services.errors import ServiceError
from desktop.ui.lists.labels import progress_note
from desktop.ui.operation import Operation
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

T = TypeVar("T")
WRAP_CHARS = 48
MIN_WRAP_CHARS = 16
WRAP_SHARE = 0.7  # of the view's width, the rest for the row number and the first cells
_ID_LIKE = re.compile(r"[0-9０-９]{14,17}[0-9０-９XxＸｘ]")


class Job(Generic[T]):
    """Work on the worker; the progress dialog (after 600 ms, with Cancel) shows its notes in words, and the
    screen that started it may stop it too (closing the dialog stops what it started)."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._stop = threading.Event()
        self.running = True

        def worded(progress: Progress) -> T:
            def cancelled() -> bool:
                return self._stop.is_set() or progress.cancelled()

            def report(done: int, total: int, note: str) -> None:
                progress.report(done, total, progress_note(note))

            return work(Progress(report, cancelled))

        def done(value: T) -> None:
            self.running = False
            on_done(value)

        def failed(exc: BaseException) -> None:
            self.running = False
            on_error(exc)

        self.operation: Operation[T] = Operation(worded, done, failed, parent, label)
        self.operation.start()

    def stop(self) -> None:
        self._stop.set()


def error_text(exc: BaseException) -> str:
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("ListScreens", "Stopped. Nothing was saved.")
    if isinstance(exc, ServiceError):
        return describe(exc.problem)
    return QCoreApplication.translate("ListScreens", "Something went wrong: %1").replace("%1", str(exc))


def problem_label(name: str) -> QLabel:
    label = set_role(wrapping_label(name), "problem")
    label.setVisible(False)
    return label


def notice_label(name: str) -> QLabel:
    label = set_role(wrapping_label(name), "notice")
    label.setVisible(False)
    return label


def show_text(label: QLabel, text: str, sign: str = "⚠ ") -> None:
    """Words and a sign, never colour alone; an empty text hides the label."""
    label.setText(sign + text if text else "")
    label.setVisible(bool(text))


def table(name: str) -> QTableWidget:
    view = named(QTableWidget(), name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # no stretched last column: squeezed by large type it cut its words one character a line
    return view


def masked(text: str) -> str:
    """A cell as the screen may show it: anything that looks like an ID number is masked (the file for the
    office keeps the whole number; the screen may be seen by the next person in the queue)."""
    return mask_id(text.strip()) if _ID_LIKE.fullmatch(text.strip()) else text


def fill(view: QTableWidget, headers: list[str], rows: list[list[str]], wrap: int | None = None) -> None:
    """Fill ``view``; column ``wrap`` (long sentences) gets a fixed reading width and wraps its words."""
    view.clearContents()
    view.setColumnCount(len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            view.setItem(r, c, QTableWidgetItem(masked(text)))
    header = view.horizontalHeader()
    if wrap is not None and wrap < len(headers):
        header.setSectionResizeMode(wrap, QHeaderView.ResizeMode.Interactive)
        char = view.fontMetrics().averageCharWidth()
        # a reading width, but never wider than most of the view: in large type 48 characters ran past its
        # right edge, and the end of each line was hidden behind the scroll bar
        room = int(view.viewport().width() * WRAP_SHARE)
        header.resizeSection(wrap, max(char * MIN_WRAP_CHARS, min(char * WRAP_CHARS, room)))
    view.resizeRowsToContents()
