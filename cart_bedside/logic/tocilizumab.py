"""Tocilizumab dose and the ledger of doses given (clinical-rules §2.4).

Dose 8 mg/kg from 30 kg, 12 mg/kg under 30 kg, never above 800 mg per dose,
IV over at least 1 h (seed 001 Table 4 note; seed 004 Table 2). A repeat dose
only ≥ 8 h after the previous one; at most 3 in any 24 h and 4 in total by
default (seed 001 writes "24 h 内不超过 4 次", but with an 8-hour interval no
more than 3 can fall in 24 h: the ward's protocol values are settings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import drugs
from .messages import Message, msg
from .models import MedicationDose

ADULT_MG_PER_KG = 8.0
CHILD_MG_PER_KG = 12.0
CHILD_WEIGHT_BELOW_KG = 30.0
MAX_SINGLE_DOSE_MG = 800.0
WEIGHT_STALE_AFTER = timedelta(days=7)
WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class TocilizumabLimits:
    """The ward's protocol values (settings); defaults from §2.4."""

    min_interval: timedelta = timedelta(hours=8)
    max_per_24h: int = 3
    max_total: int = 4


@dataclass(frozen=True)
class DoseSuggestion:
    dose_mg: float | None
    weight_kg: float | None
    weight_time: datetime | None
    mg_per_kg: float | None
    capped: bool
    warnings: tuple[Message, ...]


def tocilizumab_dose(
    weight_kg: float | None, weight_time: datetime | None = None, at: datetime | None = None
) -> DoseSuggestion:
    """The dose the rules give for a weight (rounded to 0.1 mg, capped at 800 mg).

    Refuses to compute without a weight; warns when the weight is older than 7 days.
    """
    if weight_kg is None or weight_kg <= 0:
        return DoseSuggestion(None, None, weight_time, None, False, (msg("tocilizumab.no_weight"),))
    per_kg = CHILD_MG_PER_KG if weight_kg < CHILD_WEIGHT_BELOW_KG else ADULT_MG_PER_KG
    raw = weight_kg * per_kg
    dose = round(min(raw, MAX_SINGLE_DOSE_MG), 1)
    warnings: list[Message] = []
    if weight_time is not None and at is not None and at - weight_time > WEIGHT_STALE_AFTER:
        warnings.append(msg("tocilizumab.weight_stale", days=(at - weight_time).days))
    return DoseSuggestion(
        dose, weight_kg, weight_time, per_kg, raw > MAX_SINGLE_DOSE_MG, tuple(warnings)
    )


@dataclass(frozen=True)
class Ledger:
    """Where the tocilizumab doses stand at one moment."""

    at: datetime
    doses: tuple[datetime, ...]  # every dose at or before ``at``, oldest first
    doses_last_24h: int
    next_allowed_at: datetime | None
    allowed_now: bool
    limit_reached: bool
    blocked_by: tuple[str, ...]  # "interval", "per_24h", "total"
    limits: TocilizumabLimits

    @property
    def doses_total(self) -> int:
        return len(self.doses)

    @property
    def doses_remaining(self) -> int:
        return max(0, self.limits.max_total - self.doses_total)


def tocilizumab_times(doses: Sequence[MedicationDose]) -> list[datetime]:
    return sorted(d.time for d in doses if drugs.normalise(d.drug) == "tocilizumab")


