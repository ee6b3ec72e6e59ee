"""The Trends tab's "Print trends" button: the chosen range as a PDF (issue 11 item 9).

The PDF is made on the worker thread (:mod:`cart_bedside.ui.worker`) from the
data the tab drew (:func:`cart_bedside.reports.trends.trends_pdf`: the same
figures, on paper), written next to the database under ``exports/``
readable by this account only (0600, as the FHIR export), and audited on the
UI thread (:meth:`ExportService.record_export`, what ``trends_pdf``). The
button is disabled while the PDF is made; the path or the failure is said
in a message box that does not block the screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from . import theme
from .session import Session
from .worker import BackgroundOp, run_in_background


def print_job(data, time_range: str, lang: str, printed_by: str, now: datetime, out: str):
    """Render and write the PDF (worker thread: no database); ``(path, pages, sha256)``."""
    from ..interop.output import write_private
    from ..reports.trends import trends_pdf

    result = trends_pdf(data, time_range, lang, printed_by=printed_by, printed_at=now)
    digest = write_private(out, result.pdf)
    return out, result.pages, digest


class PrintTrendsButton(QPushButton):
    """``start()`` makes the PDF in the background; ``printed(path)`` / ``failed(text)``.

    ``request()`` returns ``(TrendData, range, lang)`` of what the tab shows, or
    None before its first draw.
    """

    printed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        episode_id: str,
        request: Callable[[], tuple | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        self._request = request
        self._op: BackgroundOp | None = None
        self.box: QMessageBox | None = None
        self.setObjectName("printTrends")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self, "large")
        self.clicked.connect(self.start)
        self.retranslate()

    def target(self, data, time_range: str) -> Path:
        """``<database folder>/exports/<MRN>-trends-<range>-<time>.pdf``."""
        db = self.session.service.db_file() or str(Path.home() / "cart_bedside.db")
        stamp = self.session.service.clock().strftime("%Y%m%d-%H%M%S")
        name = re.sub(r"[^A-Za-z0-9_-]", "_", data.patient.mrn or self.episode_id)
        return Path(db).parent / "exports" / f"{name}-trends-{time_range}-{stamp}.pdf"

    def start(self) -> bool:
        if self._op is not None and not self._op.done:
            return False
        request = self._request()
        if request is None:
            return False
        data, time_range, lang = request
        user = self.session.service.require("view")
        printed_by = user.display_name or user.username
        out = self.target(data, time_range)
        now = self.session.service.clock()
        self.setEnabled(False)
        self.setText(self.tr("Making the PDF…"))
        self._op = run_in_background(
            lambda: print_job(data, time_range, lang, printed_by, now, str(out)),
            on_success=self._done,
            on_failure=self._failed,
            parent=self,
        )
        return True

    def _done(self, result) -> None:
        from ..service.exports import ExportService

        path, pages, digest = result
        self._idle()
        try:
            ExportService(self.session.service).record_export(
                "trends_pdf", path, digest, 1, episode_id=self.episode_id
            )
        except Exception as exc:  # the file is written; say the audit log missed it
            self._failed(exc)
            return
        self._show(
            self.tr(
                "Trends PDF written ({pages} pages, readable by this account only):\n{path}"
            ).format(pages=pages, path=path),
            QMessageBox.Icon.Information,
        )
        self.printed.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        text = self.tr("The trends PDF could not be made: {error}").format(error=error)
        self._show(text, QMessageBox.Icon.Warning)
        self.failed.emit(text)

    def _idle(self) -> None:
        self.setEnabled(True)
        self.retranslate()

    def _show(self, text: str, icon: QMessageBox.Icon) -> None:
        self.box = QMessageBox(
            icon, self.tr("Print trends"), text, QMessageBox.StandardButton.Ok, self.window()
        )
        self.box.open()

    def retranslate(self) -> None:
        if self.isEnabled():
            self.setText(self.tr("Print trends"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
