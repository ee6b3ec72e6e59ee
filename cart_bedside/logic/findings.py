"""Alerts: what the rules want a nurse or physician to look at now."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .messages import Message, render


class Severity(StrEnum):
    INFO = "info"  # standing reminders (prophylaxis, contraindications)
    WARNING = "warning"  # look at it this shift
    CRITICAL = "critical"  # act now (ICU, HLH/MAS, severe neurotoxicity risk)


@dataclass(frozen=True)
class Alert:
    """An alert with a stable ``code`` (see assess-contract.md), a message and its source.

    ``source`` is a catalogue code naming the guideline section
    (e.g. ``source.seed001.table5``).
    """

    code: str
    message: Message
    severity: Severity = Severity.WARNING
    source: str | None = None

    def render(self, lang: str) -> str:
        return render(self.message, lang)
