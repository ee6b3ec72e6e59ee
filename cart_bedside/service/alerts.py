"""Alerts per patient: acknowledged by a named user, back again when their condition worsens.

The states (acknowledged, returned) are read by :mod:`.alert_states`, which the
ward board reads too; this service adds the role checks and the acknowledging.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..logic.findings import Alert, Severity
from ..logic.hlh import HlhTable
from ..logic.messages import msg
from .alert_states import AlertState, alert_states, code_condition, encode_note
from .base import ServiceBase
from .errors import ServiceError

__all__ = ["AlertService", "AlertState"]


class AlertService(ServiceBase):
    """Open and acknowledged alerts of each patient (roles: view; acknowledge)."""

    def alert_states(self, episode_id: str) -> list[AlertState]:
        """Every current alert, most urgent first, each with its acknowledgement state."""
        a = self.ward.assessment(episode_id)
        acks = self.repo.acks.alert_acks_for([episode_id]).get(episode_id, [])
        return alert_states(a, acks)

    def hlh_table(self, episode_id: str) -> HlhTable:
        """The HLH/MAS panel the ``hlh_mas_suspected`` alert opens (§4): the guideline's lines
        with their sources and the confirmation checklist from the recorded labs (view role)."""
        return self.ward.episode_view(episode_id).hlh

    def open_alerts(self, episode_id: str) -> list[Alert]:
        """The assessment's alerts minus those acknowledged (and not worse since)."""
        return [s.alert for s in self.alert_states(episode_id) if s.open]

    def open_alerts_by_episode(
        self, episode_ids: Sequence[str] | None = None, include_info: bool = False
    ) -> dict[str, list[Alert]]:
        """Open alerts of several patients (default: every occupied bed) for the board."""
        self.require("view")
        if episode_ids is None:
            episode_ids = [e.episode_id for _, e in self.ward.occupied()]
        acks = self.repo.acks.alert_acks_for(list(episode_ids))
        out = {}
        for eid in episode_ids:
            states = alert_states(self.ward.assessment(eid), acks.get(eid, []))
            out[eid] = [
                s.alert
                for s in states
                if s.open and (include_info or s.alert.severity is not Severity.INFO)
            ]
        return out

    def acknowledge(self, episode_id: str, alert_code: str, note: str = "") -> str:
        """Acknowledge a current alert as the signed-in user; returns the acknowledgement id.

        The alert's condition is stored with the note so that it comes back when it
        worsens. Refused for a code the patient's assessment does not raise now.
        """
        user = self.require("acknowledge")
        a = self.ward.assessment(episode_id)
        if alert_code not in a.alert_codes():
            raise ServiceError(msg("record.error.no_such_alert", alert=alert_code))
        seen = code_condition(alert_code, a.alerts)
        ack_id = self.repo.acks.acknowledge_alert(
            episode_id,
            alert_code,
            user.username,
            note=encode_note(note.strip(), seen),
            at=self.now(),
        )
        return ack_id
