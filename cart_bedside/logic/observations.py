"""Adaptive neuro checks and checks recorded as not done (clinical-rules §12).

- **Adaptive ICE schedule** (ward setting; default after an Australian CAR-T
  unit's practice): when the ICE score falls by ≥ 1 point from the previous
  check, or the ICANS grade rises, an ICE check is due every 30 min for 2 h,
  then the grade-based frequency of §8 resumes. Triggers inside a window
  extend it (2 h from the latest trigger). The checks at +30, +60, +90 and
  +120 min are asked for (the window includes its end), each counted from the
  check before it like every escalated check; a check is overdue after
  ``min(ward grace, interval / 2)`` (15 min by default: a 30-minute check
  cannot wait the 30-minute grace of a shift task).
- **Not done** (a partial observation): a due check recorded as not done,
  with a reason (patient refused, off the ward for imaging, asleep and not to
  be woken per physician, other). It completes the task with status
  ``not_done`` — not overdue, not done — is kept in the record and shows on
  the handover. A real check in the same window wins over a not-done record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .messages import Message, msg
from .models import RecordMeta


class NotDoneReason(StrEnum):
    PATIENT_REFUSED = "patient_refused"
    OFF_WARD = "off_ward"
    ASLEEP_PER_PHYSICIAN = "asleep_per_physician"
    OTHER = "other"


@dataclass(frozen=True)
class NotDone:
    """A due check recorded as not done (§12). ``kind`` is a schedule TaskKind value."""

    time: datetime
    kind: str
    reason: NotDoneReason
    note: str = ""  # free text; required with reason "other"
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.reason, NotDoneReason):
            raise ValueError(
                f"reason: {self.reason!r} is not one of {', '.join(r.value for r in NotDoneReason)}"
            )
        if self.reason is NotDoneReason.OTHER and not self.note.strip():
            raise ValueError("note: reason 'other' needs a few words")

    @property
    def label(self) -> Message:
        if self.reason is NotDoneReason.OTHER:
            return msg("task.status.not_done", reason=self.note.strip())
        return msg("task.status.not_done", reason=msg(f"not_done.{self.reason.value}"))


@dataclass(frozen=True)
class AdaptiveIceSettings:
    """Ward setting for the adaptive ICE schedule (§12)."""

    enabled: bool = True
    interval: timedelta = timedelta(minutes=30)
    duration: timedelta = timedelta(hours=2)
    grace: timedelta | None = None  # None: min(ward grace, interval / 2)

    def __post_init__(self) -> None:
        if not timedelta(minutes=5) <= self.interval <= timedelta(hours=2):
            raise ValueError("interval: outside 5 min – 2 h")
        if not self.interval <= self.duration <= timedelta(hours=24):
            raise ValueError("duration: between one interval and 24 h")

    def grace_for(self, ward_grace: timedelta) -> timedelta:
        return self.grace if self.grace is not None else min(ward_grace, self.interval / 2)


@dataclass(frozen=True)
class Trigger:
    time: datetime
    reason: Message


def _check_values(item: Any) -> tuple[datetime, int | None, int]:
    if isinstance(item, tuple):
        return item[0], item[1], item[2]
    return item.time, getattr(item, "ice_score", None), item.grade


def adaptive_triggers(checks: Iterable[Any]) -> list[Trigger]:
    """Neuro checks where ICE fell ≥ 1 from the previous ICE, or the ICANS grade rose.

    ``checks``: ICANS points (``.time``, ``.ice_score``, ``.grade``) or
    ``(time, ice_score, icans_grade)`` tuples; pre-infusion points may be
    left in (they set the baseline).
    """
    ordered = sorted((_check_values(c) for c in checks), key=lambda c: c[0])
    out: list[Trigger] = []
    last_ice: int | None = None
    last_grade: int | None = None
    for t, ice, grade in ordered:
        reasons = []
        if ice is not None and last_ice is not None and ice <= last_ice - 1:
            reasons.append(msg("adaptive.reason.ice_fell", before=last_ice, after=ice))
        if last_grade is not None and grade > last_grade:
            reasons.append(msg("adaptive.reason.icans_rose", before=last_grade, after=grade))
        if reasons:
            out.append(Trigger(t, reasons[0]))
        if ice is not None:
            last_ice = ice
        last_grade = grade
    return out


def adaptive_windows(
    triggers: Sequence[Trigger | datetime], settings: AdaptiveIceSettings
) -> list[tuple[datetime, datetime]]:
    """``[start, end]`` windows of 30-minute ICE checks (end included), merged when they touch."""
    if not settings.enabled:
        return []
    times = sorted(t.time if isinstance(t, Trigger) else t for t in triggers)
    out: list[tuple[datetime, datetime]] = []
    for t in times:
        end = t + settings.duration
        if out and t <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((t, end))
    return out


def split_by_windows(
    segments: Sequence[tuple[datetime, datetime, int]], windows: Sequence[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime, int, bool]]:
    """Level segments with the adaptive windows cut in: ``(start, end, level, adaptive)``.

    The schedule asks for the adaptive check at a window's end too; the
    segment's level resumes from there.
    """
    out: list[tuple[datetime, datetime, int, bool]] = []
    wins = list(windows)
    for s, e, level in segments:
        cursor = s
        for ws, we in wins:
            if we <= cursor or ws >= e:
                continue
            if ws > cursor:
                out.append((cursor, ws, level, False))
            piece_end = min(we, e)
            if not out or not out[-1][3] or out[-1][1] != max(ws, cursor):
                out.append((max(ws, cursor), piece_end, level, True))
            else:  # the same window continuing across a level change
                out[-1] = (out[-1][0], piece_end, level, True)
            cursor = piece_end
        if cursor < e:
            out.append((cursor, e, level, False))
    return out
