"""The village dashboard: how many of each group are in the resident pension (enrolled / eligible) and how
many of those due have this year's 代缴 recorded, as figures in a table and as bars, and both per quarter
as lines; printable on one page (the figures as a table and the charts as pictures)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from core.compare import ALL_GROUPS, Dashboard, Ratio
from desktop.services.compare import CompareResult, CompareService
from desktop.services.desk import Desk
from desktop.ui.compare.charts import PercentChart, Series, group_bars, percent, print_colours, trend_lines
from desktop.ui.compare.figures import GroupRow, group_rows, rate, trend_rates
from desktop.ui.compare.print_dialog import ReportPrintDialog
from desktop.ui.compare.report import DashboardReport, report_html
from desktop.ui.compare.work import failure_text, start
from desktop.ui.explain import scaled_font
from desktop.ui.lists.common import Job, fill, problem_label, show_text, table
from desktop.ui.print_preview import Printable, desk_info
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

PRINT_CHART_PX = (1000, 440)  # a printed chart's picture, scaled to the width of an A4 page
PRINT_FONT_SCALE = 1.3  # its text then prints at about 10 pt


def _count(ratio: Ratio | None, part: bool) -> str:
    if ratio is None:
        return ""
    return str(ratio.part if part else ratio.whole)


class DashboardPage(QWidget):
    """Embeddable: ``DashboardPage(desk)``; ``show_result(result)`` shows a comparison made elsewhere (the
    worklists page's), ``refresh()`` compares on its own."""

    sig_shown = Signal()
    """New figures are on show."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, today: date | None = None,
                 group_labels: Mapping[str, str] | None = None, compare_now: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self._desk = desk
        self._today = today
        self.service = CompareService(desk.store, desk.account.username, desk.settings.village_code, today)
        self._groups = dict(group_labels or {})
        self.board: Dashboard | None = None
        self.rows: list[GroupRow] = []
        self.job: Job[Any] | None = None
        self.print_dialog: ReportPrintDialog | None = None
        self.heading = set_role(named(QLabel(), "dashboard_heading"), "heading")
        self.intro = wrapping_label("dashboard_intro")
        self.key_figures = set_role(wrapping_label("dashboard_key_figures"), "lead")
        self.print_button = named(QPushButton(), "print_dashboard_button")
        self.problem = problem_label("dashboard_problem")
        self.table_label = named(QLabel(), "dashboard_table_label")
        self.table = table("dashboard_table")
        self.table_label.setBuddy(self.table)
        self.bars = group_bars(self)
        self.trend = trend_lines(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        charts = named(QSplitter(), "dashboard_charts")
        charts.setChildrenCollapsible(False)
        charts.addWidget(self.bars)
        charts.addWidget(self.trend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_figures)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(charts, 2)
        self.print_button.clicked.connect(self.open_print)
        self.retranslate_ui()
        if compare_now:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Figures for the village"))
        self.intro.setText(self.tr(
            "Coverage: of the people in each group who may join the resident pension, how many have joined. "
            "代缴: of those for whom the government pays this year, how many payments are recorded."))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the figures on one page"))
        self.table_label.setText(self.tr("Figures by &group"))
        self.table.setAccessibleName(self.tr("Coverage and 代缴 by group"))
        self.bars.setAccessibleName(self.tr("Chart of coverage and 代缴 by group"))
        self.trend.setAccessibleName(self.tr("Chart of coverage and 代缴 by quarter"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- figures --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compare on the worker and show the figures."""
        if self.busy:
            return
        self.job = start(self, self.tr("Counting the figures…"), lambda p: self.service.dashboard(progress=p),
                         self.show_dashboard, self._failed)

    def show_result(self, result: CompareResult) -> None:
        """The figures of a comparison already made (the trend is counted on the worker, where work runs in
        turn: the figures of the latest comparison are shown last)."""
        self.job = start(self, self.tr("Counting the figures…"), lambda _p: self.service.dashboard(result),
                         self.show_dashboard, self._failed)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        show_text(self.problem, "")
        self._show()
        self.sig_shown.emit()

    def _failed(self, exc: BaseException) -> None:
        show_text(self.problem, failure_text(exc))

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()

    def group_name(self, key: str) -> str:
        return self.tr("All groups (each person once)") if key == ALL_GROUPS else self._groups.get(key, key)

    def quarter_name(self, quarter: str) -> str:
        year, _, number = quarter.partition("Q")
        return self.tr("%1 Q%2").replace("%1", year).replace("%2", number) if number else quarter

    def headers(self) -> list[str]:
        return [self.tr("Group"), self.tr("Joined"), self.tr("May join"), self.tr("Coverage"),
                self.tr("代缴 recorded"), self.tr("代缴 due"), self.tr("代缴 complete")]

    def table_rows(self) -> list[list[str]]:
        return [[self.group_name(r.key), _count(r.coverage, True), _count(r.coverage, False),
                 percent(rate(r.coverage)) if r.coverage else "", _count(r.daijiao, True), _count(r.daijiao, False),
                 percent(rate(r.daijiao)) if r.daijiao else ""] for r in self.rows]

    def key_text(self) -> str:
        if self.board is None:
            return self.tr("No figures yet.")
        today = self.board.today
        cover, paid = today.coverage_of(ALL_GROUPS), today.daijiao_of(ALL_GROUPS)
        return (self.tr("On %1: coverage %2 (%3 of %4 people); 代缴 this year %5 (%6 of %7 people).")
                .replace("%1", today.day.isoformat()).replace("%2", percent(rate(cover)))
                .replace("%3", _count(cover, True) or "0").replace("%4", _count(cover, False) or "0")
                .replace("%5", percent(rate(paid))).replace("%6", _count(paid, True) or "0")
                .replace("%7", _count(paid, False) or "0"))

    def _show(self) -> None:
        self.rows = group_rows(self.board.today, self._groups) if self.board is not None else []
        self.key_figures.setText(self.key_text())
        fill(self.table, self.headers(), self.table_rows())
        self.print_button.setEnabled(self.board is not None)
        self._fill_charts(self.bars, self.trend)

    def _fill_charts(self, bars: PercentChart, trend: PercentChart) -> None:
        coverage, daijiao = self.tr("Coverage"), self.tr("代缴 complete")
        groups = [r for r in self.rows if r.key != ALL_GROUPS]
        bars.set_data(self.tr("Coverage and 代缴 by group"), [self.group_name(r.key) for r in groups],
                      [Series(coverage, tuple(rate(r.coverage) for r in groups)),
                       Series(daijiao, tuple(rate(r.daijiao) for r in groups))])
        quarters, covered, paid = trend_rates(self.board) if self.board is not None else ([], [], [])
        trend.set_data(self.tr("Every group together, quarter by quarter"),
                       [self.quarter_name(q) for q in quarters],
                       [Series(coverage, tuple(covered)), Series(daijiao, tuple(paid))])

    # --- printing -------------------------------------------------------------------------------

    def report(self) -> DashboardReport:
        """What the printed page shows: the figures and both charts drawn black on white."""
        colours = print_colours()
        bars, trend = group_bars(None, colours), trend_lines(None, colours)
        for chart in (bars, trend):
            chart.setFont(scaled_font(self.font(), PRINT_FONT_SCALE))
        try:
            self._fill_charts(bars, trend)
            pictures = (bars.image(*PRINT_CHART_PX), trend.image(*PRINT_CHART_PX))
        finally:
            bars.deleteLater()
            trend.deleteLater()
        return DashboardReport(self.tr("Pension coverage of the hardship groups"), self.key_text(), self.headers(),
                               self.table_rows(), pictures)

    def open_print(self) -> ReportPrintDialog | None:
        """The print panel (print, save as PDF, preview) with the one-page report."""
        if self.board is None:
            return None
        info = desk_info(self._desk, self._today)
        report = self.report()
        html = report_html(report, info)
        dialog = ReportPrintDialog(Printable("dashboard", report.title, html), self._desk.settings.printer,
                                   self.tr("Village figures %1").replace("%1", self.board.today.day.isoformat()),
                                   self)
        self.print_dialog = dialog
        dialog.open()
        return dialog
