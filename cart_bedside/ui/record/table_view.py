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


class TouchTableView(QTableView):
    """Read-only rows of at least 48 px, one selected at a time.

    ``stretch`` names the columns that take the spare width; the others fit
    their contents. A finger drag scrolls (touch gesture, so a tap still
    selects a row).
    """

    def __init__(self, model: QAbstractItemModel, stretch: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
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
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(lambda *_: self.fit_columns())
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(self.model().columnCount()):
            mode = (QHeaderView.ResizeMode.Stretch if column in self._stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None
