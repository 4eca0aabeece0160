"""Running text in 适老化 mode: lines and paragraphs spaced (MIIT 1.2), the wizards' own titles large, and
nothing that changes on a timer (a tooltip stays)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.display_mode import DisplayMode, apply_mode, time_limits_apply
from desktop.ui.text_spacing import PARAGRAPH_FACTOR, SpacedLabel
from desktop.ui.widgets import wrapping_label
from tests.desktop.ui.wizards import conftest as wizard_fixtures
from tests.desktop.ui.wizards.conftest import WizardFactory

desk = wizard_fixtures.desk
ctx = wizard_fixtures.ctx
wizards = wizard_fixtures.wizards
make_wizard = wizard_fixtures.make_wizard
QT_ITEM_TIP_MS = 10_000  # how long Qt shows a short tooltip when no duration is given

LONG = "您每年交的钱越多，六十岁以后每个月领的养老金就越多。" * 6
ELDERLY_LINES = 1.3


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


def switch(qtbot: QtBot, app: QApplication, mode: DisplayMode) -> None:
    apply_mode(app, mode)
    qtbot.wait(30)


def shown(qtbot: QtBot, *widgets: QWidget, width: int = 420) -> QWidget:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    for widget in widgets:
        layout.addWidget(widget)
    form.resize(width, 900)
    form.show()
    qtbot.waitExposed(form)
    return form


def label_lines(label: SpacedLabel) -> list[float]:
    """The tops of the label's painted lines, in the order they are drawn."""
    doc = label._document(label.contentsRect().width(), label._spaced() or 1.0)
    tops: list[float] = []
    block = doc.firstBlock()
    while block.isValid():
        origin = doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        tops += [origin + layout.lineAt(i).y() for i in range(layout.lineCount())]
        block = block.next()
    return tops


def view_lines(view: QTextBrowser) -> list[tuple[int, float]]:
    """(paragraph number, top) of every line a rich text view lays out."""
    doc = view.document()
    lines: list[tuple[int, float]] = []
    block = doc.firstBlock()
    while block.isValid():
        origin = doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        lines += [(block.blockNumber(), origin + layout.lineAt(i).y()) for i in range(layout.lineCount())]
        block = block.next()
    return lines


def gaps(lines: list[tuple[int, float]]) -> tuple[list[float], list[float]]:
    """Distances between consecutive lines of one paragraph, and from a paragraph's last line to the next's first."""
    within: list[float] = []
    between: list[float] = []
    for (para_a, top_a), (para_b, top_b) in itertools.pairwise(lines):
        (within if para_a == para_b else between).append(top_b - top_a)
    return within, between


def test_a_wrapped_label_spaces_its_lines_and_paragraphs_in_elderly_mode_and_makes_room_for_them(
    qtbot: QtBot, app: QApplication
) -> None:
    label = wrapping_label("story", LONG + "\n" + LONG)
    _form = shown(qtbot, label)
    normal_height = label.heightForWidth(400)
    switch(qtbot, app, DisplayMode.ELDERLY)
    assert isinstance(label, SpacedLabel)
    height = QFontMetricsF(label.font()).height()
    tops = label_lines(label)
    assert len(tops) >= 4
    steps = [b - a for a, b in itertools.pairwise(tops)]
    line = min(steps)
    assert line >= ELDERLY_LINES * height - 0.5
    assert max(steps) >= PARAGRAPH_FACTOR * line - 0.5  # the break between the two paragraphs
    assert label.height() >= label.heightForWidth(label.width())  # the layout made room: nothing cut
    assert label.heightForWidth(label.width()) >= len(tops) * ELDERLY_LINES * height
    switch(qtbot, app, DisplayMode.NORMAL)
    assert label.heightForWidth(400) == normal_height
    assert label._spaced() == 0.0


def test_labels_that_need_qlabels_own_drawing_keep_it(qtbot: QtBot, app: QApplication) -> None:
    selectable = wrapping_label("selectable", LONG)
    selectable.setTextInteractionFlags(selectable.textInteractionFlags().TextSelectableByMouse)
    linked = wrapping_label("linked", '<a href="x">看说明</a> ' + LONG)
    _form = shown(qtbot, selectable, linked)
    switch(qtbot, app, DisplayMode.ELDERLY)
    assert isinstance(selectable, SpacedLabel)
    assert isinstance(linked, SpacedLabel)
    assert selectable._spaced() == 0.0
    assert linked._spaced() == 0.0


def test_a_rich_text_label_is_spaced_too(qtbot: QtBot, app: QApplication) -> None:
    label = wrapping_label("rich", f"<p><b>说明</b> {LONG}</p>")
    _form = shown(qtbot, label)
    switch(qtbot, app, DisplayMode.ELDERLY)
    tops = label_lines(label)  # type: ignore[arg-type]
    assert min(b - a for a, b in itertools.pairwise(tops)) >= (
        ELDERLY_LINES * QFontMetricsF(label.font()).height() - 0.5
    )


