"""The shift entry's draft: written shortly after every change, when hidden or locked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ..session import Session
from .state import FORM

log = logging.getLogger(__name__)

#: Drafts are written this long after the last change (a crash loses at most this much).
AUTOSAVE_MS = 300


class DraftKeeper(QObject):
    """Keeps ``state()`` (the form as a dict) in the signed-in user's draft.

    ``mark()`` after a change starts the ``AUTOSAVE_MS`` timer; ``flush()`` writes
    now. Locked, nothing can be written: the form keeps the values and the draft
    is written at the next sign-in. ``failed`` holds the last write's error (the
    form on screen is never lost because of it).
    """

    def __init__(
        self,
        session: Session,
        episode_id: str,
        state: Callable[[], dict[str, Any]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._episode_id = episode_id
        self._state = state
        self.dirty = False
        self.failed: Exception | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        session.locked.connect(self.flush)
        session.signed_in.connect(self._on_signed_in)

    def mark(self) -> None:
        self.dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Write the draft now; False when nobody is signed in or the write failed."""
        self._timer.stop()
        if self._session.service.user is None:
            return False
        try:
            self._session.service.save_draft(FORM, self._episode_id, self._state())
        except Exception as error:  # a failed draft write must never lose the form on screen
            log.exception("could not save the shift-entry draft")
            self.failed = error
            return False
        self.failed = None
        self.dirty = False
        return True

    def flush_if_dirty(self) -> None:
        if self.dirty:
            self.flush()

    def forget(self) -> None:
        """The entry was saved (the service deleted the draft): nothing left to write."""
        self._timer.stop()
        self.dirty = False

    def _on_signed_in(self, _user: object) -> None:
        """Locked before the draft was written: write it now someone signed in again."""
        self.flush_if_dirty()
