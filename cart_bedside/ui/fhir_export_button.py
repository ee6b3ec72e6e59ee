"""The patient screen's FHIR button (issue 17): this admission as a FHIR R4 Bundle.

The export runs in the background with its own database connection and
writes ``<database folder>/exports/<MRN>-<time>.fhir.json`` (0600, audited
with the signed-in user's name). The path (or the failure) is shown in a
message box that does not block the screen.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from .session import Session
from .worker import BackgroundOp, run_in_background


def export_job(db_path: str, episode_id: str, out: str, actor: str) -> str:
    """Export one admission through a connection of this (worker) thread; the file written."""
    from ..interop.fhir_export import export_fhir
    from ..service.exports import ExportService
    from ..service.wiring import worker_ward

    with worker_ward(db_path) as ward:
        path, _, _ = export_fhir(ExportService(ward), out, [episode_id], actor=actor)
    return str(path)


class FhirExportButton(QPushButton):
    """``export()`` starts the background export; ``exported(path)`` / ``failed(text)``."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        self.setObjectName("fhir_export")
        self.setMinimumWidth(96)
        self.clicked.connect(self.export)
        self._op: BackgroundOp | None = None
        self.box: QMessageBox | None = None
        self.retranslate()

    def target(self) -> tuple[str, Path]:
        service = self.session.service
        db = service.db_file() or ""
        patient = service.patient(self.episode_id)
        stamp = self.session.service.clock().strftime("%Y%m%d-%H%M%S")
        name = re.sub(r"[^A-Za-z0-9_-]", "_", patient.mrn or self.episode_id)
        return db, Path(db).parent / "exports" / f"{name}-{stamp}.fhir.json"

    def export(self) -> bool:
        if self._op is not None and not self._op.done:
            return False
        user = self.session.service.require("view")
        db, out = self.target()
        self.setEnabled(False)
        self._op = run_in_background(
            lambda: export_job(db, self.episode_id, str(out), user.username),
            on_success=self._done,
            on_failure=self._failed,
            parent=self,
        )
        return True

    def _done(self, path: str) -> None:
        self.setEnabled(True)
        self._show(
            self.tr("FHIR R4 file written (readable by this account only):\n{path}").format(
                path=path
            ),
            QMessageBox.Icon.Information,
        )
        self.exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        text = self.tr("The FHIR export failed: {error}").format(error=error)
        self._show(text, QMessageBox.Icon.Warning)
        self.failed.emit(text)

    def _show(self, text: str, icon: QMessageBox.Icon) -> None:
        self.box = QMessageBox(
            icon, self.tr("FHIR export"), text, QMessageBox.StandardButton.Ok, self.window()
        )
        self.box.open()

    def retranslate(self) -> None:
        self.setText(self.tr("FHIR export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
