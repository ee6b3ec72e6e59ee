"""The HLH/MAS panel, opened from the ``hlh_mas_suspected`` alert (clinical-rules §4).

Left: seed 000 Table 3's HLH/MAS lines (with seed 004's etoposide and
natural-course lines), each with its sources. Right: Neelapu 2018's
confirmation checklist, each item met / not met / not recorded / for the
physician, with the values and limits the app compared (``logic.hlh``; the
service gathers the episode view's labs), and the upper limits of normal used: the ward
laboratory's (Settings → Ward) or the app's defaults. A close button of touch size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic.hlh import CheckItem, HlhTable, Status
from ...logic.messages import Message, term
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..shift_entry.touch_scroll import TouchScrollArea

# The status badge's colours: met is what to act on; not judged by the app is neutral.
STATUS_STYLE = {
    Status.MET: f"background: {theme.ERROR}; color: #ffffff;",
    Status.NOT_MET: f"background: #e9e9e9; color: {theme.TEXT}; border: 1px solid {theme.BORDER};",
    Status.NOT_RECORDED: f"background: #ffffff; color: {theme.TEXT_MUTED};"
    f" border: 1px dashed {theme.BORDER};",
    Status.PHYSICIAN: f"background: {theme.ACCENT}; color: #ffffff;",
}


def _label(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class HlhDialog(QDialog):
    """``HlhDialog(session, episode_id)``: reads ``session.alerts.hlh_table`` once; shows the
    lines with their sources and the checklist; ``status_of(code)`` / ``line_texts()`` say
    what is shown. Open with ``open()``; "Close" (≥ 48 px) or Esc closes it."""

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: HlhTable = session.alerts.hlh_table(episode_id)
        self.setModal(True)
        self.setObjectName("hlh_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="hlh_dialog"))
        self._title = _label(role="heading")
        self._lines_title = _label(role="heading")
        self._check_title = _label(role="heading")
        self._lines = QWidget()
        self._lines_box = QVBoxLayout(self._lines)
        self._lines_box.setContentsMargins(0, 0, 0, 0)
        self._check = QWidget()
        self._check_grid = QGridLayout(self._check)
        self._check_grid.setContentsMargins(0, 0, 0, 0)
        self._check_grid.setColumnStretch(1, 1)
        body = QWidget()
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._lines_title)
        left.addWidget(self._lines)
        left.addStretch(1)
        right.addWidget(self._check_title)
        right.addWidget(self._check)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.scroll_area = TouchScrollArea(body, self)
        self.close_button = QPushButton()
        self.close_button.setObjectName("hlh_close")
        self.close_button.setProperty("role", "primary")
        self.close_button.setMinimumWidth(180)
        theme.touch_size(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._fit_to_window(parent)

    # -- what is shown ------------------------------------------------------------------
    def line_texts(self) -> list[str]:
        return [w.text() for w in self._lines.findChildren(QLabel, "hlh_line")]

    def source_texts(self) -> list[str]:
        return [w.text() for w in self._lines.findChildren(QLabel, "hlh_line_sources")]

    def status_of(self, code: str) -> str:
        badge = self._check.findChild(QLabel, f"hlh_status_{code}")
        return badge.text() if badge is not None else ""

    def detail_of(self, code: str) -> str:
        detail = self._check.findChild(QLabel, f"hlh_detail_{code}")
        return detail.text() if detail is not None else ""

    def limits_text(self) -> str:
        """The upper limits of normal compared, and whose they are (the ward laboratory's or
        the app's defaults)."""
        label = self._check.findChild(QLabel, "hlh_limits")
        return label.text() if label is not None else ""

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        r = self.session.render
        self.setWindowTitle(self.tr("HLH/MAS suspected"))
        self._title.setText(self.tr("HLH/MAS suspected: what the guidelines suggest"))
        self._lines_title.setText(self.tr("Management (guideline suggests)"))
        self._check_title.setText(self.tr("Confirmation checklist"))
        self.close_button.setText(self.tr("Close"))
        self._clear(self._lines_box)
        for line in self.table.lines:
            frame = QFrame()
            frame.setObjectName("hlh_line_frame")
            frame.setStyleSheet(
                f"QFrame#hlh_line_frame {{ border-left: 4px solid {theme.ACCENT};"
                " padding-left: 6px; }"
            )
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 2, 2, 2)
            box.setSpacing(0)
            box.addWidget(_label("\n".join(r(t) for t in line.texts), name="hlh_line"))
            box.addWidget(_label(self._sources(line.sources), "hint", "hlh_line_sources"))
            self._lines_box.addWidget(frame)
        self._clear(self._check_grid)
        check = self.table.checklist
        self._check_grid.addWidget(
            _label(r(term("hlh.checklist.rule")), name="hlh_rule"), 0, 0, 1, 2
        )
        for row, item in enumerate(check.items, start=1):
            self._add_item(row * 2 - 1, item)
        end = len(check.items) * 2 + 1
        self._check_grid.addWidget(_label(r(check.summary), "total", "hlh_summary"), end, 0, 1, 2)
        self._check_grid.addWidget(
            _label(r(check.limits_line), "hint", "hlh_limits"), end + 1, 0, 1, 2
        )
        self._check_grid.addWidget(
            _label(self._sources(self.table.checklist_sources), "hint", "hlh_check_sources"),
            end + 2,
            0,
            1,
            2,
        )

    def _add_item(self, row: int, item: CheckItem) -> None:
        r = self.session.render
        badge = _label(r(item.status_label), name=f"hlh_status_{item.code}")
        badge.setWordWrap(False)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet(
            STATUS_STYLE[item.status] + " border-radius: 4px; padding: 2px 8px; font-weight: bold;"
        )
        self._check_grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
        self._check_grid.addWidget(_label(r(item.label), name=f"hlh_label_{item.code}"), row, 1)
        self._check_grid.addWidget(
            _label(r(item.detail), "hint", f"hlh_detail_{item.code}"), row + 1, 1
        )

    def _sources(self, sources: tuple[Message, ...]) -> str:
        names = "; ".join(self.session.render(s) for s in sources)
        return self.tr("Source: {source}").format(source=names)

    @staticmethod
    def _clear(layout: QVBoxLayout | QGridLayout) -> None:
        while layout.count():
            child = layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from findChildren at once
                widget.deleteLater()

    def _fit_to_window(self, parent: QWidget | None) -> None:
        window = parent.window() if parent is not None else None
        if window is not None:
            size = window.size()
            self.resize(int(size.width() * 0.92), int(size.height() * 0.9))
        else:
            self.resize(1180, 720)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
