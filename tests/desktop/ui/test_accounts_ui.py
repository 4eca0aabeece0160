"""The accounts dialog and the audit-trail viewer, driven by a supervisor and refused to an assistant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from core.problems import error
from desktop.messages import describe
from desktop.services.accounts import AccountsService
from desktop.services.desk import Desk
from desktop.ui.accounts_dialog import AccountForm, AccountsDialog, FormKind, open_accounts
from desktop.ui.application import create_application
from desktop.ui.audit_view import PAGE_SIZE, AuditTrailDialog, readable_detail
from tests.desktop.ui.test_first_run import type_text


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot: QtBot, desk: Desk) -> AccountsDialog:
    create_application()
    made = AccountsDialog(desk)
    qtbot.addWidget(made)
    made.show()
    return made


def _ok(form: AccountForm) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _add(qtbot: QtBot, dialog: AccountsDialog, username: str = "mali", password: str = "hongya-2024",
         repeat: str | None = None, supervisor: bool = False) -> AccountForm:
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None
    assert form.kind is FormKind.ADD
    type_text(form.name_edit, "马丽")
    QTest.keyClicks(form.username_edit, username)
    form.role_combo.setCurrentIndex(1 if supervisor else 0)
    QTest.keyClicks(form.password_edit, password)
    QTest.keyClicks(form.repeat_edit, password if repeat is None else repeat)
    _ok(form)
    return form


def _usernames(dialog: AccountsDialog) -> list[str]:
    items = [dialog.table.item(row, 1) for row in range(dialog.table.rowCount())]
    return [item.text() for item in items if item is not None]


def test_supervisor_adds_an_assistant(qtbot: QtBot, dialog: AccountsDialog, demo_dir: Path) -> None:
    assert _usernames(dialog) == ["demo"]
    form = _add(qtbot, dialog)
    qtbot.waitUntil(lambda: "mali" in _usernames(dialog), timeout=5000)
    assert not form.isVisible()
    assert dialog.selected() is not None
    assert dialog.selected().username == "mali"  # type: ignore[union-attr]
    Desk.sign_in(demo_dir, "mali", "hongya-2024").close()


def test_a_bad_new_account_keeps_the_form_open_with_the_reason(qtbot: QtBot, dialog: AccountsDialog) -> None:
    form = _add(qtbot, dialog, repeat="hongya-2025")
    qtbot.waitUntil(lambda: form.problem.isVisible(), timeout=5000)
    assert form.problem.text() == "⚠ " + describe(error("account.password_mismatch"))
    assert form.isVisible()
    assert _usernames(dialog) == ["demo"]


def test_deactivating_asks_first_and_then_shows_the_account_inactive(qtbot: QtBot, dialog: AccountsDialog,
                                                                     demo_dir: Path) -> None:
    _add(qtbot, dialog)
    qtbot.waitUntil(lambda: "mali" in _usernames(dialog), timeout=5000)
    dialog.select("mali")
    assert dialog.deactivate_button.isEnabled()
    QTest.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert [r.active for r in dialog.rows if r.username == "mali"] == [True]
    QTest.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is not None
    dialog.confirmation.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: [r.active for r in dialog.rows if r.username == "mali"] == [False], timeout=5000)
    dialog.select("mali")
    assert not dialog.deactivate_button.isEnabled()
    assert not dialog.reset_button.isEnabled()


def test_own_account_cannot_be_deactivated_from_the_dialog(dialog: AccountsDialog) -> None:
    dialog.select("demo")
    assert not dialog.deactivate_button.isEnabled()
    assert dialog.reset_button.isEnabled()


def test_reset_password_for_an_assistant(qtbot: QtBot, dialog: AccountsDialog, demo_dir: Path) -> None:
    _add(qtbot, dialog)
    qtbot.waitUntil(lambda: "mali" in _usernames(dialog), timeout=5000)
    dialog.select("mali")
    QTest.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None
    assert form.kind is FormKind.RESET
    assert not form.name_edit.isVisibleTo(form)
    QTest.keyClicks(form.password_edit, "fresh-start1")
    QTest.keyClicks(form.repeat_edit, "fresh-start1")
    with qtbot.waitSignal(form.accepted, timeout=5000):
        _ok(form)
    Desk.sign_in(demo_dir, "mali", "fresh-start1").close()


def test_change_own_password_with_a_wrong_present_one_is_refused(qtbot: QtBot, dialog: AccountsDialog) -> None:
    QTest.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None
    QTest.keyClicks(form.old_edit, "wrong")
    QTest.keyClicks(form.password_edit, "newpass-2025")
    QTest.keyClicks(form.repeat_edit, "newpass-2025")
    _ok(form)
    qtbot.waitUntil(lambda: form.problem.isVisible(), timeout=5000)
    assert form.problem.text() == "⚠ " + describe(error("keys.wrong_password", username="demo"))


def test_an_assistant_gets_only_their_own_password_form(qtbot: QtBot, desk: Desk, demo_dir: Path) -> None:
    create_application()
    AccountsService(desk).add_account("mali", "马丽", "hongya-2024", "assistant")
    assistant = Desk.sign_in(demo_dir, "mali", "hongya-2024")
    try:
        opened = open_accounts(None, assistant)
        qtbot.addWidget(opened)
        assert isinstance(opened, AccountForm)
        assert opened.kind is FormKind.CHANGE_OWN
        QTest.keyClicks(opened.old_edit, "hongya-2024")
        QTest.keyClicks(opened.password_edit, "newpass-2025")
        QTest.keyClicks(opened.repeat_edit, "newpass-2025")
        with qtbot.waitSignal(opened.accepted, timeout=5000):
            _ok(opened)
    finally:
        assistant.close()
    Desk.sign_in(demo_dir, "mali", "newpass-2025").close()


@pytest.fixture
def trail(qtbot: QtBot, desk: Desk) -> AuditTrailDialog:
    create_application()
    made = AuditTrailDialog(desk)
    qtbot.addWidget(made)
    made.show()
    return made


def test_audit_trail_pages_newest_first(qtbot: QtBot, trail: AuditTrailDialog) -> None:
    assert trail.total > PAGE_SIZE
    first = [row.seq for row in trail.model.rows]
    assert len(first) == PAGE_SIZE
    assert first == sorted(first, reverse=True)
    assert not trail.previous_button.isEnabled()
    QTest.mouseClick(trail.next_button, Qt.MouseButton.LeftButton)
    assert trail.offset == PAGE_SIZE
    assert trail.model.rows[0].seq < first[-1]
    QTest.mouseClick(trail.previous_button, Qt.MouseButton.LeftButton)
    assert [row.seq for row in trail.model.rows] == first


def test_audit_trail_filters_by_action_and_day(trail: AuditTrailDialog) -> None:
    trail.action_combo.setCurrentIndex(trail.action_combo.findData("sign_in"))
    assert trail.total >= 1
    assert {row.action for row in trail.model.rows} == {"sign_in"}
    assert trail.model.index(0, 3).data() == trail.action_label("sign_in")
    trail.until_edit.setDate(QDate(2001, 1, 1))
    assert trail.total == 0
    assert trail.model.rowCount() == 0
    assert not trail.next_button.isEnabled()


def test_audit_trail_never_shows_a_whole_id_number(trail: AuditTrailDialog) -> None:
    trail.entity_combo.setCurrentIndex(trail.entity_combo.findData("residents"))
    details = [trail.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole) for row in range(trail.model.rowCount())]
    with_ids = [text for text in details if '"id_number"' in text]
    assert with_ids
    assert all("**********" in text for text in with_ids)


def test_verify_the_chain_reports_it_intact(qtbot: QtBot, trail: AuditTrailDialog) -> None:
    before = trail.total
    QTest.mouseClick(trail.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trail.verify_result.isVisible(), timeout=10000)
    assert trail.verify_result.text().startswith("✓")
    assert str(before) in trail.verify_result.text()
    assert trail.total == before + 1
    assert trail.model.rows[0].action == "audit_verified"


def test_the_audit_trail_is_refused_to_an_assistant(qtbot: QtBot, desk: Desk, demo_dir: Path) -> None:
    create_application()
    AccountsService(desk).add_account("mali", "马丽", "hongya-2024", "assistant")
    assistant = Desk.sign_in(demo_dir, "mali", "hongya-2024")
    try:
        refused = AuditTrailDialog(assistant)
        qtbot.addWidget(refused)
        assert refused.problem.text() == "⚠ " + describe(error("account.supervisor_only", username="mali"))
        assert refused.model.rowCount() == 0
    finally:
        assistant.close()


def test_event_details_read_as_fields_and_changes() -> None:
    update = '{"after":{"active":false,"updated_at":"x"},"before":{"active":true,"updated_at":"y"}}'
    assert readable_detail(update) == "active: true → false"
    create = '{"after":{"id":3,"name":"马丽","role":"assistant","subtype":null,"uuid":"u"}}'
    assert readable_detail(create) == "name: 马丽; role: assistant"
    assert readable_detail('{"username":"demo"}') == "username: demo"
    assert readable_detail("not json") == "not json"
