"""Sync in the desk's window against a real county server over TLS: register with the code in the dialog,
sync now from the status bar, the county's decision reaches Today, and a lost network is said in words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.i18n import install_translators
from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_panel import RegisterDialog
from tests.sync.test_county_http import Server, county, server_fingerprint, start, stop

WAIT_MS = 30_000


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Server]:
    data_dir = tmp_path / "county"
    county(data_dir, "cert", "create", "--host", "127.0.0.1", "--json")
    running = start(data_dir, tls=True)
    running.fingerprint = server_fingerprint(running.url)
    yield running
    stop(running)


@pytest.fixture
def window(qtbot: QtBot, demo_dir: Path) -> Iterator[MainWindow]:
    app = create_application()
    install_translators(app, "en")
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    main = MainWindow(desk, {"dibao": "低保对象"})
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def register(qtbot: QtBot, window: MainWindow, server: Server, code: str) -> RegisterDialog:
    window.register_with_county()
    dialog = window.findChild(RegisterDialog)
    assert dialog is not None
    dialog.server.setText(server.url)
    dialog.code.setText(code)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_register_sync_now_and_the_countys_decision_reaches_today(
    qtbot: QtBot, window: MainWindow, tls_server: Server
) -> None:
    status = window.sync_status
    qtbot.waitUntil(lambda: "Not registered" in status.label.text(), timeout=WAIT_MS)
    assert not status.button.isEnabled()
    village = window._desk.settings.village_code
    assert village is not None
    wrong = register(qtbot, window, tls_server, "AAAA-AAAA-AAAA")
    qtbot.waitUntil(lambda: wrong.problem.isVisibleTo(wrong), timeout=WAIT_MS)
    assert "registration code" in wrong.problem.text()
    assert wrong.code.text() == "AAAA-AAAA-AAAA"  # kept, to be corrected
    wrong.code.setText(tls_server.code(village))
    qtbot.mouseClick(wrong.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wrong.registered, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: status.button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not status.running and "In step" in status.label.text(), timeout=WAIT_MS)
    assert "0 change(s) waiting" in status.label.text()
    inbox = json.loads(county(tls_server.data_dir, "cases", "list", "--json"))
    assert inbox
    county(tls_server.data_dir, "cases", "decide", inbox[0]["reference"], "return", "--reason", "缺户口本复印件")
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not status.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "缺户口本复印件" in _today_text(window), timeout=WAIT_MS)
    stop(tls_server)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not status.running and "Offline" in status.label.text(), timeout=60_000)
    assert "could not be reached" in status.label.toolTip()


def _today_text(window: MainWindow) -> str:
    """What Today's table of cases the county returned shows, cell by cell."""
    model = window.today_page.returned
    return " ".join(
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )


def test_a_change_the_county_refused_is_shown_with_why_and_discarded_only_with_a_reason(
    qtbot: QtBot, demo_dir: Path
) -> None:
    from sqlalchemy import select

    from desktop.services.sync import SyncService
    from desktop.store import outbox
    from desktop.store.models import AuditEvent, OutboxEntry
    from desktop.ui.sync_panel import SetAsideDialog, SyncStatusWidget

    app = create_application()
    install_translators(app, "en")
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        with desk.store.session("demo") as session:
            entry = session.scalars(select(OutboxEntry).where(OutboxEntry.entity_type == "cases")).first()
            assert entry is not None
            refused = entry.mutation_id
            outbox.quarantine(session, refused, "county.field_owned")
        service = SyncService(desk.store, "demo")
        widget = SyncStatusWidget(service, auto=False)
        qtbot.addWidget(widget)
        widget.refresh()
        qtbot.waitUntil(lambda: widget.set_aside_button.isVisibleTo(widget), timeout=WAIT_MS)
        dialog = SetAsideDialog(service)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1
        assert "Only the county office changes" in dialog.list.item(0).text()
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
        assert dialog.problem.isVisibleTo(dialog)  # no reason given: nothing discarded
        assert dialog.list.count() == 1
        dialog.reason.setText("the county changed it itself")
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0
        with desk.store.session("test") as session:
            assert session.scalars(select(OutboxEntry).where(OutboxEntry.mutation_id == refused)).first() is None
            event = session.scalars(select(AuditEvent).where(AuditEvent.action == "sync.discarded")).one()
            assert "the county changed it itself" in event.detail
        assert desk.verify_audit().ok
    finally:
        desk.close()
