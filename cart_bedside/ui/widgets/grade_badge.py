"""A CRS or ICANS grade badge that stays readable in greyscale print."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme


class GradeBadge(QWidget):
    """``kind`` ("CRS" or "ICANS") and a grade 0–4, or None (not assessed).

    Three cues besides colour so greyscale keeps grades apart: the fill gets
    darker, the border thicker and one pip per grade is drawn under the
    number; text is black on light fills and white on dark ones. Not assessed
    is white with a dashed border and "–". Tapping it emits ``clicked()``
    (e.g. to show the reasons).
    """

    clicked = Signal()

    def __init__(
        self, kind: str = "CRS", grade: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._grade: int | None = None
        self._pressed = False
        self.setMinimumSize(theme.TOUCH_LARGE_PX, theme.TOUCH_LARGE_PX)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_grade(grade)

    # -- model API ------------------------------------------------------------------
    def kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self._refresh()

    def grade(self) -> int | None:
        return self._grade

    def set_grade(self, grade: int | None) -> None:
        if grade is not None and not 0 <= int(grade) <= 4:
            raise ValueError(f"grade must be 0–4 or None, got {grade}")
        self._grade = None if grade is None else int(grade)
        self._refresh()

    def text(self) -> str:
        """What the badge says, e.g. "CRS 2" or "ICANS –"."""
        return f"{self._kind} {self._number()}"

    def grade_style(self) -> theme.GradeStyle:
        return theme.grade_style(self._grade)

    # -- widget ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(84, 72)

    def _number(self) -> str:
        return "–" if self._grade is None else str(self._grade)

    def retranslate(self) -> None:
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refresh(self) -> None:
        if self._grade is None:
            self.setAccessibleName(self.tr("{kind}: not assessed").format(kind=self._kind))
        else:
            self.setAccessibleName(
                self.tr("{kind} grade {grade}").format(kind=self._kind, grade=self._grade)
            )
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        self._pressed = False
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:
        style = self.grade_style()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = style.border_px / 2
        box = QRectF(self.rect()).adjusted(half, half, -half, -half)
        pen = QPen(QColor(style.border), style.border_px)
        if self._grade is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(style.fill))
        painter.drawRoundedRect(box, 10, 10)

        inner = box.adjusted(half + 2, half + 1, -half - 2, -half - 2)
        text_colour = QColor(style.text)
        painter.setPen(text_colour)
        small = QFont(self.font())
        small.setPixelSize(max(11, int(inner.height() * 0.2)))
        small.setBold(True)
        painter.setFont(small)
        kind_height = inner.height() * 0.26
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), kind_height),
            Qt.AlignmentFlag.AlignCenter,
            self._kind,
        )
        big = QFont(self.font())
        big.setPixelSize(max(16, int(inner.height() * 0.5)))
        big.setBold(True)
        painter.setFont(big)
        pip_band = inner.height() * 0.16
        number_rect = QRectF(
            inner.left(),
            inner.top() + kind_height,
            inner.width(),
            inner.height() - kind_height - pip_band,
        )
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, self._number())

        if style.pips:
            size = max(4.0, pip_band * 0.7)
            gap = size * 0.6
            total = style.pips * size + (style.pips - 1) * gap
            x = inner.center().x() - total / 2
            y = inner.bottom() - pip_band / 2 - size / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_colour)
            for _ in range(style.pips):
                painter.drawRect(QRectF(QPointF(x, y), QSize(int(size), int(size)).toSizeF()))
                x += size + gap
        painter.end()
