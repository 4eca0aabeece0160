"""The sign-in dialog and the main window, driven as an assistant would: search, references, menus, language."""

from __future__ import annotations

import re
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.cases import CaseFilter, CasesService, CaseType
from desktop.services.desk import Desk
from desktop.services.settings import load_settings
from desktop.ui import operation
from desktop.ui.application import create_application
from desktop.ui.case_view import CaseView
from desktop.ui.main_window import CASES, LISTS, RESIDENTS, TODAY, MainWindow
from desktop.ui.sign_in import SignInDialog
from desktop.ui.theme import ThemeNotFoundError, apply_theme, available_themes, current_theme, load_theme

WAIT_MS = 5000


@pytest.fixture
def window(qtbot: QtBot, demo_dir: Path) -> Iterator[MainWindow]:
    create_application()
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    main = MainWindow(desk, {"dibao": "低保对象"})
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.nav.setCurrentRow(RESIDENTS)
    window.search_edit.setText(text)
    window.register.run_search()
    qtbot.waitUntil(lambda: not window.register.searches.busy, timeout=WAIT_MS)


def open_case_views(window: MainWindow) -> list[CaseView]:
    return [w for w in window.findChildren(CaseView) if w.isVisible()]


def test_wrong_password_is_explained_in_words_and_the_dialog_stays(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    dialog = SignInDialog(demo_dir, "demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("not-the-password")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.desk is None
    assert "密码" in dialog.problem.text()


def test_right_password_opens_the_desk(qtbot: QtBot, demo_dir: Path) -> None:
    create_application()
    dialog = SignInDialog(demo_dir, "demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert dialog.desk is not None
    assert dialog.desk.account.username == "demo"
    dialog.desk.close()


def test_the_window_opens_on_today_with_the_four_parts(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentIndex() == TODAY
    assert window.nav.count() == 4
    window.nav.setCurrentRow(CASES)
    assert window.stack.currentWidget() is window.cases_page
    assert window.compare_part is None  # built when first shown, not at sign-in
    window.go_actions[LISTS].trigger()  # Ctrl+4: the agency lists, worklists and dashboard
    assert window.compare_part is not None
    assert window.compare_part.isVisible()
    qtbot.waitUntil(lambda: not window.compare_part.busy, timeout=WAIT_MS)


def test_search_shows_masked_ids_and_reveal_shows_the_whole_number(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "ma")
    assert window.model.rowCount() > 0
    masked = window.model.index(0, 1).data()
    assert "*" in masked
    qtbot.waitUntil(lambda: window.page.id_label.text() == masked, timeout=WAIT_MS)
    window.page.reveal_button.click()
    qtbot.waitUntil(lambda: "*" not in window.page.id_label.text(), timeout=WAIT_MS)
    full = window.page.id_label.text()
    assert len(full) == 18
    assert (full[:4], full[-4:]) == (masked[:4], masked[-4:])


def test_a_search_with_no_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "zzzzzz")
    assert window.model.rowCount() == 0
    assert "0" in window.register.count_label.text()
    assert not window.page.reveal_button.isEnabled()


def test_typing_never_waits_for_the_database_and_stale_results_are_dropped(qtbot: QtBot,
                                                                          window: MainWindow) -> None:
    window.nav.setCurrentRow(RESIDENTS)
    release = threading.Event()
    blocker = operation._executor.submit(release.wait)  # the database worker is busy with something long
    searches = window.register.searches
    delivered, dropped = searches.delivered, searches.dropped
    beats: list[float] = []
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    try:
        for text in ("m", "ma", "zzzzzz", "马"):
            started = time.perf_counter()
            window.search_edit.setText(text)
            window.register.run_search()
            assert time.perf_counter() - started < 0.05  # asking returns at once
            qtbot.wait(20)
        assert len(beats) >= 4  # the event loop kept running while the worker was busy
        assert window.model.rowCount() == 0  # nothing arrived yet
    finally:
        release.set()
        blocker.result()
    qtbot.waitUntil(lambda: not searches.busy, timeout=WAIT_MS)
    heartbeat.stop()
    assert searches.delivered == delivered + 1
    assert searches.dropped == dropped + 3
    names = [window.model.resident(row).name for row in range(window.model.rowCount())]  # type: ignore[union-attr]
    assert names
    assert all("马" in name for name in names)


def test_a_scanned_case_reference_opens_the_case(qtbot: QtBot, window: MainWindow) -> None:
    cases = CasesService(window._desk.store, "demo")
    row = cases.list_cases(CaseFilter(), 1)[0]
    window.find_resident()
    qtbot.keyClicks(window.search_edit, row.reference.lower()[:2] + "-" + row.reference[2:].lower())
    assert row.reference in window.register.count_label.text()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_case_views(window)), timeout=WAIT_MS)
    view = open_case_views(window)[0]
    assert view.record.row.uuid == row.uuid
    assert window.search_edit.text() == ""


def test_an_unknown_reference_is_explained(qtbot: QtBot, window: MainWindow) -> None:
    window.find_resident()
    qtbot.keyClicks(window.search_edit, "CB00000000")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CB00000000" in window.register.count_label.text()
                    and "Enter" not in window.register.count_label.text(), timeout=WAIT_MS)
    assert not open_case_views(window)
    assert window.search_edit.text() == "CB00000000"  # kept, to be checked against the paper


def test_ctrl_f_goes_to_the_register_search(qtbot: QtBot, window: MainWindow) -> None:
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.activateWindow()
    window.find_action.trigger()
    assert window.stack.currentIndex() == RESIDENTS
    assert window.search_edit.hasFocus() or QApplication.focusWidget() is window.search_edit


