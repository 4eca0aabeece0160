"""From launch to the main window: make the demo desk when there is no data, sign in, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMessageBox

from core.policy import PolicyError
from desktop.messages import describe
from desktop.services.demo import DEMO_PASSWORD, DEMO_USER, DemoReport, create_demo
from desktop.services.desk import desk_exists
from desktop.services.errors import ServiceError
from desktop.services.policy import PolicyService
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

    rules = PolicyService(data_dir).contribution_rules()
    operation = Operation(
        lambda progress: create_demo(data_dir, rules, progress=progress),
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


def start(app: QApplication, data_dir: Path) -> MainWindow | None:
    """Show the sign-in (after making a demo desk if the data folder is empty); None if the user quits."""
    hint = ""
    username = ""
    if not desk_exists(data_dir):
        report = _make_demo(data_dir)
        username = DEMO_USER
        hint = app.translate("Startup", "No data yet, so a demo database of %1 synthetic residents was made. "
                             "Sign in as \"%2\" with the password \"%3\".") \
            .replace("%1", str(report.residents)).replace("%2", DEMO_USER).replace("%3", DEMO_PASSWORD)
    dialog = SignInDialog(data_dir, username, hint)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.desk is None:
        return None
    desk = dialog.desk
    policy = PolicyService(data_dir, county=desk.county_code)
    try:
        labels = policy.group_labels()
        note = app.translate("Startup", "Policy pack %1").replace("%1", policy.policy().ref.version)
    except PolicyError as exc:  # a broken pack must not lock the assistant out of the register
        QMessageBox.warning(None, app.translate("Startup", "Policy pack"),
                            "\n".join(describe(p) for p in exc.problems))
        labels, note = {}, ""
    window = MainWindow(desk, labels, note)
    window.show()
    return window


def launch(data_dir: Path, lang: str | None) -> int:
    from desktop.ui.application import create_application

    app = create_application(["cunbao"], lang)
    try:
        window = start(app, data_dir)
    except ServiceError as exc:
        QMessageBox.critical(None, "Cunbao", describe(exc.problem))
        return 1
    if window is None:
        return 0
    return app.exec()
