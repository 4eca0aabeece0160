"""算得清 on screen and on paper: the figures shown, choosing a tier, the 待县级确认 marks, large type that
never cuts a word, the tiers compared as the wizards embed them, and the one-page 明白纸."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.services.explanation import Explanation, ExplanationInputs, ExplanationService
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentProfile, ResidentsService
from desktop.ui.application import create_application
from desktop.ui.contrast import NON_TEXT_MINIMUM, contrast_ratio
from desktop.ui.display_mode import FIGURES, DisplayMode, apply_mode
from desktop.ui.documents.explanation_sheet import LAYOUTS, explanation_sheet_html, fits_one_page
from desktop.ui.documents.html import DeskInfo, format_date
from desktop.ui.explain import footnote, mark
from desktop.ui.explain.chart import BalanceChart
from desktop.ui.explain.screen import ExplainScreen
from desktop.ui.explain.tiers_widget import TierComparisonWidget
from desktop.ui.operation import run_blocking

TODAY = date(2026, 11, 28)
DESK = DeskInfo("杨河村", "640423100201", "沙塘镇", "隆德县", "李协办", TODAY)
HARDSHIP = ExplanationInputs(date(1981, 5, 3), 2026, Decimal(100), government_pays=Decimal(100),
                             daijiao_group="dibao")
ORDINARY = ExplanationInputs(date(1981, 5, 3), 2026, Decimal(300))
WAIT_MS = 10_000


@pytest.fixture
def service(tmp_path: Path) -> ExplanationService:
    return ExplanationService(PolicyService(tmp_path, county="640423"), today=TODAY)


@pytest.fixture
def screen(qtbot: QtBot, service: ExplanationService) -> ExplainScreen:
    widget = ExplainScreen(service, DESK)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    return widget


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def explain(qtbot: QtBot, screen: ExplainScreen, name: str, age: int, inputs: ExplanationInputs,
            current_tier: Decimal | None = None) -> Explanation:
    with qtbot.waitSignal(screen.sig_explained, timeout=WAIT_MS):
        screen.show_resident(name, age, inputs, current_tier)
    assert screen.explanation is not None, screen.problem.text()
    return screen.explanation


def test_hardship_resident_sees_nothing_to_pay_and_what_the_government_pays(
    qtbot: QtBot, screen: ExplainScreen
) -> None:
    e = explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    cards = screen.cards
    assert cards["self"].value.text().startswith("0 ")
    assert cards["government"].isVisibleTo(screen)
    assert cards["government"].value.text().startswith("100 ")
    assert cards["subsidy"].value.text().startswith("30 ")
    assert not cards["other"].isVisibleTo(screen)
    assert screen.monthly.value.text().startswith(f"{e.monthly_total:.2f} ")
    parts = screen.monthly.parts.text()
    assert f"{e.basic_monthly:.0f}" in parts
    assert f"{e.account_monthly:.2f}" in parts
    assert len(screen.story.text().splitlines()) == len(e.sentences)
    assert not screen.problem.isVisibleTo(screen)


def test_every_unconfirmed_figure_is_marked_where_it_is_shown_and_footnoted_with_its_source(
    qtbot: QtBot, screen: ExplainScreen
) -> None:
    e = explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    index = {u.key: i for i, u in enumerate(e.unconfirmed)}
    subsidy = screen.cards["subsidy"]
    assert subsidy.mark.isVisibleTo(screen)
    assert mark(index["contribution.subsidy.100"]) in subsidy.mark.text()
    assert "宁人社发〔2017〕163号" in subsidy.mark.toolTip()
    assert mark(index["daijiao.amount"]) in screen.cards["government"].mark.text()
    assert not screen.cards["self"].mark.isVisibleTo(screen)  # what the resident pays rests on nothing unconfirmed
    assert mark(index["account.divisor"]) in screen.monthly.parts.text()
    lines = screen.footnotes.text().splitlines()
    assert lines == [footnote(i, u) for i, u in enumerate(e.unconfirmed)]
    assert any("国发〔2014〕8号" in line for line in lines)


def test_chart_follows_the_balance_year_by_year(qtbot: QtBot, screen: ExplainScreen) -> None:
    e = explain(qtbot, screen, "马秀英", 45, ORDINARY)
    series = screen.chart.chart().series()
    assert len(series) == 1
    upper = series[0].upperSeries()  # type: ignore[attr-defined]
    assert [(int(p.x()), round(p.y(), 2)) for p in upper.points()] == [(y, float(b)) for y, b in e.balance_series]
    assert str(e.balance_series[-1][0]) in screen.chart.accessibleDescription()


def test_choosing_a_tier_in_the_comparison_explains_that_tier(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, ORDINARY, current_tier=ORDINARY.tier)
    table = screen.tiers.table
    assert table.rowCount() == 6
    row = next(r for r in range(6) if cell(table, r, 0).data(Qt.ItemDataRole.UserRole) == "1000")
    table.selectRow(row)
    with qtbot.waitSignal(screen.sig_explained, timeout=WAIT_MS):
        QTest.mouseClick(screen.tiers.choose_button, Qt.MouseButton.LeftButton)
    assert screen.explanation is not None
    assert screen.explanation.tier == Decimal(1000)
    assert screen.tier_combo.currentData() == "1000"
    assert screen.cards["self"].value.text().startswith("1000 ")
    current = next(r for r in range(6) if cell(table, r, 0).data(Qt.ItemDataRole.UserRole) == "300")
    now = screen.tiers.tr(" (now)")
    assert cell(table, current, 0).text().endswith(now)  # the tier paid now keeps its words, whatever is chosen
    assert not cell(table, row, 0).text().endswith(now)
    assert screen.tier_combo.itemText(screen.tier_combo.findData("300")).endswith(now)


def test_someone_enrolling_has_no_tier_marked_as_paid_now(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, ORDINARY)
    now = screen.tiers.tr(" (now)")
    assert not any(screen.tier_combo.itemText(i).endswith(now) for i in range(screen.tier_combo.count()))
    assert screen.tiers.selected_tier() == ORDINARY.tier


def test_the_tier_box_works_from_the_keyboard(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, ORDINARY)
    screen.show()
    screen.tier_combo.setFocus()
    with qtbot.waitSignal(screen.sig_explained, timeout=WAIT_MS):
        QTest.keyClick(screen.tier_combo, Qt.Key.Key_Down)
    assert screen.explanation is not None
    assert screen.explanation.tier == Decimal(500)
    assert screen.tier_label.buddy() is screen.tier_combo


def test_problems_come_in_words_and_hide_the_figures(qtbot: QtBot, screen: ExplainScreen) -> None:
    too_late = ExplanationInputs(date(1960, 1, 1), 2026, Decimal(100))
    with qtbot.waitSignal(screen.sig_explained, timeout=WAIT_MS):
        screen.show_resident("马老汉", 66, too_late)
    assert screen.explanation is None
    assert screen.problem.isVisibleTo(screen)
    assert "2019" in screen.problem.text()  # the last year he could pay: the year he turned 59
    assert not screen.monthly.isVisibleTo(screen)
    assert not screen.pdf_button.isEnabled()


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    saved = QFont(qapp.font())
    yield
    qapp.setFont(saved)


def _cut_labels(root: QWidget) -> list[str]:
    """Labels and buttons narrower or shorter than their text needs."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.minimumSizeHint().width() or label.height() < label.minimumSizeHint().height():
            cut.append(label.text())
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_large_type_never_cuts_a_label(qtbot: QtBot, qapp: QApplication, service: ExplanationService,
                                       large_font: None, scale: float) -> None:
    font = QFont(qapp.font())
    font.setPointSizeF(12 * scale)
    qapp.setFont(font)
    screen = ExplainScreen(service, DESK)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    explain(qtbot, screen, "马秀英", 45, replace(HARDSHIP, other_funding=Decimal(20)))
    assert screen.cards["self"].value.font().pointSizeF() >= 12 * scale * 2.5 - 0.01
    # layouts settle over several turns of the event loop (word-wrapped labels in a scroll area), slower on a
    # busy machine: a fixed short wait failed now and then
    qtbot.waitUntil(lambda: _cut_labels(screen.content) == [], timeout=3000)
    assert screen.scroller.horizontalScrollBar().maximum() == 0  # the page itself never scrolls sideways


