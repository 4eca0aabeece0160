"""The dashboard's charts (QtCharts): coverage and 代缴 completeness per group as bars, and both per quarter as
lines. Colours are the theme's chart colours (followed live on a mode switch; a print uses the default
theme's), and no colour has to be told apart: the two bar sets differ by fill (solid, hatched), the two lines
by pen (solid, dashed), both are named in the legend and every bar and point carries its value. Fonts follow
the widget's font, so the charts grow with large type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.display_mode import mode_notifier
from desktop.ui.explain import scaled_font
from desktop.ui.explain.chart import FALLBACK, colour_chart_frame, current_chart_colours, fit_chart_fonts
from desktop.ui.theme import theme_chart

CHART_LINES = 18  # a chart's height in lines of text, so it grows with the font
PEN_LINES = 0.15  # a line's width in lines of text


@dataclass(frozen=True)
class Series:
    name: str  # translated, for the legend
    values: tuple[float | None, ...]  # percentages, one per category; None: nobody to count


def print_colours() -> dict[str, QColor]:
    """The default theme's chart colours: a printed chart is black on white whatever the screen shows."""
    return {role: QColor(colour) for role, colour in (FALLBACK | theme_chart("default")).items()}


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


class PercentChart(QChartView):
    """Two percentage series over named categories (groups or quarters): bars across the chart (``bars``: the
    groups' long names stay readable on the left) or lines with their points."""

    def __init__(self, name: str, bars: bool, parent: QWidget | None = None,
                 colours: Mapping[str, QColor] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the same figures are in the table, which takes focus
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bars = bars
        self._fixed_colours = dict(colours) if colours is not None else None
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self._sets: list[QBarSet] = []
        self._lines: list[QLineSeries] = []
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(chart)
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 118 if bars else 110)  # room beyond 100% for the value labels
        self.y_axis.setTickInterval(20)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setLabelFormat("%d%%")
        # x_axis holds the categories, y_axis the percentages; bars run across, so their places swap
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignLeft if bars else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignBottom if bars else Qt.AlignmentFlag.AlignLeft)
        self._apply_fonts()
        app = QApplication.instance()
        if isinstance(app, QApplication) and colours is None:
            mode_notifier(app).mode_changed.connect(self._mode_changed)

    def set_data(self, title: str, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.chart().setTitle(title)
        self.categories, self.series = tuple(categories), tuple(series)
        chart = self.chart()
        chart.removeAllSeries()
        self.x_axis.clear()
        # bars are drawn from the bottom up: reversed, the first category is on top as in the table
        self.x_axis.append(list(reversed(self.categories)) if self.bars else list(self.categories))
        if self.bars:
            self._add_bars(chart)
        else:
            self._add_lines(chart)
        self._apply_fonts()
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The chart in words, for a screen reader: each series' value in each category."""
        parts = []
        for line in self.series:
            values = ", ".join(f"{c} {percent(v)}" for c, v in zip(self.categories, line.values, strict=True))
            parts.append(f"{line.name}: {values}")
        return "; ".join(parts)

    def _add_bars(self, chart: QChart) -> None:
        bars = QHorizontalBarSeries()
        self._sets = []
        for line in self.series:
            bar_set = QBarSet(line.name)
            bar_set.append([float(round(v)) if v is not None else 0.0 for v in reversed(line.values)])
            bars.append(bar_set)
            self._sets.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value%")
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        bars.attachAxis(self.x_axis)
        bars.attachAxis(self.y_axis)

    def _add_lines(self, chart: QChart) -> None:
        self._lines = []
        for line in self.series:
            series = QLineSeries()
            series.setName(line.name)
            for index, value in enumerate(line.values):
                if value is not None:
                    series.append(index, float(round(value)))
            series.setPointsVisible(True)
            series.setPointLabelsVisible(True)
            series.setPointLabelsFormat("@yPoint%")
            series.setPointLabelsClipping(False)
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self._lines.append(series)

    def colours(self) -> dict[str, QColor]:
        return dict(self._fixed_colours) if self._fixed_colours is not None else current_chart_colours()

    def _apply_fonts(self) -> None:
        fit_chart_fonts(self, (self.x_axis, self.y_axis), CHART_LINES, title_scale=1.05)
        self._apply_colours()

    def _apply_colours(self) -> None:
        colours = self.colours()
        colour_chart_frame(self, (self.x_axis, self.y_axis), colours)
        text = colours["text"]
        label_font = scaled_font(self.font(), 0.85)
        fills = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern)
        for index, bar_set in enumerate(self._sets):
            bar_set.setBrush(QBrush(colours["fill"], fills[index % 2]))
            bar_set.setPen(QPen(colours["line"], 1.5))
            bar_set.setLabelColor(text)
            bar_set.setLabelFont(label_font)
        pens = ((colours["line"], Qt.PenStyle.SolidLine), (text, Qt.PenStyle.DashLine))
        width = max(2.0, self.fontMetrics().height() * PEN_LINES)
        for index, series in enumerate(self._lines):
            tone, style = pens[index % 2]
            pen = QPen(tone, width)
            pen.setStyle(style)
            series.setPen(pen)
            series.setPointLabelsColor(text)
            series.setPointLabelsFont(label_font)

    def image(self, width: int, height: int) -> QImage:
        """The chart drawn into an image of this size (for the printed report); the chart is laid out at that
        size first, so a chart never shown still has its titles, labels and legend."""
        chart = self.chart()
        chart.setPos(0, 0)
        chart.resize(QSizeF(width, height))
        layout = chart.layout()
        if layout is not None:
            layout.activate()
        picture = QImage(width, height, QImage.Format.Format_RGB32)
        picture.fill(self.colours()["background"])
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, width, height)
        chart.scene().render(painter, area, area)
        painter.end()
        return picture

    def _mode_changed(self, _mode: str) -> None:
        self._apply_fonts()  # the font may not have changed (normal to high contrast), the colours have

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._apply_fonts()
        super().changeEvent(event)


def group_bars(parent: QWidget | None = None, colours: Mapping[str, QColor] | None = None) -> PercentChart:
    """Coverage and 代缴 completeness of each group, side by side."""
    return PercentChart("group_bars_chart", True, parent, colours)


def trend_lines(parent: QWidget | None = None, colours: Mapping[str, QColor] | None = None) -> PercentChart:
    """Coverage and 代缴 completeness, every group together, quarter by quarter."""
    return PercentChart("trend_chart", False, parent, colours)
