"""The accessibility audit (issue 4, "Evidence"): every gallery shot of every area in every display mode.

Findings still open are listed in KNOWN_OPEN by (shot, widget, check, mode); the walk fails on any finding
not listed and on any listed finding that no longer occurs, so the list can only shrink.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.a11y_audit import Check, audit, audit_theme, audit_window, goes_back, mnemonic, tab_chain
from desktop.ui.application import create_application, dispose_widgets
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.gallery import providers
from desktop.ui.gallery_context import GalleryContext

Key = tuple[str, str, str, str]  # mode, check, shot ("area/name"; "theme" for colour pairs), widget

# Open findings, one per line: mode, check, shot, widget; remove a line once its finding is fixed. None is open.
KNOWN_OPEN_TABLE = """
"""
KNOWN_OPEN: frozenset[Key] = frozenset(
    (mode, check, shot, widget) for mode, check, shot, widget in
    (line.split() for line in KNOWN_OPEN_TABLE.splitlines() if line.strip()))


@pytest.fixture
def app() -> Iterator[QApplication]:
    create_application()
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    apply_mode(application, DisplayMode.NORMAL)


def _settle(app: QApplication) -> None:
    for _ in range(3):  # layouts settle over a few passes, as in the gallery
        app.processEvents()


def _report(found: set[Key], mode: DisplayMode) -> None:
    """With A11Y_REPORT=<folder> set, every finding is written there as KNOWN_OPEN_TABLE lines."""
    if os.environ.get("A11Y_REPORT"):
        path = Path(os.environ["A11Y_REPORT"]) / f"{mode}.txt"
        path.write_text("".join(" ".join(key) + "\n" for key in sorted(found)), encoding="utf-8")


def walk_every_shot(app: QApplication, mode: DisplayMode, demo_template: Path, tmp_path: Path) -> set[Key]:
    """On a fresh copy of the demo desk: the shots of one pass leave cases behind that change what the
    galleries find."""
    found = {(str(mode), str(f.check), "theme", f.widget.replace(" ", "_")) for f in audit_theme(mode)}
    kept: list[QWidget] = []  # freed at the end, not while worker jobs may hold them (see desktop.ui.gallery)
    data, scratch = tmp_path / "data", tmp_path / "scratch"
    shutil.copytree(demo_template, data)
    scratch.mkdir()
    desk = Desk.sign_in(data, "demo", "demo")
    try:
        ctx = GalleryContext(app, data, desk, PolicyService(data, county="640423"), scratch)
        apply_mode(app, mode)
        for area, provider in providers():
            for name, widget in provider(ctx):
                widget.show()
                _settle(app)
                found |= {(str(mode), str(f.check), f"{area}/{name}", f.widget) for f in audit_window(widget, mode)}
                widget.close()
                kept.append(widget)
    finally:
        dispose_widgets()
        desk.close()
    return found


@pytest.mark.parametrize("mode", list(DisplayMode))
def test_every_screen_passes_the_audit_or_is_a_known_open_finding(
        qtbot: QtBot, app: QApplication, mode: DisplayMode, demo_template: Path, tmp_path: Path) -> None:
    found = walk_every_shot(app, mode, demo_template, tmp_path)
    _report(found, mode)
    known = {key for key in KNOWN_OPEN if key[0] == mode}
    new = sorted(found - known)
    fixed = sorted(known - found)
    assert new == [], "new accessibility findings:\n" + "\n".join(" ".join(key) for key in new)
    assert fixed == [], "fixed, so take them off KNOWN_OPEN_TABLE:\n" + "\n".join(" ".join(key) for key in fixed)


def _window(app: QApplication, *children: QWidget) -> QWidget:
    top = QWidget()
    layout = QVBoxLayout(top)
    for child in children:
        layout.addWidget(child)
    top.show()
    _settle(app)
    return top


def test_a_field_without_a_name_is_found_and_a_named_one_is_not(qtbot: QtBot, app: QApplication) -> None:
    nameless, named = QLineEdit(), QLineEdit()
    nameless.setObjectName("nameless")
    named.setObjectName("named")
    named.setAccessibleName("Resident ID")
    top = _window(app, nameless, named)
    unnamed = [f.widget for f in audit_window(top, DisplayMode.NORMAL) if f.check is Check.UNNAMED]
    assert unnamed == ["nameless"]
    top.close()


def test_a_button_is_named_by_its_text(qtbot: QtBot, app: QApplication) -> None:
    button = QPushButton("&Print")
    top = _window(app, button)
    assert [f for f in audit_window(top, DisplayMode.NORMAL) if f.check is Check.UNNAMED] == []
    top.close()


def test_a_control_that_takes_only_click_focus_is_unreachable_by_tab(qtbot: QtBot, app: QApplication) -> None:
    tabbed, clicked = QLineEdit(), QLineEdit()
    for edit, name in ((tabbed, "tabbed"), (clicked, "clicked")):
        edit.setObjectName(name)
        edit.setAccessibleName(name)
    clicked.setFocusPolicy(clicked.focusPolicy().ClickFocus)
    top = _window(app, tabbed, clicked)
    assert tabbed in tab_chain(top)
    assert clicked not in tab_chain(top)
    assert [f.widget for f in audit_window(top, DisplayMode.NORMAL) if f.check is Check.UNREACHABLE] == ["clicked"]
    top.close()


def test_small_text_and_small_targets_are_found_in_elderly_mode_only(qtbot: QtBot, app: QApplication) -> None:
    box = QCheckBox("Disabled")
    box.setObjectName("box")
    label = QLabel("Name")
    label.setObjectName("label")
    hint = QLabel("As on the ID card")
    hint.setObjectName("hint")
    hint.setProperty("role", "hint")
    top = _window(app, box, label, hint)
    hint.setStyleSheet("font-size: 16.5pt")  # a hint may be 2 pt below the 18 pt body text
    label.setStyleSheet("font-size: 16.5pt")  # a main label may not
    _settle(app)
    normal = {(f.widget, f.check) for f in audit_window(top, DisplayMode.NORMAL)}
    apply_mode(app, DisplayMode.ELDERLY)
    _settle(app)
    box.setFixedHeight(40)  # squeezed below the 60 px the elderly sheet asks for
    _settle(app)
    elderly = {(f.widget, f.check) for f in audit_window(top, DisplayMode.ELDERLY)}
    assert normal == set()
    assert ("label", Check.SMALL_TEXT) in elderly
    assert ("hint", Check.SMALL_TEXT) not in elderly
    assert ("box", Check.SMALL_TARGET) in elderly
    top.close()


def test_the_theme_pairs_of_every_mode_meet_their_contrast_minimum(qtbot: QtBot, app: QApplication) -> None:
    top = _window(app, QLabel("x"))
    for mode in DisplayMode:
        assert [f for f in audit(top, mode) if f.check is Check.WEAK_CONTRAST] == []
    top.close()


def test_radio_buttons_of_one_group_share_one_tab_stop_and_are_all_reachable(qtbot: QtBot, app: QApplication) -> None:
    first, second = QRadioButton("Signature"), QRadioButton("Fingerprint")
    for button, name in ((first, "first"), (second, "second")):
        button.setObjectName(name)
    first.setChecked(True)
    top = _window(app, first, second)
    assert second not in tab_chain(top)  # Qt: the arrow keys move within the group
    assert audit_window(top, DisplayMode.NORMAL) == []
    top.close()


def test_a_lone_check_box_that_tab_skips_is_unreachable(qtbot: QtBot, app: QApplication) -> None:
    box = QCheckBox("Agreed")
    box.setObjectName("agreed")
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    top = _window(app, box)
    assert [(f.widget, f.check) for f in audit_window(top, DisplayMode.NORMAL)] == [("agreed", Check.UNREACHABLE)]
    top.close()


def test_a_chart_is_named_once_not_again_through_its_viewport(qtbot: QtBot, app: QApplication) -> None:
    chart = QChartView()
    chart.setObjectName("chart")
    top = _window(app, chart)
    assert [f.widget for f in audit_window(top, DisplayMode.NORMAL)] == ["chart"]
    chart.setAccessibleName("Balance by year")
    assert audit_window(top, DisplayMode.NORMAL) == []
    top.close()


def test_a_fields_clear_button_counts_as_part_of_the_field(qtbot: QtBot, app: QApplication) -> None:
    edit = QLineEdit("任国栋")
    edit.setObjectName("name_edit")
    edit.setAccessibleName("Name")
    edit.setClearButtonEnabled(True)
    label = QLabel("&Name:")
    label.setBuddy(edit)
    top = _window(app, label, edit)
    assert audit_window(top, DisplayMode.NORMAL) == []
    top.close()


def _edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(name)
    return edit


def _checks(top: QWidget, check: Check, mode: DisplayMode = DisplayMode.NORMAL) -> list[str]:
    return [f.widget for f in audit_window(top, mode) if f.check is check]


def test_the_alt_key_of_a_text_skips_doubled_ampersands() -> None:
    assert mnemonic("&Name:") == "n"
    assert mnemonic("Na&me") == "m"
    assert mnemonic("Save && &Quit") == "q"
    assert mnemonic("R&&D") == ""
    assert mnemonic("姓名(&N)：") == "n"


def test_a_field_needs_a_label_buddy_with_an_alt_key(qtbot: QtBot, app: QApplication) -> None:
    bare, keyless, keyed = _edit("bare"), _edit("keyless"), _edit("keyed")
    keyless_label, keyed_label = QLabel("Phone:"), QLabel("&Address:")
    keyless_label.setBuddy(keyless)
    keyed_label.setBuddy(keyed)
    top = _window(app, bare, keyless_label, keyless, keyed_label, keyed)
    assert _checks(top, Check.UNLABELLED) == ["bare"]
    assert _checks(top, Check.NO_MNEMONIC) == ["keyless"]
    top.close()


def test_a_form_row_label_labels_its_field_and_a_check_box_needs_no_label(qtbot: QtBot, app: QApplication) -> None:
    top = QWidget()
    form = QFormLayout(top)
    form.addRow("&Name:", _edit("name"))  # Qt makes the label and sets its buddy
    form.addRow(QCheckBox("&Agreed"))
    top.show()
    _settle(app)
    assert [f for f in audit_window(top, DisplayMode.NORMAL)
            if f.check in (Check.UNLABELLED, Check.NO_MNEMONIC, Check.MNEMONIC_CLASH)] == []
    top.close()


def test_a_label_sharing_its_alt_key_with_a_button_is_a_clash(qtbot: QtBot, app: QApplication) -> None:
    name = _edit("name")
    label = QLabel("&Name:")
    label.setBuddy(name)
    top = _window(app, label, name, QPushButton("&Next"))
    assert _checks(top, Check.MNEMONIC_CLASH) == ["name"]
    label.setText("Na&me:")
    assert _checks(top, Check.MNEMONIC_CLASH) == []
    top.close()


def test_going_back_means_an_earlier_line_or_leftwards_on_the_same_line() -> None:
    first, below = QRect(10, 10, 100, 30), QRect(10, 60, 100, 30)
    assert not goes_back(first, below)
    assert goes_back(below, first)  # up a line in the same column
    assert not goes_back(QRect(10, 200, 100, 30), QRect(300, 10, 100, 30))  # the top of the next column
    assert goes_back(QRect(300, 10, 100, 30), QRect(10, 12, 100, 30))  # leftwards on one line
    assert not goes_back(QRect(10, 10, 100, 30), QRect(114, 14, 100, 30))  # rightwards, edges a little off
    assert not goes_back(QRect(10, 10, 100, 30), QRect(10, 36, 100, 30))  # overlapping within the tolerance


def test_tab_moving_up_the_page_is_found_and_down_two_columns_is_not(qtbot: QtBot, app: QApplication) -> None:
    top = QWidget()
    grid = QGridLayout(top)
    edits = {name: _edit(name) for name in ("a1", "a2", "b1", "b2")}
    grid.addWidget(edits["a1"], 0, 0)
    grid.addWidget(edits["a2"], 1, 0)
    grid.addWidget(edits["b1"], 0, 1)
    grid.addWidget(edits["b2"], 1, 1)
    grid.setRowMinimumHeight(2, 200)
    for before, after in (("a1", "a2"), ("a2", "b1"), ("b1", "b2")):  # down the left column, then the right
        QWidget.setTabOrder(edits[before], edits[after])
    top.show()
    _settle(app)
    assert _checks(top, Check.TAB_ORDER) == []
    QWidget.setTabOrder(edits["a2"], edits["a1"])  # a2 before a1: read from a1, Tab comes back left to a2
    QWidget.setTabOrder(edits["a1"], edits["b1"])
    _settle(app)
    assert _checks(top, Check.TAB_ORDER) == ["a2"]
    top.close()


def test_an_elderly_wizard_page_with_more_than_five_fields_is_found(qtbot: QtBot, app: QApplication) -> None:
    wizard = QWizard()
    page = QWizardPage()
    page.setObjectName("page_many")
    form = QFormLayout(page)
    for number in range(4):
        form.addRow(f"Field &{number}:", _edit(f"field_{number}"))
    radios = [QRadioButton(f"Choice &{letter}") for letter in "xy"]  # one question: counts once
    for radio in radios:
        form.addRow(radio)
    combo = QComboBox()
    combo.setObjectName("extra")
    form.addRow("E&xtra:", combo)
    wizard.addPage(page)
    wizard.show()
    _settle(app)
    apply_mode(app, DisplayMode.ELDERLY)
    _settle(app)
    assert _checks(wizard, Check.TOO_MANY_FIELDS, DisplayMode.ELDERLY) == ["page_many"]  # 4 + 1 + 1
    assert _checks(wizard, Check.TOO_MANY_FIELDS, DisplayMode.NORMAL) == []  # no limit in normal mode
    combo.hide()
    assert _checks(wizard, Check.TOO_MANY_FIELDS, DisplayMode.ELDERLY) == []  # five
    wizard.close()
