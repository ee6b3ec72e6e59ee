"""A scroll area for a page: drag to scroll, and wrapped text never squeezed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QWidget


class TouchScrollArea(QScrollArea):
    """``QScrollArea`` holding one page.

    Dragging with a finger scrolls it (``QScroller``, touch gesture); the mouse
    wheel and the scroll bar work as usual.
    A resizable scroll area ignores its content's height-for-width, so
    word-wrapped labels were cut off; the content is given the height its
    layout needs at the viewport's width whenever either changes.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_timer = QTimer(self)  # dies with the area: no call into a deleted widget
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        content.installEventFilter(self)
        # Touch, not the mouse-drag gesture: with that one, quick taps on the answer
        # buttons were swallowed (measured with QTest: the press is held back to see
        # whether it becomes a drag). A finger on the screen is a touch event and
        # scrolls; a tap still reaches the button as a click.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def fit(self) -> None:
        """Give the content the height its wrapped text needs at this width."""
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None or not layout.hasHeightForWidth():
            return
        height = layout.totalHeightForWidth(self.viewport().width())
        if height > 0 and height != content.minimumHeight():
            content.setMinimumHeight(height)

    def schedule_fit(self) -> None:
        self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.schedule_fit()
        return super().eventFilter(watched, event)
