"""The surface a patient writes on with a finger, a stylus or a mouse."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#0a0a0a")
GUIDE = QColor("#b8c4d0")
PEN_WIDTH_PX = 4.0
#: Size of the stored image; strokes are scaled uniformly and centred into it,
#: so samples from screens of any size compare side by side.
EXPORT_SIZE = QSize(900, 300)


def _stroke_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through the points: quadratic curves between midpoints."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        return path
    for previous, point in itertools.pairwise(points):
        mid = (previous + point) / 2
        path.quadTo(previous, mid)
    path.lineTo(points[-1])
    return path


class HandwritingCanvas(QWidget):
    """Strokes drawn as the patient writes; mouse, tablet and touch all draw.

    Signals: ``strokeFinished()`` after each stroke, ``cleared()``.
    """

    strokeFinished = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(480, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- model API ------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> list[list[tuple[float, float]]]:
        """The strokes as lists of (x, y) in widget coordinates."""
        return [[(p.x(), p.y()) for p in stroke] for stroke in self._strokes]

    def add_stroke(self, points: Sequence[tuple[float, float]]) -> None:
        """Add a finished stroke of (x, y) points in widget coordinates."""
        if not points:
            return
        self._strokes.append([QPointF(x, y) for x, y in points])
        self.update()
        self.strokeFinished.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.cleared.emit()

    def to_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        if self._strokes and self.width() > 0 and self.height() > 0:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scale = min(size.width() / self.width(), size.height() / self.height())
            painter.translate(
                (size.width() - self.width() * scale) / 2,
                (size.height() - self.height() * scale) / 2,
            )
            painter.scale(scale, scale)
            self._draw_strokes(painter)
            painter.end()
        return image

    def to_png(self, size: QSize = EXPORT_SIZE) -> bytes:
        """The writing as a PNG (white background), ``size`` pixels."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stub says bytes for the format; at run time only str is accepted
        self.to_image(size).save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    # -- drawing ----------------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        self._strokes.append([QPointF(pos)])
        self._drawing = True
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        last = stroke[-1]
        if abs(last.x() - pos.x()) + abs(last.y() - pos.y()) < 0.5:
            return  # sub-pixel jitter adds nothing but points
        stroke.append(QPointF(pos))
        margin = PEN_WIDTH_PX * 2
        self.update(
            QRectF(last, pos)
            .normalized()
            .adjusted(-margin, -margin, margin, margin)
            .toAlignedRect()
        )

    def _end(self, pos: QPointF | None = None) -> None:
        if not self._drawing:
            return
        if pos is not None:
            self._extend(pos)
        self._drawing = False
        self.update()
        self.strokeFinished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events on top

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:  # the first finger writes; a palm or second finger is ignored
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end(pos)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(GUIDE, 2, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        y = self.height() * 0.72
        painter.drawLine(QPointF(16, y), QPointF(self.width() - 16, y))
        painter.setPen(QPen(QColor("#5c5c5c"), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        self._draw_strokes(painter)

    def _draw_strokes(self, painter: QPainter) -> None:
        pen = QPen(
            INK,
            PEN_WIDTH_PX,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
            else:
                painter.drawPath(_stroke_path(stroke))
