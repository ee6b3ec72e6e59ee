"""Alerts: what the rules want a nurse or physician to look at now."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .messages import Message, render


class Severity(StrEnum):
    INFO = "info"  # standing reminders (prophylaxis, contraindications)
    WARNING = "warning"  # look at it this shift
    CRITICAL = "critical"  # act now (ICU, HLH/MAS, severe neurotoxicity risk)


class Worse(StrEnum):
    """Which way a measure gets worse."""

    HIGHER = "higher"  # a grade, a ferritin, a dose count
    LOWER = "lower"  # SpO2, IgG


@dataclass(frozen=True)
class Level:
    """One measure that makes an alert worse, as the rule that raised it saw it."""

    measure: str  # e.g. "crs_grade", "spo2", "ferritin_ug_l"
    value: float
    worse: Worse = Worse.HIGHER

    @property
    def badness(self) -> float:
        """The value turned so that higher is always worse (−SpO2, −IgG)."""
        return self.value if self.worse is Worse.HIGHER else -self.value


@dataclass(frozen=True)
class Worsening:
    """What brings an acknowledged alert back (:mod:`cart_bedside.logic.alert_reopen`).

    ``levels``: measures that may rise (or fall, where lower is worse);
    ``identity``: what the alert is about (the CRS episode's start, the latest dose
    charted): a different one is a new alert. An alert without a ``Worsening``
    comes back when its message — code and values — changes.
    """

    levels: tuple[Level, ...] = ()
    identity: str | None = None


@dataclass(frozen=True)
class Alert:
    """An alert with a stable ``code`` (see assess-contract.md), a message and its source.

    ``source`` is a catalogue code naming the guideline section
    (e.g. ``source.seed001.table5``). ``worsening`` is what makes it come back
    once acknowledged; it is not part of the alert's identity or of the contract.
    """

    code: str
    message: Message
    severity: Severity = Severity.WARNING
    source: str | None = None
    worsening: Worsening | None = field(default=None, compare=False, repr=False)

    def render(self, lang: str) -> str:
        return render(self.message, lang)
