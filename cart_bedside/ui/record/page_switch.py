"""Two or more pages in one place, chosen by a row of large toggle buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import theme


class PageSwitch(QWidget):
    """``add_page(key, widget)`` adds a button (``page_<key>``) and its page.

    One button is checked: its page shows. ``set_text(key, text)`` labels a
    button (the tab translates it); ``show_page(key)``; signal ``changed(str key)``.
    Buttons are 48 px touch targets at least.
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._pages: dict[str, QWidget] = {}
        self._bar = QHBoxLayout()
        self._bar.setSpacing(6)
        self._bar.addStretch(1)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._bar)
        layout.addWidget(self.stack, 1)

    def add_page(self, key: str, page: QWidget) -> None:
        button = QPushButton()
        button.setObjectName(f"page_{key}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(theme.TOUCH_MIN_PX)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, k=key: self.show_page(k))
        self._group.addButton(button)
        self._bar.insertWidget(self._bar.count() - 1, button)
        self.buttons[key] = button
        self._pages[key] = page
        self.stack.addWidget(page)
        if len(self._pages) == 1:
            button.setChecked(True)

    def set_text(self, key: str, text: str) -> None:
        self.buttons[key].setText(text)

    def show_page(self, key: str) -> None:
        self.buttons[key].setChecked(True)
        self.stack.setCurrentWidget(self._pages[key])
        self.changed.emit(key)

    def current(self) -> str:
        page = self.stack.currentWidget()
        return next(k for k, p in self._pages.items() if p is page)
