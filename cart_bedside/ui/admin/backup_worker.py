"""Run one slow call (a backup) on a worker thread and report back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackupWorker(QObject):
    """``start(call)`` runs ``call()`` on a daemon thread; ``succeeded(result)`` or
    ``failed(exception)`` arrive on the UI thread (queued signals). One call at
    a time: ``busy()`` says whether one is running.

    The call must not touch the UI's SQLite connection: ``backup_now`` opens its
    own connection by path.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, call: Callable[[], object]) -> bool:
        if self.busy():
            return False
        self._thread = threading.Thread(
            target=self._run, args=(call,), daemon=True, name="cart-bedside-backup"
        )
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, call: Callable[[], object]) -> None:
        try:
            result = call()
        except Exception as error:
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
