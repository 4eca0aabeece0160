"""The desk's accounts, for a supervisor: add, deactivate, reset a password; anyone: change their own.

Dialogs here are non-modal (``open()``), so tests and the idle lock can reach them; each question is a
panel or a form that stays open with its problem shown until the work succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from desktop.messages import describe
from desktop.services.accounts import AccountRow, AccountsService
from desktop.services.desk import ASSISTANT, SUPERVISOR, Desk
from desktop.services.errors import ServiceError
from desktop.ui.first_run_pages import problem_label, show_problem
from desktop.ui.operation import Operation, run_blocking
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label


class FormKind(Enum):
    ADD = "add"
    RESET = "reset"
    CHANGE_OWN = "change_own"


class AccountForm(QDialog):
    """One form for a new account, a supervisor's reset and one's own password change."""

    def __init__(self, kind: FormKind, submit: Callable[[AccountForm], None], target: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.target = target
        self._submit = submit
        self.name_edit = named(QLineEdit(), "form_name")
        self.username_edit = named(QLineEdit(), "form_username")
        self.role_combo = named(QComboBox(), "form_role")
        self.role_combo.addItem("", ASSISTANT)
        self.role_combo.addItem("", SUPERVISOR)
        self.old_edit = named(QLineEdit(), "form_old_password")
        self.password_edit = named(QLineEdit(), "form_password")
        self.repeat_edit = named(QLineEdit(), "form_repeat")
        for edit in (self.old_edit, self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        inputs: tuple[QWidget, ...] = (self.name_edit, self.username_edit, self.role_combo, self.old_edit,
                                       self.password_edit, self.repeat_edit)
        self.labels = {w: QLabel() for w in inputs}
        shown = {FormKind.ADD: (self.name_edit, self.username_edit, self.role_combo, self.password_edit,
                                self.repeat_edit),
                 FormKind.RESET: (self.password_edit, self.repeat_edit),
                 FormKind.CHANGE_OWN: (self.old_edit, self.password_edit, self.repeat_edit)}[kind]
        self.intro = set_role(wrapping_label("form_intro"), "hint")
        self.problem = problem_label("form_problem")
        form = QFormLayout()
        for widget in shown:
            self.labels[widget].setBuddy(widget)
            form.addRow(self.labels[widget], widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self._submit(self))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 30)  # room for the role's explanation
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        titles = {FormKind.ADD: self.tr("Add an account"),
                  FormKind.RESET: self.tr("New password for %1").replace("%1", self.target),
                  FormKind.CHANGE_OWN: self.tr("Change my password")}
        intros = {FormKind.ADD: self.tr("The new assistant signs in with this user name and password. Tell them "
                                        "the password in person; they can change it later."),
                  FormKind.RESET: self.tr("A new password for %1, who forgot the old one. Tell them the new one in "
                                          "person; they can change it later.").replace("%1", self.target),
                  FormKind.CHANGE_OWN: self.tr("Type your present password, then the new one twice.")}
        self.setWindowTitle(titles[self.kind])
        self.intro.setText(intros[self.kind])
        texts = {self.name_edit: (self.tr("&Name:"), self.tr("Name as printed on forms")),
                 self.username_edit: (self.tr("&User name:"), self.tr("User name for signing in")),
                 self.role_combo: (self.tr("&Role:"), self.tr("Role")),
                 self.old_edit: (self.tr("Pre&sent password:"), self.tr("Present password")),
                 self.password_edit: (self.tr("New &password:"), self.tr("New password")),
                 self.repeat_edit: (self.tr("New password &again:"), self.tr("New password again"))}
        for widget, (label, accessible) in texts.items():
            self.labels[widget].setText(label)
            widget.setAccessibleName(accessible)
        self.role_combo.setItemText(0, self.tr("Assistant"))
        self.role_combo.setItemText(1, self.tr("Supervisor (manages accounts, sees the audit trail)"))

    def show_problem(self, text: str, field: str | None = None) -> None:
        show_problem(self.problem, text)
        edits = {"display_name": self.name_edit, "username": self.username_edit, "password": self.password_edit,
                 "repeat": self.repeat_edit}
        edit = edits.get(field or "")
        if edit is not None and edit.isVisible():
            edit.setFocus()
            edit.selectAll()

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def run(self, work: Callable[[Progress], object], on_done: Callable[[], None]) -> None:
        """Do the form's work on the database worker; the form closes only if it succeeds."""
        self.set_busy(True)

        def done(_result: object) -> None:
            self.accept()
            on_done()

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            if isinstance(exc, ServiceError):
                self.show_problem(describe(exc.problem), exc.problem.field)
            else:
                self.show_problem(str(exc))

        Operation(work, done, failed, self, self.tr("Saving…"), False).start()


def _change_own(service: AccountsService, on_done: Callable[[], None]) -> Callable[[AccountForm], None]:
    def submit(form: AccountForm) -> None:
        old, password, repeat = form.old_edit.text(), form.password_edit.text(), form.repeat_edit.text()
        form.run(lambda _p: service.change_own_password(old, password, repeat=repeat), on_done)
    return submit


class AccountsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._service = AccountsService(desk)
        self.form: AccountForm | None = None
        self.confirmation: QMessageBox | None = None
        self.rows: list[AccountRow] = []
        self.table = named(QTableWidget(0, 5), "accounts_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.add_button = named(QPushButton(), "add_account")
        self.deactivate_button = named(QPushButton(), "deactivate_account")
        self.reset_button = named(QPushButton(), "reset_password")
        self.change_button = named(QPushButton(), "change_own_password")
        self.close_button = named(QPushButton(), "close_accounts")
        self.status = wrapping_label("accounts_status")
        self.problem = problem_label("accounts_problem")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.deactivate_button, self.reset_button, self.change_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._open_form(FormKind.ADD))
        self.reset_button.clicked.connect(lambda: self._open_form(FormKind.RESET))
        self.change_button.clicked.connect(lambda: self._open_form(FormKind.CHANGE_OWN))
        self.deactivate_button.clicked.connect(self._ask_deactivate)
        self.close_button.clicked.connect(self.accept)
        height = self.fontMetrics().height()
        self.resize(height * 48, height * 24)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Accounts of this desk"))
        self.table_label.setText(self.tr("&Accounts:"))
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("User name"), self.tr("Role"),
                                              self.tr("Status"), self.tr("Added on")])
        for button, text, accessible in (
            (self.add_button, self.tr("A&dd an account…"), self.tr("Add an account")),
            (self.deactivate_button, self.tr("D&eactivate…"), self.tr("Deactivate the selected account")),
            (self.reset_button, self.tr("&New password…"), self.tr("Set a new password for the selected account")),
            (self.change_button, self.tr("&Change my password…"), self.tr("Change my password")),
            (self.close_button, self.tr("C&lose"), self.tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(accessible)
        self._fill()

    def reload(self) -> None:
        try:
            self.rows = run_blocking(self._service.accounts)
        except ServiceError as exc:
            self.rows = []
            show_problem(self.problem, describe(exc.problem))
        self._fill()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for index, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(index)

    def _fill(self) -> None:
        chosen = self.selected()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            role = self.tr("Supervisor") if row.is_supervisor else self.tr("Assistant")
            status = self.tr("Active") if row.active else self.tr("Deactivated")
            added = row.created_at.astimezone().date().isoformat()
            for column, text in enumerate((row.display_name, row.username, role, status, added)):
                item = QTableWidgetItem(text)
                if not row.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        active = sum(r.active for r in self.rows)
        self.status.setText(self.tr("%n active account(s).", "", active))
        if chosen is not None:
            self.select(chosen.username)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.selected()
        usable = row is not None and row.active
        self.deactivate_button.setEnabled(usable and row is not None and row.username != self._desk.account.username)
        self.reset_button.setEnabled(usable)

    # --- forms and questions ------------------------------------------------------------------------

    def _open_form(self, kind: FormKind) -> None:
        target = self.selected()
        if kind is FormKind.CHANGE_OWN:
            submit = _change_own(self._service, lambda: self._done(self.tr("Your password was changed.")))
        else:
            submit = self._submit
        self.form = AccountForm(kind, submit, target.display_name if target else "", self)
        self.form.open()

    def _submit(self, form: AccountForm) -> None:
        service, target = self._service, self.selected()
        name, username = form.name_edit.text(), form.username_edit.text().strip()
        role = str(form.role_combo.currentData())
        password, repeat = form.password_edit.text(), form.repeat_edit.text()
        if form.kind is FormKind.ADD:
            form.run(lambda _p: service.add_account(username, name, password, role, repeat=repeat),
                     lambda: self._done(self.tr("Account %1 added.").replace("%1", username), username))
        elif target is not None:
            form.run(lambda _p: service.reset_password(target.username, password, repeat=repeat),
                     lambda: self._done(self.tr("New password set for %1.").replace("%1", target.display_name)))

    def _done(self, text: str, select: str | None = None) -> None:
        self.reload()
        if select:
            self.select(select)
        self.status.setText(text)
        show_problem(self.problem, "")

    def _ask_deactivate(self) -> None:
        target = self.selected()
        if target is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deactivate an account"),
                          self.tr("Deactivate the account of %1 (%2)? Their password will no longer open this "
                                  "desk. Their work stays, signed with their name.")
                          .replace("%1", target.display_name).replace("%2", target.username),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Deactivate"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._deactivate(target))
        self.confirmation = box
        box.open()

    def _deactivate(self, target: AccountRow) -> None:
        service = self._service

        def done(_result: object) -> None:
            self.reload()
            self.status.setText(self.tr("%1 can no longer sign in.").replace("%1", target.display_name))

        def failed(exc: BaseException) -> None:
            show_problem(self.problem, describe(exc.problem) if isinstance(exc, ServiceError) else str(exc))

        Operation(lambda _p: service.deactivate(target.username), done, failed, self,
                  self.tr("Deactivating…"), False).start()


def open_accounts(parent: QWidget | None, desk: Desk) -> QDialog:
    """The accounts dialog for a supervisor; for an assistant, the form to change their own password."""
    if not desk.account.is_supervisor:
        return open_change_password(parent, desk)
    dialog = AccountsDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_change_password(parent: QWidget | None, desk: Desk) -> AccountForm:
    """Any assistant's own password change."""
    form = AccountForm(FormKind.CHANGE_OWN, _change_own(AccountsService(desk), lambda: None), parent=parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.open()
    return form
