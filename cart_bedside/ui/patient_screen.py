"""The patient screen: header, transfer/discharge, and the tabs.

Tabs: shift entry, trends, medications, labs, history, alerts & tasks.

Opening a patient must feel instant (issue 11: ≤ 300 ms, and no single
step holding the UI thread for long): the screen appears with its header and
tab bar at once; every tab is an empty page until it is first shown (or
asked for by name) — the shift entry, which a nurse lands on, is built in the
next turn of the event loop — then built once and filled by its own
``showEvent``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .admission import DischargeDialog, ProtocolDialog, TransferDialog
from .fhir_export_button import FhirExportButton
from .patient_header import PatientHeader
from .session import Session
from .shift_entry.flow import ShiftEntryWidget
from .sync_status_bar import is_workstation

#: The tabs, in order.
TABS = ("entry", "trends", "medications", "labs", "history", "alerts")
TAB_STYLE = f"QTabBar::tab {{ min-height: {theme.TOUCH_MIN_PX}px; padding: 0 18px; }}"


def _factory(name: str) -> Callable[[Session, str, QWidget], QWidget]:
    # Imported when first needed: each tab module pulls its own widgets in.
    if name == "entry":
        return ShiftEntryWidget
    if name == "trends":
        from .trends_tab import TrendsTab

        return TrendsTab
    from . import record

    return {
        "medications": record.MedicationsTab,
        "labs": record.LabsTab,
        "history": record.HistoryTab,
        "alerts": record.AlertsTasksTab,
    }[name]


class _LazyPage(QWidget):
    """A tab page that builds its content the first time it is needed."""

    def __init__(self, build: Callable[[QWidget], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            # Built straight into this page: re-parenting a finished widget tree makes Qt
            # re-style every widget in it (the app's style sheet), ~half the build time.
            self.content = self._build(self)
            self._layout.addWidget(self.content)
            self.content.show()  # at once, not queued: the page may be on screen
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        if self.content is None:  # after this paint, so the tap shows at once
            QTimer.singleShot(0, self._shown)
        super().showEvent(event)

    def _shown(self) -> None:
        if self.isVisible():
            self.ensure()


class PatientScreen(QWidget):
    """One patient: ``back_requested`` returns to the board.

    The record tabs are reached by name (``screen.medications`` …, built on
    first access) and shown with :meth:`show_tab`.
    """

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
        self.protocol_button = QPushButton()
        self.protocol_button.setObjectName("patient_protocol")
        self.transfer_button.clicked.connect(self._transfer)
        self.discharge_button.clicked.connect(self._discharge)
        self.protocol_button.clicked.connect(self._change_protocol)
        charting = session.service.can("chart")
        # issue 17: this admission as FHIR; among the actions, not in the tab row's corner
        # (a corner widget is taller than the tabs and ran into the page below them).
        self.fhir_button = FhirExportButton(session, episode_id)
        # Two columns, so the actions are no taller than the header (stacked three high they
        # pushed the header down and ran into the tab row at 1280x800). The protocol is a
        # physician's action (§10); others never see it.
        self.transfer_button.setVisible(charting)
        self.discharge_button.setVisible(charting)
        self.protocol_button.setVisible(session.service.can("change_protocol"))
        side = QGridLayout()
        side.setSpacing(4)
        for (row, column), button in zip(
            ((0, 0), (0, 1), (1, 0), (1, 1)),
            (self.transfer_button, self.discharge_button, self.protocol_button, self.fhir_button),
            strict=True,
        ):
            button.setMinimumWidth(96)
            side.addWidget(button, row, column)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.header, 1)
        top.addLayout(side)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, _LazyPage] = {}
        for name in TABS:
            page = _LazyPage(partial(self._build, name))
            self._pages[name] = page
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._on_current)
        # A workstation (office or nurses'-station PC) is not at the bed: no guided bedside
        # entry there; a patient opens on the trends (issue 14 item 5).
        self.workstation = is_workstation(session.service)
        if self.workstation:
            self.tabs.setTabVisible(self.tabs.indexOf(self._pages["entry"]), False)
            self.tabs.setCurrentWidget(self._pages["trends"])
        self.header.grade_requested.connect(self._show_alerts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- tabs -------------------------------------------------------------------------------
    def tab(self, name: str) -> QWidget:
        """The tab ``name`` (one of ``TABS``), built if it was not yet."""
        return self._pages[name].ensure()

    def show_tab(self, name: str) -> QWidget:
        """Bring the tab ``name`` (one of ``TABS``) to the front."""
        widget = self.tab(name)
        self.tabs.setCurrentWidget(self._pages[name])
        return widget

    def built_tabs(self) -> list[str]:
        return [name for name, page in self._pages.items() if page.content is not None]

    @property
    def entry(self) -> ShiftEntryWidget:
        widget = self.tab("entry")
        assert isinstance(widget, ShiftEntryWidget)  # what _build makes for "entry"
        return widget

    @property
    def trends(self) -> QWidget:
        return self.tab("trends")

    @property
    def medications(self) -> QWidget:
        return self.tab("medications")

    @property
    def labs(self) -> QWidget:
        return self.tab("labs")

    @property
    def history(self) -> QWidget:
        return self.tab("history")

    @property
    def alerts(self) -> QWidget:
        return self.tab("alerts")

    def _build(self, name: str, parent: QWidget) -> QWidget:
        if name == "entry":
            entry = ShiftEntryWidget(self.session, self.episode_id, parent)
            entry.saved.connect(self._saved)
            entry.cancelled.connect(self.back_requested)
            return entry
        return _factory(name)(self.session, self.episode_id, parent)

    def _on_current(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, _LazyPage):
            page.ensure()

    def _show_alerts(self, _which: str) -> None:
        self.show_tab("alerts")

    # -- episode ----------------------------------------------------------------------------
    def _transfer(self) -> None:
        dialog = TransferDialog(self.session, self.episode_id, self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _discharge(self) -> None:
        dialog = DischargeDialog(self.session, self.episode_id, self.window())
        dialog.discharged.connect(self._discharged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _change_protocol(self) -> ProtocolDialog:
        dialog = ProtocolDialog(self.session, self.episode_id, self.window())
        dialog.changed.connect(lambda _e, _p: self.header.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _discharged(self, _episode_id: str) -> None:
        self.back_requested.emit()

    def _saved(self, episode_id: str) -> None:
        self.back_requested.emit()

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Ward board"))
        self.transfer_button.setText(self.tr("Transfer bed…"))
        self.discharge_button.setText(self.tr("Discharge…"))
        self.protocol_button.setText(self.tr("Protocol…"))
        titles = {
            "entry": self.tr("Shift entry"),
            "trends": self.tr("Trends"),
            "medications": self.tr("Medications"),
            "labs": self.tr("Labs"),
            "history": self.tr("History"),
            "alerts": self.tr("Alerts && tasks"),
        }
        for name, page in self._pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
