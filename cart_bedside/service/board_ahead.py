"""The first board read before anyone signs in (issue 16, start-up).

While the sign-in screen waits for a PIN, :func:`prepare_board` reads and
grades the occupied beds' episode views into the ward service's one cache,
where the first board finds them as a refresh does. A save still invalidates
its admission's view, a new shift all of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from .ward import WardService


def prepare_board(ward: WardService) -> Iterator[str]:
    """One admission per step (the caller takes a tap between two); nothing is shown or
    returned but the episode id."""
    for patient, episode in ward.repo.patients.occupied(ward.clock()):
        ward._cached(episode.episode_id, patient, episode)
        yield episode.episode_id