def test_tier_comparison_alone_as_a_wizard_embeds_it(qtbot: QtBot, service: ExplanationService) -> None:
    widget = TierComparisonWidget(service)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_ready, timeout=WAIT_MS):
        widget.set_inputs(ORDINARY, current_tier=Decimal(100))
    table = widget.table
    assert table.rowCount() == 6
    assert widget.selected_tier() == Decimal(300)
    assert table.isColumnHidden(2)  # nobody gets 代缴 here: no column of zeros
    subsidy = cell(table, 0, 3)
    assert subsidy.text().endswith("*")
    assert "宁人社发〔2017〕163号" in subsidy.toolTip()
    assert cell(table, 0, 0).font().bold()  # the tier paid now: in bold and in words
    assert cell(table, 0, 0).text().endswith(widget.tr(" (now)"))
    assert not cell(table, 1, 0).font().bold()
    widget.show()
    table.selectRow(4)
    table.setFocus()
    with qtbot.waitSignal(widget.sig_tier_chosen, timeout=WAIT_MS) as chosen:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert chosen.args == ["2000"]


def test_tier_comparison_shows_a_problem_in_words(qtbot: QtBot, service: ExplanationService) -> None:
    widget = TierComparisonWidget(service)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_ready, timeout=WAIT_MS):
        widget.set_inputs(ExplanationInputs(date(1960, 1, 1), 2026, Decimal(100)))
    assert widget.comparison is None
    assert widget.problem.text()
    assert widget.table.rowCount() == 0


