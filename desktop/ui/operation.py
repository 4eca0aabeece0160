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
        self._relay = _Relay()
        self._relay.sig_progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.sig_finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel.set)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.reset()  # stays hidden until the first progress after the delay
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._dialog.show)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Future[Any]:
        progress = Progress(report=self._relay.sig_progress.emit, cancelled=self._cancel.is_set)
        self._timer.start()
        future = _executor.submit(self._work, progress)
        future.add_done_callback(self._relay.sig_finished.emit)
        return future

    def _show_progress(self, done: int, total: int, note: str) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if note:
            self._dialog.setLabelText(note)

    def _finish(self, future: Future[T]) -> None:
        self._timer.stop()
        self._dialog.close()
        self._dialog.deleteLater()
        error = future.exception()
        if error is not None:
            self._on_error(error)
        else:
            self._on_done(future.result())
        self.deleteLater()