@pytest.mark.parametrize("html_later", [False, True], ids=["set-before-the-switch", "set-after-the-switch"])
def test_a_text_browser_spaces_lines_and_paragraphs_in_elderly_mode(
    qtbot: QtBot, app: QApplication, html_later: bool
) -> None:
    view = QTextBrowser()
    html = f"<p>{LONG}</p><p>{LONG}</p>"
    if not html_later:
        view.setHtml(html)
    _form = shown(qtbot, view)
    switch(qtbot, app, DisplayMode.ELDERLY)
    if html_later:
        view.setHtml(html)
    within, between = gaps(view_lines(view))
    height = QFontMetricsF(view.font()).height()
    assert within
    assert between
    assert min(within) >= ELDERLY_LINES * height - 0.5
    assert min(between) >= PARAGRAPH_FACTOR * max(within) - 0.5
    switch(qtbot, app, DisplayMode.NORMAL)
    within, _ = gaps(view_lines(view))
    assert max(within) < ELDERLY_LINES * QFontMetricsF(view.font()).height()


def header_labels(wizard: QWizard) -> tuple[QLabel, QLabel]:
    """QWizard's own title and subtitle labels (in its header, not in a page)."""
    page = wizard.currentPage()
    title = next(lb for lb in wizard.findChildren(QLabel) if lb.text() == page.title() and lb.text())
    subtitle = next(lb for lb in wizard.findChildren(QLabel) if lb.text() == page.subTitle() and lb.text())
    return title, subtitle


def test_a_wizards_own_title_and_subtitle_grow_with_elderly_mode(qtbot: QtBot, app: QApplication) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = QWizardPage()
    page.setTitle("确认信息")
    page.setSubTitle("请和居民一起看一遍。")
    body = QLabel("正文", page)
    wizard.addPage(page)
    wizard.show()
    qtbot.waitExposed(wizard)
    title, subtitle = header_labels(wizard)
    assert title.font().pointSizeF() > app.font().pointSizeF()
    assert title.font().bold()
    switch(qtbot, app, DisplayMode.ELDERLY)
    assert title.font().pointSizeF() >= 26
    assert subtitle.font().pointSizeF() >= 20
    assert body.font().pointSizeF() == 18  # a page's own labels keep the body size
    switch(qtbot, app, DisplayMode.NORMAL)
    assert title.font().pointSizeF() == 16


def test_the_case_wizards_titles_follow_the_mode(
    qtbot: QtBot, app: QApplication, desk: Desk, make_wizard: WizardFactory
) -> None:
    wizard = make_wizard()
    switch(qtbot, app, DisplayMode.ELDERLY)
    title, subtitle = header_labels(wizard)
    assert title.font().pointSizeF() >= 26
    assert subtitle.font().pointSizeF() >= 20
    assert title.height() >= title.sizeHint().height()  # the header was laid out again for the new fonts
    assert subtitle.height() >= subtitle.heightForWidth(subtitle.width())
    switch(qtbot, app, DisplayMode.NORMAL)
    assert title.height() < 2 * title.sizeHint().height()  # and again, smaller, in normal


def test_elderly_mode_has_no_time_limits_tooltips_stay(qtbot: QtBot, app: QApplication) -> None:
    button = QLabel("政府补贴")  # a widget with a tooltip, as the 算得清 cards' figures have
    button.setToolTip("待县级确认")
    _form = shown(qtbot, button)
    assert time_limits_apply(app)
    assert button.toolTipDuration() == -1
    switch(qtbot, app, DisplayMode.ELDERLY)
    assert not time_limits_apply(app)
    assert button.toolTipDuration() >= 3600 * 1000
    later = QLabel("之后才有的")
    _later_form = shown(qtbot, later)
    assert later.toolTipDuration() >= 3600 * 1000
    switch(qtbot, app, DisplayMode.HIGH_CONTRAST)
    assert button.toolTipDuration() == -1


def test_in_elderly_mode_a_tables_item_tooltip_stays_past_qts_own_timeout(qtbot: QtBot, app: QApplication) -> None:
    table = QTableWidget(1, 1)
    item = QTableWidgetItem("李秀英")
    item.setToolTip("低保对象（民政 2026 年第三季度名单）")
    table.setItem(0, 0, item)
    _form = shown(qtbot, table)
    switch(qtbot, app, DisplayMode.ELDERLY)
    viewport = table.viewport()
    at = table.visualItemRect(item).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == item.toolTip()
    qtbot.wait(QT_ITEM_TIP_MS + 1500)  # Qt's delegate would have hidden it by now
    assert QToolTip.isVisible()
    QToolTip.hideText()
