"""Slow work off the UI thread, its result handed back on the UI thread (as Anki's CollectionOp).

    op = run_in_background(lambda: build_pdf(sheet), on_success=self._saved,
                           on_failure=self._failed, parent=self)

``fn`` runs on a worker thread of :func:`background_pool`; ``on_success(result)``
or ``on_failure(exception)`` then runs on the UI thread, and the op's
``succeeded`` / ``failed`` / ``finished`` signals are emitted. With a
``parent`` the callbacks are dropped if the parent is deleted first (the
screen went away), so a late result never reaches a dead widget.

**One SQLite connection per thread** (docs/storage.md): ``fn`` must not touch
``session.service`` or the services built on it. Either use a ward service on
a connection of its own (``with service.wiring.worker_ward(path) as ward: …``)
or do only non-database work (rendering a PDF from an already gathered sheet),
and write to the database in ``on_success``.

The pool runs one job at a time: PDF builds queue rather than compete for
the tablet's two cores, and matplotlib figures are never drawn by two
workers at once.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
#: Ops whose job has not reported yet, by key. Only the UI thread holds (and so frees) an
#: op: a worker that dropped the last reference to one would destroy a QObject of the UI
#: thread on its own thread, and could deadlock against the UI thread (Qt's connection
#: lock taken one way, Python's lock the other; seen in a full-suite run).
_ops: dict[int, BackgroundOp] = {}
_keys = itertools.count(1)
_relay: _Relay | None = None


def background_pool() -> QThreadPool:
    """The app's worker pool (one thread); waits for a running job when the app quits."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        app = QCoreApplication.instance()
        if app is not None:  # a PDF half written when the window closes is still finished
            app.aboutToQuit.connect(lambda: _pool.waitForDone(60_000))
    return _pool


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until every queued job has run (tests, shutdown); True if all finished.

    The results are delivered by the event loop afterwards (process events).
    """
    return background_pool().waitForDone(timeout_ms)


class BackgroundOp(QObject):
    """One job: ``done``, ``result`` and ``error`` once it has finished."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()
    # emitted from the worker thread; delivered queued to this object on the UI thread
    _result_ready = Signal(object)
    _error_ready = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._result_ready.connect(self._deliver_result)
        self._error_ready.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self.done, self.result = True, result
        if self._on_success is not None:
            self._on_success(result)
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self.done, self.error = True, error
        if self._on_failure is not None:
            self._on_failure(error)
        self.failed.emit(error)
        self.finished.emit()


class _Relay(QObject):
    """Lives on the UI thread for the app's life; a job's result crosses threads through it."""

    ready = Signal(int, bool, object)  # key, succeeded, result or exception

    def __init__(self) -> None:
        super().__init__()
        self.ready.connect(self._deliver)

    @Slot(int, bool, object)
    def _deliver(self, key: int, ok: bool, value: Any) -> None:
        op = _ops.pop(key, None)
        if op is None or not isValid(op):  # the op's parent (and the op) were deleted
            return
        if ok:
            op._deliver_result(value)
        else:
            op._deliver_error(value)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    """Runs ``fn`` on a worker thread; holds only a key to its op (see ``_ops``).

    Made on the UI thread (it registers the op there)."""

    def __init__(self, op: BackgroundOp, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._key = next(_keys)
        _ops[self._key] = op
        self._relay = _the_relay()
        self._fn: Callable[[], Any] | None = fn

    def run(self) -> None:
        fn, self._fn = self._fn, None  # drop the closure (a sheet, PDF bytes) on this thread
        if fn is None:  # a runnable runs once
            return
        try:
            result = fn()
        except Exception as exc:
            log.warning("background job failed", exc_info=True)
            self._relay.ready.emit(self._key, False, exc)
        else:
            self._relay.ready.emit(self._key, True, result)


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> BackgroundOp:
    """Run ``fn()`` on the worker thread; call back on the UI thread (see the module doc).

    Must be called on the UI thread (the op lives there).
    """
    op = BackgroundOp(on_success, on_failure, parent)
    background_pool().start(_Job(op, fn))
    return op
