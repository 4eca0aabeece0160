"""The Qt bindings must not take references they never gave: on Python 3.11 None, True and False are ordinary
objects, and a binding that returns them without a new reference makes each call a step towards the interpreter
aborting ("none_dealloc", "bool_dealloc") — after a few thousand calls, in the middle of an assistant's day.
PySide6 6.12.0 did this; the pin in pyproject.toml keeps a sound release."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

CALLS = 500


class _AlwaysComplete(QWizardPage):
    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return True


def test_void_methods_leave_the_reference_count_of_none_alone(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("x"))
    before = sys.getrefcount(None)
    for i in range(CALLS):
        window.resize(200 + i, 100)
        layout.invalidate()
    assert sys.getrefcount(None) > before - CALLS // 2


def test_a_python_override_returning_a_bool_leaves_its_reference_count_alone(qtbot: QtBot) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = _AlwaysComplete()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.show()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        page.completeChanged.emit()  # QWizard asks the page isComplete() each time
    assert sys.getrefcount(True) > before - CALLS // 2