class FakeWizard(QWidget):
    """What desktop.ui.wizards.open_wizard hands back: a window with sig_case_saved."""

    sig_case_saved = Signal(object)


def test_new_case_menu_calls_the_wizard_hook(qtbot: QtBot, window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    wizard = FakeWizard()
    qtbot.addWidget(wizard)

    def open_wizard(parent: object, desk: object, policy: object, case_type: CaseType, **kw: object) -> FakeWizard:
        calls.append((parent, desk, case_type, kw))
        return wizard

    monkeypatch.setitem(sys.modules, "desktop.ui.wizards", types.SimpleNamespace(open_wizard=open_wizard))
    assert len(window.new_case_actions) == len(CaseType)
    window.new_case_actions[CaseType.PENSION_CLAIM].trigger()
    assert calls == [(window, window._desk, CaseType.PENSION_CLAIM, {"resident_uuid": None, "draft": None})]
    with qtbot.waitSignal(window.today_page.sig_loaded, timeout=WAIT_MS):
        wizard.sig_case_saved.emit(None)  # a saved case refreshes Today


def test_supervisor_entries_call_their_hooks_and_are_hidden_from_assistants(
        qtbot: QtBot, window: MainWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setitem(sys.modules, "desktop.ui.accounts_dialog",
                        types.SimpleNamespace(open_accounts=lambda parent, desk: seen.append("accounts")))
    monkeypatch.setitem(sys.modules, "desktop.ui.audit_view",
                        types.SimpleNamespace(open_audit_trail=lambda parent, desk: seen.append("audit")))
    assert window.accounts_action.isVisible()
    assert window.audit_action.isVisible()
    window.accounts_action.trigger()
    window.audit_action.trigger()
    assert seen == ["accounts", "audit"]
    window._desk.store.add_assistant("demo", "xiaowang", "pass-word-1", "小王", "assistant")
    desk = Desk.sign_in(demo_dir, "xiaowang", "pass-word-1")
    other = MainWindow(desk, {}, close_desk=True)
    qtbot.addWidget(other)
    assert not other.accounts_action.isVisible()
    assert not other.audit_action.isVisible()
    other.close()


def test_language_switches_while_running_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("en")  # Qt posts QEvent.LanguageChange to every widget
    qtbot.waitUntil(lambda: window.desk_menu.title() == "&Desk", timeout=WAIT_MS)
    assert window.page.reveal_button.text() == "Show &full ID"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.desk_menu.title() != "&Desk", timeout=WAIT_MS)
    assert window.page.reveal_button.text() != "Show &full ID"  # a child page retranslated itself
    assert window.language_actions["zh_CN"].isChecked()
    assert load_settings(window._desk.data_dir).language == "zh_CN"
    window.set_language("en")
    assert load_settings(window._desk.data_dir).language == "en"
    window.set_language("zh_CN")


def unnamed_focusable(top: QWidget) -> list[str]:
    """Focusable widgets of a window a screen reader could not name."""
    unnamed = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        if isinstance(widget.parent(), QAbstractSpinBox) or widget.window() is not top:
            continue  # Qt's own editor inside a date box, a combo box's popup list, another window
        unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    return unnamed


def test_every_focusable_widget_has_a_name_a_screen_reader_speaks(qtbot: QtBot, window: MainWindow) -> None:
    window.today_page.add_walk_in()
    dialog = window.today_page.walk_in_dialog
    assert dialog is not None
    cases = CasesService(window._desk.store, "demo")
    record = cases.get(cases.list_cases(CaseFilter(), 1)[0].uuid)
    assert record is not None
    view = window.open_case_record(record)
    for top in (window, dialog, view):
        assert unnamed_focusable(top) == []


def test_the_default_theme_is_data_with_font_sizes_in_points(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert "default" in available_themes()
    apply_theme(app)
    assert current_theme(app) == "default"
    sheet = app.styleSheet()
    assert sheet == load_theme("default")
    sizes = re.findall(r"font-size:\s*([^;]+);", sheet)
    assert sizes
    assert all(size.strip().endswith("pt") for size in sizes)
    with pytest.raises(ThemeNotFoundError):
        apply_theme(app, "no-such-theme")
    app.setStyleSheet("")


def test_a_draft_already_open_is_brought_forward_not_opened_twice(qtbot: QtBot, window: MainWindow) -> None:
    cases = CasesService(window._desk.store, window._desk.account.username)
    draft_uuid = operation.run_blocking(lambda: cases.save_draft(None, CaseType.ENROLLMENT, 0, {}, None))
    draft = operation.run_blocking(lambda: cases.load_draft(draft_uuid))
    assert draft is not None
    first = window.open_wizard(CaseType.ENROLLMENT.value, draft=draft)
    qtbot.addWidget(first)
    second = window.open_wizard(CaseType.ENROLLMENT.value, draft=draft)
    assert second is first  # two wizards on one draft would overwrite each other's work
    first.ask_on_close = False
    first.close()


def test_the_desk_menu_opens_the_caption_panel_whose_words_reach_the_resident_screen(
        qtbot: QtBot, window: MainWindow) -> None:
    screen = window.open_resident_screen()
    window.caption_panel_action.trigger()
    panels = [w for w in window._windows if type(w).__name__ == "CaptionPanel"]
    assert len(panels) == 1
    assert panels[0].isVisible()
    panels[0].words_edit.setText("please wait")
    panels[0].send()
    qtbot.waitUntil(lambda: screen.caption_label.accessibleName() == "please wait", timeout=WAIT_MS)
    window.caption_panel_action.trigger()
    assert [w for w in window._windows if type(w).__name__ == "CaptionPanel"] == panels  # one panel, not two
