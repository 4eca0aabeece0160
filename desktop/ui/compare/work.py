"""Work of the compare screens on the database worker: the lists screens' Job (progress after 600 ms with
Cancel), with the comparison's progress notes said in words, and its errors said in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.policy import PolicyError
from core.progress import Cancelled, Progress
from desktop.messages import describe
from desktop.ui.compare.words import progress_note
from desktop.ui.lists.common import Job, error_text

T = TypeVar("T")


def start(parent: QWidget, label: str, work: Callable[[Progress], T], on_done: Callable[[T], None],
          on_error: Callable[[BaseException], None]) -> Job[T]:
    def worded(progress: Progress) -> T:
        return work(Progress(lambda done, total, note: progress.report(done, total, progress_note(note)),
                             progress.cancelled))

    return Job(parent, label, worded, on_done, on_error)


def failure_text(exc: BaseException) -> str:
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate(
            "CompareScreens", "Stopped before the end. Nothing was changed; press “Compare again” to start over.")
    if isinstance(exc, PolicyError):
        return " ".join(describe(p) for p in exc.problems)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "CompareScreens", "The file could not be written (%1). Close it if it is open in Excel or WPS, or "
            "choose another folder.").replace("%1", exc.strerror or str(exc))
    return error_text(exc)