def _hardship_profile(desk: Desk, policy: PolicyService) -> ResidentProfile:
    residents = ResidentsService(desk.store, desk.account.username)
    groups = policy.contribution_rules().daijiao_groups()

    def find() -> ResidentProfile:
        for hit in residents.search("6404", limit=200):
            profile = residents.profile(hit.uuid)
            if (profile and 20 <= hit.age <= 55 and not profile.receiving_pension
                    and any(m.active and m.group in groups for m in profile.memberships)):
                return profile
        raise AssertionError("no hardship resident in the demo")

    return run_blocking(find)


def test_a_demo_hardship_resident_from_the_register(qtbot: QtBot, demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        policy = PolicyService(demo_dir, county="640423")
        profile = _hardship_profile(desk, policy)
        screen = ExplainScreen(ExplanationService(policy), DESK)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.sig_explained, timeout=WAIT_MS):
            screen.show_profile(profile)
        e = screen.explanation
        assert e is not None, screen.problem.text()
        assert e.yearly.government_paid > 0
        assert profile.summary.name in screen.title.text()
        assert e.inputs.years_paid == profile.contribution_years
    finally:
        desk.close()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


@pytest.mark.parametrize("inputs", [
    HARDSHIP,
    replace(ORDINARY, government_pays=Decimal(100), other_funding=Decimal(50), years_paid=3,
            paid_balance=Decimal(390), daijiao_group="dibao"),
], ids=["daijiao", "every_payer"])
def test_the_sheet_saved_as_pdf_is_one_page_with_the_chinese_text(
    qtbot: QtBot, screen: ExplainScreen, tmp_path: Path, inputs: ExplanationInputs
) -> None:
    explain(qtbot, screen, "马秀英", 45, inputs)
    target = tmp_path / "明白纸.pdf"
    with qtbot.waitSignal(screen.sig_pdf_saved, timeout=WAIT_MS) as saved:
        screen.save_pdf(target)
    assert saved.args == [str(target)]
    assert pdf_pages(target) == 1
    text = "".join(pdf_text(target).split())  # pdftotext breaks lines inside a long one
    printed_on = format_date(date(2026, 11, 28))
    for expected in ("马秀英", "隆德县沙塘镇杨河村", "李协办", "宁人社发〔2021〕154号", printed_on):
        assert "".join(expected.split()) in text


def test_sheet_type_is_large_and_data_is_escaped(service: ExplanationService) -> None:
    e = service.explain(HARDSHIP).result
    assert e is not None
    html = explanation_sheet_html(e, "<b>马</b>", DESK, resident_age=45)
    assert "&lt;b&gt;马&lt;/b&gt;" in html
    body = re.search(r'<body style="font-size:([\d.]+)pt', html)
    assert body is not None
    assert float(body.group(1)) >= 16
    sizes = [float(s) for s in re.findall(r"font-size:([\d.]+)pt[^>]*>[^<]*" + re.escape(f"{e.monthly_total:.2f}"),
                                          html)]
    assert sizes
    assert min(sizes) >= 28
    amounts = re.findall(r'font-size:([\d.]+)pt; font-weight:bold; white-space:pre">(\d+) ', html)
    assert [amount for _, amount in amounts] == ["0", "100", "30"]  # you pay, the government pays, the subsidy
    assert min(float(size) for size, _ in amounts) >= 28


