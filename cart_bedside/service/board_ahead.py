"""The first board read before anyone signs in (issue 16, start-up).

While the sign-in screen waits for a PIN, :func:`prepare_board` reads and
grades the occupied beds' episode views into the ward service's one cache,
where the first board finds them as a refresh does; :func:`cards_ahead`
gives the board's cards from them, for card widgets filled in while the PIN
is typed and kept hidden: the board shows nothing before the PIN is checked,
and then reads its cards again under the signed-in user's role
(``WardService.board``). A save still invalidates its admission's view, a
new shift all of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .ward import WardService

if TYPE_CHECKING:
    from .board import BedCard


def prepare_board(ward: WardService) -> Iterator[str]:
    """One admission per step (the caller takes a tap between two); nothing is shown or
    returned but the episode id."""
    for patient, episode in ward.repo.patients.occupied(ward.clock()):
        ward._cached(episode.episode_id, patient, episode)
        yield episode.episode_id


def cards_ahead(ward: WardService, sort: str = "bed") -> list[BedCard]:
    """The first board's cards before sign-in (nobody's drafts marked), for hidden widgets
    only: what the board shows is read again at sign-in (``WardService.board``)."""
    from .board_read import read_board

    return read_board(ward, sort, None)
