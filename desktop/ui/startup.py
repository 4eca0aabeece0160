"""From launch to the main window: the first run (or a demo desk without asking), sign-in, the window.

After a sign-out at the idle lock's screen the next assistant signs in and gets a fresh main window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from core.policy import PolicyError
from desktop.i18n import LANG_ENV
from desktop.messages import describe
from desktop.services.demo import DemoReport
from desktop.services.desk import Desk, desk_exists
from desktop.services.errors import ServiceError
from desktop.services.policy import PolicyService
from desktop.services.settings import load_settings
from desktop.services.setup import try_demo
from desktop.ui.display_mode import apply_mode, load_mode
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.idle_lock import IdleLock, install_idle_lock
from desktop.ui.main_window import MainWindow
from desktop.ui.operation import Operation
from desktop.ui.sign_in import SignInDialog


def _make_demo(data_dir: Path) -> DemoReport:
    """Build the demo desk on the worker while the progress dialog keeps repainting."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    operation = Operation(
        lambda progress: try_demo(data_dir, progress),
        lambda report: finished("report", report),
        lambda error: finished("error", error),
        None,
        QApplication.translate("Startup", "Creating a demo database of synthetic residents…"),
        cancellable=False,
    )
    operation.start()
    loop.exec()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    report = outcome["report"]
    assert isinstance(report, DemoReport)
    return report


def demo_hint(report: DemoReport) -> str:
    return QApplication.translate("Startup", "No data yet, so a demo database of %1 synthetic residents was made. "
                                  "Sign in as \"%2\" with the password \"%3\".") \
        .replace("%1", str(report.residents)).replace("%2", report.username).replace("%3", report.password)


class DeskSession(QObject):
    """The signed-in part of a run: the main window with its desk and idle lock."""

    def __init__(self, app: QApplication, data_dir: Path) -> None:
        super().__init__(app)
        self._app = app
        self._data_dir = data_dir
        self.window: MainWindow | None = None
        self.lock: IdleLock | None = None
        self.sign_in: SignInDialog | None = None

    def open_window(self, desk: Desk) -> MainWindow:
        policy = PolicyService(self._data_dir, county=desk.county_code)
        try:
            labels = policy.group_labels()
            note = QApplication.translate("Startup", "Policy pack %1").replace("%1", policy.policy().ref.version)
        except PolicyError as exc:  # a broken pack must not lock the assistant out of the register
            QMessageBox.warning(None, QApplication.translate("Startup", "Policy pack"),
                                "\n".join(describe(p) for p in exc.problems))
            labels, note = {}, ""
        window = MainWindow(desk, labels, note, policy=policy)
        window.show()
        self.window = window
        self.lock = install_idle_lock(window, desk)
        self.lock.sig_signed_out.connect(self.next_assistant)
        return window

    def next_assistant(self) -> None:
        """The last assistant signed out at the lock screen: the sign-in for whoever comes next."""
        self.window, self.lock = None, None
        dialog = SignInDialog(self._data_dir)
        dialog.accepted.connect(lambda: self.open_window(dialog.desk) if dialog.desk is not None else None)
        dialog.rejected.connect(self._app.quit)
        self.sign_in = dialog
        dialog.open()


def first_run(data_dir: Path) -> FirstRunWizard | None:
    """The first-run wizard, modal; None if the user closed it."""
    wizard = FirstRunWizard(data_dir)
    return wizard if wizard.exec() == QDialog.DialogCode.Accepted else None


def start(app: QApplication, data_dir: Path, demo_if_empty: bool = False) -> MainWindow | None:
    """First run or sign-in, then the main window; None if the user quits on the way."""
    session = DeskSession(app, data_dir)
    hint, username = "", ""
    if not desk_exists(data_dir):
        if demo_if_empty:
            report = _make_demo(data_dir)
        else:
            wizard = first_run(data_dir)
            if wizard is None:
                return None
            if wizard.desk is not None:
                return session.open_window(wizard.desk)
            assert wizard.demo is not None
            report = wizard.demo
        hint, username = demo_hint(report), report.username
    dialog = SignInDialog(data_dir, username, hint)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.desk is None:
        return None
    return session.open_window(dialog.desk)


def launch(data_dir: Path, lang: str | None, demo_if_empty: bool = False) -> int:
    """Run the village app; ``demo_if_empty`` makes a demo desk without asking when there is none (dev.py app)."""
    from desktop.ui.application import create_application, dispose_widgets

    # the language chosen in the Desk menu is kept in desk.json; --lang and CUNBAO_LANG still win
    app = create_application(["cunbao"], lang or os.environ.get(LANG_ENV) or load_settings(data_dir).language)
    apply_mode(app, load_mode(data_dir))  # this workstation's display mode (适老化, high contrast) from the start
    try:
        window = start(app, data_dir, demo_if_empty)
    except ServiceError as exc:
        QMessageBox.critical(None, "Cunbao", describe(exc.problem))
        return 1
    if window is None:
        dispose_widgets()
        return 0
    code = app.exec()
    dispose_widgets()
    return code
