"""When an acknowledged alert comes back (product.md: alerts acknowledged by a named user).

An acknowledgement keeps the *condition* of the alert as it was acknowledged;
the alert stays acknowledged until its condition worsens. "Worsens" is what
the rule that raised the alert declared in :class:`~.findings.Worsening`:

- any alert: its severity rises (info → warning → critical);
- an alert with levels: one level is worse than acknowledged (component by
  component; a different number of levels counts as worse);
- an alert with an identity (the CRS episode's start, the latest contraindicated
  dose): the identity changed — it is a new episode, a new dose;
- an alert without a ``Worsening`` (a standing reminder, a rule with nothing to
  measure): its message — code and values — differs from the one acknowledged.

Conditions are stored with the acknowledgement as JSON
(:meth:`AlertCondition.as_json`); levels are stored as *badness* (higher is
worse: −SpO2, −IgG), in the order the rule declares them, so that
acknowledgements written by earlier versions compare the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .findings import Alert, Severity
from .messages import Message

SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


@dataclass(frozen=True)
class AlertCondition:
    """What the alerts of one code looked like: severity, levels, identity, message digest.

    ``tracked``: the rule declared what worsens it (levels and identity); False → the
    message digest decides. Not stored: the alert raised *now* decides how to compare.
    """

    severity: int
    levels: tuple[float, ...] = ()
    identity: str | None = None
    message: str = ""
    tracked: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "levels": list(self.levels),
            "identity": self.identity,
            "message": self.message,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AlertCondition:
        """Read a stored condition (KeyError/TypeError/ValueError when damaged)."""
        return cls(
            int(data["severity"]),
            tuple(float(v) for v in data.get("levels", ())),
            data.get("identity"),
            str(data.get("message", "")),
        )


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


def condition_of(alerts: Sequence[Alert]) -> AlertCondition:
    """The condition of the alerts of one code (an assessment may raise a code twice).

    Severity: the highest. Levels: per measure, the worst, in the order first declared.
    Identity: the alerts' identities joined in sorted order (None when none has one).
    """
    severity = max((SEVERITY_RANK[a.severity] for a in alerts), default=0)
    digest = "|".join(sorted(message_key(a.message) for a in alerts))
    tracked = bool(alerts) and all(a.worsening is not None for a in alerts)
    if not tracked:
        return AlertCondition(severity, (), None, digest)
    worst: dict[str, float] = {}
    identities = []
    for a in alerts:
        assert a.worsening is not None
        for level in a.worsening.levels:
            worst[level.measure] = max(worst.get(level.measure, level.badness), level.badness)
        if a.worsening.identity is not None:
            identities.append(a.worsening.identity)
    identity = "|".join(sorted(identities)) if identities else None
    return AlertCondition(severity, tuple(worst.values()), identity, digest, tracked=True)


def reopens(seen: AlertCondition | None, now: AlertCondition) -> bool:
    """True when an alert acknowledged at ``seen`` is back at ``now`` (module docstring).

    Acknowledged without a stored condition (the demo ward writes plain notes):
    nothing to compare with, it stays acknowledged.
    """
    if seen is None:
        return False
    if now.severity > seen.severity:
        return True
    if not now.tracked:
        return now.message != seen.message
    if len(now.levels) != len(seen.levels):
        return True
    if any(n > s for n, s in zip(now.levels, seen.levels, strict=True)):
        return True
    return now.identity != seen.identity
