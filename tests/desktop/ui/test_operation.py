"""Long work with a progress dialog: results arrive on the UI thread, however the updates interleave."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.progress import Progress
from desktop.ui.operation import PROGRESS_DELAY_MS, Operation


def test_work_that_reports_often_past_the_dialog_delay_finishes_cleanly(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list[int] = []

    def work(progress: Progress) -> int:
        steps = 60
        for step in range(steps):  # keeps reporting while the modal dialog is up, then finishes at once
            progress.report(step, steps, f"step {step}")
            time.sleep(PROGRESS_DELAY_MS / 1000 * 1.5 / steps)
        return steps

    operation = Operation(work, results.append, lambda exc: results.append(-1), parent, "working", True)
    operation.start()
    qtbot.waitUntil(lambda: results != [], timeout=10_000)
    assert results == [60]
    qtbot.wait(50)  # a deferred finish must not run twice
    assert results == [60]
