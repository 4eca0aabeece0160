"""Run database and long work off the UI thread, on one worker, with progress and Cancel.

Modelled on Anki's single database executor: every call goes through one worker thread, so the
store never sees two threads at once; a progress dialog appears only if the work takes longer
than 600 ms; Cancel sets a flag the work polls through ``core.progress.Progress``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.progress import Progress

T = TypeVar("T")
PROGRESS_DELAY_MS = 600

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cunbao-db")


def submit(fn: Callable[[], T]) -> Future[T]:
    """Queue work on the database worker without waiting and without a progress dialog (typing)."""
    return _executor.submit(fn)


def run_blocking(fn: Callable[[], T]) -> T:
    """Run on the database worker and wait (start-up and tests, where there is no event loop yet)."""
    return _executor.submit(fn).result()


class _Relay(QObject):
    """Carries results from the worker to the UI thread (queued signals)."""

    sig_progress = Signal(int, int, str)
    """Work reported progress: done, total, note."""
    sig_finished = Signal(object)
    """Work finished; the Future is the argument."""


class Operation(QObject, Generic[T]):
    """One piece of work; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread."""

    def __init__(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
        label: str = "",
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._cancel = threading.Event()
        # a child of this operation: Qt deletes it on the UI thread, never when the worker drops its
        # last Python reference (a QObject destroyed from the wrong thread crashes)
        self._relay = _Relay(self)
        self._relay.sig_progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.sig_finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._label = label
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None  # made only if the work outlasts the delay
        self._last: tuple[int, int, str] = (0, 0, "")
        self._updating = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_dialog)

    def start(self) -> Future[Any]:
        progress = Progress(report=self._relay.sig_progress.emit, cancelled=self._cancel.is_set)
        self._timer.start()
        future = _executor.submit(self._work, progress)
        future.add_done_callback(self._relay.sig_finished.emit)
        return future

    def _show_dialog(self) -> None:
        parent = self.parent()
        dialog = QProgressDialog(self._label, self.tr("Cancel") if self._cancellable else "", 0, 0,
                                 parent if isinstance(parent, QWidget) else None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.canceled.connect(self._cancel.set)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._show_progress(*self._last)
        dialog.show()

    def _show_progress(self, done: int, total: int, note: str) -> None:
        self._last = (done, total, note)
        dialog = self._dialog
        if dialog is None:
            return
        # A modal QProgressDialog processes events inside setValue, where the queued "finished" can
        # arrive: _finish waits until this update is over (it crashed when it closed the dialog here).
        self._updating = True
        try:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if note:
                dialog.setLabelText(note)
        finally:
            self._updating = False

    def _finish(self, future: Future[T]) -> None:
        # The operation is not deleted here: deleting it from inside its own queued slot crashed
        # PySide6 6.12. It is a small QObject and goes with its parent widget.
        if self._updating:
            QTimer.singleShot(0, self, lambda: self._finish(future))
            return
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        error = future.exception()
        if error is not None:
            self._on_error(error)
        else:
            self._on_done(future.result())
