"""The sign-in dialog and the residents register window, driven as an assistant would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import SignInDialog


def test_wrong_password_is_explained_in_words_and_the_dialog_stays(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    dialog = SignInDialog(demo_dir, "demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("not-the-password")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=5000)
    assert dialog.desk is None
    assert "密码" in dialog.problem.text()


def test_right_password_opens_the_desk(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    dialog = SignInDialog(demo_dir, "demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    assert dialog.desk is not None
    assert dialog.desk.account.username == "demo"
    dialog.desk.close()


def test_search_shows_masked_ids_and_reveal_shows_the_whole_number(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    window = MainWindow(desk, {"dibao": "低保对象"})
    qtbot.addWidget(window)
    window.search_edit.setText("ma")
    window.run_search()
    assert window.model.rowCount() > 0
    masked = window.model.index(0, 1).data()
    assert "*" in masked
    assert window.page.id_label.text() == masked
    window.page.reveal_button.click()
    full = window.page.id_label.text()
    assert "*" not in full
    assert len(full) == 18
    assert full[:4] == masked[:4]
    assert full[-4:] == masked[-4:]
    window.close()


def test_a_search_with_no_match_says_so(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    window = MainWindow(desk, {})
    qtbot.addWidget(window)
    window.search_edit.setText("zzzzzz")
    window.run_search()
    assert window.model.rowCount() == 0
    assert "0" in window.count_label.text()
    assert not window.page.reveal_button.isEnabled()
    window.close()
