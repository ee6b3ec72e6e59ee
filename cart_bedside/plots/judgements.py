"""Trend marks for clinical-rules §11 and §12: the physician's grade and NEWS2.

- A physician's grade (confirmed or corrected) is a diamond at the time and
  grade the physician recorded, on the CRS or ICANS grade line; a corrected
  one is open (white-filled) so it stands out from the computed step line,
  and its tap shows the grade, the computed grade and the reason.
- NEWS2 of every scored vital-sign record is a thin dotted line on a right
  axis of the CRS panel (0–20): beside, never instead of, the CRS grade.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.axes import Axes

from ..logic.messages import msg
from ..logic.news2 import NeuroLookup, news2
from .points import PointInfo

if TYPE_CHECKING:
    from .panels import PanelBuilder

PHYSICIAN_COLOUR = "#0b4f8a"
NEWS2_COLOUR = "#5d4037"


def physician_marks(b: PanelBuilder, ax: Axes, syndrome: str) -> None:
    """Diamonds where a physician recorded a grade for ``syndrome`` in the window."""
    marks = [
        g for g in b.data.physician_grades if g.syndrome == syndrome and b.start <= g.time <= b.end
    ]
    for corrected in (False, True):
        shown = [
            g
            for g in marks
            if (g.computed_grade is not None and g.grade != g.computed_grade) == corrected
        ]
        if not shown:
            continue
        gid = f"physician_{syndrome}" + ("_corrected" if corrected else "")
        ax.plot(
            [b.data.x(g.time) for g in shown],
            [min(g.grade, 4.4) for g in shown],
            marker="D",
            markersize=6.5 * b.scale,
            linestyle="none",
            markerfacecolor="white" if corrected else PHYSICIAN_COLOUR,
            markeredgecolor=PHYSICIAN_COLOUR,
            markeredgewidth=1.6 * b.scale,
            gid=gid,
            picker=True,
            pickradius=6,
            zorder=6,
        )
        series = msg(f"trend.series.physician_{syndrome}")
        infos = []
        for g in shown:
            text = (
                msg(
                    "trend.physician.corrected",
                    grade=g.grade,
                    computed=g.computed_grade,
                    by=g.by,
                    reason=g.reason,
                )
                if corrected
                else msg("trend.physician.confirmed", grade=g.grade, by=g.by)
            )
            infos.append(
                PointInfo(gid, series, g.time, b.t(text.code, **text.params), float(g.grade), g)
            )
        b.register(gid, infos)


def news2_line(b: PanelBuilder, ax: Axes) -> None:
    """NEWS2 of each scored vital-sign record in the window, on the CRS panel's right axis."""
    age = b.data.patient.age_years
    vitals = [v for v in b.data.vitals if b.start <= v.time <= b.end]
    lookup = NeuroLookup(b.data.neuro)
    scores = [(v, news2(v, b.data.neuro, age, lookup=lookup)) for v in vitals]
    scored = [(v, s) for v, s in scores if s.total is not None]
    if not scored:
        return
    right = b.right_axis(ax, NEWS2_COLOUR)
    by_time = {v.time: s for v, s in scored}
    b.line(
        right,
        "news2",
        [v for v, _ in scored],
        lambda v: by_time[v.time].total,
        "vitals",
        msg("trend.series.news2"),
        "",
        color=NEWS2_COLOUR,
        linestyle=":",
        linewidth=1.2,
    )
    right.set_ylim(-0.5, 20.5)
    right.set_yticks([0, 5, 7, 20])
    b.labels(right, "news2", side="right", colour=NEWS2_COLOUR)
