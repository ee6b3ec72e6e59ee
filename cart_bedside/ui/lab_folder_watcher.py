"""The watched lab folder (issue 17): read in the background, never on the UI thread.

Every ``interval_ms`` (default one minute) the watcher asks the import
service for the ward's folder (setting ``lab_import_folder``); when one is
set, :func:`scan_job` runs on the worker thread with **its own database
connection** (one SQLite connection per thread), imports the new files and
moves them to ``imported/`` or ``refused/``. Back on the UI thread the
episodes that got labs are refreshed (``session.notify_saved``), so the
board's alerts follow at once, and ``scanned`` reports what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from .session import Session
from .worker import BackgroundOp, run_in_background

INTERVAL_MS = 60_000


@dataclass(frozen=True)
class ScanSummary:
    """What one scan did (plain data, safe to hand between threads)."""

    files: int
    stored: int
    unmatched: int
    refused: tuple[str, ...]  # one line per refused file
    episodes: tuple[str, ...]


def scan_job(db_path: str, folder: str, actor: str) -> ScanSummary:
    """Import the folder's new files through a connection of this (worker) thread."""
    # Here, not at the top: the parsers (HL7, CSV) are not needed before the first paint.
    from ..interop.lab_files import scan_folder
    from ..service.lab_import import worker_lab_service

    with worker_lab_service(db_path) as service:
        scan = scan_folder(service, Path(folder), actor=actor)
    episodes = tuple(dict.fromkeys(e for f in scan.files for o in f.outcomes for e in o.episodes))
    return ScanSummary(
        len(scan.files),
        sum(f.stored for f in scan.files),
        sum(f.unmatched for f in scan.files),
        tuple(f.error for f in scan.files if f.error),
        episodes,
    )


class LabFolderWatcher(QObject):
    """Scans the ward's lab folder on a timer (``start()``) or at once (``scan_now()``)."""

    scanned = Signal(object)  # ScanSummary
    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        db_path: str | None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.db_path = db_path
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.scan_now)
        self._op: BackgroundOp | None = None

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def busy(self) -> bool:
        return self._op is not None and not self._op.done

    def folder(self) -> str | None:
        from ..service.lab_import import LabImportService

        return LabImportService(self.session.service).watch_folder()

    def scan_now(self) -> bool:
        """Start a scan if a folder is set and none is running; True if one started."""
        folder = self.folder()
        path = self.db_path or self.session.service.db_file()
        if not folder or not path or self.busy():
            return False
        user = self.session.user
        actor = user.username if user is not None else "lis"
        self._op = run_in_background(
            lambda: scan_job(path, folder, actor),
            on_success=self._done,
            on_failure=lambda e: self.failed.emit(str(e)),
            parent=self,
        )
        return True

    def _done(self, summary: ScanSummary) -> None:
        for episode_id in summary.episodes:
            self.session.notify_saved(episode_id)
        self.scanned.emit(summary)
