"""The ward board's cards, read from the cached episode views (``WardService.board``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from ..logic.shifts import shift_of
from .alert_states import alert_states
from .board import BedCard, bed_card, sort_cards

if TYPE_CHECKING:
    from ..logic.shifts import ShiftSettings
    from .episode_view import EpisodeView


class Ward(Protocol):
    """What the board reads of the ward service (``service.ward.WardService``)."""

    repo: Any
    clock: Callable[[], datetime]

    def shift_settings(self) -> ShiftSettings: ...

    def _cached(self, episode_id: str, patient: Any = None, episode: Any = None) -> EpisodeView: ...


def read_board(ward: Ward, sort: str, drafts_of: str | None) -> list[BedCard]:
    """One card per occupied bed, by bed (natural order) or by severity; ``drafts_of``: whose
    unsigned drafts are marked (None: nobody's). No role check here: ``WardService.board``
    checks it."""
    now = ward.clock()
    beds = ward.repo.patients.occupied(now)
    acks = ward.repo.acks.alert_acks_for([e.episode_id for _, e in beds])
    shift_end = shift_of(now, ward.shift_settings()).end
    mine = ward.repo.drafts.list_drafts(drafts_of) if drafts_of else []
    drafts = {e for e, form, _ in mine if form == "shift_entry"}
    cards = []
    for patient, episode in beds:
        eid = episode.episode_id
        view = ward._cached(eid, patient, episode)
        # Open alerts only: an acknowledged one leaves the card until it worsens.
        alerts = [s.alert for s in alert_states(view.assessment, acks.get(eid, [])) if s.open]
        cards.append(
            bed_card(view, now, shift_end, ward.repo.worklist.tasks(eid), alerts, eid in drafts)
        )
    return sort_cards(cards, sort)
