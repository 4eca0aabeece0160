"""Every contribution tier side by side: what the resident pays, what the government adds, what it gives at 60.

Embeddable in any screen or wizard page (enrolment, tier change)::

    widget = TierComparisonWidget(ExplanationService(policy_service))
    widget.sig_tier_chosen.connect(lambda tier: page.setField("tier", tier))
    widget.set_inputs(inputs, current_tier=profile.tier)   # inputs.tier is selected
    ...
    widget.select_tier(Decimal("300"))   # select another row without recomputing

- ``set_inputs(inputs, current_tier=None)`` works the comparison out on the worker (``Operation``) and shows
  it with inputs.tier selected; problems (a start year too late, no tiers ...) appear in words in the
  widget. ``sig_ready`` follows either way. ``current_tier`` is the tier the resident pays now (None for
  someone enrolling): its row says so in words.
- ``set_comparison(comparison, current_tier, selected)`` shows a comparison already worked out.
- ``selected_tier()`` is the tier of the selected row (None when nothing is selected).
- The assistant picks a tier by double-click, Enter, or the "Choose this tier" button: ``sig_tier_chosen``
  carries the tier as a decimal string ("300").
- Numbers that rest on figures the county has not confirmed end in "*" with a tooltip, and a line under
  the table says so in words.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
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
    yuan_text,
)
from desktop.services.policy import Outcome
from desktop.ui.display_mode import UNTIMED_TOOLTIP_MS, DisplayMode, current_mode, time_limits_apply
from desktop.ui.explain import money, scaled_font, tooltip
from desktop.ui.operation import Operation
from desktop.ui.widgets import named, wrapping_label

_COLUMNS = ("tier", "self", "government", "subsidy", "balance", "monthly", "account")
_TOPIC_OF_COLUMN = {"government": (Topic.GOVERNMENT,), "subsidy": (Topic.SUBSIDY,),
                    "balance": (Topic.SUBSIDY, Topic.ACCOUNT), "monthly": (Topic.BASIC, Topic.ACCOUNT),
                    "account": (Topic.ACCOUNT,)}


class TierComparisonWidget(QWidget):
    sig_tier_chosen = Signal(str)
    """The assistant chose a tier (double-click, Enter or the button); the tier as a decimal string."""
    sig_ready = Signal()
    """A comparison (or the problems preventing it) is on show."""

    def __init__(self, service: ExplanationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._comparison: TierComparison | None = None
        self._current: Decimal | None = None
        self._generation = 0
        self.caption = wrapping_label("tiers_caption")
        self.table = named(QTableWidget(0, len(_COLUMNS)), "tiers_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # as tall as its rows; sideways it scrolls on its own when large type makes it wider than the page
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # a cell's tooltip (the source of a figure), untimed
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.choose_button = named(QPushButton(), "choose_tier_button")
        self.choose_button.clicked.connect(self._choose)
        self.choose_button.setEnabled(False)
        self.note = wrapping_label("tiers_note")
        self.problem = wrapping_label("tiers_problem")
        self.problem.setProperty("role", "problem")
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("All tiers side by side: the more you pay each year, the more you get "
                                     "every month from 60."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tier a year"), self.tr("You pay"), self.tr("Government pays"), self.tr("Subsidy"),
            self.tr("Account at 60"), self.tr("Monthly at 60"), self.tr("Of which account"),
        ])
        self.table.setAccessibleName(self.tr("All contribution tiers compared"))
        self.choose_button.setText(self.tr("&Choose this tier"))
        self.choose_button.setAccessibleName(self.tr("Choose the tier selected in the table"))
        self.note.setText(self.tr("* rests on figures awaiting county confirmation (待县级确认); point at the "
                                  "number for its source."))
        self._fill()

    # -- API --------------------------------------------------------------------------------------------

    @property
    def comparison(self) -> TierComparison | None:
        return self._comparison

    @property
    def current_tier(self) -> Decimal | None:
        return self._current

    def set_inputs(self, inputs: ExplanationInputs, current_tier: Decimal | None = None) -> None:
        """Work the comparison out for these inputs (off the UI thread) and select inputs.tier."""
        self._generation += 1
        generation = self._generation

        def work(_progress: Progress) -> Outcome[TierComparison]:
            return self._service.compare(inputs)

        def done(outcome: Outcome[TierComparison]) -> None:
            if generation == self._generation:
                self._show_outcome(outcome, current_tier, inputs.tier)

        Operation(work, done, self._failed, self, self.tr("Working out every tier…"), cancellable=False).start()

    def set_comparison(self, comparison: TierComparison | None, current_tier: Decimal | None,
                       selected: Decimal | None = None) -> None:
        self._generation += 1  # a result handed in wins over one still being worked out
        self._show_outcome(Outcome(comparison), current_tier, selected)

    def select_tier(self, tier: Decimal | None) -> None:
        rows = self._comparison.rows if self._comparison else ()
        index = next((i for i, row in enumerate(rows) if row.tier == tier), None)
        if index is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(index)

    def selected_tier(self) -> Decimal | None:
        text = self._selected_tier()
        return Decimal(text) if text is not None else None

    def show_problems(self, texts: list[str]) -> None:
        self.problem.setText("\n".join(texts))
        self.problem.setVisible(bool(texts))

    # -- inside -----------------------------------------------------------------------------------------

    def _show_outcome(self, outcome: Outcome[TierComparison], current: Decimal | None,
                      selected: Decimal | None) -> None:
        self._comparison = outcome.result
        self._current = current
        self.show_problems(describe_all(outcome.problems) if outcome.result is None else [])
        self._fill()
        self.select_tier(selected)
        self.sig_ready.emit()

    def _failed(self, error: BaseException) -> None:
        self._comparison = None
        self.show_problems([self.tr("The tiers could not be worked out: %1").replace("%1", str(error))])
        self._fill()
        self.sig_ready.emit()

    def _fill(self) -> None:
        rows = self._comparison.rows if self._comparison else ()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, key in enumerate(_COLUMNS):
                self.table.setItem(index, column, self._item(row, key))
        # a government column of nothing but 0 says nothing: shown only when someone gets 代缴
        self.table.setColumnHidden(_COLUMNS.index("government"),
                                   not any(r.yearly.government_paid for r in rows))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._fit_size()
        self._selection_changed()

    def _item(self, row: Explanation, column: str) -> QTableWidgetItem:
        current = row.tier == self._current
        app = QApplication.instance()
        # in large type the words "(now)" go under the amount, or the first column alone would push the
        # table past the page's width
        now_apart = app is not None and current_mode(app) is DisplayMode.ELDERLY
        values = {
            "tier": money(row.tier) + (("\n" if now_apart else "") + self.tr(" (now)") if current else ""),
            "self": money(row.yearly.self_paid),
            "government": money(row.yearly.government_paid),
            "subsidy": money(row.yearly.subsidy),
            "balance": money(row.balance_at_60),
            "monthly": money(row.monthly_total),
            "account": money(row.account_monthly),
        }
        unconfirmed = [u for topic in _TOPIC_OF_COLUMN.get(column, ()) for u in row.unconfirmed_about(topic)]
        if column == "government" and not row.yearly.government_paid:
            unconfirmed = []
        item = QTableWidgetItem(values[column] + (" *" if unconfirmed else ""))
        item.setData(Qt.ItemDataRole.UserRole, yuan_text(row.tier))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if unconfirmed:
            item.setToolTip("\n\n".join(tooltip(u) for u in unconfirmed))
        if current:
            item.setFont(scaled_font(self.font(), 1.0, bold=True))
        return item

    def _fit_size(self) -> None:
        """Every tier shown without a vertical scroll bar, whatever the font size; room for the sideways
        scroll bar only when the columns are wider than the table."""
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        wide = self.table.horizontalHeader().length() + frame > self.table.width()
        scroll = self.table.horizontalScrollBar().sizeHint().height() if wide else 0
        self.table.setFixedHeight(header + rows + frame + scroll)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for every column, so a page sized from hints shows the table without scrolling."""
        hint = super().sizeHint()
        wanted = self.table.horizontalHeader().length() + 2 * self.table.frameWidth()  # the layout has no margins
        return QSize(max(hint.width(), wanted), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_size()
        elif (watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip
              and isinstance(event, QHelpEvent) and self._show_untimed_tip(event)):
            return True
        return super().eventFilter(watched, event)

    def _show_untimed_tip(self, event: QHelpEvent) -> bool:
        """With no time limits (适老化) a cell's tooltip stays until the mouse leaves the cell; a table shows
        it for Qt's few seconds otherwise."""
        app = QApplication.instance()
        if app is None or time_limits_apply(app):
            return False
        index = self.table.indexAt(event.pos())
        text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if not isinstance(text, str) or not text:
            return False
        QToolTip.showText(event.globalPos(), text, self.table.viewport(), self.table.visualRect(index),
                          UNTIMED_TOOLTIP_MS)
        return True

    def _selected_tier(self) -> str | None:
        items = self.table.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return value if isinstance(value, str) else None

    def _selection_changed(self) -> None:
        self.choose_button.setEnabled(self._selected_tier() is not None)

    def _choose(self) -> None:
        tier = self._selected_tier()
        if tier is not None:
            self.sig_tier_chosen.emit(tier)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # the table ignores Enter (it edits nothing), so the key comes up to here
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._fill()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
