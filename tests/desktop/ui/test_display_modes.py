"""Display modes switched live: font, stylesheet, palette, the notifier, the Desk menu and the saved choice."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QTabBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.application import BASE_POINT_SIZE, create_application
from desktop.ui.display_mode import (
    FIGURES,
    DisplayMode,
    apply_mode,
    current_mode,
    load_mode,
    mode_notifier,
    save_mode,
    suggest_elderly,
)
from desktop.ui.gallery import parse_arguments, render_all, shot_name
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import ThemeNotFoundError, current_theme, load_theme


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


def controls(qtbot: QtBot) -> tuple[QWidget, list[QWidget]]:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    widgets: list[QWidget] = [QPushButton("确定"), QLineEdit(), QCheckBox("低保")]
    for widget in widgets:
        layout.addWidget(widget)
    form.show()
    return form, widgets


def test_figures_follow_the_miit_elderly_rules() -> None:
    elderly = FIGURES[DisplayMode.ELDERLY]
    assert elderly.body_pt >= 18
    assert elderly.key_figure_pt >= 30
    assert elderly.line_spacing >= 1.3
    assert elderly.min_target_px >= 60
    assert elderly.max_fields_per_page == 5
    assert not elderly.time_limits
    assert FIGURES[DisplayMode.NORMAL].body_pt == BASE_POINT_SIZE


def test_switching_to_elderly_and_back_changes_font_and_sheet_live(qtbot: QtBot, app: QApplication) -> None:
    form, (button, edit, box) = controls(qtbot)
    label = QLabel("正文", form)
    heard: list[str] = []
    mode_notifier(app).mode_changed.connect(heard.append)
    apply_mode(app, DisplayMode.ELDERLY)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == 18)
    assert current_mode(app) is DisplayMode.ELDERLY
    assert app.font().pointSizeF() == 18
    assert load_theme("elderly") in app.styleSheet()
    assert load_theme("default") in app.styleSheet()
    form.adjustSize()
    for widget in (button, edit, box):
        assert widget.height() >= 60, type(widget).__name__
    tabs = QTabBar(form)
    tabs.addTab("待办事项")
    assert tabs.sizeHint().height() >= 60
    apply_mode(app, DisplayMode.NORMAL)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == BASE_POINT_SIZE)
    assert app.styleSheet() == load_theme("default")
    assert current_theme(app) == "default"
    assert heard == ["elderly", "normal"]
    mode_notifier(app).mode_changed.disconnect(heard.append)


def test_high_contrast_sets_its_own_sheet_and_palette_and_normal_restores_them(qtbot: QtBot,
                                                                               app: QApplication) -> None:
    normal_window = app.palette().color(QPalette.ColorRole.Window)
    apply_mode(app, "high_contrast")
    assert current_mode(app) is DisplayMode.HIGH_CONTRAST
    assert app.styleSheet() == load_theme("high_contrast")
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert disabled == "#b3b3b3"  # greyed, still 10:1 on black
    assert "3px solid #ffff00" in app.styleSheet()  # the visible focus border
    apply_mode(app, DisplayMode.NORMAL)
    assert app.palette().color(QPalette.ColorRole.Window) == normal_window


def test_an_unknown_mode_changes_nothing(app: QApplication) -> None:
    apply_mode(app, DisplayMode.ELDERLY)
    with pytest.raises(ValueError, match="giant"):
        apply_mode(app, "giant")
    assert current_mode(app) is DisplayMode.ELDERLY


def test_a_missing_sheet_changes_nothing(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import display_mode
    broken = replace(FIGURES[DisplayMode.ELDERLY], themes=("no-such-sheet",))
    monkeypatch.setitem(display_mode.FIGURES, DisplayMode.ELDERLY, broken)
    with pytest.raises(ThemeNotFoundError):
        apply_mode(app, DisplayMode.ELDERLY)
    assert current_mode(app) is DisplayMode.NORMAL
    assert app.font().pointSizeF() == BASE_POINT_SIZE


def test_the_mode_is_saved_per_workstation_and_unreadable_files_mean_normal(tmp_path: Path) -> None:
    assert load_mode(tmp_path) is DisplayMode.NORMAL
    save_mode(tmp_path, DisplayMode.HIGH_CONTRAST)
    assert load_mode(tmp_path) is DisplayMode.HIGH_CONTRAST
    (tmp_path / "display.json").write_text("{not json", encoding="utf-8")
    assert load_mode(tmp_path) is DisplayMode.NORMAL
    (tmp_path / "display.json").write_text('{"mode": "giant"}', encoding="utf-8")
    assert load_mode(tmp_path) is DisplayMode.NORMAL


@pytest.mark.parametrize(("age", "suggested"), [(64, False), (65, True), (88, True), (None, False)])
def test_elderly_mode_is_suggested_from_65(age: int | None, suggested: bool) -> None:
    assert suggest_elderly(age) is suggested


def test_the_desk_menu_switches_the_mode_and_remembers_it(qtbot: QtBot, app: QApplication, demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    window = MainWindow(desk, {})
    qtbot.addWidget(window)
    window.show()
    menu = window.display_menu
    assert menu.menuAction() in window.desk_menu.actions()
    assert menu.mode_actions[DisplayMode.NORMAL].isChecked()
    menu.mode_actions[DisplayMode.ELDERLY].trigger()
    assert current_mode(app) is DisplayMode.ELDERLY
    qtbot.waitUntil(lambda: window.search_edit.font().pointSizeF() >= 18)
    assert menu.mode_actions[DisplayMode.ELDERLY].isChecked()
    assert load_mode(demo_dir) is DisplayMode.ELDERLY
    menu.mode_actions[DisplayMode.HIGH_CONTRAST].trigger()
    assert current_mode(app) is DisplayMode.HIGH_CONTRAST
    assert not menu.mode_actions[DisplayMode.ELDERLY].isChecked()
    menu.mode_actions[DisplayMode.NORMAL].trigger()
    assert load_mode(demo_dir) is DisplayMode.NORMAL
    apply_mode(app, DisplayMode.ELDERLY)  # switched elsewhere, e.g. the identify page's offer for an old resident
    assert menu.mode_actions[DisplayMode.ELDERLY].isChecked()
    window.close()


def test_gallery_mode_option_names_each_mode_and_defaults_to_normal() -> None:
    assert parse_arguments(["out"]).modes == [DisplayMode.NORMAL]
    options = parse_arguments(["out", "main", "wizards", "--mode", "all"])
    assert options.areas == ["main", "wizards"]
    assert options.modes == list(DisplayMode)
    assert parse_arguments(["--mode", "elderly", "out"]).modes == [DisplayMode.ELDERLY]
    assert shot_name("main", "today", DisplayMode.NORMAL) == "main__today"
    assert shot_name("main", "today", DisplayMode.HIGH_CONTRAST) == "main__today__high_contrast"
    assert shot_name("sign_in", "sign_in", DisplayMode.ELDERLY) == "sign_in__elderly"


def test_gallery_renders_in_the_modes_asked_and_leaves_the_app_normal(tmp_path: Path, app: QApplication) -> None:
    saved = render_all(tmp_path, ["sign_in"], modes=[DisplayMode.ELDERLY, DisplayMode.HIGH_CONTRAST])
    assert {p.stem for p in saved} == {"sign_in__elderly", "sign_in_problem__elderly",
                                       "sign_in__high_contrast", "sign_in_problem__high_contrast"}
    elderly = QImage(str(tmp_path / "sign_in__elderly.png"))
    contrast = QImage(str(tmp_path / "sign_in__high_contrast.png"))
    assert contrast.pixelColor(2, 2).name() == "#000000"  # drawn on the high-contrast black
    assert elderly.pixelColor(2, 2).name() != "#000000"
    assert current_mode(app) is DisplayMode.NORMAL
