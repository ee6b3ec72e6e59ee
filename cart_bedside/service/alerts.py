"""Alerts per patient: acknowledged by a named user, back again when their condition worsens.

An acknowledgement (``repo.acknowledge_alert``: who, when, note; audited)
stores, next to the nurse's note, the *condition* of the alert as it was
acknowledged. The alert stays acknowledged until its condition worsens, then
it is open again (and may be acknowledged again). "Worsens" is concrete per
alert code (:data:`RULES`):

- any alert: its severity rises (info → warning → critical);
- ``crs_suspected``, ``late_crs_possible``: the CRS grade rises above the grade
  at acknowledgement, or a new CRS episode has started since (the one
  acknowledged ended); ``infection_workup_suggested``: a new CRS episode;
- ``icu_transfer_suggested``: the CRS or the ICANS grade rises;
- ``hypotension_or_hypoxia_without_fever``: the hypotension or hypoxia grade rises;
- ``hypoxia_on_room_air``: SpO2 falls below the value acknowledged;
- ``hlh_mas_suspected``: the latest ferritin rises above the value acknowledged,
  the "no improvement 12 h after first-line therapy" reason appears, or CRS rises;
- ``tocilizumab_limit``: another tocilizumab dose is recorded;
- ``tocilizumab_may_worsen_icans``: the ICANS grade rises;
- ``severe_neutropenia``: its grade rises;
- ``ivig_suggested``: IgG falls below the value acknowledged;
- ``contraindicated_antibiotic_recorded``: a newer quinolone/sulfonamide dose is recorded;
- every other code (generic rule): the alert's message — its code and values —
  differs from the one acknowledged (a standing reminder never changes, so it
  stays acknowledged).

Levels compare component by component: one component above its acknowledged
value is enough. The note column holds JSON ``{"note": …, "seen": {…}}``;
an acknowledgement written without it (by the repository directly, as the
demo ward does) keeps its alert acknowledged: there is nothing to compare with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..logic.assessment import Assessment
from ..logic.findings import Alert, Severity
from ..logic.messages import Message, msg
from ..storage import AlertAck
from .base import ServiceBase
from .errors import ServiceError

_SEVERITY = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


@dataclass(frozen=True)
class Condition:
    """What an alert looked like: severity, levels that may rise, an identity, its message."""

    severity: int
    levels: tuple[float, ...] = ()
    identity: str | None = None
    message: str = ""

    def as_json(self) -> dict:
        return {
            "severity": self.severity,
            "levels": list(self.levels),
            "identity": self.identity,
            "message": self.message,
        }

    @classmethod
    def from_json(cls, data: dict) -> Condition:
        return cls(
            int(data["severity"]),
            tuple(float(v) for v in data.get("levels", ())),
            data.get("identity"),
            str(data.get("message", "")),
        )


Rule = Callable[[Sequence[Alert], Assessment], tuple[tuple[float, ...], str | None]]


def _crs_episode_start(a: Assessment) -> str | None:
    """Start of the CRS episode going on at the latest record (None if none)."""
    start = None
    for p in reversed(a.crs.points):
        if not p.in_episode:
            break
        start = p.time
    return start.isoformat() if start else None


def _params(value: object, name: str) -> list[float]:
    """Every numeric parameter called ``name`` inside messages (nested reasons too)."""
    found: list[float] = []
    if isinstance(value, Message):
        for key, v in value.params.items():
            if key == name and isinstance(v, int | float):
                found.append(float(v))
            found += _params(v, name)
    elif isinstance(value, list | tuple):
        for v in value:
            found += _params(v, name)
    return found


def _codes(value: object) -> set[str]:
    if isinstance(value, Message):
        return {value.code}.union(*(_codes(v) for v in value.params.values()))
    if isinstance(value, list | tuple):
        return set().union(*(_codes(v) for v in value))
    return set()


def _peak(alerts: Sequence[Alert], name: str, sign: float = 1.0) -> float:
    """The worst value of a parameter (``sign`` −1 where lower is worse, e.g. SpO2)."""
    values = [sign * v for al in alerts for v in _params(al.message, name)]
    return max(values, default=-1e9)


def _hlh_levels(alerts: Sequence[Alert], a: Assessment) -> tuple[float, ...]:
    """Latest ferritin (0 if not a reason), the no-improvement reason (0/1), the CRS grade."""
    ferritin = [
        v
        for al in alerts
        for reason in al.message.params.get("reasons", ())
        if isinstance(reason, Message) and reason.code == "hlh.reason.ferritin"
        for v in _params(reason, "value")
    ]
    no_improvement = any("hlh.reason.no_improvement" in _codes(al.message) for al in alerts)
    return (max(ferritin, default=0.0), float(no_improvement), float(a.crs.grade))


RULES: dict[str, Rule] = {
    "crs_suspected": lambda al, a: ((a.crs.grade,), _crs_episode_start(a)),
    "late_crs_possible": lambda al, a: ((a.crs.grade,), _crs_episode_start(a)),
    "infection_workup_suggested": lambda al, a: ((), _crs_episode_start(a)),
    "icu_transfer_suggested": lambda al, a: ((a.crs.grade, a.icans.grade), None),
    "hypotension_or_hypoxia_without_fever": lambda al, a: (
        (a.crs.current.hypotension.grade, a.crs.current.hypoxia.grade) if a.crs.current else (0, 0),
        None,
    ),
    "hypoxia_on_room_air": lambda al, a: ((_peak(al, "spo2", -1.0),), None),
    "hlh_mas_suspected": lambda al, a: (_hlh_levels(al, a), None),
    "tocilizumab_limit": lambda al, a: ((a.ledger.doses_total,), None),
    "tocilizumab_may_worsen_icans": lambda al, a: ((a.icans.grade,), None),
    "severe_neutropenia": lambda al, a: ((_peak(al, "grade"),), None),
    "ivig_suggested": lambda al, a: ((_peak(al, "igg", -1.0),), None),
    "contraindicated_antibiotic_recorded": lambda al, a: (
        (),
        "|".join(sorted(str(x.message.params.get("time", "")) for x in al)),
    ),
}


def message_key(message: Message) -> str:
    """A stable digest of a message's code and values (not of its wording)."""

    def plain(value: object) -> object:
        if isinstance(value, Message):
            return {"code": value.code, "params": {k: plain(v) for k, v in value.params.items()}}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value if isinstance(value, int | float | str | bool | None) else str(value)

    text = json.dumps(plain(message), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def condition_of(code: str, alerts: Sequence[Alert], a: Assessment) -> Condition:
    """The condition of the alerts with ``code`` (an assessment may raise a code twice)."""
    mine = [al for al in alerts if al.code == code]
    severity = max((_SEVERITY[al.severity] for al in mine), default=0)
    levels, identity = RULES[code](mine, a) if code in RULES else ((), None)
    digest = "|".join(sorted(message_key(al.message) for al in mine))
    return Condition(severity, tuple(float(v) for v in levels), identity, digest)


def worsened(code: str, seen: Condition | None, now: Condition) -> bool:
    """True when an alert acknowledged at ``seen`` is back at ``now`` (module docstring)."""
    if seen is None:  # acknowledged without a recorded condition: it stays acknowledged
        return False
    if now.severity > seen.severity:
        return True
    if code not in RULES:
        return now.message != seen.message
    if len(now.levels) != len(seen.levels):
        return True
    if any(n > s for n, s in zip(now.levels, seen.levels, strict=True)):
        return True
    return now.identity != seen.identity


@dataclass(frozen=True)
class AckInfo:
    """One acknowledgement: who, when, the note, and the condition it was given for."""

    ack_id: str | None
    user: str | None
    time: datetime
    note: str
    seen: Condition | None


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


def encode_note(note: str, seen: Condition) -> str:
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
            seen = Condition.from_json(data["seen"]) if data.get("seen") else None
        except (KeyError, TypeError, ValueError):
            seen = None
    return AckInfo(ack.meta.id, ack.meta.recorded_by, ack.time, note, seen)


def alert_states(a: Assessment, acks: Iterable[AlertAck]) -> list[AlertState]:
    """Each alert of ``a`` with its latest acknowledgement and whether it has come back."""
    latest: dict[str, AlertAck] = {}
    for ack in sorted(acks, key=lambda x: (x.time, x.meta.recorded_at or x.time)):
        latest[ack.alert_code] = ack
    conditions: dict[str, Condition] = {}
    out = []
    for alert in a.alerts:
        ack = latest.get(alert.code)
        if ack is None:
            out.append(AlertState(alert))
            continue
        info = decode_ack(ack)
        if alert.code not in conditions:
            conditions[alert.code] = condition_of(alert.code, a.alerts, a)
        out.append(AlertState(alert, info, worsened(alert.code, info.seen, conditions[alert.code])))
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
        seen = condition_of(alert_code, a.alerts, a)
        ack_id = self.repo.acknowledge_alert(
            episode_id,
            alert_code,
            user.username,
            note=encode_note(note.strip(), seen),
            at=self.now(),
        )
        return ack_id
