"""The follow-up the record tabs and the handover show (issue 13 item 8): infection
prophylaxis until neutrophil recovery (clinical-rules §4) and the IgG/IVIG and HBV
follow-up (§7).

Gathers the admission's records from its :class:`~.episode_view.EpisodeView`
(the one read of an admission) and hands them to the rules in
:mod:`cart_bedside.logic.prophylaxis_status` and
:mod:`cart_bedside.logic.immunology_status`; nothing is decided here. Role
``view``. An admission without an infusion time has no follow-up yet (None).
"""

from __future__ import annotations

from ..logic.followup_line import FollowUpLine, to_do
from ..logic.immunology_status import ImmunologyFollowUp, hbv_followup, ivig_followup
from ..logic.prophylaxis_status import ProphylaxisStatus, prophylaxis_status
from .base import ServiceBase
from .episode_view import EpisodeView


def prophylaxis_of(view: EpisodeView) -> ProphylaxisStatus | None:
    """The prophylaxis reminders at the view's moment: recorded or not, until when."""
    if view.infusion_time is None:
        return None
    return prophylaxis_status(
        view.patient, view.infusion_time, view.at, view.medications, view.labs
    )


def immunology_of(view: EpisodeView) -> ImmunologyFollowUp | None:
    """The latest IgG, the IVIG plan and the next IgG check; the HBV lines."""
    infusion = view.infusion_time
    if infusion is None:
        return None
    return ImmunologyFollowUp(
        ivig_followup(
            view.patient, infusion, view.at, view.labs, view.assessment.protocol_id, view.not_done
        ),
        hbv_followup(view.patient, infusion, view.at, view.labs, view.medications),
    )


def followup_to_do(view: EpisodeView) -> tuple[FollowUpLine, ...]:
    """Every follow-up line that is to do now (the handover's row)."""
    prophylaxis, immunology = prophylaxis_of(view), immunology_of(view)
    lines = (
        *(prophylaxis.lines if prophylaxis else ()),
        *(immunology.ivig + immunology.hbv if immunology else ()),
    )
    return to_do(lines)


class FollowUp(ServiceBase):
    """``records.followup.prophylaxis(episode_id)`` and ``.immunology(episode_id)``."""

    def prophylaxis(self, episode_id: str) -> ProphylaxisStatus | None:
        return prophylaxis_of(self.ward.episode_view(episode_id))

    def immunology(self, episode_id: str) -> ImmunologyFollowUp | None:
        return immunology_of(self.ward.episode_view(episode_id))
