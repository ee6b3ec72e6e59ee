"""A table for fingers: tall rows, whole-row selection, drag to scroll."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScroller,
    QTableView,
    QWidget,
)

from .. import theme

#: The narrowest a column gets (a stretch column included): "14049" whole.
MIN_COLUMN_PX = 76


class TouchTableView(QTableView):
    """Read-only rows of at least 48 px, one selected at a time.

    ``stretch`` names the columns that take the spare width; the others are
    sized once per reset from the header and the first ``SAMPLE_ROWS`` rows
    (measuring every cell of a long history costs seconds — issue 11). A
    finger drag scrolls (touch gesture, so a tap still selects a row).
    """

    SAMPLE_ROWS = 40

    def __init__(
        self, model: QAbstractItemModel, stretch: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._stretch = tuple(stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(theme.TOUCH_MIN_PX)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumHeight(36)
        # A stretching column squeezed by the others still shows a number whole.
        header.setMinimumSectionSize(MIN_COLUMN_PX)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(lambda *_: self.fit_columns())
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        header = self.horizontalHeader()
        cell = self.fontMetrics()
        head = header.fontMetrics()
        rows = min(model.rowCount(), self.SAMPLE_ROWS)
        display = Qt.ItemDataRole.DisplayRole
        for column in range(model.columnCount()):
            if column in self._stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
            width = head.horizontalAdvance(title) + 28
            for row in range(rows):
                text = model.data(model.index(row, column), display)
                if text:
                    width = max(width, cell.horizontalAdvance(str(text)) + 20)
            header.resizeSection(column, min(width, 420))

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None
