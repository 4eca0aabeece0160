"""The account balance year by year, as a filled line chart (QtCharts), axes labelled in the desk's language.

Fonts follow the widget's font (the application font unless a parent sets another), so the chart grows
with large type like the rest of the screen. Colours are the theme's (``"chart"`` in its colours file, checked
for contrast with the rest of the theme), followed live on a mode switch; the line is named in a legend and
the area under it hatched, so no colour has to be told apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCharts import QAbstractAxis, QAreaSeries, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.explanation import yuan_text
from desktop.ui.display_mode import mode_notifier
from desktop.ui.explain import scaled_font
from desktop.ui.theme import chart_colours, current_themes

CHART_LINES = 16  # the chart's height in lines of text, so it grows with the font
LINE_WIDTH_LINES = 0.15  # the balance line's width in lines of text: thicker with large type
FALLBACK = {"background": "#ffffff", "text": "#000000", "line": "#000000", "fill": "#000000", "grid": "#c0c0c0"}


def current_chart_colours() -> dict[str, QColor]:
    """The chart colours of the sheets the application is drawn with now."""
    app = QApplication.instance()
    names = current_themes(app) if isinstance(app, QApplication) else ["default"]
    return {role: QColor(colour) for role, colour in (FALLBACK | chart_colours(names)).items()}


class BalanceChart(QChartView):
    """How much money is in the resident's account at the end of each year until 60."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balance_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._points: tuple[tuple[int, Decimal], ...] = ()
        self._lines: tuple[QLineSeries, ...] = ()
        self._area: QAreaSeries | None = None
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(chart)
        self.x_axis = QValueAxis()
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.x_axis.setLabelFormat("%d")
        self.y_axis.setLabelFormat("%d")
        self._apply_fonts()
        self.retranslate_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self._mode_changed)

    def retranslate_ui(self) -> None:
        self.chart().setTitle(self.tr("Money in your account at the end of each year"))
        if self._area is not None:
            self._area.setName(self._series_name())
        self.x_axis.setTitleText(self.tr("Year"))
        self.y_axis.setTitleText(self.tr("Yuan"))
        self.setAccessibleName(self.tr("Chart of the account balance by year"))
        self._describe()

    def _series_name(self) -> str:
        return self.tr("Money in your account (yuan)")

    def set_points(self, points: Sequence[tuple[int, Decimal]]) -> None:
        """Show (year, balance at its end) pairs; an empty sequence clears the chart."""
        self._points = tuple(points)
        chart = self.chart()
        chart.removeAllSeries()
        self._area = None
        if not self._points:
            self._describe()
            return
        line = QLineSeries()
        base = QLineSeries()
        for year, balance in self._points:
            line.append(year, float(balance))
            base.append(year, 0.0)
        area = QAreaSeries(line, base)
        # the area series does not own its boundary lines; without a reference Python deletes them under it
        self._lines = (line, base)
        self._area = area
        area.setName(self._series_name())
        chart.addSeries(area)
        self._apply_colours()
        area.attachAxis(self.x_axis)
        area.attachAxis(self.y_axis)
        first, last = self._points[0][0], self._points[-1][0]
        self.x_axis.setRange(first - 0.5 if first == last else first, last + 0.5 if first == last else last)
        self.x_axis.setTickCount(min(6, last - first + 1) if last > first else 2)
        top = float(max(b for _, b in self._points))
        self.y_axis.setRange(0.0, top * 1.1 if top > 0 else 1.0)
        self.y_axis.applyNiceNumbers()
        self._describe()

    def _describe(self) -> None:
        """What a screen reader says about the chart: from how much to how much, over which years."""
        if not self._points:
            self.setAccessibleDescription("")
            return
        (first, start), (last, end) = self._points[0], self._points[-1]
        self.setAccessibleDescription(
            self.tr("From %1 yuan at the end of %2 to %3 yuan at the end of %4.")
            .replace("%1", yuan_text(start)).replace("%2", str(first))
            .replace("%3", yuan_text(end)).replace("%4", str(last)))

    def _apply_fonts(self) -> None:
        fit_chart_fonts(self, (self.x_axis, self.y_axis), CHART_LINES, title_scale=1.1)
        self._apply_colours()

    def _apply_colours(self) -> None:
        colours = current_chart_colours()
        line = colours["line"]
        colour_chart_frame(self, (self.x_axis, self.y_axis), colours)
        if self._area is not None:
            width = max(2.0, self.fontMetrics().height() * LINE_WIDTH_LINES)
            self._area.setPen(QPen(line, width))
            self._area.setBrush(QBrush(colours["fill"], Qt.BrushStyle.BDiagPattern))

    @property
    def area(self) -> QAreaSeries | None:
        """The balance series on show (None when the chart is empty)."""
        return self._area

    def _mode_changed(self, _mode: str) -> None:
        self._apply_fonts()  # the font may not have changed (normal to high contrast), the colours have

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def fit_chart_fonts(view: QChartView, axes: Sequence[QAbstractAxis], lines: int, title_scale: float) -> None:
    """A chart's title, legend and axes in the widget's font (which follows the display mode), and its height
    in ``lines`` of that font, so a chart grows with large type instead of squeezing its labels."""
    base = view.font()
    chart = view.chart()
    chart.setTitleFont(scaled_font(base, title_scale, bold=True))
    chart.legend().setFont(scaled_font(base, 0.95))
    for axis in axes:
        axis.setLabelsFont(scaled_font(base, 0.9))
        axis.setTitleFont(scaled_font(base, 0.95))
    view.setMinimumHeight(view.fontMetrics().height() * lines)


def colour_chart_frame(view: QChartView, axes: Sequence[QAbstractAxis], colours: Mapping[str, QColor]) -> None:
    """Background, title, legend and axes in the theme's chart colours ("text", "grid", "background"); the
    series are each chart's own."""
    text, grid = colours["text"], colours["grid"]
    chart = view.chart()
    chart.setBackgroundBrush(QBrush(colours["background"]))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in axes:
        axis.setLabelsBrush(QBrush(text))
        axis.setTitleBrush(QBrush(text))
        axis.setLinePen(QPen(text, 1))
        axis.setGridLinePen(QPen(grid, 1))
    view.setBackgroundBrush(QBrush(colours["background"]))