def tocilizumab_ledger(
    doses: Sequence[MedicationDose], at: datetime, limits: TocilizumabLimits | None = None
) -> Ledger:
    """Count doses up to ``at`` and say when the next one is allowed (assess contract).

    ``doses_last_24h`` counts doses in (at − 24 h, at]. ``next_allowed_at`` is
    None with no dose given, otherwise the later of last dose + interval and,
    once ``max_per_24h`` doses were given, the ``max_per_24h``-th most recent
    dose + 24 h; it ignores the total limit. ``allowed_now`` is False when any
    limit blocks a dose at ``at``.
    """
    limits = limits or TocilizumabLimits()
    times = [t for t in tocilizumab_times(doses) if t <= at]
    in_window = sum(1 for t in times if t > at - WINDOW)
    next_allowed: datetime | None = None
    if times:
        next_allowed = times[-1] + limits.min_interval
        if len(times) >= limits.max_per_24h:
            next_allowed = max(next_allowed, times[-limits.max_per_24h] + WINDOW)
    blocked: list[str] = []
    if times and at < times[-1] + limits.min_interval:
        blocked.append("interval")
    if in_window >= limits.max_per_24h:
        blocked.append("per_24h")
    if len(times) >= limits.max_total:
        blocked.append("total")
    return Ledger(
        at,
        tuple(times),
        in_window,
        next_allowed,
        not blocked,
        len(times) >= limits.max_total,
        tuple(blocked),
        limits,
    )


def check_new_dose(
    doses: Sequence[MedicationDose], when: datetime, limits: TocilizumabLimits | None = None
) -> tuple[str, ...]:
    """Which limits a new tocilizumab dose at ``when`` would break (empty: none).

    Used before recording a dose: a dose that breaks a limit needs a
    physician override with a reason. Doses after ``when`` (a late entry
    slotted in between) count too, for the 24-hour window and the interval.
    """
    limits = limits or TocilizumabLimits()
    times = tocilizumab_times(doses)
    broken: list[str] = []
    if any(abs(when - t) < limits.min_interval for t in times):
        broken.append("interval")
    # Any 24-hour window containing ``when`` must hold fewer than max_per_24h others. The
    # fullest such window starts just after ``when`` − 24 h, or where a dose enters it: just
    # after a later dose − 24 h (doses recorded after a late entry), or at an earlier dose.
    just = timedelta(microseconds=1)
    later = (t - WINDOW + just for t in times if t > when)
    for start in [when - WINDOW + just, *times, *later]:
        if start > when or start + WINDOW <= when:
            continue
        inside = sum(1 for t in times if start <= t < start + WINDOW)
        if inside >= limits.max_per_24h:
            broken.append("per_24h")
            break
    if len(times) >= limits.max_total:
        broken.append("total")
    return tuple(broken)


def later_conflict(
    doses: Sequence[MedicationDose], when: datetime, limits: TocilizumabLimits | None = None
) -> datetime | None:
    """The first dose recorded after ``when`` that a new dose at ``when`` breaks the interval
    or the 24-hour limit with: a dose charted late, or kept from another tablet, slotted in
    before one already recorded. Then no "next dose allowed" time applies to the refusal
    (the ledger's next time counts only the doses before ``when``); the dose recorded after
    it does. None when the doses up to ``when`` break those limits themselves, or nothing
    after ``when`` does."""
    limits = limits or TocilizumabLimits()
    timing = {"interval", "per_24h"}
    given = [d for d in doses if drugs.normalise(d.drug) == "tocilizumab"]
    if timing & set(check_new_dose([d for d in given if d.time <= when], when, limits)):
        return None
    for later in sorted({d.time for d in given if d.time > when}):
        if timing & set(check_new_dose([d for d in given if d.time <= later], when, limits)):
            return later
    return None


def past_limit_breaches(
    doses: Sequence[MedicationDose], at: datetime, limits: TocilizumabLimits | None = None
) -> list[tuple[datetime, tuple[str, ...]]]:
    """Doses already given that broke a limit when they were given (for the alert).

    The same judgement as :func:`tocilizumab_ledger` at each dose's time over
    the doses before it, in one pass (linear in doses; issue 12).
    """
    limits = limits or TocilizumabLimits()
    times = tocilizumab_times(doses)
    out = []
    start = 0  # first earlier dose inside (t − 24 h, t]
    for i, t in enumerate(times):
        if t > at:
            break
        while times[start] <= t - WINDOW:
            start += 1
        broken: list[str] = []
        if i and t < times[i - 1] + limits.min_interval:
            broken.append("interval")
        if i - start >= limits.max_per_24h:
            broken.append("per_24h")
        if i >= limits.max_total:
            broken.append("total")
        if broken:
            out.append((t, tuple(broken)))
    return out
