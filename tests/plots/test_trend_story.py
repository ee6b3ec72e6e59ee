"""Issue 11 item 9 without Qt: the vasopressor band, the grades' reasons at a time, the first
screen's layout and the trends PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from matplotlib.collections import PolyCollection

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import VitalSigns
from cart_bedside.plots import (
    FIRST_SCREEN,
    PANELS,
    TrendData,
    artists_by_gid,
    grades_at,
    screen_layout,
    trend_figure,
)
from cart_bedside.plots.support import drugs_in_order, vasopressor_spans
from tests.plots import synthetic as syn

H = timedelta(hours=1)
T0 = datetime(2026, 11, 21, 8, 0)
GAP = 8 * H


def v(hours: float, *drugs: str) -> VitalSigns:
    return VitalSigns(T0 + hours * H, temp_c=38.5, hr=110, sbp=88, dbp=50, vasopressors=drugs)


# --- which vasopressor ran when -------------------------------------------------------------
@pytest.mark.parametrize(
    ("records", "end_h", "expected"),
    [
        # started at 1 h, stopped at the 3 h record that no longer lists it
        (
            [v(0), v(1, "norepinephrine"), v(2, "norepinephrine"), v(3)],
            10,
            [("norepinephrine", 1, 3, 3)],
        ),
        # still listed in the last record: runs to the window's end, no stop time
        ([v(0, "norepinephrine"), v(2, "norepinephrine")], 6, [("norepinephrine", 0, 6, None)]),
        # … but not further than the gap after the last record that listed it
        ([v(0, "norepinephrine")], 20, [("norepinephrine", 0, 8, None)]),
        # a gap between two records breaks the span (nothing known in between)
        (
            [v(0, "norepinephrine"), v(10, "norepinephrine"), v(11)],
            20,
            [("norepinephrine", 0, 8, None), ("norepinephrine", 10, 11, 11)],
        ),
        # two drugs, the second added and stopped first; synonyms and case normalised
        (
            [
                v(0, "Noradrenaline"),
                v(1, "norepinephrine", "vasopressin"),
                v(2, "norepinephrine"),
                v(4),
            ],
            9,
            [("norepinephrine", 0, 4, 4), ("vasopressin", 1, 2, 2)],
        ),
        # blank names are no drug; records after the end are not read
        ([v(0, " "), v(1), v(30, "dopamine")], 12, []),
    ],
)
def test_vasopressor_spans(records, end_h, expected):
    spans = vasopressor_spans(records, T0 + end_h * H, GAP)
    got = [
        (
            s.drug,
            (s.start - T0) / H,
            (s.end - T0) / H,
            None if s.stopped_at is None else (s.stopped_at - T0) / H,
        )
        for s in spans
    ]
    assert got == expected


def test_rows_are_in_the_order_started():
    spans = vasopressor_spans(
        [v(0, "epinephrine"), v(1, "norepinephrine", "epinephrine"), v(2, "norepinephrine")],
        T0 + 5 * H,
        GAP,
    )
    assert drugs_in_order(spans) == ["epinephrine", "norepinephrine"]


# --- the vasopressor band on the figure ------------------------------------------------------
def on_pressors() -> TrendData:
    base = syn.trend_data()
    vitals = [
        replace(r, vasopressors=("norepinephrine",) if i in (6, 7, 8) else ())
        for i, r in enumerate(base.vitals)
    ]
    return replace(base, vitals=tuple(vitals))


@pytest.mark.parametrize(("lang", "name"), [("zh_CN", "去甲肾上腺素"), ("en", "norepinephrine")])
def test_the_vasopressor_band_names_the_drug_and_when_it_ran(lang, name):
    data = on_pressors()
    fig = trend_figure(data, "since_infusion", lang)
    (bars,) = artists_by_gid(fig, "vaso:norepinephrine")
    assert isinstance(bars, PolyCollection)
    texts = [t.get_text() for t in artists_by_gid(fig, "vaso_name:norepinephrine")]
    assert texts == [name]
    (info,) = fig.points["vaso:norepinephrine"]
    started, stopped = data.vitals[6].time, data.vitals[9].time
    assert info.time == started and info.end == stopped
    text = info.text(lang)
    assert name in text and started.strftime("%H:%M") in text and stopped.strftime("%H:%M") in text
    (x0, _), _, (x1, _), _ = bars.get_paths()[0].vertices[:4]
    assert (x0, x1) == pytest.approx((data.x(started), data.x(stopped)))
    # the band is the fifth panel: on the first screen, under SpO2
    assert fig.axes.index(bars.axes) == PANELS.index("vaso") == FIRST_SCREEN - 1


def test_without_a_vasopressor_the_band_says_so():
    fig = trend_figure(syn.trend_data(), "since_infusion", "zh_CN")
    assert not [a for a in fig.findobj() if (a.get_gid() or "").startswith("vaso:")]
    assert [t.get_text() for t in artists_by_gid(fig, "vaso_none")] == ["未用升压药"]


def test_icans_shares_the_crs_panel():
    fig = trend_figure(syn.trend_data(), "since_infusion", "en")
    (crs,) = [a for a in artists_by_gid(fig, "crs_grade")]
    (icans,) = [a for a in artists_by_gid(fig, "icans_grade")]
    assert crs.axes is icans.axes is fig.axes[0]


# --- why the grade was what it was --------------------------------------------------------------
def test_grades_at_a_time_are_the_assessments_points_and_reasons():
    data = syn.trend_data()
    a = data.assessment
    graded = [p for p in a.crs.points if p.grade > 0]
    assert graded
    point = graded[0]
    g = grades_at(data, point.time + timedelta(minutes=20))
    assert g.crs is point and g.crs_grade == point.grade
    assert g.crs_reasons == point.reasons and g.crs_reasons  # the catalogue's reasons
    assert all(render(m, "zh_CN") for m in g.crs_reasons)
    icans = [p for p in a.icans.points if p.time <= g.at]
    assert g.icans is (icans[-1] if icans else None)
    before = grades_at(data, a.crs.points[0].time - timedelta(minutes=1))
    assert before.crs is None and before.crs_grade == 0 and before.crs_reasons == ()


# --- the first screen ---------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height"), [(1260, 560), (1900, 830), (1260, 470)])
def test_the_first_five_panels_fit_the_first_screen(width, height):
    data = on_pressors()
    layout = screen_layout(width, height)
    fig = trend_figure(data, "72h", "zh_CN", layout=layout)
    fig.canvas.draw()
    assert fig.get_figwidth() * fig.dpi == pytest.approx(width)
    fifth = fig.axes[FIRST_SCREEN - 1]
    bottom_px = (1 - fifth.get_position().y0) * fig.get_figheight() * fig.dpi
    if layout.panel_height_in > 0.8:  # not at the floor: the panels were fitted
        assert bottom_px <= height
    assert bottom_px > 0.8 * height or layout.panel_height_in == 1.8
    # the time labels are on the first screen too (above the top panel)
    ticks = fig.axes[0].xaxis.get_major_ticks()
    assert [t for t in ticks if t.label2.get_visible() and t.label2.get_text()]
    assert not [t for t in ticks if t.label1.get_visible()]
