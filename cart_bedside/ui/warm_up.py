"""While the sign-in screen waits for a PIN: the first board prepared, the rest started after.

A nurse needs a second or two to tap her name and type her PIN. The app uses
them: :class:`WarmUp` builds the ward board (its modules, the grading, were
not needed to paint the sign-in screen), reads and grades the occupied beds'
episode views (``service.board_ahead.prepare_board``) into the ward service's
one cache, builds the bed cards from them (``board_ahead.cards_ahead``,
``WardBoardWidget.prepare_card``: built and styled, kept hidden) and the
services the board does not use yet (``Services.build_all``), one step per
turn of the event loop so every tap is taken at once. The first board then
reads its cards again under the signed-in user's role, redraws what changed
(nothing, usually) and paints them. Nothing of a patient is shown or painted
before the PIN is checked: the board is not on screen and its cards built
ahead are hidden; a lock or a sign-out deletes them.

If she signs in first, the board reads what is missing itself (as it always
did) and the warm-up stops. Then, or when it is done, the work the first
paint does not need starts (``after``: the full integrity check).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QEvent, QObject, QTimer

from ..service.board_ahead import cards_ahead, prepare_board

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .ward_board import WardBoardWidget

log = logging.getLogger(__name__)

#: After an early sign-in, the deferred work waits this long: the board paints first.
AFTER_SIGN_IN_MS = 1000


#: The board, or how to build it (``lambda: window.board``): built in the first step.
Board = Union["WardBoardWidget", Callable[[], "WardBoardWidget"], None]


class WarmUp(QObject):
    """``WarmUp(session, lambda: window.board, after=[...]).start()`` once the window is
    shown (the board itself, already built, will do too), or ``.start_after_paint(screen)``:
    once the first screen has been painted, so that nothing of it comes before that paint."""

    def __init__(
        self,
        session,
        board: Board = None,  # its blank cards are built ahead
        after: Sequence[Callable[[], object]] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._board = board
        self.board: WardBoardWidget | None = None  # once built
        self.prepared: list[str] = []  # episode ids whose views were read ahead
        self.cards: list[str] = []  # episode ids whose cards were built ahead
        self._steps: Iterator[None] | None = None
        self._after = list(after)
        self._painted: QWidget | None = None  # the screen whose first paint starts it
        self._signed_in = False
        session.signed_in.connect(self._on_signed_in)

    def start(self) -> None:
        if self._signed_in:  # too late: the board read what it needed itself
            return
        self._steps = self._work()
        QTimer.singleShot(0, self._step)

    def start_after_paint(self, screen: QWidget) -> None:
        """:meth:`start` in the event loop's turn after ``screen``'s first paint."""
        self._painted = screen
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted = None
            QTimer.singleShot(0, self.start)
        return False

    def _work(self) -> Iterator[None]:
        if self._board is not None:
            self.board = self._board() if callable(self._board) else self._board
            yield
        for episode_id in prepare_board(self.session.service):
            self.prepared.append(episode_id)
            yield
        if self.board is not None:
            for card in cards_ahead(self.session.service):
                yield  # (one card per turn; the sign-in stops these steps)
                self.board.prepare_card(card)
                self.cards.append(card.episode_id)
        services = getattr(self.session, "services", None)
        if services is not None:
            services.build_all()  # the record, alert and sync services (their modules)

    def running(self) -> bool:
        return self._steps is not None

    def _step(self) -> None:
        if self._steps is None:
            return
        try:
            next(self._steps)
        except StopIteration:
            self._finish(0)
            return
        except Exception:  # the board reads it again when shown, and says what is wrong
            log.exception("preparing the board before sign-in failed")
            self._finish(0)
            return
        QTimer.singleShot(0, self._step)

    def _on_signed_in(self, _user) -> None:
        self.session.signed_in.disconnect(self._on_signed_in)
        self._signed_in = True
        if self._painted is not None:  # signed in before the first paint: no warm-up
            self._painted.removeEventFilter(self)
            self._painted = None
        if self._steps is not None or self._after:
            self._finish(AFTER_SIGN_IN_MS)

    def _finish(self, delay_ms: int) -> None:
        self._steps = None
        for job in self._after:
            QTimer.singleShot(delay_ms, job)
        self._after = []
