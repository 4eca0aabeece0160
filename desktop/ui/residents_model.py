"""Read-only table models: a generic one over a list of dataclasses, and the register's search results.

Columns are given as (header, value) functions, so that headers and cell texts are translated when they
are shown: after a language change :meth:`RowsModel.retranslate` makes the views ask again. ID numbers
appear masked only (the services never hand out a whole one for a list).

A table whose model marks some columns ``key`` fits its width instead of scrolling sideways (large type
would otherwise push the register past the edge of its pane): key columns stay whole, the others share
what is left and end in "…" when they must (the whole text is the cell's tooltip).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from desktop.services.residents import ResidentSummary
from desktop.ui import labels
from desktop.ui.display_mode import current_mode, figures, mode_notifier
from desktop.ui.widgets import named

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's object, for views that need more than the text
SIZE_SAMPLE_ROWS = 40  # columns are sized on the first rows only: measuring 200 rows on every keystroke stalls
ROW_LINE_FACTOR = 1.4  # row height / line height
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)


@dataclass(frozen=True)
class Column(Generic[T]):
    header: Callable[[], str]
    value: Callable[[T], str]
    emphasis: Callable[[T], bool] | None = None  # bold when true (a priority, something missing)
    key: bool = False  # never shortened when the table fits its width (a name, an ID number)


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[T] = []
        # a painted table asks for each cell's text many times; work it out once per row
        self._texts: dict[int, tuple[str, ...]] = {}

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row(self, number: int) -> T | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def key_columns(self) -> tuple[int, ...]:
        """The columns kept whole when the table fits its width; none: the table scrolls sideways instead."""
        return tuple(number for number, column in enumerate(self._columns) if column.key)

    def retranslate(self) -> None:
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._columns) - 1, 0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row(index.row())
        if item is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role in _TEXT_ROLES:
            return self._row_texts(index.row(), item)[index.column()]
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and column.emphasis is not None and column.emphasis(item):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _row_texts(self, number: int, item: T) -> tuple[str, ...]:
        texts = self._texts.get(number)
        if texts is None:
            texts = self._texts[number] = tuple(column.value(item) for column in self._columns)
        return texts

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[section].header() if 0 <= section < len(self._columns) else None


class ResidentsModel(RowsModel[ResidentSummary]):
    """The register's search results."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Name"), lambda r: r.name, key=True),
            Column(lambda: self.tr("ID number"), lambda r: r.masked_id, key=True),
            Column(lambda: self.tr("Sex"), lambda r: labels.sex(r.sex)),
            Column(lambda: self.tr("Age"), lambda r: str(r.age)),
            Column(lambda: self.tr("Phone"), lambda r: r.phone or ""),
        ], parent)

    def resident(self, row: int) -> ResidentSummary | None:
        return self.row(row)


def make_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only table of whole rows, sized to its contents, as every list at the desk is shown."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    header.setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    follow_mode_rows(view)
    if isinstance(model, RowsModel) and model.key_columns():
        _ColumnFitter(view, model.key_columns())
    return view


def row_height(font: QFont, min_target_px: int) -> int:
    """A row tall enough for its text with some air, and never below the mode's smallest target."""
    return max(round(QFontMetrics(font).height() * ROW_LINE_FACTOR), min_target_px)


class _RowSizer(QObject):
    """Lives as the view's child, so the mode signal stops reaching it when the view goes."""

    def __init__(self, view: QTableView, app: QApplication) -> None:
        super().__init__(view)
        self._view = view
        self._app = app
        mode_notifier(app).mode_changed.connect(self.resize_rows)
        self.resize_rows()

    def resize_rows(self, _mode: str = "") -> None:
        height = row_height(self._app.font(), figures(current_mode(self._app)).min_target_px)
        self._view.verticalHeader().setDefaultSectionSize(height)


def follow_mode_rows(view: QTableView) -> None:
    """Size the view's rows from the application font now and again whenever the display mode changes
    (the style sheet cannot reach a vertical header's default section size)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _RowSizer(view, app)


class _ColumnFitter(QObject):
    """Keeps a table's columns within its width (see the module's note); the view's child, like _RowSizer."""

    def __init__(self, view: QTableView, key_columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._keys = frozenset(key_columns)
        self._hidden: set[int] = set()  # the columns this fitter hid (others may hide columns for their own reasons)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        # masked ID numbers and phones keep their known ends when they must be shortened: 6404…1234
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.headerDataChanged):
            signal.connect(self.fit)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self, *_args: object) -> None:
        view = self._view
        header = view.horizontalHeader()
        available = view.viewport().width()
        columns = [c for c in range(header.count()) if c in self._hidden or not header.isSectionHidden(c)]
        if available <= 0 or not columns:
            return
        wanted = {c: max(self._header_width(c), view.sizeHintForColumn(c)) for c in columns}
        widths = fitted_widths(wanted, self._keys, available, self._least_width())
        self._hidden = {c for c in columns if c not in widths}
        for column in columns:
            header.setSectionHidden(column, column in self._hidden)
            if column in widths:
                header.resizeSection(column, widths[column])

    def _header_width(self, column: int) -> int:
        header = self._view.horizontalHeader()
        if not header.isSectionHidden(column):
            return header.sectionSizeHint(column)
        # a hidden section's header wants nothing: its words and the padding a shown one gets
        metrics = QFontMetrics(header.font())
        text = header.model().headerData(column, Qt.Orientation.Horizontal) if header.model() else ""
        return metrics.horizontalAdvance(str(text or "")) + 2 * metrics.height()

    def _least_width(self) -> int:
        """The narrowest a shortened column gets: two characters either side of the ellipsis."""
        return QFontMetrics(self._view.font()).horizontalAdvance("国国…国国") + 12


def fitted_widths(wanted: Mapping[int, int], keys: AbstractSet[int], available: int, least: int) -> dict[int, int]:
    """Column widths within ``available`` (a column left out is hidden).

    Every column its wanted width when all fit. Otherwise the key columns keep theirs and as many of the
    others as can have ``least`` each, in column order, share what is left in proportion to what they want;
    the rest are left out. When even the key columns do not fit they share the width in proportion, never
    below ``least`` (a table that narrow scrolls sideways rather than lose a key column)."""
    if sum(wanted.values()) <= available:
        return dict(wanted)
    key_wanted = {c: w for c, w in wanted.items() if c in keys}
    key_total = sum(key_wanted.values())
    if key_total >= available:
        widths = dict(key_wanted)
        missing = key_total - available
        for column in sorted(widths, key=widths.__getitem__, reverse=True):
            cut = max(0, min(missing, widths[column] - least))
            widths[column] -= cut
            missing -= cut
        return widths
    room = available - key_total
    others = [c for c in wanted if c not in keys][:room // least]
    total = sum(wanted[c] for c in others) or 1
    widths = dict(key_wanted)
    for column in others:
        widths[column] = min(wanted[column], max(least, room * wanted[column] // total))
    return widths
