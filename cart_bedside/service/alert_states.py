"""Alert states: an alert with its latest acknowledgement, back again when its condition worsens.

An acknowledgement (``repo.acks.acknowledge_alert``: who, when, note; audited)
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
from ..logic.findings import Alert
from ..storage import AlertAck


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
    for stored in sorted(acks, key=lambda x: (x.time, x.meta.recorded_at or x.time)):
        latest[stored.alert_code] = stored
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
