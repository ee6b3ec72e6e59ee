"""The patient screen: header, and tabs (shift entry now; trends, medications … later)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from .patient_header import PatientHeader
from .session import Session
from .shift_entry.flow import ShiftEntryWidget


class PatientScreen(QWidget):
    """One patient: ``back_requested`` returns to the board."""

    back_requested = Signal()

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        self.back = QPushButton()
        self.back.setMinimumWidth(96)
        self.back.clicked.connect(self.back_requested)
        self.header = PatientHeader(session, episode_id)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.header, 1)
        self.tabs = QTabWidget()
        self.entry = ShiftEntryWidget(session, episode_id)
        self.entry.saved.connect(self._saved)
        self.entry.cancelled.connect(self.back_requested)
        self.tabs.addTab(self.entry, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _saved(self, episode_id: str) -> None:
        self.back_requested.emit()

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Ward board"))
        self.tabs.setTabText(0, self.tr("Shift entry"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
