"""The follow-up the record tabs show (issue 13 item 8): infection prophylaxis until
neutrophil recovery (clinical-rules §4) and the IgG/IVIG and HBV follow-up (§7).

Gathers the admission's records from its :class:`~.episode_view.EpisodeView`
(the one read of an admission) and hands them to the rules in
:mod:`cart_bedside.logic.prophylaxis_status` and
:mod:`cart_bedside.logic.immunology_status`; nothing is decided here. Role
``view``. An admission without an infusion time has no follow-up yet (None).
"""

from __future__ import annotations

from datetime import timedelta

from ..logic.immunology_status import ImmunologyFollowUp, hbv_followup, ivig_followup
from ..logic.prophylaxis_status import ProphylaxisStatus, prophylaxis_status
from ..logic.schedule_settings import MonitoringSettings, add_months
from ..logic.task_matching import TaskKind
from .base import ServiceBase


class FollowUp(ServiceBase):
    """``records.followup.prophylaxis(episode_id)`` and ``.immunology(episode_id)``."""

    def prophylaxis(self, episode_id: str) -> ProphylaxisStatus | None:
        """The prophylaxis reminders now: recorded in the doses or not, until when."""
        view = self.ward.episode_view(episode_id)
        if view.infusion_time is None:
            return None
        return prophylaxis_status(
            view.patient, view.infusion_time, view.at, view.medications, view.labs
        )

    def immunology(self, episode_id: str) -> ImmunologyFollowUp | None:
        """The latest IgG, the IVIG plan and next IgG check; the HBV lines."""
        view = self.ward.episode_view(episode_id)
        infusion = view.infusion_time
        if infusion is None:
            return None
        monitoring = MonitoringSettings()
        end = add_months(infusion, monitoring.monthly_until_month) + timedelta(days=1)
        igg_tasks = [t for t in view.schedule(infusion, end) if t.kind == TaskKind.IGG]
        return ImmunologyFollowUp(
            ivig_followup(
                view.patient,
                infusion,
                view.at,
                view.labs,
                igg_tasks,
                view.assessment.protocol_id,
            ),
            hbv_followup(view.patient, infusion, view.at, view.labs, view.medications),
        )
