"""The patient screen: header, transfer/discharge, and the tabs.

Tabs: shift entry, trends, medications, labs, history, alerts & tasks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from .admission import DischargeDialog, TransferDialog
from .patient_header import PatientHeader
from .record import AlertsTasksTab, HistoryTab, LabsTab, MedicationsTab
from .session import Session
from .shift_entry.flow import ShiftEntryWidget
from .trends_tab import TrendsTab


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
        self.transfer_button = QPushButton()
        self.discharge_button = QPushButton()
        self.transfer_button.clicked.connect(self._transfer)
        self.discharge_button.clicked.connect(self._discharge)
        charting = session.service.can("chart")
        side = QVBoxLayout()
        for button in (self.transfer_button, self.discharge_button):
            button.setMinimumWidth(96)
            button.setVisible(charting)
            side.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.header, 1)
        top.addLayout(side)
        self.tabs = QTabWidget()
        self.entry = ShiftEntryWidget(session, episode_id)
        self.entry.saved.connect(self._saved)
        self.entry.cancelled.connect(self.back_requested)
        self.tabs.addTab(self.entry, "")
        self.medications = MedicationsTab(session, episode_id)
        self.labs = LabsTab(session, episode_id)
        self.history = HistoryTab(session, episode_id)
        self.alerts = AlertsTasksTab(session, episode_id)
        self.trends = TrendsTab(session, episode_id)  # matplotlib loads when first shown
        for tab in (self.trends, self.medications, self.labs, self.history, self.alerts):
            self.tabs.addTab(tab, "")
        self.header.grade_requested.connect(self._show_alerts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _show_alerts(self, _which: str) -> None:
        self.tabs.setCurrentWidget(self.alerts)

    def _transfer(self) -> None:
        dialog = TransferDialog(self.session, self.episode_id, self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _discharge(self) -> None:
        dialog = DischargeDialog(self.session, self.episode_id, self.window())
        dialog.discharged.connect(self._discharged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _discharged(self, _episode_id: str) -> None:
        self.back_requested.emit()

    def _saved(self, episode_id: str) -> None:
        self.back_requested.emit()

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Ward board"))
        self.transfer_button.setText(self.tr("Transfer bed…"))
        self.discharge_button.setText(self.tr("Discharge…"))
        self.tabs.setTabText(0, self.tr("Shift entry"))
        for tab, text in ((self.trends, self.tr("Trends")),
                          (self.medications, self.tr("Medications")), (self.labs, self.tr("Labs")),
                          (self.history, self.tr("History")),
                          (self.alerts, self.tr("Alerts && tasks"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
