"""Above the History: records corrected differently on two tablets, until resolved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .. import theme


class ConflictBanner(QFrame):
    """``set_conflicts(n, can_resolve)``: hidden at 0; else says how many and who resolves
    them, with "Resolve…" (a physician) or "See both versions…" (anyone else), which emits
    ``open_requested()``."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_banner")
        self.setStyleSheet(
            f"QFrame#conflict_banner {{ background: #fdecee; border: 2px solid {theme.ERROR};"
            " border-radius: 6px; }"
        )
        self._count = 0
        self._can_resolve = False
        self._text = QLabel()
        self._text.setObjectName("conflict_banner_text")
        self._text.setWordWrap(True)
        self._text.setProperty("role", "error")
        # wraps to whatever width the tab has: a long sentence must not widen the screen
        self._text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.setObjectName("conflict_open")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setMinimumWidth(180)
        theme.touch_size(self.button)
        self.button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.button)
        self.hide()

    def set_conflicts(self, count: int, can_resolve: bool) -> None:
        self._count, self._can_resolve = count, can_resolve
        self.retranslate()
        self.setVisible(count > 0)

    def text(self) -> str:
        return self._text.text()

    def retranslate(self) -> None:
        text = self.tr(
            "⚠ {n} record(s) corrected differently on two tablets: both corrections stand "
            "until a physician keeps one."
        ).format(n=self._count)
        if not self._can_resolve:
            text += " " + self.tr("Ask the physician.")
        self._text.setText(text)
        self.button.setText(
            self.tr("Resolve…") if self._can_resolve else self.tr("See both versions…")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
