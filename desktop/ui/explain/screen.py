"""算得清: for one resident and a tier, who pays what each year, what the account holds at 60, the monthly
pension split into its basic and account parts, the balance year by year, all tiers side by side, and
every figure the county has not confirmed marked "待县级确认" with its source. Prints as a 明白纸.

Run it alone on demo data: ``python -m desktop.ui.explain.screen``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from desktop.messages import describe_all
from desktop.services.explanation import (
    Explanation,
    ExplanationInputs,
    ExplanationService,
    TierComparison,
    Topic,
    UnconfirmedFigure,
    yuan_text,
)
from desktop.services.policy import Outcome
from desktop.services.residents import ResidentProfile
from desktop.ui import printing
from desktop.ui.display_mode import current_mode, figures, mode_notifier
from desktop.ui.documents.explanation_sheet import explanation_sheet_html
from desktop.ui.documents.html import DeskInfo
from desktop.ui.explain import awaiting, footnote, mark, money, say, scaled_font, tooltip, with_figure_names
from desktop.ui.explain.chart import BalanceChart
from desktop.ui.explain.tiers_widget import TierComparisonWidget
from desktop.ui.operation import Operation
from desktop.ui.read_aloud import ReadAloudButton
from desktop.ui.widgets import named, wrapping_label

TITLE_SCALE = 1.6
HEADING_SCALE = 1.25
NUMBER_SCALE = 2.5  # key numbers: 30 pt at the 12 pt base font (DOMAIN 4.6)
MONTHLY_SCALE = 3.0
PARTS_SCALE = 1.4


@dataclass(frozen=True)
class _Worked:
    """What the worker hands back: inputs (for a profile), the tiers offered, the explanation, the comparison."""

    inputs: Outcome[ExplanationInputs]
    tiers: tuple[Decimal, ...] = ()
    explanation: Outcome[Explanation] | None = None
    comparison: Outcome[TierComparison] | None = None


class _Card(QFrame):
    """A caption, a big number under it, and the 待县级确认 mark when the number rests on unconfirmed figures.
    Its colours come from the theme sheets (``QFrame#explain_card``, ``QLabel[explain="mark"]``)."""

    def __init__(self, name: str, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explain_card")
        self.scale = scale
        self.caption = wrapping_label(f"{name}_caption")
        self.value = named(QLabel(), f"{name}_value")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mark = wrapping_label(f"{name}_mark")
        self.mark.setProperty("explain", "mark")
        self.parts = wrapping_label(f"{name}_parts")
        self.parts.hide()
        layout = QVBoxLayout(self)
        for widget in (self.caption, self.value, self.parts, self.mark):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_value(self, caption: str, value: str, marks: str, tip: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setAccessibleName(f"{caption} {value}")
        self.mark.setText(marks)
        self.mark.setVisible(bool(marks))
        self.mark.setToolTip(tip)
        self.value.setToolTip(tip)

    def apply_fonts(self, base: QFont, key_figure_pt: float) -> None:
        """Fonts relative to ``base``; the number never below the mode's size for key figures."""
        self.caption.setFont(scaled_font(base, 1.1))
        value = scaled_font(base, self.scale, bold=True)
        value.setPointSizeF(max(value.pointSizeF(), key_figure_pt))
        self.value.setFont(value)
        self.parts.setFont(scaled_font(base, PARTS_SCALE))


class ExplainScreen(QWidget):
    sig_explained = Signal()
    """The screen shows a new explanation (or the problems that prevented one)."""
    sig_pdf_saved = Signal(str)
    """The 明白纸 was saved as a PDF at this path."""

    def __init__(self, service: ExplanationService, desk_info: DeskInfo | None = None,
                 printer_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._desk_info = desk_info
        self._printer_name = printer_name
        self._name = ""
        self._age: int | None = None
        self._inputs: ExplanationInputs | None = None
        self._current_tier: Decimal | None = None
        self._explanation: Explanation | None = None
        self._generation = 0
        self._build()
        self._apply_fonts()
        self.retranslate_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # a switch re-sizes what the screen sized itself, even when the application font stays (high contrast)
            mode_notifier(app).mode_changed.connect(self._mode_changed)

    # -- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        # titles and headings wrap: with large type and English words one line would not hold them
        self.title = wrapping_label("explain_title")
        self.tier_label = QLabel()
        self.tier_combo = named(QComboBox(), "tier_combo")
        self.tier_label.setBuddy(self.tier_combo)
        self.tier_combo.activated.connect(self._tier_picked)
        self.preview_button = named(QPushButton(), "preview_button")
        self.print_button = named(QPushButton(), "print_button")
        self.pdf_button = named(QPushButton(), "pdf_button")
        self.preview_button.clicked.connect(self.preview_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        self.problem = wrapping_label("explain_problem")
        self.problem.setProperty("role", "problem")
        self.problem.hide()
        self.status = wrapping_label("explain_status")
        self.status.hide()
        self.pays_heading = wrapping_label("pays_heading")
        self.cards = {key: _Card(key, NUMBER_SCALE) for key in ("self", "government", "subsidy", "other")}
        self.cards_grid = QGridLayout()
        self._columns = 0
        self.monthly_heading = wrapping_label("monthly_heading")
        self.monthly = _Card("monthly", MONTHLY_SCALE)
        self.monthly.parts.show()
        self.story_heading = wrapping_label("story_heading")
        self.story = wrapping_label("explain_story")
        self.chart_heading = wrapping_label("chart_heading")
        self.chart = BalanceChart()
        self.tiers_heading = wrapping_label("tiers_heading")
        self.tiers = TierComparisonWidget(self._service)
        self.tiers.sig_tier_chosen.connect(lambda tier: self.choose_tier(Decimal(tier)))
        self.notes_heading = wrapping_label("notes_heading")
        self.footnotes = wrapping_label("explain_footnotes")
        self.assumptions = wrapping_label("explain_assumptions")

        controls = QHBoxLayout()
        controls.addWidget(self.tier_label)
        controls.addWidget(self.tier_combo)
        controls.addStretch(1)
        # the buttons on a line of their own: with large type one line would not hold them all
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        self.content = content = QWidget()
        content.setObjectName("explain_content")
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addLayout(controls)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        column.addWidget(self.status)
        column.addWidget(self.pays_heading)
        column.addLayout(self.cards_grid)
        column.addWidget(self.monthly_heading)
        column.addWidget(self.monthly)
        column.addWidget(self.story_heading)
        column.addWidget(self.story)
        self.read_aloud = ReadAloudButton(self.story.text, self)  # the plain story, read out in Mandarin
        column.addWidget(self.read_aloud)
        column.addWidget(self.chart_heading)
        column.addWidget(self.chart)
        column.addWidget(self.tiers_heading)
        column.addWidget(self.tiers)
        column.addWidget(self.notes_heading)
        column.addWidget(self.footnotes)
        column.addWidget(self.assumptions)
        column.addStretch(1)
        # everything scrolls: at twice the font size the screen grows taller, never cuts a word
        self.scroller = named(QScrollArea(), "explain_scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        self.scroller.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self._show(None)

    def retranslate_ui(self) -> None:
        self.tier_label.setText(self.tr("Contribution &tier:"))
        self.tier_combo.setAccessibleName(self.tr("Contribution tier"))
        self.preview_button.setText(self.tr("Pre&view the sheet"))
        self.preview_button.setAccessibleName(self.tr("Preview the one-page explanation sheet"))
        self.print_button.setText(self.tr("&Print the sheet"))
        self.print_button.setAccessibleName(self.tr("Print the one-page explanation sheet"))
        self.pdf_button.setText(self.tr("&Save as PDF"))
        self.pdf_button.setAccessibleName(self.tr("Save the explanation sheet as a PDF file"))
        self.pays_heading.setText(self.tr("Who pays what each year"))
        self.monthly_heading.setText(self.tr("What you get every month from 60"))
        self.story_heading.setText(self.tr("In plain words"))
        self.chart_heading.setText(self.tr("How your account grows"))
        self.tiers_heading.setText(self.tr("All tiers compared"))
        self.notes_heading.setText(self.tr("Figures awaiting county confirmation (待县级确认)"))
        self.story.setAccessibleName(self.tr("The explanation in plain words"))
        self.footnotes.setAccessibleName(self.tr("Figures awaiting county confirmation and their sources"))
        self.scroller.setAccessibleName(self.tr("The pension worked out for the resident"))
        self._show(self._explanation)

    def _apply_fonts(self) -> None:
        self.title.setFont(scaled_font(self.font(), TITLE_SCALE, bold=True))
        for heading in (self.pays_heading, self.monthly_heading, self.story_heading, self.chart_heading,
                        self.tiers_heading, self.notes_heading):
            heading.setFont(scaled_font(self.font(), HEADING_SCALE, bold=True))
        self.story.setFont(scaled_font(self.font(), 1.15))
        app = QApplication.instance()
        key_figure_pt = figures(current_mode(app)).key_figure_pt if app is not None else 0.0
        for card in (*self.cards.values(), self.monthly):
            card.apply_fonts(self.font(), key_figure_pt)
        self._columns = 0
        self._reflow()

    # -- API ----------------------------------------------------------------------------------------------

    @property
    def explanation(self) -> Explanation | None:
        return self._explanation

    def set_desk_info(self, desk_info: DeskInfo | None, printer_name: str | None = None) -> None:
        self._desk_info = desk_info
        self._printer_name = printer_name
        self._update_buttons()

    def show_profile(self, profile: ResidentProfile, tier: Decimal | None = None) -> None:
        """Explain for a resident from the register: inputs from the profile, the resident's tier preselected."""
        service = self._service
        self._name, self._age = profile.summary.name, profile.summary.age
        self._current_tier = profile.tier

        def work(_progress: Progress) -> _Worked:
            inputs = service.inputs_for(profile, tier)
            return self._work_all(inputs)

        self._run(work)

    def show_resident(self, name: str, age: int, inputs: ExplanationInputs,
                      current_tier: Decimal | None = None) -> None:
        """Explain for someone not (yet) in the register, e.g. during enrolment; `current_tier` is the tier
        paid now, if any (marked as such among the tiers)."""
        self._name, self._age = name, age
        self._current_tier = current_tier
        self._run(lambda _progress: self._work_all(Outcome(inputs)))

    def choose_tier(self, tier: Decimal) -> None:
        """Explain the same resident at another tier (the comparison stays as it is)."""
        if self._inputs is None:
            return
        inputs = self._inputs.with_tier(tier)
        service = self._service
        self._run(lambda _progress: _Worked(Outcome(inputs), explanation=service.explain(inputs)))

    # -- working ------------------------------------------------------------------------------------------

    def _work_all(self, inputs: Outcome[ExplanationInputs]) -> _Worked:
        """Runs on the worker: tiers, explanation and comparison in one go."""
        if inputs.result is None:
            return _Worked(inputs)
        return _Worked(inputs, self._service.tiers(inputs.result), self._service.explain(inputs.result),
                       self._service.compare(inputs.result))

    def _run(self, work: Callable[[Progress], _Worked]) -> None:
        self._generation += 1
        generation = self._generation

        def done(worked: _Worked) -> None:
            if generation == self._generation:
                self._take(worked)

        Operation(work, done, self._failed, self, self.tr("Working out the pension…"), cancellable=False).start()

    def _take(self, worked: _Worked) -> None:
        problems = list(worked.inputs.problems)
        self._inputs = worked.inputs.result
        if worked.tiers:
            self._fill_tiers(worked.tiers)
        if worked.comparison is not None:
            selected = self._inputs.tier if self._inputs is not None else None
            self.tiers.set_comparison(worked.comparison.result, self._current_tier, selected)
        explanation = worked.explanation.result if worked.explanation else None
        if worked.explanation is not None:
            problems += worked.explanation.problems
        if explanation is not None:
            self.tiers.select_tier(explanation.tier)
            self._select_tier(explanation.tier)
        self._show_problems(describe_all(problems) if explanation is None else [])
        self._show(explanation)
        self.sig_explained.emit()

    def _failed(self, error: BaseException) -> None:
        self._show_problems([self.tr("The pension could not be worked out: %1").replace("%1", str(error))])
        self._show(None)
        self.sig_explained.emit()

    def _fill_tiers(self, tiers: tuple[Decimal, ...]) -> None:
        self.tier_combo.clear()
        shown = list(tiers)
        if self._current_tier is not None and self._current_tier not in shown:
            shown.append(self._current_tier)
        for tier in sorted(shown):
            text = self.tr("%1 yuan a year").replace("%1", yuan_text(tier))
            if tier == self._current_tier:
                text += self.tr(" (now)")
            self.tier_combo.addItem(text, str(tier))

    def _select_tier(self, tier: Decimal) -> None:
        index = self.tier_combo.findData(str(tier))
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)

    def _tier_picked(self, index: int) -> None:
        data = self.tier_combo.itemData(index)
        if isinstance(data, str) and (self._explanation is None or Decimal(data) != self._explanation.tier):
            self.choose_tier(Decimal(data))

    def _show_problems(self, texts: list[str]) -> None:
        self.problem.setText("\n".join(texts))
        self.problem.setVisible(bool(texts))

    # -- showing ------------------------------------------------------------------------------------------

    def _show(self, e: Explanation | None) -> None:
        self._explanation = e
        if self._name:
            self.title.setText(self.tr("Pension worked out for %1 (%n years old)", "", self._age or 0)
                               .replace("%1", self._name) if self._age is not None
                               else self.tr("Pension worked out for %1").replace("%1", self._name))
        else:
            self.title.setText(self.tr("Pension worked out: choose a resident first"))
        self._update_buttons()
        for widget in (self.pays_heading, self.monthly_heading, self.monthly, self.story_heading, self.story,
                       self.read_aloud,
                       self.chart_heading, self.chart, self.notes_heading, self.footnotes, self.assumptions,
                       *self.cards.values()):
            widget.setVisible(e is not None)
        self.tiers_heading.setVisible(self.tiers.comparison is not None)
        self.tiers.setVisible(self.tiers.comparison is not None or self.tiers.problem.isVisible())
        if e is None:
            self.chart.set_points(())
            return
        notes = {u.key: index for index, u in enumerate(e.unconfirmed)}
        y = e.yearly
        self._card("self", self.tr("Each year you pay"), y.self_paid, ())
        self._card("government", self.tr("The government pays for you (代缴)"), y.government_paid,
                   e.unconfirmed_about(Topic.GOVERNMENT) if y.government_paid else (), notes)
        self._card("subsidy", self.tr("Government subsidy"), y.subsidy, e.unconfirmed_about(Topic.SUBSIDY), notes)
        self._card("other", self.tr("Collective or charity pays"), y.other, ())
        self.cards["government"].setVisible(bool(y.government_paid))
        self.cards["other"].setVisible(bool(y.other))
        self._columns = 0
        self._reflow()
        self._show_monthly(e, notes)
        self.story.setText("\n".join("• " + say(s) for s in e.sentences))
        self.chart.set_points(e.balance_series)
        self.footnotes.setText("\n".join(footnote(i, u) for i, u in enumerate(e.unconfirmed))
                               or self.tr("All figures used are confirmed by the county."))
        worked_out = describe_all(map(with_figure_names, e.assumptions))
        self.assumptions.setText("\n".join([self.tr("How this was worked out:")] + ["• " + t for t in worked_out]))

    def _card(self, key: str, caption: str, amount: Decimal, figures: tuple[UnconfirmedFigure, ...],
              notes: dict[str, int] | None = None) -> None:
        marks, tip = self._marks(figures, notes or {})
        self.cards[key].show_value(caption, money(amount), marks, tip)

    def _marks(self, figures: tuple[UnconfirmedFigure, ...], notes: dict[str, int]) -> tuple[str, str]:
        if not figures:
            return "", ""
        marks = awaiting() + " " + "".join(mark(notes[u.key]) for u in figures)
        return marks, "\n\n".join(tooltip(u) for u in figures)

    def _show_monthly(self, e: Explanation, notes: dict[str, int]) -> None:
        basic = e.unconfirmed_about(Topic.BASIC)
        account = e.unconfirmed_about(Topic.ACCOUNT)
        marks, tip = self._marks(basic + account, notes)
        self.monthly.show_value(self.tr("From 60, every month about"), money(e.monthly_total), marks, tip)
        basic_marks = "".join(mark(notes[u.key]) for u in basic)
        account_marks = "".join(mark(notes[u.key]) for u in account)
        self.monthly.parts.setText(
            self.tr("= basic pension %1%2 + personal account %3%4\n(account at 60: about %5, ÷ %6; from %7)")
            .replace("%1", money(e.basic_monthly)).replace("%2", basic_marks)
            .replace("%3", money(e.account_monthly)).replace("%4", account_marks)
            .replace("%5", money(e.balance_at_60)).replace("%6", f"{e.divisor.normalize():f}")
            .replace("%7", e.benefit_start))
        self.monthly.parts.setToolTip(tip)

    def _reflow(self) -> None:
        """Put the cards in as many columns as fit the visible width (one row normally, fewer with large type)."""
        cards = [c for c in self.cards.values() if not c.isHidden()]
        if not cards:
            return
        spacing = max(self.cards_grid.spacing(), 6)
        widest = max(c.sizeHint().width() for c in cards)
        available = self.scroller.viewport().width() - 24
        columns = max(1, min(len(cards), (available + spacing) // (widest + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.cards_grid.removeWidget(card)
        for index, card in enumerate(cards):
            self.cards_grid.addWidget(card, index // columns, index % columns)
        for column in range(4):
            self.cards_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _mode_changed(self, _mode: str) -> None:
        self._apply_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- printing -----------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self._explanation is not None and self._desk_info is not None
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(ready)

    def sheet_html(self) -> str | None:
        if self._explanation is None or self._desk_info is None:
            return None
        return explanation_sheet_html(self._explanation, self._name, self._desk_info, resident_age=self._age)

    def preview_sheet(self) -> QWidget | None:
        html = self.sheet_html()
        return printing.preview_html(html, self) if html else None

    def print_sheet(self) -> None:
        html = self.sheet_html()
        if html is None:
            return
        try:
            if printing.print_html(html, self, self._printer_name):
                self._show_status(self.tr("The explanation sheet went to the printer."))
        except (printing.PrintError, OSError) as exc:
            self._show_problems([printing.describe_error(exc)])

    def _ask_pdf_path(self) -> None:
        suggested = Path.home() / self.tr("explanation-%1.pdf").replace("%1", self._name or "resident")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the explanation sheet as PDF"), str(suggested),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the 明白纸 to `path` off the UI thread; sig_pdf_saved(path) when done, words when not."""
        html = self.sheet_html()
        if html is None:
            return

        def saved(_result: None) -> None:
            self._show_status(self.tr("Saved as %1").replace("%1", str(path)))
            self.sig_pdf_saved.emit(str(path))

        def failed(error: BaseException) -> None:
            self._show_problems([printing.describe_error(error, str(path))])

        Operation(lambda _progress: printing.write_pdf(html, path), saved, failed, self,
                  self.tr("Saving the PDF…"), cancellable=False).start()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def main() -> None:
    """Show the screen for a made-up resident (no desk needed): ``python -m desktop.ui.explain.screen``."""
    import sys
    import tempfile
    from datetime import date

    from desktop.services.policy import PolicyService
    from desktop.ui.application import create_application

    app = create_application(sys.argv)
    policy = PolicyService(Path(tempfile.gettempdir()), county="640423")
    today = date.today()
    screen = ExplainScreen(ExplanationService(policy),
                           DeskInfo("杨河村", "640423100201", "沙塘镇", "隆德县", "演示协办员", today))
    screen.show_resident("马秀英", 45, ExplanationInputs(date(today.year - 45, 5, 3), today.year, Decimal(300)))
    screen.resize(1100, 860)
    screen.show()
    app.exec()


if __name__ == "__main__":
    main()
