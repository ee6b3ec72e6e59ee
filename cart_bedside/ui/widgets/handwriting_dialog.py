"""The handwriting pad as a full dialog: write, then Done or Cancel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .handwriting_pad import HandwritingPad


class HandwritingDialog(QDialog):
    """Opened from the ICE writing item. After ``accepted``, :meth:`png` holds the
    sample (None if the patient wrote nothing). Open it with ``open()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._png: bytes | None = None
        self._pad = HandwritingPad(self)
        self._pad.changed.connect(self._update_buttons)
        self._done = QPushButton()
        self._done.setObjectName("handwriting_done")
        self._done.setProperty("role", "primary")
        self._done.setMinimumWidth(160)
        self._done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._done.clicked.connect(self.accept)
        self._cancel = QPushButton()
        self._cancel.setMinimumWidth(160)
        self._cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pad, 1)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.retranslate()
        self._update_buttons()

    def pad(self) -> HandwritingPad:
        return self._pad

    def png(self) -> bytes | None:
        return self._png

    def accept(self) -> None:
        self._png = None if self._pad.is_empty() else self._pad.to_png()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Handwriting"))
        self._done.setText(self.tr("Done"))
        self._cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        self._done.setEnabled(not self._pad.is_empty())
