"""The read-only table model the record tabs share: rows of texts with a tone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .. import theme

#: How a row looks: plain, greyed (done, acknowledged), red (overdue), struck (withdrawn).
TONES = ("", "muted", "error", "withdrawn")
ERROR_BACKGROUND = "#fdecee"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """One row: a text per column, the object it shows, and its tone."""

    cells: tuple[str, ...]
    payload: Any = None
    tone: str = ""


class TextTableModel(QAbstractTableModel):
    """Rows of texts; subclasses give ``headers()`` (translated) and build the rows.

    ``PayloadRole`` gives the object behind a row (e.g. a ``HistoryEntry``).
    After a language change the owner builds the rows again and calls
    ``retranslate()`` for the headers.
    """

    PayloadRole = Qt.ItemDataRole.UserRole + 1
    ToneRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- subclass API -------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_table_rows(self, rows: Sequence[Row]) -> None:
        width = len(self.headers())
        for row in rows:
            if len(row.cells) != width:
                raise ValueError(f"a row has {len(row.cells)} cells, the table {width} columns")
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)

    # -- reading --------------------------------------------------------------------------
    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def payload(self, index: int) -> Any:
        return self._rows[index].payload

    def text(self, row: int, column: int) -> str:
        return self._rows[row].cells[column]

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row.cells):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.tone:
            colour = theme.ERROR if row.tone == "error" else "#6e6e6e"
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.BackgroundRole and row.tone == "error":
            return QBrush(QColor(ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and row.tone in ("error", "withdrawn"):
            font = QFont()
            font.setBold(row.tone == "error")
            font.setStrikeOut(row.tone == "withdrawn")
            return font
        if role == self.PayloadRole:
            return row.payload
        if role == self.ToneRole:
            return row.tone
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
