"""Lock the desk after idle time, without ever closing or hiding a window (nothing typed is lost).

:class:`IdleLock` watches the whole application's input through an event filter. After the idle time
it emits ``sig_about_to_lock`` (open forms save their drafts) and shows :class:`LockScreen` over the
main window; other windows get a plain cover, and input anywhere outside the lock screen is swallowed.
It never locks while a visible top-level window has the dynamic property ``cunbao_resident_facing``
(case wizards, the resident screen): a resident may be reading or signing.

Unlocking needs the signed-in assistant's password. Or that assistant signs out at the lock screen:
the windows close (their drafts are saved), the desk closes cleanly, and ``sig_signed_out`` lets the
application show the sign-in for the next assistant.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.progress import Progress
from desktop.messages import describe
from desktop.services.accounts import confirm_password, record_lock, sign_out
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.setup import idle_lock_minutes
from desktop.ui.operation import Operation
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

RESIDENT_FACING = "cunbao_resident_facing"
MAX_CHECK_MS = 5000
_E = QEvent.Type
_INPUT = frozenset({
    _E.KeyPress, _E.KeyRelease, _E.ShortcutOverride, _E.Shortcut, _E.MouseButtonPress, _E.MouseButtonRelease,
    _E.MouseButtonDblClick, _E.MouseMove, _E.Wheel, _E.TouchBegin, _E.TouchUpdate, _E.TouchEnd,
    _E.TabletPress, _E.TabletMove, _E.InputMethod, _E.ContextMenu,
})

_current: list[IdleLock] = []


def current_idle_lock() -> IdleLock | None:
    """The running lock, for forms that save a draft on ``sig_about_to_lock``."""
    return _current[-1] if _current else None


def resident_facing_open() -> bool:
    return any(w.isVisible() and w.property(RESIDENT_FACING) is True for w in QApplication.topLevelWidgets())


class LockScreen(QWidget):
    """The password form shown over the main window while the desk is locked."""

    sig_unlock = Signal(str)
    """The assistant typed a password and asked to unlock."""
    sig_sign_out = Signal()
    """The sign-out was confirmed."""

    def __init__(self, display_name: str, username: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self._who = (display_name, username)
        self.title = set_role(wrapping_label("lock_title"), "title")
        self.who = wrapping_label("lock_who")
        self.hint = set_role(wrapping_label("lock_hint"), "hint")
        self.password_edit = named(QLineEdit(), "lock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        self.unlock_button = set_role(named(QPushButton(), "unlock_button"), "primary")
        self.unlock_button.setDefault(True)
        self.problem = set_role(wrapping_label("lock_problem"), "problem")
        self.problem.setVisible(False)
        self.other_hint = set_role(wrapping_label("lock_other"), "hint")
        self.sign_out_button = named(QPushButton(), "sign_out_button")
        self.confirm_text = set_role(wrapping_label("sign_out_question"), "notice")
        self.confirm_button = named(QPushButton(), "confirm_sign_out")
        self.keep_button = named(QPushButton(), "keep_signed_in")
        self.confirm_panel = QWidget()
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(self.confirm_button)
        confirm_buttons.addWidget(self.keep_button)
        confirm_buttons.addStretch(1)
        confirm = QVBoxLayout(self.confirm_panel)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_text)
        confirm.addLayout(confirm_buttons)
        self.confirm_panel.setVisible(False)
        form = QFormLayout()
        form.addRow(self.password_label, self.password_edit)
        panel = QWidget()
        panel.setFixedWidth(self.fontMetrics().height() * 28)  # wrapped lines need a definite width
        column = QVBoxLayout(panel)
        for part in (self.title, self.who, self.hint):
            column.addWidget(part)
        column.addLayout(form)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.problem)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.other_hint)
        column.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.confirm_panel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.password_edit.returnPressed.connect(self._unlock)
        self.sign_out_button.clicked.connect(lambda: self._ask_sign_out(True))
        self.keep_button.clicked.connect(lambda: self._ask_sign_out(False))
        self.confirm_button.clicked.connect(self.sig_sign_out)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name, username = self._who
        self.setWindowTitle(self.tr("Cunbao is locked"))
        self.title.setText(self.tr("Cunbao is locked"))
        self.who.setText(self.tr("Signed in: %1 (%2)").replace("%1", name).replace("%2", username))
        self.hint.setText(self.tr("Nothing was lost: every open window waits behind this screen. Type your "
                                  "password to go on working."))
        self.password_label.setText(self.tr("&Password:"))
        self.password_edit.setAccessibleName(self.tr("Password of %1").replace("%1", name))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.other_hint.setText(self.tr("Someone else needs the computer? %1 signs out first; the forms that were "
                                        "open are kept as drafts.").replace("%1", name))
        self.sign_out_button.setText(self.tr("&Sign out %1…").replace("%1", name))
        self.sign_out_button.setAccessibleName(self.tr("Sign out %1").replace("%1", name))
        self.confirm_text.setText(self.tr("Sign out %1? The open windows close; their forms were saved as drafts "
                                          "and can be continued later. Then another assistant can sign in.")
                                  .replace("%1", name))
        self.confirm_button.setText(self.tr("&Yes, sign out"))
        self.confirm_button.setAccessibleName(self.tr("Yes, sign out"))
        self.keep_button.setText(self.tr("&No, stay signed in"))
        self.keep_button.setAccessibleName(self.tr("No, stay signed in"))

    def reset(self) -> None:
        self.password_edit.clear()
        self.show_problem("")
        self._ask_sign_out(False)
        self.set_busy(False)
        self.password_edit.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text if text else "")
        self.problem.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button, self.sign_out_button, self.confirm_button):
            widget.setEnabled(not busy)

    def _unlock(self) -> None:
        if not self.password_edit.text():
            self.show_problem(self.tr("Type your password."))
            return
        self.sig_unlock.emit(self.password_edit.text())

    def _ask_sign_out(self, ask: bool) -> None:
        self.confirm_panel.setVisible(ask)
        self.sign_out_button.setVisible(not ask)
        (self.keep_button if ask else self.password_edit).setFocus()


class _Cover(QWidget):
    """Hides what a window shows while locked, as a child: the window stays open as it was."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.label = set_role(wrapping_label("lock_cover_text"), "title")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.label)
        self.label.setText(self.tr("Cunbao is locked"))
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    sig_about_to_lock = Signal()
    """The desk locks now: open forms save their drafts (synchronously, before the lock screen shows)."""
    sig_locked = Signal()
    """The lock screen is showing."""
    sig_unlocked = Signal()
    """The assistant typed the password: work goes on where it was."""
    sig_signed_out = Signal()
    """The assistant signed out at the lock screen; the desk is closed. Show the sign-in now."""

    def __init__(self, window: QWidget, desk: Desk, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._desk = desk
        self.timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._covers: list[_Cover] = []
        self._focus: QWidget | None = None
        self._locked = False
        self._released = False
        self.screen = LockScreen(desk.account.display_name, desk.account.username)
        self.screen.sig_unlock.connect(self._check_password)
        self.screen.sig_sign_out.connect(self._sign_out)
        self._timer = QTimer(self)
        self._timer.setInterval(max(20, min(MAX_CHECK_MS, timeout_ms // 4)))
        self._timer.timeout.connect(self._tick)

    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last_input = time.monotonic()
        self._timer.start()
        _current.append(self)

    def release(self) -> None:
        """Stop watching and remove the screen (after a sign-out, or when the window closes for good)."""
        if self._released:
            return
        self._released, self._locked = True, False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self in _current:
            _current.remove(self)
        self._remove_covers()
        self.screen.close()
        self.screen.deleteLater()

    def idle_ms(self) -> int:
        return int((time.monotonic() - self._last_input) * 1000)

    def lock(self) -> None:
        """Lock now (the idle timer, or a "Lock" menu action)."""
        if self._locked or self._released:
            return
        self.sig_about_to_lock.emit()
        self._locked = True
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window not in (self.screen, self._window) \
                    and window.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                self._covers.append(_Cover(window))
        self.screen.setGeometry(self._window.frameGeometry() if self._window.isVisible() else
                                self._window.screen().availableGeometry())
        self.screen.reset()
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password_edit.setFocus()
        desk = self._desk
        Operation(lambda _p: record_lock(desk, True), lambda _r: None, lambda _e: None, self.screen).start()
        self.sig_locked.emit()

    # --- input ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == _E.Resize and isinstance(watched, QWidget) and self._covers:
            for cover in self._covers:
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
            return False
        if kind not in _INPUT:
            return False
        if not self.locked:
            self._last_input = time.monotonic()
            return False
        return not self._inside_screen(watched)

    def _inside_screen(self, obj: QObject) -> bool:
        if isinstance(obj, QWindow):
            return obj is self.screen.windowHandle() or obj.transientParent() is self.screen.windowHandle()
        widget = obj if isinstance(obj, QWidget) else None
        while widget is not None:
            if widget is self.screen:
                return True
            widget = widget.parentWidget()
        return False

    def _tick(self) -> None:
        if self.locked or self.idle_ms() < self.timeout_ms or resident_facing_open():
            return
        self.lock()

    # --- unlocking and signing out ----------------------------------------------------------------

    def _check_password(self, password: str) -> None:
        desk = self._desk
        self.screen.set_busy(True)

        def work(_progress: Progress) -> None:
            confirm_password(desk, password)
            record_lock(desk, False)

        Operation(work, lambda _r: self._unlocked(), self._unlock_failed, self.screen,
                  self.tr("Checking the password…"), False).start()

    def _unlocked(self) -> None:
        self._remove_covers()
        self._locked = False
        self.screen.hide()
        self.screen.reset()
        self._last_input = time.monotonic()
        focus, self._focus = self._focus, None
        if focus is not None and isValid(focus):  # back where the assistant was typing
            focus.window().activateWindow()
            focus.setFocus()
        self.sig_unlocked.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.screen.set_busy(False)
        text = describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)
        self.screen.show_problem(text)
        self.screen.password_edit.selectAll()
        self.screen.password_edit.setFocus()

    def _sign_out(self) -> None:
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.screen]
        refused = [w for w in others if not w.close()]
        if refused:
            self.screen.show_problem(self.tr("The window \"%1\" did not close. Unlock, close it yourself, then sign "
                                             "out.").replace("%1", refused[0].windowTitle()))
            return
        self._remove_covers()
        self.screen.set_busy(True)
        desk = self._desk
        Operation(lambda _p: sign_out(desk), lambda _r: self._signed_out(), self._signed_out_anyway, self.screen,
                  self.tr("Signing out…"), False).start()

    def _signed_out(self) -> None:
        self.sig_signed_out.emit()
        self.release()

    def _signed_out_anyway(self, _exc: BaseException) -> None:
        # the desk is closed even when the sign-out could not be recorded (sign_out closes it in any case)
        self._signed_out()

    def _remove_covers(self) -> None:
        for cover in self._covers:
            if isValid(cover):  # gone already if its window was deleted meanwhile
                cover.hide()
                cover.deleteLater()
        self._covers.clear()


def install_idle_lock(window: QWidget, desk: Desk, minutes: int | None = None,
                      timeout_ms: int | None = None) -> IdleLock:
    """Watch for idle time over ``window`` (the main window); the delay is this computer's setting
    unless given. The lock lives as long as the window."""
    if timeout_ms is None:
        timeout_ms = (minutes if minutes is not None else idle_lock_minutes(desk.data_dir)) * 60_000
    lock = IdleLock(window, desk, timeout_ms, window)
    lock.start()
    window.destroyed.connect(lock.release)
    return lock
