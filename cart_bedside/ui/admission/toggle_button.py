"""A big on/off button whose text wraps (long clinical factor names fit a narrow column)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .. import theme

_MARGIN_H = 12
_MARGIN_V = 6


class ToggleButton(QPushButton):
    """Checkable, shown as ``✔ text`` / ``□ text`` so the state reads without colour.

    ``set_label(text)`` sets the words (the owner re-sets them on a language
    change); ``label_text()`` gives them back; ``shown_text()`` what is shown.
    A QPushButton cannot wrap its text, so the words sit in a wrapping label
    that lets taps through to the button.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._text = text
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(_MARGIN_H, _MARGIN_V, _MARGIN_H, _MARGIN_V)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        theme.touch_size(self)
        self.toggled.connect(lambda _on: self._refresh())
        self._refresh()

    def set_label(self, text: str) -> None:
        self._text = text
        self._refresh()
        self.updateGeometry()

    def label_text(self) -> str:
        return self._text

    def shown_text(self) -> str:
        return self._label.text()

    # -- size: as high as the wrapped words need, never below the touch size ------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = self._label.heightForWidth(max(40, width - 2 * _MARGIN_H))
        return max(theme.TOUCH_LARGE_PX, inner + 2 * _MARGIN_V + 4)

    def sizeHint(self) -> QSize:
        hint = self._label.sizeHint()
        width = min(hint.width(), 420) + 2 * _MARGIN_H
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, theme.TOUCH_LARGE_PX)

    def _refresh(self) -> None:
        mark = "✔" if self.isChecked() else "□"
        self._label.setText(f"{mark}  {self._text}")
        # The theme paints a checked button dark blue: the words must turn white with it.
        self._label.setStyleSheet("color: #ffffff; font-weight: bold;" if self.isChecked() else "")
