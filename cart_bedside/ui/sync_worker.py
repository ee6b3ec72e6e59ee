"""Background sync with the ward server (issue 14 item 3): never on the UI thread.

:class:`SyncWorker` runs :func:`..service.sync.sync_once` on a thread of its
own (a one-thread pool apart from the PDF/lab pool, so a sync waiting for an
unreachable server never holds up a handover sheet), through **its own
database connection** (``service.wiring.worker_ward``). It syncs every
``sync_interval_s`` seconds (a ward setting, default 30, kept between 5 and
3600) and at once after each save on this tablet (``session.record_saved``);
requests while a round runs are folded into one more round after it.

Back on the UI thread the episodes whose records arrived are invalidated in
the screens' service (its EpisodeViews cache) and announced with
``session.notify_saved``, so the board and an open patient redraw; a changed
directory reloads the ward settings. ``finished(report)`` / ``failed(line)``
tell the status bar (syncui).

After :meth:`SyncWorker.stop` nothing starts and nothing is announced: a round
queued behind the running one, a save announced late and the stopped round's
late result are dropped, and the queued round is bound to the worker as its
context, so it never fires on a deleted worker (the window closed).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from ..service.sync_settings import sync_interval_s
from .session import Session
from .worker import BackgroundOp, _Job

log = logging.getLogger(__name__)


def sync_job(db_path: str) -> Any:
    """One round through a connection of this (worker) thread."""
    from ..service.sync import sync_once
    from ..service.wiring import worker_ward

    with worker_ward(db_path) as ward:
        return sync_once(ward)


class SyncWorker(QObject):
    """``SyncWorker(session, db_path).start()`` when the database is enrolled."""

    finished = Signal(object)  # service.sync.SyncReport
    failed = Signal(str)  # one line, the session's language

    def __init__(self, session: Session, db_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db_path = db_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self._op: BackgroundOp | None = None
        self._again = False
        self._announcing = False
        self._stopped = False  # stop() until start() again
        session.record_saved.connect(self._on_saved)

    def start(self) -> None:
        self._stopped = False
        self.reload_interval()
        self.timer.start()
        self.sync_now()

    def stop(self, wait_ms: int = 15_000) -> None:
        """No more rounds: the timer stops, the queued round and the running round's
        result are dropped (the running round itself finishes, up to ``wait_ms``)."""
        self._stopped = True
        self.timer.stop()
        self._again = False
        self._op = None  # its late result reaches _done/_failed, which drop it
        self.pool.waitForDone(wait_ms)

    def reload_interval(self) -> None:
        """Take the ward's ``sync_interval_s`` again (changed in Settings → Ward here, or
        by the ward server's directory); a running timer restarts with it."""
        self.timer.setInterval(int(sync_interval_s(self.session.service) * 1000))

    def busy(self) -> bool:
        return self._op is not None and not self._op.done

    def sync_now(self) -> bool:
        """Start a round (or one more after the running one); True if one started now.
        Never after :meth:`stop` (until :meth:`start`)."""
        if self._stopped or not isValid(self):
            return False
        if self.busy():
            self._again = True
            return False
        self._again = False
        self._op = BackgroundOp(self._done, self._failed, self)
        self.pool.start(_Job(self._op, lambda: sync_job(self.db_path)))
        return True

    def _on_saved(self, _episode_id: str) -> None:
        if (
            not self._stopped and not self._announcing
        ):  # our own announcements of pulled rows are not saves
            self.sync_now()

    def _done(self, report: Any) -> None:
        if self._stopped:  # a round that ended after stop(): nobody is listening
            return
        service = self.session.service
        if report.directory_changed:
            service.refresh_settings()
            self.reload_interval()
        self._announcing = True
        try:
            for episode_id in sorted(report.changed_episodes):
                self.session.notify_saved(episode_id)  # invalidates the view, redraws
        finally:
            self._announcing = False
        self.finished.emit(report)
        self._next()

    def _failed(self, error: BaseException) -> None:
        from ..service.sync import SyncBusy

        if self._stopped:
            return
        if isinstance(error, SyncBusy):  # another round holds the file and writes the status
            log.debug("sync round skipped: another round is running on this database")
            self._next()
            return
        message = getattr(error, "message", None)
        line = self.session.render(message) if message is not None else str(error)
        log.info("sync failed: %s", line)
        self.failed.emit(line.splitlines()[0] if line else type(error).__name__)
        self._next()

    def _next(self) -> None:
        if self._again and not self._stopped:  # bound to self: dropped if self is deleted
            QTimer.singleShot(0, self, self.sync_now)
