"""Alerts per patient: acknowledged by a named user, back again when their condition worsens.

An acknowledgement (``repo.acknowledge_alert``: who, when, note; audited)
stores, next to the nurse's note, the *condition* of the alert as it was
acknowledged (:class:`~cart_bedside.logic.alert_reopen.AlertCondition`). The
alert stays acknowledged until its condition worsens, then it is open again
(and may be acknowledged again). What "worsens" means is declared by the rule
that raised the alert (``Alert.worsening``: typed levels and an identity) and
judged by :func:`cart_bedside.logic.alert_reopen.reopens`; this module only
stores and reads.

The note column holds JSON ``{"note": …, "seen": {…}}``; an acknowledgement
written without it (by the repository directly, as the demo ward does) keeps
its alert acknowledged: there is nothing to compare with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..logic.alert_reopen import AlertCondition, condition_of, reopens
from ..logic.assessment import Assessment
from ..logic.findings import Alert, Severity
from ..logic.messages import msg
from ..storage import AlertAck
from .base import ServiceBase
from .errors import ServiceError


def code_condition(code: str, alerts: Sequence[Alert]) -> AlertCondition:
    """The condition of the alerts with ``code`` (an assessment may raise a code twice)."""
    return condition_of([al for al in alerts if al.code == code])


@dataclass(frozen=True)
class AckInfo:
    """One acknowledgement: who, when, the note, and the condition it was given for."""

    ack_id: str | None
    user: str | None
    time: datetime
    note: str
    seen: AlertCondition | None


@dataclass(frozen=True)
class AlertState:
    """An alert of the current assessment with its latest acknowledgement, if any."""

    alert: Alert
    ack: AckInfo | None = None
    returned: bool = False  # acknowledged, but its condition has worsened since

    @property
    def acknowledged(self) -> bool:
        return self.ack is not None and not self.returned

    @property
    def open(self) -> bool:
        return not self.acknowledged


def encode_note(note: str, seen: AlertCondition) -> str:
    return json.dumps({"note": note, "seen": seen.as_json()}, ensure_ascii=False, sort_keys=True)


def decode_ack(ack: AlertAck) -> AckInfo:
    """The nurse's note and the stored condition (plain-text notes have no condition)."""
    note, seen = ack.note, None
    try:
        data = json.loads(ack.note)
    except ValueError:
        data = None
    if isinstance(data, dict) and "note" in data:
        note = str(data["note"])
        try:
            seen = AlertCondition.from_json(data["seen"]) if data.get("seen") else None
        except (KeyError, TypeError, ValueError):
            seen = None
    return AckInfo(ack.meta.id, ack.meta.recorded_by, ack.time, note, seen)


def alert_states(a: Assessment, acks: Iterable[AlertAck]) -> list[AlertState]:
    """Each alert of ``a`` with its latest acknowledgement and whether it has come back."""
    latest: dict[str, AlertAck] = {}
    for ack in sorted(acks, key=lambda x: (x.time, x.meta.recorded_at or x.time)):
        latest[ack.alert_code] = ack
    conditions: dict[str, AlertCondition] = {}
    out = []
    for alert in a.alerts:
        ack = latest.get(alert.code)
        if ack is None:
            out.append(AlertState(alert))
            continue
        info = decode_ack(ack)
        if alert.code not in conditions:
            conditions[alert.code] = code_condition(alert.code, a.alerts)
        out.append(AlertState(alert, info, reopens(info.seen, conditions[alert.code])))
    return out


class AlertService(ServiceBase):
    """Open and acknowledged alerts of each patient (roles: view; acknowledge)."""

    def alert_states(self, episode_id: str) -> list[AlertState]:
        """Every current alert, most urgent first, each with its acknowledgement state."""
        a = self.ward.assessment(episode_id)
        acks = self.repo.alert_acks_for([episode_id]).get(episode_id, [])
        return alert_states(a, acks)

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
        acks = self.repo.alert_acks_for(list(episode_ids))
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
        ack_id = self.repo.acknowledge_alert(
            episode_id,
            alert_code,
            user.username,
            note=encode_note(note.strip(), seen),
            at=self.now(),
        )
        return ack_id
