"""The idle lock: locks after the idle time (never over a resident-facing window), loses nothing, unlocks
with the password, and lets the next assistant in after a clean sign-out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.accounts import AccountsService
from desktop.services.desk import Desk
from desktop.services.setup import remember_username, set_idle_lock_minutes
from desktop.ui.application import create_application
from desktop.ui.idle_lock import RESIDENT_FACING, IdleLock, current_idle_lock, install_idle_lock
from desktop.ui.startup import DeskSession

TIMEOUT_MS = 150


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    create_application()
    main = QMainWindow()
    main.setCentralWidget(QLineEdit())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def lock(window: QMainWindow, desk: Desk) -> Iterator[IdleLock]:
    installed = install_idle_lock(window, desk, timeout_ms=TIMEOUT_MS)
    yield installed
    installed.release()


def _field(window: QMainWindow) -> QLineEdit:
    field = window.centralWidget()
    assert isinstance(field, QLineEdit)
    return field


def _events(desk: Desk, count: int) -> list[str]:
    return [e.action for e in AccountsService(desk).audit_events(limit=count)]


def test_locks_after_the_idle_time_and_asks_forms_to_save_first(qtbot: QtBot, window: QMainWindow,
                                                                lock: IdleLock, desk: Desk) -> None:
    order: list[str] = []
    lock.sig_about_to_lock.connect(lambda: order.append("save drafts"))
    lock.sig_locked.connect(lambda: order.append("locked"))
    # listen before typing: on a loaded machine the lock may come while the keys are still going in
    with qtbot.waitSignal(lock.sig_locked, timeout=5000):
        QTest.keyClicks(_field(window), "half typed")
    assert order == ["save drafts", "locked"]
    assert lock.locked
    assert window.isVisible()
    assert _field(window).text() == "half typed"
    assert current_idle_lock() is lock
    qtbot.waitUntil(lambda: _events(desk, 1) == ["locked"], timeout=3000)


def test_input_keeps_the_desk_unlocked(qtbot: QtBot, window: QMainWindow, desk: Desk) -> None:
    lock = install_idle_lock(window, desk, timeout_ms=600)  # typing every 100 ms: far from the limit
    try:
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            QTest.keyClick(_field(window), Qt.Key.Key_A)
            qtbot.wait(100)
        assert not lock.locked
        assert lock.idle_ms() < 600
    finally:
        lock.release()


def test_never_locks_while_a_resident_facing_window_is_open(qtbot: QtBot, lock: IdleLock) -> None:
    resident_screen = QWidget()
    resident_screen.setProperty(RESIDENT_FACING, True)
    qtbot.addWidget(resident_screen)
    resident_screen.show()
    qtbot.wait(TIMEOUT_MS * 4)
    assert not lock.locked
    resident_screen.hide()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_a_wrong_password_keeps_it_locked_and_the_right_one_goes_back_to_work(
        qtbot: QtBot, window: QMainWindow, lock: IdleLock, desk: Desk) -> None:
    window.activateWindow()
    _field(window).setFocus()
    qtbot.waitUntil(_field(window).hasFocus, timeout=2000)
    lock.lock()
    screen = lock.screen
    QTest.keyClicks(screen.password_edit, "wrong")
    QTest.keyClick(screen.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=5000)
    assert lock.locked
    screen.password_edit.clear()
    QTest.keyClicks(screen.password_edit, "demo")
    with qtbot.waitSignal(lock.sig_unlocked, timeout=5000):
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.isVisible()
    assert _field(window).hasFocus()  # back where the assistant was typing
    assert _events(desk, 2) == ["unlocked", "locked"]


def test_an_empty_password_is_asked_for(qtbot: QtBot, lock: IdleLock) -> None:
    lock.lock()
    QTest.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.screen.problem.isVisible()
    assert lock.locked


def test_input_outside_the_lock_screen_is_swallowed_while_locked(qtbot: QtBot, window: QMainWindow,
                                                                 lock: IdleLock) -> None:
    lock.lock()
    QTest.keyClicks(_field(window), "sneaky")
    assert _field(window).text() == ""
    QTest.keyClicks(lock.screen.password_edit, "demo")
    assert lock.screen.password_edit.text() == "demo"


def test_other_windows_are_covered_not_closed(qtbot: QtBot, lock: IdleLock) -> None:
    dialog = QWidget()
    qtbot.addWidget(dialog)
    dialog.show()
    lock.lock()
    covers = dialog.findChildren(QWidget, "lock_cover")
    assert len(covers) == 1
    assert covers[0].isVisible()
    assert dialog.isVisible()


def test_sign_out_at_the_lock_closes_the_windows_and_the_desk(qtbot: QtBot, window: QMainWindow, lock: IdleLock,
                                                              demo_dir: Path) -> None:
    lock.lock()
    QTest.mouseClick(lock.screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert lock.screen.confirm_panel.isVisible()
    QTest.mouseClick(lock.screen.keep_button, Qt.MouseButton.LeftButton)
    assert not lock.screen.confirm_panel.isVisible()
    QTest.mouseClick(lock.screen.sign_out_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(lock.sig_signed_out, timeout=5000):
        QTest.mouseClick(lock.screen.confirm_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert current_idle_lock() is None
    again = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        assert _events(again, 2) == ["sign_in", "sign_out"]
    finally:
        again.close()


def test_the_delay_is_this_computers_setting(window: QMainWindow, desk: Desk) -> None:
    set_idle_lock_minutes(desk.data_dir, 3)
    lock = install_idle_lock(window, desk)
    try:
        assert lock.timeout_ms == 3 * 60_000
    finally:
        lock.release()


def test_after_a_sign_out_the_next_assistant_signs_in_to_a_fresh_window(qtbot: QtBot, demo_dir: Path) -> None:
    app = create_application()
    remember_username(demo_dir, "demo")
    session = DeskSession(app, demo_dir)
    first = session.open_window(Desk.sign_in(demo_dir, "demo", "demo"))
    qtbot.addWidget(first)
    lock = session.lock
    assert lock is not None
    lock.lock()
    lock.screen.sign_out_button.click()
    with qtbot.waitSignal(lock.sig_signed_out, timeout=5000):
        lock.screen.confirm_button.click()
    dialog = session.sign_in
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.user_edit.text() == "demo"  # the last user name on this computer
    QTest.keyClicks(dialog.password_edit, "demo")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    second = session.window
    assert second is not None
    qtbot.addWidget(second)
    assert second is not first
    assert second.isVisible()
    assert session.lock is not None
    assert session.lock is not lock
    second.close()
    session.lock.release()
    QApplication.processEvents()
