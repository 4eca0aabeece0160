"""The search results table: masked ID numbers only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.services.residents import ResidentSummary
from desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex


class ResidentsModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResidentSummary] = []

    def set_rows(self, rows: list[ResidentSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def resident(self, row: int) -> ResidentSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.resident(index.row())
        if r is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (r.name, r.masked_id, labels.sex(r.sex), str(r.age), r.phone or "")[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("ID number"), self.tr("Sex"), self.tr("Age"), self.tr("Phone"))[section]
