"""The ICE writing item: the patient writes the sentence on the tablet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .handwriting_canvas import EXPORT_SIZE, HandwritingCanvas


class HandwritingPad(QWidget):
    """Prompt, writing surface and a Clear button.

    Put it in a dialog (:class:`HandwritingDialog`) or a screen that does not
    scroll by dragging: a drag here must write, not scroll.

    Signals: ``changed()`` after each stroke and after clearing.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt = QLabel()
        self._prompt.setProperty("role", "heading")
        self._prompt.setWordWrap(True)
        self._canvas = HandwritingCanvas(self)
        self._canvas.strokeFinished.connect(self._on_changed)
        self._canvas.cleared.connect(self._on_changed)
        self._clear = QPushButton()
        self._clear.setObjectName("handwriting_clear")
        self._clear.setProperty("role", "danger")
        self._clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear.setMinimumWidth(140)
        self._clear.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.addWidget(self._prompt, 1)
        top.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._canvas, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._prompt.setText(
            self.tr("Ask the patient to write a standard sentence, e.g. “The sun is shining.”")
        )
        self._clear.setText(self.tr("Clear"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def canvas(self) -> HandwritingCanvas:
        return self._canvas

    def clear_button(self) -> QPushButton:
        return self._clear

    def is_empty(self) -> bool:
        return self._canvas.is_empty()

    def clear(self) -> None:
        self._canvas.clear()

    def to_png(self) -> bytes:
        """The writing as PNG bytes, :data:`EXPORT_SIZE` pixels, white background."""
        return self._canvas.to_png(EXPORT_SIZE)

    def _on_changed(self) -> None:
        self._clear.setEnabled(not self._canvas.is_empty())
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        self._clear.setEnabled(not self._canvas.is_empty())
        super().showEvent(event)
