"""The one read-only table model: a list of objects, one per row (every table of the app).

The admin tables subclass it with named ``COLUMNS``; the record tabs' tables
through :class:`~cart_bedside.ui.record.text_table_model.TextTableModel`, whose
rows are texts with a tone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Rows are objects; subclasses name the ``COLUMNS``, give the translated
    ``headers()`` and the ``cell(item, column, role)`` of each cell.

    ``set_rows(items)`` replaces the rows. The owner calls ``retranslate()`` on a
    language change (models get no LanguageChange event).
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- subclass API -----------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def columns(self) -> Sequence[Any]:
        """What :meth:`cell` is told for each column (default: the names in ``COLUMNS``)."""
        return self.COLUMNS

    def cell(self, item: T, column: Any, role: int) -> Any:
        raise NotImplementedError

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._rows[row]

    def items(self) -> list[T]:
        return list(self._rows)

    def retranslate(self) -> None:
        last = len(self.columns()) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        return self.cell(self._rows[index.row()], columns[index.column()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None
