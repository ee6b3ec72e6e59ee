"""Why the grades were what they were at a tapped time (issue 11 item 9), without matplotlib.

No rule is written here: the assessment the figure was drawn from
(:attr:`TrendData.assessment`, the logic layer's ``assess``) already holds,
for every graded record, the CRS and ICANS grade and the catalogue reasons
the review and the board show. A tap asks for the points in force at its
time: the latest graded record at or before it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

from ..logic.crs import CrsPoint
from ..logic.icans import IcansPoint
from ..logic.messages import Message
from .data import TrendData


@dataclass(frozen=True)
class GradesAt:
    """The CRS and ICANS grades in force at ``at``, each from its latest graded record."""

    at: datetime
    crs: CrsPoint | None
    icans: IcansPoint | None

    @property
    def crs_grade(self) -> int:
        return self.crs.grade if self.crs else 0

    @property
    def icans_grade(self) -> int:
        return self.icans.grade if self.icans else 0

    @property
    def crs_reasons(self) -> tuple[Message, ...]:
        return self.crs.reasons if self.crs else ()

    @property
    def icans_reasons(self) -> tuple[Message, ...]:
        return self.icans.reasons if self.icans else ()


def _latest(points, at: datetime):
    index = bisect_right([p.time for p in points], at)
    return points[index - 1] if index else None


def grades_at(data: TrendData, at: datetime) -> GradesAt:
    """The grades and their reasons in force at ``at`` (None before the first graded record)."""
    a = data.assessment
    if a is None:
        return GradesAt(at, None, None)
    return GradesAt(at, _latest(a.crs.points, at), _latest(a.icans.points, at))
