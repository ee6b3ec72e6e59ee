"""Small helpers the record tabs share: times, numbers, user and drug names, errors.

No widgets here (one widget class per module); nothing translated by Qt either:
drug and lab names come from the logic layer's catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ...logic import drugs
from ...logic.catalogue import CATALOGUE
from ...logic.messages import Message, term

#: How the record tabs show a time: the ward works in days since infusion and
#: shifts, so month-day and clock time are enough (the year is in the History).
TIME_FORMAT = "%m-%d %H:%M"


def fmt_time(t: datetime | None) -> str:
    return t.strftime(TIME_FORMAT) if t is not None else "—"


def fmt_number(value: float | int | None, decimals: int | None = None) -> str:
    """``560.0`` → ``560``; ``0.45`` → ``0.45``; a fixed precision when asked."""
    if value is None:
        return "—"
    if decimals is not None:
        return f"{value:.{decimals}f}"
    if float(value) == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def display_names(service: Any) -> dict[str, str]:
    """username → display name of every account (deactivated ones too: old records)."""
    try:
        return service.display_names()
    except Exception:  # names are a nicety: never let them break a tab
        return {}


def name_of(names: dict[str, str], username: str | None) -> str:
    if not username:
        return "—"
    return names.get(username, username)


def drug_label(name: str) -> Message | str:
    """The catalogue name of a drug; an unknown drug as it was entered."""
    key = drugs.normalise(name)
    for code in (f"drug.{key}", f"infection.drug.{key}"):
        if code in CATALOGUE:
            return term(code)
    return name


def say(render: Callable[[Message], str], value: Message | str | None) -> str:
    """A catalogue message rendered, or plain text as it is (``render`` takes codes only)."""
    if value is None:
        return ""
    return render(value) if isinstance(value, Message) else value


def error_message(error: Exception) -> Message | str:
    """What to show for a refusal from the services (each carries a catalogue message)."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else str(error)
