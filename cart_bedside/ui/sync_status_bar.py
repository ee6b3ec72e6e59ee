"""The sync status in the top bar of an enrolled device (issue 14 item 4).

"已同步 14:02" / "Synced 14:02": plain while the last good round is at most 2
minutes old, amber after 2, red after 10 or when it never synced
(``SyncStatus.level``). A workstation says so in front. A device that was
never enrolled shows nothing (the single-tablet default). Tap → details.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from . import theme

#: How often the bar reads the status again (the worker's rounds also redraw it).
POLL_MS = 15_000

STYLE = f"""
QPushButton#syncStatus {{ border-radius: 6px; padding: 0 10px; font-weight: bold;
    font-size: {theme.BASE_FONT_PX - 2}px; }}
QPushButton#syncStatus[level="ok"] {{ background: #e6f4ea; border: 2px solid #2e7d32;
    color: #1b5e20; }}
QPushButton#syncStatus[level="amber"] {{ background: #fff4e0; border: 2px solid #e8590c;
    color: #7a3300; }}
QPushButton#syncStatus[level="red"] {{ background: #fdecee; border: 2px solid {theme.ERROR};
    color: {theme.ERROR}; }}
"""


def is_workstation(service) -> bool:
    """This device is enrolled as a workstation (office or nurses'-station PC)."""
    status = service.sync_status()
    return bool(status.enrolled and status.role == "workstation")


class SyncStatusButton(QPushButton):
    """``SyncStatusButton(session)``: reads ``session.service.sync_status()`` every
    ``POLL_MS`` and on ``refresh()``; hidden when not enrolled. A tap emits
    ``details_requested()``."""

    details_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setProperty("level", "")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(96)  # 48 px high from the theme, like the bar's other buttons
        self._session = session
        self.status = None
        self.clicked.connect(self.details_requested)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        self.hide()
        self.refresh()

    # -- model API ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the status again and redraw."""
        self.status = self._session.service.sync_status()
        self.retranslate()

    def level(self) -> str | None:
        """None (not enrolled), "ok", "amber" or "red" — as shown."""
        return self.status.level(self._now()) if self.status is not None else None

    def is_workstation(self) -> bool:
        return (
            self.status is not None and self.status.enrolled and (self.status.role == "workstation")
        )

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        status = self.status
        level = self.level()
        self.setVisible(level is not None)
        if level is None or status is None:
            return
        if status.last_ok_at is None:
            text = self.tr("⚠ Never synced")
        else:
            when = status.last_ok_at.astimezone().strftime("%H:%M")
            text = self.tr("Synced {time}").format(time=when)
            if level == "red":
                text = "⚠ " + text
        if self.is_workstation():  # two short lines: one long one widened the bar past 1280
            text = self.tr("Workstation") + "\n" + text
        self.setText(text)
        minutes = status.minutes_since_ok(self._now())
        self.setToolTip(
            self.tr("Not synced for {n} min").format(n=int(minutes))
            if minutes is not None and level != "ok"
            else ""
        )
        if self.property("level") != level:
            self.setProperty("level", level)
            theme.repolish(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _now(self) -> datetime:
        return self._session.service.clock()
