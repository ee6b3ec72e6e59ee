"""Fluid balance and weight (clinical-rules §6; seed 001 Table 4 grade 1; seed 002 §监测).

Totals are per shift, per 24-hour fluid day, and cumulative since infusion and
since admission, each split by category. Net = intake − output (positive =
the patient kept fluid). Weight change is measured from a baseline weight.

Decisions:

- Intervals are half-open ``[start, end)``: an entry exactly at a shift
  change counts in the shift that starts then.
- Per-fluid-day totals are summed from the entries, not from shift totals, so
  they are right whatever the shift and fluid-day settings (see shifts.py).
- Amendments: an entry whose ``meta.id`` is named by another entry's
  ``meta.supersedes`` is replaced by it; an amendment marked
  ``entered_in_error`` withdraws the original and counts nothing.
- The baseline weight is, unless given, the last weight at or before the
  infusion (the pre-infusion weight); with none before infusion, the first
  weight recorded.
- A fluid day's weight is the last weight measured in it, against that
  baseline (§6 "daily weight and its change from baseline"); a day without a
  weighing has none (the previous day's is not carried over).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar

from .messages import Message, msg, term
from .models import FluidCategory, FluidDirection, FluidEntry, RecordMeta, WeightMeasurement
from .shifts import (
    DAY,
    ShiftSettings,
    fluid_day_of,
    fluid_days_between,
    previous_shift,
    shift_label,
    shift_of,
    shifts_between,
)

INTAKE_CATEGORIES: tuple[FluidCategory, ...] = tuple(
    c for c in FluidCategory if c.direction is FluidDirection.INTAKE
)
OUTPUT_CATEGORIES: tuple[FluidCategory, ...] = tuple(
    c for c in FluidCategory if c.direction is FluidDirection.OUTPUT
)


def category_label(category: FluidCategory) -> Message:
    """Catalogue term ``fluid.<category value>``."""
    return term(f"fluid.{category.value}")


@dataclass(frozen=True)
class BalanceTotals:
    """Intake, output and net over one interval, with mL per category."""

    start: datetime | None
    end: datetime | None
    intake_ml: float = 0.0
    output_ml: float = 0.0
    by_category: dict[FluidCategory, float] = field(default_factory=dict)
    entries: int = 0

    @property
    def net_ml(self) -> float:
        return self.intake_ml - self.output_ml

    def category_ml(self, category: FluidCategory) -> float:
        return self.by_category.get(category, 0.0)

    @property
    def summary(self) -> Message:
        return msg(
            "fluid.balance_line",
            intake=round(self.intake_ml),
            output=round(self.output_ml),
            net=f"{round(self.net_ml):+d}",
        )


@dataclass(frozen=True)
class ShiftBalance:
    name: str
    totals: BalanceTotals

    @property
    def label(self) -> Message:
        return shift_label(self.name)


@dataclass(frozen=True)
class FluidDay:
    """One 24-hour fluid day (§6): its totals, and the weight measured last in it."""

    totals: BalanceTotals
    weight: WeightChange | None = None

    @property
    def start(self) -> datetime:
        assert self.totals.start is not None  # a fluid day always has its bounds
        return self.totals.start


@dataclass(frozen=True)
class FluidSummary:
    """What the fluids page, the handover and the trend view show at one moment."""

    at: datetime
    current_shift: ShiftBalance
    previous_shift: ShiftBalance
    current_fluid_day: BalanceTotals
    previous_fluid_day: BalanceTotals
    since_infusion: BalanceTotals | None
    since_admission: BalanceTotals | None
    #: every fluid day from the current one (so far) back to the admission's, newest first
    days: tuple[FluidDay, ...] = ()


@dataclass(frozen=True)
class WeightChange:
    """Latest weight against the baseline (clinical-rules §6: daily weight and its change)."""

    baseline_kg: float
    baseline_time: datetime
    latest_kg: float
    latest_time: datetime

    @property
    def change_kg(self) -> float:
        return self.latest_kg - self.baseline_kg

    @property
    def change_percent(self) -> float:
        return self.change_kg / self.baseline_kg * 100

    @property
    def summary(self) -> Message:
        return msg(
            "fluid.weight_change",
            latest=f"{self.latest_kg:.1f}",
            baseline=f"{self.baseline_kg:.1f}",
            change=f"{self.change_kg:+.1f}",
            percent=f"{self.change_percent:+.1f}",
        )


class _Stored(Protocol):
    @property
    def meta(self) -> RecordMeta: ...


R = TypeVar("R", bound=_Stored)


def current_records(records: Iterable[R]) -> list[R]:
    """Records left after amendments: superseded originals and withdrawals dropped."""
    kept = list(records)
    superseded = {r.meta.supersedes for r in kept if r.meta.supersedes}
    return [
        r
        for r in kept
        if not r.meta.entered_in_error and (r.meta.id is None or r.meta.id not in superseded)
    ]


def balance(
    entries: Iterable[FluidEntry], start: datetime | None = None, end: datetime | None = None
) -> BalanceTotals:
    """Intake, output, net and mL by category of the entries in ``[start, end)`` (§6).

    ``None`` leaves that side open. Amended entries are resolved first.
    """
    inside = (
        e
        for e in current_records(entries)
        if (start is None or e.time >= start) and (end is None or e.time < end)
    )
    return _totals(inside, start, end)


def _totals(
    entries: Iterable[FluidEntry], start: datetime | None, end: datetime | None
) -> BalanceTotals:
    """The totals of entries already resolved and inside ``[start, end)``."""
    intake = output = 0.0
    by_cat: dict[FluidCategory, float] = {}
    count = 0
    for e in entries:
        count += 1
        by_cat[e.category] = by_cat.get(e.category, 0.0) + e.volume_ml
        if e.direction is FluidDirection.INTAKE:
            intake += e.volume_ml
        else:
            output += e.volume_ml
    return BalanceTotals(start, end, intake, output, by_cat, count)


def lines_balance(
    lines: Iterable[tuple[FluidCategory | str, float]], earlier: BalanceTotals | None = None
) -> BalanceTotals:
    """Intake, output and net of fluid lines not yet saved, ``(category, mL)`` (§6),
    plus ``earlier`` totals (what was charted before in the same interval)."""
    intake = earlier.intake_ml if earlier else 0.0
    output = earlier.output_ml if earlier else 0.0
    by_cat = dict(earlier.by_category) if earlier else {}
    count = earlier.entries if earlier else 0
    for category, volume in lines:
        category = FluidCategory(category)
        by_cat[category] = by_cat.get(category, 0.0) + volume
        count += 1
        if category.direction is FluidDirection.INTAKE:
            intake += volume
        else:
            output += volume
    start, end = (earlier.start, earlier.end) if earlier else (None, None)
    return BalanceTotals(start, end, intake, output, by_cat, count)


def shift_balances(
    entries: Iterable[FluidEntry],
    start: datetime,
    end: datetime,
    settings: ShiftSettings | None = None,
) -> list[ShiftBalance]:
    """Totals for every shift overlapping ``[start, end)`` (whole shifts, in time order)."""
    entries = current_records(entries)
    return [
        ShiftBalance(s.name, balance(entries, s.start, s.end))
        for s in shifts_between(start, end, settings)
    ]


def fluid_day_balances(
    entries: Iterable[FluidEntry],
    start: datetime,
    end: datetime,
    settings: ShiftSettings | None = None,
) -> list[BalanceTotals]:
    """Totals for every 24-hour fluid day overlapping ``[start, end)`` (§6)."""
    entries = current_records(entries)
    return [balance(entries, d.start, d.end) for d in fluid_days_between(start, end, settings)]


def cumulative_net_series(
    entries: Iterable[FluidEntry],
    since: datetime,
    until: datetime,
    settings: ShiftSettings | None = None,
) -> list[tuple[datetime, float]]:
    """Cumulative net balance at the end of each shift from ``since``, for the trend view.

    The first shift is clipped at ``since``; the last point is at ``until``.
    """
    entries = sorted(
        (e for e in current_records(entries) if since <= e.time < until), key=lambda e: e.time
    )
    out: list[tuple[datetime, float]] = []
    running = 0.0
    i = 0
    for s in shifts_between(since, until, settings):
        stop = min(s.end, until)
        while i < len(entries) and entries[i].time < stop:
            e = entries[i]
            running += e.volume_ml if e.direction is FluidDirection.INTAKE else -e.volume_ml
            i += 1
        out.append((stop, running))
    return out


def fluid_summary(
    entries: Sequence[FluidEntry],
    at: datetime,
    settings: ShiftSettings | None = None,
    infusion_time: datetime | None = None,
    admission_time: datetime | None = None,
    weights: Sequence[WeightMeasurement] = (),
) -> FluidSummary:
    """Balance of the current and previous shift and fluid day, and the cumulative nets.

    Entries after ``at`` are ignored; cumulative totals run to ``at`` inclusive.
    ``days`` lists every fluid day from the current one back to the one the
    admission falls in (without an admission time: the current and the previous
    one), each with its last weight against the baseline (``weights``).
    """
    settings = settings or ShiftSettings()
    # Resolved once and in time order, each window is a slice: a stay of many fluid days
    # stays linear (the handover sums every day of 40 patients).
    entries = sorted((e for e in current_records(entries) if e.time <= at), key=lambda e: e.time)
    times = [e.time for e in entries]
    weights = current_records(weights)

    def window(start: datetime | None, end: datetime | None) -> BalanceTotals:
        low = 0 if start is None else bisect_left(times, start)
        high = len(times) if end is None else bisect_left(times, end)
        return _totals(entries[low:high], start, end)

    cur = shift_of(at, settings)
    prev = previous_shift(at, settings)
    day = fluid_day_of(at, settings)
    prev_day_start = day.start - DAY

    def upto(since: datetime | None) -> BalanceTotals | None:
        if since is None:
            return None
        totals = window(since, None)
        return BalanceTotals(
            since, at, totals.intake_ml, totals.output_ml, totals.by_category, totals.entries
        )

    first = fluid_day_of(min(admission_time, at), settings).start if admission_time else None
    first = prev_day_start if first is None or first > prev_day_start else first
    base = baseline_weight([w for w in weights if w.time <= at], infusion_time)
    days = tuple(
        FluidDay(window(d.start, d.end), _day_weight(weights, d.start, at, d.end, base))
        for d in reversed(fluid_days_between(first, day.end, settings))
    )
    return FluidSummary(
        at,
        ShiftBalance(cur.name, window(cur.start, cur.end)),
        ShiftBalance(prev.name, window(prev.start, prev.end)),
        days[0].totals,
        days[1].totals,
        upto(infusion_time),
        upto(admission_time),
        days,
    )


def _day_weight(
    weights: Sequence[WeightMeasurement],
    start: datetime,
    at: datetime,
    end: datetime,
    base: WeightMeasurement | None,
) -> WeightChange | None:
    """The last weight in ``[start, min(end, at)]`` against ``base`` (None without either).

    ``weights`` are resolved already (amendments applied)."""
    inside = [w for w in weights if start <= w.time < end and w.time <= at]
    if base is None or not inside:
        return None
    latest = max(inside, key=lambda w: w.time)
    return WeightChange(base.weight_kg, base.time, latest.weight_kg, latest.time)


def baseline_weight(
    weights: Iterable[WeightMeasurement], infusion_time: datetime | None = None
) -> WeightMeasurement | None:
    """The last weight at or before infusion; otherwise the first weight recorded."""
    ws = sorted(current_records(weights), key=lambda w: w.time)
    if not ws:
        return None
    if infusion_time is not None:
        before = [w for w in ws if w.time <= infusion_time]
        if before:
            return before[-1]
    return ws[0]


def weight_change(
    weights: Iterable[WeightMeasurement],
    at: datetime | None = None,
    infusion_time: datetime | None = None,
    baseline: WeightMeasurement | None = None,
) -> WeightChange | None:
    """Latest weight at or before ``at`` against the baseline (§6); None without weights."""
    ws = sorted(
        (w for w in current_records(weights) if at is None or w.time <= at), key=lambda w: w.time
    )
    if not ws:
        return None
    base = baseline or baseline_weight(ws, infusion_time)
    if base is None:
        return None
    latest = ws[-1]
    return WeightChange(base.weight_kg, base.time, latest.weight_kg, latest.time)
