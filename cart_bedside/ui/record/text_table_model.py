"""The record tabs' tables: rows of texts with a tone, on the app's one table model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .. import theme
from ..rows_table_model import RowsTableModel

#: How a row looks: plain, greyed (done, acknowledged), red (overdue), struck (withdrawn).
TONES = ("", "muted", "error", "withdrawn")
ERROR_BACKGROUND = "#fdecee"


@dataclass(frozen=True)
class Row:
    """One row: a text per column, the object it shows, and its tone."""

    cells: tuple[str, ...]
    payload: Any = None
    tone: str = ""


class TextTableModel(RowsTableModel[Row]):
    """Rows of texts; subclasses give ``headers()`` (translated) and build the rows.

    ``PayloadRole`` gives the object behind a row (e.g. a ``HistoryEntry``).
    After a language change the owner builds the rows again and calls
    ``retranslate()`` for the headers.
    """

    PayloadRole = Qt.ItemDataRole.UserRole + 1
    ToneRole = Qt.ItemDataRole.UserRole + 2

    # -- subclass API -------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def columns(self) -> Sequence[int]:
        return range(len(self.headers()))

    def set_rows(self, items: Sequence[Row]) -> None:
        """Replace the rows (each with a text per column); the subclasses' ``set_…``
        methods build them from what their tab shows."""
        width = len(self.headers())
        for row in items:
            if len(row.cells) != width:
                raise ValueError(f"a row has {len(row.cells)} cells, the table {width} columns")
        super().set_rows(items)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)

    # -- reading --------------------------------------------------------------------------
    def row(self, index: int) -> Row:
        return self.item(index)

    def rows(self) -> list[Row]:
        return self.items()

    def payload(self, index: int) -> Any:
        return self.item(index).payload

    def text(self, row: int, column: int) -> str:
        return self.item(row).cells[column]

    # -- RowsTableModel -------------------------------------------------------------------
    def cell(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
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
