"""Ward shifts and the 24-hour fluid day (clinical-rules §1 "Shifts").

The ward sets its shift start times; the default is three 8-hour shifts
starting 08:00 (day), 16:00 (evening) and 00:00 (night). 12-hour shifts
(08:00 day, 20:00 night) work the same way, as does any number of shifts of
unequal length. The fluid day is 24 hours long and closes at
``fluid_day_start`` (default 08:00, the start of the day shift).

Decisions (documented for the ward and the issue note):

- Shift starts are given in the ward's chronological order, starting with any
  shift: ``08:00, 16:00, 00:00`` is valid (it wraps past midnight once),
  ``08:00, 00:00, 16:00`` is not. Starts must be distinct and names unique.
- ``fluid_day_start`` may be **any** time of day; it need not equal a shift
  start. Per-fluid-day totals are summed from the entries themselves, never
  from shift totals, so they stay right when a shift straddles the fluid-day
  boundary. :attr:`ShiftSettings.fluid_day_aligned` tells the UI whether the
  boundary falls on a shift change (it does with the defaults).
- Intervals are half-open: a moment exactly at a shift start belongs to the
  shift that starts then.
- Times are wall-clock times. A time-zone-aware moment is placed in its own
  time zone; naive moments (the tablet's clock) are used as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import NamedTuple

from .messages import Message, msg

DAY = timedelta(days=1)

#: Shift names the catalogue knows (``shift.<name>``); any other name renders as given.
KNOWN_SHIFT_NAMES: tuple[str, ...] = ("day", "evening", "night", "early", "late")

DEFAULT_SHIFTS: tuple[tuple[str, time], ...] = (
    ("day", time(8, 0)),
    ("evening", time(16, 0)),
    ("night", time(0, 0)),
)

TWELVE_HOUR_SHIFTS: tuple[tuple[str, time], ...] = (
    ("day", time(8, 0)),
    ("night", time(20, 0)),
)


class Shift(NamedTuple):
    """One concrete shift: its name and its half-open interval ``[start, end)``."""

    name: str
    start: datetime
    end: datetime

    @property
    def label(self) -> Message:
        """The catalogue's word; ``ShiftSettings.label(name)`` gives the ward's own name."""
        return shift_label(self.name)


class Interval(NamedTuple):
    """A half-open interval ``[start, end)``; unpacks as ``start, end``."""

    start: datetime
    end: datetime


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@dataclass(frozen=True)
class ShiftSettings:
    """The ward's shift start times and fluid-day start (clinical-rules §1).

    ``shifts`` lists ``(name, start time)`` in chronological order starting
    with any shift. Seconds and microseconds are not allowed in start times.
    """

    shifts: tuple[tuple[str, time], ...] = DEFAULT_SHIFTS
    fluid_day_start: time = time(8, 0)
    #: the ward's own names, ``(shift name, what the ward calls it)`` (白班/小夜班/大夜班 …)
    ward_names: tuple[tuple[str, str], ...] = ()
    _sorted: tuple[tuple[int, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        shifts = tuple((str(name), start) for name, start in self.shifts)
        object.__setattr__(self, "shifts", shifts)
        ward_names = tuple((str(k), str(v).strip()) for k, v in self.ward_names if str(v).strip())
        object.__setattr__(self, "ward_names", ward_names)
        if not shifts:
            raise ValueError("at least one shift is needed")
        names = [name for name, _ in shifts]
        if any(not name.strip() for name in names):
            raise ValueError("shift names must not be empty")
        if len(set(names)) != len(names):
            raise ValueError(f"shift names must be unique: {names}")
        for name, start in (*shifts, ("fluid_day_start", self.fluid_day_start)):
            if not isinstance(start, time):
                raise ValueError(f"{name}: start must be a time, got {start!r}")
            if start.second or start.microsecond or start.tzinfo is not None:
                raise ValueError(f"{name}: start must be a whole minute without time zone")
        minutes = [_minutes(start) for _, start in shifts]
        if len(set(minutes)) != len(minutes):
            raise ValueError("shift start times must be distinct")
        # Chronological with one wrap past midnight: exactly one "descent" going round.
        n = len(minutes)
        descents = sum(1 for i in range(n) if minutes[(i + 1) % n] <= minutes[i])
        if n > 1 and descents != 1:
            raise ValueError("shift start times must be listed in chronological order")
        order = sorted((m, name) for m, name in zip(minutes, names, strict=True))
        object.__setattr__(self, "_sorted", tuple(order))

    @classmethod
    def twelve_hour(cls, fluid_day_start: time = time(8, 0)) -> ShiftSettings:
        """Two 12-hour shifts, day 08:00 and night 20:00."""
        return cls(TWELVE_HOUR_SHIFTS, fluid_day_start)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.shifts)

    def ward_name(self, name: str) -> str:
        """What the ward calls the shift ``name`` ("" when it keeps the catalogue's word)."""
        return dict(self.ward_names).get(name, "")

    def label(self, name: str) -> Message:
        """The shift as the ward names it (its setting), else the catalogue's word."""
        return shift_label(name, self.ward_name(name))

    @property
    def fluid_day_aligned(self) -> bool:
        """True when the fluid day starts at a shift change."""
        return any(start == self.fluid_day_start for _, start in self.shifts)


def shift_label(name: str, ward_name: str = "") -> Message:
    """The ward's own name for the shift when it gave one, else the catalogue message for
    the shift name (``shift.day`` …, or the name as given)."""
    if ward_name:
        return msg("shift.ward_name", name=ward_name)
    if name in KNOWN_SHIFT_NAMES:
        return msg(f"shift.{name}")
    return msg("shift.custom", name=name)


def shift_of(moment: datetime, settings: ShiftSettings | None = None) -> Shift:
    """The shift a moment falls in (clinical-rules §1): ``[start, end)`` with its name."""
    settings = settings or ShiftSettings()
    minute = moment.hour * 60 + moment.minute
    order = settings._sorted
    # Latest start at or before the moment's minute; if none, the last start of yesterday.
    index = -1
    for i, (m, _) in enumerate(order):
        if m <= minute:
            index = i
    day = moment.date()
    if index == -1:
        index = len(order) - 1
        day -= DAY
    m, name = order[index]
    start = datetime.combine(day, time(m // 60, m % 60), tzinfo=moment.tzinfo)
    if index + 1 < len(order):
        m_next = order[index + 1][0]
        end = datetime.combine(day, time(m_next // 60, m_next % 60), tzinfo=moment.tzinfo)
    else:
        m_next = order[0][0]
        end = datetime.combine(day + DAY, time(m_next // 60, m_next % 60), tzinfo=moment.tzinfo)
    return Shift(name, start, end)


def previous_shift(moment: datetime, settings: ShiftSettings | None = None) -> Shift:
    """The shift before the one containing ``moment`` (for the handover)."""
    current = shift_of(moment, settings)
    return shift_of(current.start - timedelta(minutes=1), settings)


def shifts_between(
    start: datetime, end: datetime, settings: ShiftSettings | None = None
) -> list[Shift]:
    """Every shift that overlaps ``[start, end)``, in time order (not clipped)."""
    settings = settings or ShiftSettings()
    out: list[Shift] = []
    if end <= start:
        return out
    shift = shift_of(start, settings)
    while shift.start < end:
        out.append(shift)
        shift = shift_of(shift.end, settings)
    return out


def fluid_day_of(moment: datetime, settings: ShiftSettings | None = None) -> Interval:
    """The 24-hour fluid day containing ``moment``: ``[start, start + 24 h)`` (§1, §6).

    The fluid day that starts at 08:00 on 3 Nov is the fluid day *of* 3 Nov
    (its ``start.date()``).
    """
    settings = settings or ShiftSettings()
    fds = settings.fluid_day_start
    start = datetime.combine(moment.date(), fds, tzinfo=moment.tzinfo)
    if moment.hour * 60 + moment.minute < _minutes(fds):
        start -= DAY
    return Interval(start, start + DAY)


def fluid_days_between(
    start: datetime, end: datetime, settings: ShiftSettings | None = None
) -> list[Interval]:
    """Every fluid day overlapping ``[start, end)``, in time order (not clipped)."""
    out: list[Interval] = []
    if end <= start:
        return out
    day = fluid_day_of(start, settings)
    while day.start < end:
        out.append(day)
        day = Interval(day.end, day.end + DAY)
    return out
