"""Corticosteroids: cumulative dexamethasone-equivalent and days on steroids."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...logic.messages import Message
from ...logic.steroids import SteroidExposure
from .. import theme
from .formatting import fmt_number, fmt_time
from .toci_panel import PANEL_STYLE


class SteroidPanel(QFrame):
    """``set_exposure(exposure)``: the cumulative dexamethasone-equivalent (mg), days with a
    dose, the day of the current course, and the rules' notes (short courses, tapering)."""

    def __init__(self, render: Callable[[Message], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steroid_panel")
        self.setStyleSheet(PANEL_STYLE.format(name="steroid_panel"))
        self._render = render
        self._exposure: SteroidExposure | None = None
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._total = QLabel()
        self._total.setObjectName("steroid_total")
        self._total.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 7}px; font-weight: bold;")
        self._days = QLabel()
        self._days.setObjectName("steroid_days")
        self._summary = QLabel()
        self._summary.setObjectName("steroid_summary")
        self._summary.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for label in (self._title, self._total, self._days, self._summary):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def set_exposure(self, exposure: SteroidExposure) -> None:
        self._exposure = exposure
        self.retranslate()

    def texts(self) -> dict[str, str]:
        return {
            "total": self._total.text(),
            "days": self._days.text(),
            "summary": self._summary.text(),
        }

    def retranslate(self) -> None:
        self._title.setText(self.tr("Corticosteroids"))
        e = self._exposure
        if e is None:
            for label in (self._total, self._days, self._summary):
                label.setText("")
            return
        total = self.tr("Dexamethasone-equivalent: {mg} mg").format(
            mg=fmt_number(e.dex_equivalent_mg, 1)
        )
        if e.doses_without_amount:  # the summary below says "at least"
            total += " *"
        self._total.setText(total)
        days = self.tr("Days on steroids: {days}").format(days=e.days_with_dose)
        if e.last_dose is not None:
            days += " · " + self.tr("last dose {time}").format(time=fmt_time(e.last_dose))
        self._days.setText(days)
        self._summary.setText("\n".join(self._render(m) for m in (e.summary, *e.notes)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
