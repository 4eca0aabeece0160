"""Sign-in: an assistant's name and password unlock the desk's key (argon2id, off the UI thread).

The user name is typed, never picked from a list (the list would tell a stranger whom to try); the
last one used on this computer is filled in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.setup import last_username, remember_username
from desktop.ui.operation import Operation
from desktop.ui.widgets import named, wrapping_label


class SignInDialog(QDialog):
    def __init__(self, data_dir: Path, username: str = "", hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.desk: Desk | None = None
        username = username or last_username(data_dir)
        self.hint = wrapping_label("hint", hint)
        self.user_edit = named(QLineEdit(username), "user_edit")
        self.password_edit = named(QLineEdit(), "password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label = QLabel()
        self.user_label.setBuddy(self.user_edit)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        self.problem = wrapping_label("problem")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # the dialog never gets smaller than its words need, in any display mode (wrapped text included)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.hint.setVisible(bool(hint))
        (self.password_edit if username else self.user_edit).setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Cunbao"))
        self.user_label.setText(self.tr("&Assistant:"))
        self.password_label.setText(self.tr("&Password:"))
        self.user_edit.setAccessibleName(self.tr("Assistant user name"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign in"))
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit"))
        cancel.setAccessibleName(self.tr("Quit"))

    def show_problem(self, text: str) -> None:
        # words and a sign, never colour alone
        self.problem.setText("⚠ " + text)
        self.problem.setVisible(True)
        self.adjustSize()

    def _sign_in(self) -> None:
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        if not user:
            self.show_problem(self.tr("Type your assistant user name."))
            self.user_edit.setFocus()
            return
        self.buttons.setEnabled(False)
        data_dir = self._data_dir

        def work(_progress: object) -> Desk:
            desk = Desk.sign_in(data_dir, user, password)
            remember_username(data_dir, user)
            return desk

        Operation(work, self._signed_in, self._failed, self, self.tr("Opening the database…"), False).start()

    def _signed_in(self, desk: Desk) -> None:
        self.desk = desk
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ServiceError):
            self.show_problem(describe(exc.problem))
        else:
            self.show_problem(self.tr("The database could not be opened: %s") % exc)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
