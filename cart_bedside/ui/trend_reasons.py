"""Why the grade was what it was at a tapped time: a panel over the Trends tab (issue 11 item 9).

The grades and reasons come from the figure's own data
(:func:`cart_bedside.plots.grades_at`: the assessment's graded records, the
catalogue reasons the review and the board show); nothing is graded here.
The panel floats over the top right of the figure, so the figure does not
move under the finger; it closes with its 64 px button or the next draw.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from . import theme
from .session import Session

PANEL_WIDTH_PX = 440
STYLESHEET = f"""
QFrame#gradeReasons {{
    background: #ffffff;
    border: 2px solid #5c5c5c;
    border-radius: 8px;
}}
QLabel#gradeReasonsTitle {{ font-weight: bold; }}
QLabel#gradeReasonsCrs, QLabel#gradeReasonsIcans {{ padding: 2px 0px; }}
QPushButton#gradeReasonsClose {{ background: {theme.PANEL}; }}
"""


class GradeReasonsPanel(QFrame):
    """``show_grades(GradesAt)`` fills and shows it; ``closed()`` when the nurse closes it."""

    closed = Signal()

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._grades = None  # plots.GradesAt
        self._left = False  # shown on the left (the tap was on the right half)
        self.setObjectName("gradeReasons")
        self.setStyleSheet(STYLESHEET)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("gradeReasonsTitle")
        self.title.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("gradeReasonsClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.close_button, "large")
        self.close_button.clicked.connect(self.close_panel)
        self.crs = QLabel()
        self.crs.setObjectName("gradeReasonsCrs")
        self.icans = QLabel()
        self.icans.setObjectName("gradeReasonsIcans")
        for label in (self.crs, self.icans):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 14)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.crs)
        layout.addWidget(self.icans)
        self.setFixedWidth(PANEL_WIDTH_PX)
        self.hide()
        self.retranslate()

    def grades(self):
        return self._grades

    def show_grades(self, grades, tap_x: int | None = None) -> None:
        """Show the grades at the tapped time, on the side away from the finger."""
        self._grades = grades
        parent = self.parentWidget()
        self._left = tap_x is not None and parent is not None and tap_x > parent.width() / 2
        self._fill()
        self.place()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def place(self) -> None:
        """Top right of the parent, below its button bar (the bar's height is kept free)."""
        parent = self.parentWidget()
        if parent is None:
            return
        # word-wrapped labels: the height for the fixed width, not adjustSize's guess
        self.setFixedHeight(self._layout.totalHeightForWidth(PANEL_WIDTH_PX))
        top = getattr(parent, "reasons_top", lambda: 0)()
        x = 150 if self._left else max(0, parent.width() - self.width() - 24)
        self.move(x, top + 8)

    def _fill(self) -> None:
        g = self._grades
        if g is None:
            return
        render = self.session.render
        none = self.tr("no finding")
        self.title.setText(
            self.tr("Grades at {time}: CRS {crs} · ICANS {icans}").format(
                time=g.at.strftime("%m-%d %H:%M"), crs=g.crs_grade, icans=g.icans_grade
            )
        )
        self.crs.setText(
            self._section(
                self.tr("CRS {grade}").format(grade=g.crs_grade),
                g.crs.time if g.crs else None,
                [render(m) for m in g.crs_reasons] or [none],
            )
        )
        self.icans.setText(
            self._section(
                self.tr("ICANS {grade}").format(grade=g.icans_grade),
                g.icans.time if g.icans else None,
                [render(m) for m in g.icans_reasons] or [none],
            )
        )

    def _section(self, head: str, graded_at, reasons: list[str]) -> str:
        if graded_at is None:
            when = self.tr("no graded record yet")
        else:
            when = self.tr("from the record of {time}").format(
                time=graded_at.strftime("%m-%d %H:%M")
            )
        return f"{head} ({when})\n" + "\n".join(f"• {r}" for r in reasons)

    def text(self) -> str:
        return "\n".join(w.text() for w in (self.title, self.crs, self.icans))

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
