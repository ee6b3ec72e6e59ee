"""What the rules are given for one admission, decided in one place.

The board (:mod:`.ward`), the handover sheet and the trend figures all grade
and schedule the same patient; each asks here for the ward's and the
patient's settings instead of reading them itself, so they cannot drift:

- ``assess``: the patient's protocol (§10), the ward's tocilizumab limits
  and paediatric dosing table (§9);
- ``monitoring_tasks``: the ward's escalation intervals, the adaptive ICE
  schedule fed with the ICANS points, and the checks recorded as not done
  (§12).
"""

from __future__ import annotations

from typing import Any

from ..logic.assessment import Assessment
from ..storage import Repository
from . import ward_settings


def assess_options(repo: Repository, episode_id: str) -> dict[str, Any]:
    """Keyword arguments of ``logic.assessment.assess`` for this admission."""
    return {
        "protocol_id": ward_settings.episode_protocol(repo, episode_id),
        "limits": ward_settings.tocilizumab_limits(repo),
        "paediatric_lines": ward_settings.paediatric_dosing(repo),
    }


def schedule_options(repo: Repository, episode_id: str, a: Assessment) -> dict[str, Any]:
    """Keyword arguments of ``logic.schedule.monitoring_tasks`` for this admission."""
    return {
        "escalation": ward_settings.escalation_settings(repo),
        "not_done": repo.not_done(episode_id),
        "neuro_checks": a.icans.points,
        "adaptive": ward_settings.adaptive_ice(repo),
    }
