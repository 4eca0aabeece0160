"""Read-only table models: a generic one over a list of dataclasses, and the register's search results.

Columns are given as (header, value) functions, so that headers and cell texts are translated when they
are shown: after a language change :meth:`RowsModel.retranslate` makes the views ask again. ID numbers
appear masked only (the services never hand out a whole one for a list).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
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
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("ID number"), lambda r: r.masked_id),
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
