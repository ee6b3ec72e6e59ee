"""What a tap on a plotted point shows: :class:`PointInfo`, kept per artist gid.

The figure builders store, for every gid, one :class:`PointInfo` per data
point of that gid's artist (None at a NaN gap break), in the
:class:`~cart_bedside.plots.trends.TrendFigure`'s ``points``; a pick event's
``ind`` indexes that list (:func:`point_info`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from matplotlib.figure import Figure

from ..logic.messages import Message, msg, render
from ..logic.timeutil import is_late_entry


@dataclass(frozen=True)
class PointInfo:
    """What a tap on one plotted point shows: series, value, time, who recorded it."""

    gid: str
    series: Message
    time: datetime
    value: str  # formatted with its unit
    number: float | None = None
    record: Any = field(default=None, repr=False, compare=False)
    end: datetime | None = None  # for spans (shift bars, oxygen band)

    @property
    def recorded_by(self) -> str | None:
        meta = getattr(self.record, "meta", None)
        return getattr(meta, "recorded_by", None)

    @property
    def recorded_at(self) -> datetime | None:
        meta = getattr(self.record, "meta", None)
        return getattr(meta, "recorded_at", None)

    @property
    def late(self) -> bool:
        return is_late_entry(self.time, self.recorded_at)

    def message(self) -> Message:
        """The tap text as a catalogue message."""
        when = self.time.strftime("%m-%d %H:%M")
        if self.end is not None:
            when += "–" + self.end.strftime("%H:%M")
        if self.recorded_by is None:
            return msg("trend.point.plain", series=self.series, value=self.value, time=when)
        saved = self.recorded_at.strftime("%m-%d %H:%M") if self.recorded_at else "?"
        code = "trend.point.late" if self.late else "trend.point"
        return msg(
            code,
            series=self.series,
            value=self.value,
            time=when,
            user=self.recorded_by,
            saved=saved,
        )

    def text(self, lang: str = "zh_CN") -> str:
        return render(self.message(), lang)


def figure_points(fig: Figure) -> dict[str, list[PointInfo | None]]:
    """Per gid, one entry per data point of that gid's artists (None at gap breaks)."""
    return getattr(fig, "points", {})  # a TrendFigure; any other Figure has none


def point_info(fig: Figure, gid: str, index: int) -> PointInfo | None:
    """The point behind index ``index`` of the artist with ``gid`` (a pick event's ``ind``).

    None for a NaN break, a reference line or an index out of range.
    """
    points = figure_points(fig).get(gid, [])
    return points[index] if 0 <= index < len(points) else None


def artists_by_gid(fig: Figure, gid: str) -> list:
    """Every artist of the figure with this gid (tests, and the Trends tab's highlight)."""
    return [a for a in fig.findobj(lambda a: a.get_gid() == gid)]
