"""Follow-up lines under headings: prophylaxis (Medications tab), IgG/IVIG and HBV (Labs tab)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...logic.followup_line import Flag, FollowUpLine
from ...logic.messages import Message, term
from .. import theme
from ..shift_entry.touch_scroll import TouchScrollArea

# The chip of each flag: background and text colour (each pair ≥ 4.5:1).
FLAG_STYLE = {
    Flag.OK: (theme.OK_GREEN, "#ffffff"),
    Flag.DUE: ("#f08c00", "#000000"),
    Flag.WARNING: (theme.ERROR, "#ffffff"),
    Flag.INFO: (theme.ACCENT, "#ffffff"),
    Flag.ENDED: ("#e9e9e9", theme.TEXT_MUTED),
}


@dataclass(frozen=True)
class Section:
    """A heading (already translated), status lines above the list, then the lines."""

    heading: str
    summary: tuple[tuple[Message, str], ...]  # (message, source) shown as plain lines
    lines: tuple[FollowUpLine, ...]
    empty: str = ""  # shown when there is nothing (e.g. no infusion time yet)


class FollowUpPanel(TouchScrollArea):
    """``FollowUpPanel(render)``; ``set_sections([Section …])`` redraws.

    Each line: a chip naming how it stands (to do, attention, done, running,
    not now), the rule's suggestion, how it stands and until when, and its
    source — the same parts as an alert.
    """

    def __init__(self, render: Callable[[Message], str], parent: QWidget | None = None) -> None:
        self._host = QWidget()
        super().__init__(self._host, parent)
        self._render = render
        self._box = QVBoxLayout(self._host)
        self._box.setContentsMargins(0, 0, 8, 0)
        self._box.setSpacing(6)
        self._sections: list[Section] = []
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_sections(self, sections: Sequence[Section]) -> None:
        self._sections = list(sections)
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text shown, in order (tests, and reading it back)."""
        return [label.text() for label in self._host.findChildren(QLabel) if label.text()]

    def chip_texts(self) -> list[str]:
        return [c.text() for c in self._host.findChildren(QLabel, "followup_chip")]

    # -- internals --------------------------------------------------------------------------
    def _chip_text(self, flag: Flag) -> str:
        return {
            Flag.OK: self.tr("OK"),
            Flag.DUE: self.tr("To do"),
            Flag.WARNING: self.tr("Attention"),
            Flag.INFO: self.tr("Note"),
            Flag.ENDED: self.tr("Not now"),
        }[flag]

    def _rebuild(self) -> None:
        while self._box.count():
            item = self._box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the tree now (texts()), deleted later
                widget.deleteLater()
        for section in self._sections:
            heading = QLabel(section.heading)
            heading.setProperty("role", "heading")
            heading.setWordWrap(True)
            self._box.addWidget(heading)
            for message, source in section.summary:
                self._box.addWidget(self._plain(message, source))
            if not section.lines and section.empty:
                empty = QLabel(section.empty)
                empty.setProperty("role", "hint")
                empty.setWordWrap(True)
                self._box.addWidget(empty)
            for line in section.lines:
                self._box.addWidget(self._line(line))
        self._box.addStretch(1)
        self.fit()

    def _plain(self, message: Message, source: str) -> QWidget:
        label = QLabel(
            f"{self._render(message)}\n"
            + self.tr("Source: {source}").format(source=self._render(term(source)))
        )
        label.setObjectName("followup_summary")
        label.setWordWrap(True)
        return label

    def _line(self, line: FollowUpLine) -> QWidget:
        frame = QFrame()
        frame.setObjectName(f"followup_{line.code.replace('.', '_')}")
        frame.setStyleSheet(
            f"QFrame#{frame.objectName()} {{ border: 1px solid #9a9a9a; border-radius: 8px;"
            " background: #ffffff; }"
        )
        chip = QLabel(self._chip_text(line.flag))
        chip.setObjectName("followup_chip")
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setMinimumWidth(84)
        background, colour = FLAG_STYLE[line.flag]
        chip.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 4px;"
            " padding: 2px 6px; font-weight: bold;"
        )
        title = QLabel(self._render(line.title))
        title.setWordWrap(True)
        if line.flag is Flag.ENDED:
            title.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(title)
        for detail in line.details:
            label = QLabel(self._render(detail))
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold;" if line.flag is not Flag.ENDED else "")
            texts.addWidget(label)
        source = QLabel(self.tr("Source: {source}").format(source=self._render(term(line.source))))
        source.setProperty("role", "hint")
        source.setWordWrap(True)
        texts.addWidget(source)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        return frame

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._sections:
            self._rebuild()
        super().changeEvent(event)
