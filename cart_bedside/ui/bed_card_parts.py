"""The pieces a bed card is made of: alert headlines, labels that elide to fit, and the line
of the age, the protocol and the sync mark."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..logic.findings import Alert, Severity

_SEVERITY_RANK = {Severity.CRITICAL: 2, Severity.WARNING: 1, Severity.INFO: 0}


def short_alert_text(text: str) -> str:
    """The headline of an alert: its text without the bracketed details."""
    kept, depth = [], 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch)
    short = " ".join("".join(kept).split())
    for punct in (":", ",", ";", "："):
        short = short.replace(" " + punct, punct)
    return short


def most_severe(alerts: tuple[Alert, ...]) -> Alert | None:
    """The first of the most severe alerts (the rules list the important ones first)."""
    best = None
    for alert in alerts:
        if best is None or _SEVERITY_RANK[alert.severity] > _SEVERITY_RANK[best.severity]:
            best = alert
    return best


def elide_lines(text: str, font: QFont, width: int, max_lines: int) -> str:
    """``text`` wrapped into at most ``max_lines`` lines of ``width`` px, the last elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= max_lines:
        bounds = [*starts, len(text)]
        return "\n".join(text[a:b].strip() for a, b in pairwise(bounds))
    head = [text[a:b].strip() for a, b in pairwise(starts[:max_lines])]
    rest = text[starts[max_lines - 1] :].strip()
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join([*head, last])


class ElidedLabel(QLabel):
    """A label that shows its text in at most ``max_lines`` lines, eliding the rest
    (property ``elides``: the label-fit test accepts its "…"; the full text is the tooltip
    and a tap away on the patient screen)."""

    def __init__(self, max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setProperty("elides", True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedHeight(self._max_lines * self.fontMetrics().lineSpacing() + 2)
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        if self._max_lines == 1:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        else:
            shown = elide_lines(self._full, self.font(), width, self._max_lines)
        if shown != self.text():
            self.setText(shown)


class AgeLine(QWidget):
    """The card's second line: the age (never cut), the protocol (elides, the full text a tap
    away) and the sync mark (its words when there is room beside the age, else its sign
    alone, the words in its tooltip). Labels named ``age``, ``protocol`` and ``syncMark``."""

    SPACING = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.age = QLabel()
        self.age.setObjectName("age")
        self.protocol = ElidedLabel(1)
        self.protocol.setObjectName("protocol")
        self.mark = QLabel()
        self.mark.setObjectName("syncMark")
        self.mark.hide()
        self._mark = ("", "")  # the mark's words and its sign alone
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(self.SPACING)
        line.addWidget(self.age)
        line.addWidget(self.protocol, 1)
        line.addWidget(self.mark)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_texts(self, age: str, protocol: str, mark: str = "", sign: str = "") -> None:
        """``mark``: the sync mark's words ("" for none); ``sign`` its short form ("⇩")."""
        self.age.setText(age)
        self.protocol.set_full_text(f"· {protocol}" if protocol else "")
        self._mark = (mark, sign or mark)
        self.mark.setVisible(bool(mark))
        self._fit()

    def mark_text(self) -> str:
        """The mark's words (also when only its sign is shown)."""
        return self._mark[0]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        words, sign = self._mark
        if not words:
            return
        frame = self.mark.sizeHint().width() - self.mark.fontMetrics().horizontalAdvance(
            self.mark.text()
        )
        need = (
            self.age.sizeHint().width()
            + self.SPACING
            + frame
            + self.mark.fontMetrics().horizontalAdvance(words)
        )
        shown = words if need <= self.width() else sign
        if shown != self.mark.text():
            self.mark.setText(shown)