def test_preview_opens_without_blocking(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    dialog = screen.preview_sheet()
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()


def test_a_sheet_too_long_for_one_page_is_told_apart(service: ExplanationService) -> None:
    e = service.explain(HARDSHIP).result
    assert e is not None
    assert fits_one_page("<p>明白纸</p>")
    crowded = replace(DESK, village_name="很长的村名" * 120)
    html = explanation_sheet_html(e, "马秀英", crowded, resident_age=45)
    assert not fits_one_page(html)
    assert html == explanation_sheet_html(e, "马秀英", crowded, resident_age=45, layout=LAYOUTS[-1])


def test_every_focusable_widget_has_a_name_a_screen_reader_can_speak(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    screen.show()
    focusable = [w for w in screen.findChildren(QWidget)
                 if w.isVisibleTo(screen) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _viewport(w)]
    assert {QComboBox, QTableWidget, BalanceChart} <= {type(w) for w in focusable}
    assert [(type(w).__name__, w.objectName()) for w in focusable if not (w.accessibleName() and w.objectName())] == []


def _viewport(widget: QWidget) -> bool:
    """A scroll area's inside: the screen reader names the area itself."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def test_worked_out_notes_name_figures_in_words_not_pack_keys(qtbot: QtBot, screen: ExplainScreen) -> None:
    explain(qtbot, screen, "马秀英", 45, ORDINARY)
    assert "basic_pension." not in screen.assumptions.text()


@pytest.fixture
def modes() -> Iterator[QApplication]:
    app = create_application()
    yield app
    apply_mode(app, DisplayMode.NORMAL)


def card_background(card: QWidget) -> str:
    """The colour the card is painted in, read from the picture below its words."""
    image = card.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 5).name()


def test_high_contrast_paints_cards_and_chart_in_the_themes_colours_live(
    qtbot: QtBot, modes: QApplication, screen: ExplainScreen
) -> None:
    explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    screen.show()
    qtbot.waitExposed(screen)
    card = screen.cards["subsidy"]
    assert card_background(card) == "#ffffff"
    apply_mode(modes, DisplayMode.HIGH_CONTRAST)
    qtbot.wait(20)
    minimum = FIGURES[DisplayMode.HIGH_CONTRAST].text_contrast
    background = card_background(card)
    assert background == "#000000"
    for label in (card.caption, card.value, card.mark):
        assert contrast_ratio(label.palette().color(label.foregroundRole()).name(), background) >= minimum
    chart = screen.chart.chart()
    chart_background = chart.backgroundBrush().color().name()
    assert chart_background == "#000000"
    assert contrast_ratio(chart.titleBrush().color().name(), chart_background) >= minimum
    assert contrast_ratio(screen.chart.x_axis.labelsBrush().color().name(), chart_background) >= minimum
    area = screen.chart.area
    assert area is not None
    assert contrast_ratio(area.pen().color().name(), chart_background) >= NON_TEXT_MINIMUM
    # not colour alone: the series is named in a legend and its area hatched
    assert area.name()
    assert chart.legend().isVisible()
    assert area.brush().style() == Qt.BrushStyle.BDiagPattern
    apply_mode(modes, DisplayMode.NORMAL)
    qtbot.wait(20)
    assert card_background(card) == "#ffffff"
    assert chart.backgroundBrush().color().name() == "#ffffff"


def test_card_and_chart_fonts_follow_a_mode_switch_live(
    qtbot: QtBot, modes: QApplication, screen: ExplainScreen
) -> None:
    explain(qtbot, screen, "马秀英", 45, ORDINARY)
    normal_value = screen.monthly.value.font().pointSizeF()
    normal_title = screen.chart.chart().titleFont().pointSizeF()
    apply_mode(modes, DisplayMode.ELDERLY)
    qtbot.wait(20)
    for card in (*screen.cards.values(), screen.monthly):
        assert card.value.font().pointSizeF() >= FIGURES[DisplayMode.ELDERLY].key_figure_pt
    assert screen.monthly.value.font().pointSizeF() > normal_value
    assert screen.chart.chart().titleFont().pointSizeF() > normal_title
    assert screen.story.font().pointSizeF() >= FIGURES[DisplayMode.ELDERLY].body_pt
    apply_mode(modes, DisplayMode.NORMAL)
    qtbot.wait(20)
    assert screen.monthly.value.font().pointSizeF() == normal_value
    assert screen.chart.chart().titleFont().pointSizeF() == normal_title


def test_in_elderly_mode_all_tiers_fit_the_screen_without_scrolling_sideways(
    qtbot: QtBot, modes: QApplication, screen: ExplainScreen
) -> None:
    apply_mode(modes, DisplayMode.ELDERLY)
    screen.resize(1100, 800)
    screen.show()
    explain(qtbot, screen, "马秀英", 45, HARDSHIP, current_tier=Decimal(100))  # every column, the government's too
    table = screen.tiers.table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width(), timeout=3000)
    assert not table.horizontalScrollBar().isVisible()
    now = cell(table, 0, 0).text()
    assert now.endswith(screen.tiers.tr(" (now)"))
    assert "\n" in now  # "(now)" under the amount in large type


def test_a_cells_source_stays_up_in_elderly_mode(qtbot: QtBot, modes: QApplication, screen: ExplainScreen) -> None:
    screen.show()
    explain(qtbot, screen, "马秀英", 45, HARDSHIP)
    table = screen.tiers.table
    row, column = 0, next(c for c in range(table.columnCount()) if cell(table, 0, c).toolTip())

    def hover() -> bool:
        centre = table.visualRect(table.model().index(row, column)).center()  # cells move with the font
        event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        return screen.tiers._show_untimed_tip(event)  # what the viewport's filter calls

    assert not hover()  # normal mode: Qt's own tooltip, gone after a few seconds
    apply_mode(modes, DisplayMode.ELDERLY)
    assert hover()
    assert QToolTip.text() == cell(table, row, column).toolTip()
    QToolTip.hideText()
