"""The full integrity check after the board is shown, off the UI thread (issue 15).

Start-up only checks what it cannot do without (``storage.opening.start_up_check``);
:class:`IntegrityWatch` then runs ``PRAGMA integrity_check`` on a worker thread
and, when it finds problems, audits them and shows a red banner under the bar
(beside the backup banner) until the app is restarted on a sound file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..logic.messages import Message, msg
from ..service.startup_check import integrity_job, record_integrity_failure
from .worker import run_in_background

#: How much of SQLite's report the banner shows (two lines at 1280 px).
DETAIL_CHARS = 120
BANNER_STYLE = (
    "background: #fdecee; border: 2px solid #b00020; padding: 6px 10px; font-weight: bold;"
)


class IntegrityBanner(QLabel):
    """The red line that says the database failed its check (retranslated on a switch)."""

    def __init__(self, render, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self.findings: list[Message] = []
        self.setObjectName("integrity_banner")
        self.setWordWrap(True)
        self.setProperty("role", "error")
        self.setStyleSheet(BANNER_STYLE)
        self.hide()

    def show_findings(self, findings: list[Message]) -> None:
        self.findings = list(findings)
        self.retranslate()
        self.setVisible(bool(self.findings))

    def retranslate(self) -> None:
        if not self.findings:
            self.setText("")
            return
        detail = " ".join("; ".join(self._render(f) for f in self.findings[:3]).split())
        if len(detail) > DETAIL_CHARS:  # the audit log keeps it all; the banner stays short
            detail = detail[: DETAIL_CHARS - 1] + "…"
        self.setText(
            self.tr(
                "⚠ The ward's database failed its integrity check ({detail}). Tell the "
                "administrator now: they restore the latest backup in Settings → Backup "
                "and restore."
            ).format(detail=detail)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class IntegrityWatch(QObject):
    """``IntegrityWatch(window, db_path).start()`` once the window is shown.

    ``checked(list)`` on the UI thread with the findings ([] when sound); a
    failure of the check itself (the file unreadable) counts as a finding.
    """

    checked = Signal(list)

    def __init__(self, window, db_path: Path | str) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = Path(db_path)
        self.banner = IntegrityBanner(window.session.render)
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.backup_banner) + 1, self.banner)
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(
            integrity_job(self.db_path),
            on_success=self._done,
            on_failure=lambda error: self._done([_finding(error)]),
            parent=self,
        )

    def _done(self, findings: list) -> None:
        self.running = False
        if findings:
            record_integrity_failure(self.window.session.service, findings)
            self.banner.show_findings(findings)
        self.checked.emit(list(findings))


def _finding(error: BaseException) -> Message:
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else msg("verify.integrity", detail=str(error))
