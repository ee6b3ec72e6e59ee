"""The PIN's slow part done while it is typed: its scrypt key, on a worker thread.

Checking a PIN derives its scrypt key (≈ 40–60 ms of CPU, slow on purpose).
Once the keypad holds a plausible PIN (4 digits or more) and a user is
chosen, :class:`PinAhead` has the ward service's ``pin_preparation`` derive it
on a worker thread (``hashlib.scrypt`` releases the GIL: taps are taken
meanwhile). "Sign in" hands the result to ``sign_in(..., prepared=)`` if it
was made for exactly that user and PIN, else nothing (the service then
derives the key itself). The service decides, as before: a preparation
counts nothing, audits nothing and says nothing about the PIN; a wrong PIN
counts once, when "Sign in" is tapped. Another digit, another user, a
cleared keypad, a lock or a sign-in drop the preparation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..service.types import PreparedPin

log = logging.getLogger(__name__)

#: "Sign in" waits this long at most for a preparation still running (then derives itself).
WAIT_S = 2.0


class _Job:
    """One (user, exact PIN) preparation; ``done`` once its key is derived (or failed)."""

    def __init__(self, username: str, pin: str, work: Callable[[], PreparedPin | None]):
        self.username = username
        self.pin = pin
        self.work = work
        self.result: PreparedPin | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.work()
        except Exception:  # then "Sign in" derives the key itself
            log.exception("deriving the PIN's key ahead failed")
        finally:
            self.done.set()


class PinAhead:
    """``want(user, pin)`` on every change of user or PIN; ``take(user, pin)`` at "Sign in".

    ``preparation(username, pin)`` is the service's ``pin_preparation``: it reads
    what it needs at once (on the UI thread) and returns the slow part, which runs
    on one worker thread, the latest wish next (a superseded one is skipped).
    """

    def __init__(
        self, preparation: Callable[[str, str], Callable[[], PreparedPin | None]], min_digits: int
    ) -> None:
        self._preparation = preparation
        self._min_digits = min_digits
        self._job: _Job | None = None  # the one wanted now
        self._lock = threading.Lock()
        self._next: _Job | None = None  # waiting for the worker
        self._worker: threading.Thread | None = None
        self.started = 0  # preparations started (for tests)

    def want(self, username: str, pin: str) -> None:
        """The keypad shows ``pin`` for ``username``: prepare it, unless it is already."""
        username = username.strip()
        job = self._job
        if job is not None and job.username == username and job.pin == pin:
            return
        self.drop()
        if not username or len(pin) < self._min_digits:
            return
        job = _Job(username, pin, self._preparation(username, pin))
        self._job = job
        self.started += 1
        with self._lock:
            self._next = job
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="pin-ahead", daemon=True)
                self._worker.start()

    def take(self, username: str, pin: str) -> PreparedPin | None:
        """The preparation for exactly ``username`` and ``pin`` (waiting for it if it is
        still running), or None; either way, nothing is kept afterwards."""
        job, self._job = self._job, None
        if job is None or job.username != username.strip() or job.pin != pin:
            self.drop()
            return None
        # (still queued, it runs next: only a superseded wish is skipped)
        return job.result if job.done.wait(WAIT_S) else None

    def drop(self) -> None:
        """Forget the preparation (one still running finishes and is thrown away)."""
        self._job = None
        with self._lock:
            self._next = None

    def pending(self) -> bool:
        """A preparation is wanted and not derived yet."""
        job = self._job
        return job is not None and not job.done.is_set()

    def _work(self) -> None:
        while True:
            with self._lock:
                job, self._next = self._next, None
                if job is None:
                    self._worker = None
                    return
            job.run()
