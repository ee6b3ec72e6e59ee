"""The trend figures carry the recorded values, the reference lines, dose markers and gaps."""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from matplotlib import font_manager, rcParams
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from PIL import Image

from cart_bedside import resources
from cart_bedside.logic.models import NeuroAssessment
from cart_bedside.plots import (
    HANDOVER_PANELS,
    PANELS,
    TrendData,
    artists_by_gid,
    figure_points,
    handover_figure,
    point_info,
    render_png,
    time_window,
    trend_figure,
)
from cart_bedside.plots.fonts import use_cjk_font
from cart_bedside.plots.trends import GAP_AFTER, SCREEN, figure_height, render_image
from tests.plots import synthetic as syn


@pytest.fixture(scope="module")
def data() -> TrendData:
    return syn.trend_data()


@pytest.fixture(scope="module")
def fig(data) -> Figure:
    return trend_figure(data, "since_infusion", "zh_CN")


def one_line(fig: Figure, gid: str) -> Line2D:
    lines = [a for a in artists_by_gid(fig, gid) if isinstance(a, Line2D)]
    assert len(lines) == 1, f"{gid}: {len(lines)} lines"
    return lines[0]


def finite(values) -> list[float]:
    return [float(v) for v in np.asarray(values, dtype=float) if not math.isnan(v)]


# --- the lines carry the recorded values ---------------------------------------------------
@pytest.mark.parametrize(
    ("gid", "value"),
    [
        ("temp_c", lambda v: v.temp_c),
        ("hr", lambda v: v.hr),
        ("sbp", lambda v: v.sbp),
        ("map", lambda v: v.map_mmhg),
        ("spo2", lambda v: v.spo2),
    ],
)
def test_vital_sign_lines_carry_the_recorded_values_at_their_times(fig, data, gid, value):
    line = one_line(fig, gid)
    assert finite(line.get_ydata()) == pytest.approx([value(v) for v in syn.vitals()])
    assert finite(line.get_xdata()) == pytest.approx([data.x(v.time) for v in syn.vitals()])


def test_labs_weight_and_ice_lines_carry_their_values(fig):
    for name in ("crp", "ferritin", "il6"):
        expected = [lab.value for lab in syn.labs() if lab.name == name]
        assert finite(one_line(fig, name).get_ydata()) == pytest.approx(expected)
    assert finite(one_line(fig, "weight_kg").get_ydata()) == pytest.approx(
        [w.weight_kg for w in syn.weights()]
    )
    assert finite(one_line(fig, "ice").get_ydata()) == [n.ice_score for n in syn.neuro()]


def test_crs_grade_is_a_step_line_of_the_assessed_grades(fig, data):
    line = one_line(fig, "crs_grade")
    assert line.get_drawstyle() == "steps-post"
    expected = [p.grade for p in data.assessment.crs.points if not p.before_infusion]
    assert finite(line.get_ydata()) == expected
    assert max(expected) == 2  # fever, then low-flow oxygen


def test_the_x_axis_is_days_since_d0_midnight(data):
    assert data.x(syn.INFUSION) == pytest.approx(10 / 24)  # infusion at 10:00 on D0
    assert data.x(syn.NOW) == pytest.approx(3 + 10 / 24)  # D+3 10:00
    assert math.floor(data.x(syn.NOW)) == data.assessment.day


# --- reference lines -------------------------------------------------------------------------
def test_fever_and_hypotension_reference_lines_exist(fig):
    (fever,) = artists_by_gid(fig, "ref_38")
    (sbp90,) = artists_by_gid(fig, "ref_90")
    assert set(fever.get_ydata()) == {38.0}
    assert set(sbp90.get_ydata()) == {90}
    assert not artists_by_gid(fig, "ref_sbp_age")  # an adult: 90 is the threshold


def test_a_child_gets_the_age_threshold_and_capd():
    child = syn.trend_data(age=7)
    neuro = [
        NeuroAssessment(n.time, capd_scores=(1, 1, 1, 0, 0, 0, 0, 0), meta=n.meta)
        for n in syn.neuro()
    ]
    child = TrendData.from_records(
        child.patient,
        now=child.now,
        vitals=child.vitals,
        neuro=neuro,
        admitted_at=child.admitted_at,
    )
    fig = trend_figure(child, "72h", "en", panels=("bp", "neuro"))
    (age_line,) = artists_by_gid(fig, "ref_sbp_age")
    assert set(age_line.get_ydata()) == {84}  # 70 + 2 × 7 years
    assert artists_by_gid(fig, "ref_90")
    assert finite(one_line(fig, "capd").get_ydata())[-1] == 3
    assert not artists_by_gid(fig, "ice")


# --- dose markers ----------------------------------------------------------------------------
def test_dose_markers_sit_at_the_dose_times_on_every_panel(fig, data):
    for drug, when in (("tocilizumab", syn.TOCI_AT), ("dexamethasone", syn.DEX_AT)):
        markers = artists_by_gid(fig, f"dose:{drug}")
        assert len(markers) == len(PANELS)  # one per panel
        for marker in markers:
            assert finite(marker.get_xdata()) == pytest.approx([data.x(when)] * 2)
    assert not artists_by_gid(fig, "dose:acetaminophen")  # antipyretics are not marked


def test_the_legend_names_the_marked_drugs(fig):
    texts = {t.get_text() for legend in fig.legends for t in legend.get_texts()}
    assert "托珠单抗" in texts
    assert any("地塞米松" in t for t in texts)


# --- gaps ------------------------------------------------------------------------------------
def test_gaps_stay_gaps(fig, data):
    line = one_line(fig, "temp_c")
    xs = np.asarray(line.get_xdata(), dtype=float)
    breaks = np.flatnonzero(np.isnan(xs))
    assert len(breaks) == 1  # one hole of 24 h; the 4-hourly and 2-hourly readings join up
    before, after = xs[breaks[0] - 1], xs[breaks[0] + 1]
    assert after == pytest.approx(data.x(syn.GAP_BEFORE))
    assert (after - before) * 24 > GAP_AFTER["vitals"] / timedelta(hours=1)
    steps = np.diff(xs[~np.isnan(xs)]) * 24
    assert sorted(set(np.round(steps))) == [2, 4, 24]  # only the 24 h step is broken


def test_readings_closer_than_the_gap_are_joined(data):
    vitals = [
        replace(v, time=syn.INFUSION + i * timedelta(hours=8))
        for i, v in enumerate(syn.vitals()[:6])
    ]  # exactly 8 h apart: no gap
    close = TrendData.from_records(data.patient, now=syn.NOW, vitals=vitals)
    fig = trend_figure(close, "since_infusion", "en", panels=("temp",))
    assert not np.isnan(np.asarray(one_line(fig, "temp_c").get_xdata(), float)).any()


def test_a_record_without_the_value_is_not_a_reading(data):
    vitals = [replace(v, temp_c=None) if i == 1 else v for i, v in enumerate(syn.vitals())]
    missing = TrendData.from_records(data.patient, now=syn.NOW, vitals=vitals)
    fig = trend_figure(missing, "since_infusion", "en", panels=("temp", "hr"))
    assert len(finite(one_line(fig, "temp_c").get_ydata())) == len(vitals) - 1
    assert len(finite(one_line(fig, "hr").get_ydata())) == len(vitals)


def test_cumulative_balance_breaks_after_a_shift_without_entries(fig):
    ys = np.asarray(one_line(fig, "fluid_cumulative").get_ydata(), dtype=float)
    assert np.isnan(ys).any()
    assert finite(ys)[-1] == pytest.approx(8 * 300)  # eight shifts of +800 / −500 mL


def bar_heights(fig: Figure, gid: str) -> list[float]:
    (bars,) = artists_by_gid(fig, gid)  # one collection, a rectangle per shift
    return [float(path.vertices[1, 1]) for path in bars.get_paths()]


def test_fluid_bars_are_the_shift_totals(fig):
    assert bar_heights(fig, "fluid_in") == [800.0] * 8
    assert bar_heights(fig, "fluid_out") == [-500.0] * 8
    assert bar_heights(fig, "fluid_net") == [300.0] * 8
    assert len(figure_points(fig)["fluid_in"]) == 8


def test_oxygen_support_is_a_band_in_the_spo2_panel(fig):
    (band,) = artists_by_gid(fig, "o2_band")
    points = figure_points(fig)["o2_band"]
    on_oxygen = [v for v in syn.vitals() if v.o2_flow_l_min]
    assert len(band.get_paths()) == len(points) == len(on_oxygen) == 10
    assert "3 L/min" in points[0].value


# --- tap support -----------------------------------------------------------------------------
def test_point_info_gives_value_time_and_who_recorded_it(fig):
    line = one_line(fig, "temp_c")
    xs = np.asarray(line.get_xdata(), dtype=float)
    gap_index = int(np.flatnonzero(np.isnan(xs))[0])
    assert point_info(fig, "temp_c", gap_index) is None
    info = point_info(fig, "temp_c", 0)
    assert info.time == syn.VITAL_TIMES[0] and info.value == "36.5 °C"
    assert info.recorded_by == "nurse"
    assert "记录人 nurse" in info.text("zh_CN")
    assert "recorded by nurse" in info.text("en")
    late = point_info(fig, "temp_c", gap_index + 2)  # the sixth reading was saved 3 h late
    assert late.recorded_by == "nurse2" and late.late
    assert "补录" in late.text("zh_CN")
    assert point_info(fig, "temp_c", 10_000) is None


def test_point_info_on_a_dose_marker_and_a_bar(fig):
    dose = point_info(fig, "dose:tocilizumab", 0)
    assert dose.time == syn.TOCI_AT and dose.value == "560 mg"
    assert dose.recorded_by == "doctor"
    bar = point_info(fig, "fluid_net", 0)
    assert bar.value == "+300 mL" and bar.end - bar.time == timedelta(hours=8)


def test_every_registered_gid_matches_its_artist_length(fig):
    for gid, points in figure_points(fig).items():
        lines = [a for a in artists_by_gid(fig, gid) if isinstance(a, Line2D)]
        if lines:
            assert len(lines[0].get_xdata()) == len(points), gid


# --- ranges, panels, languages ---------------------------------------------------------------
def test_ranges(data):
    assert time_window(data, "24h") == (syn.NOW - timedelta(hours=24), syn.NOW)
    assert time_window(data, "72h") == (syn.NOW - timedelta(hours=72), syn.NOW)
    assert time_window(data, "since_infusion") == (syn.INFUSION, syn.NOW)
    fig = trend_figure(data, "24h", "en", panels=("temp",))
    lo, hi = fig.axes[0].get_xlim()
    assert lo < data.x(syn.NOW - timedelta(hours=24)) < data.x(syn.NOW) < hi
    assert hi - lo < 1.1
    with pytest.raises(ValueError, match="unknown range"):
        time_window(data, "week")


def test_before_infusion_the_range_starts_at_admission(data):
    early = syn.trend_data(now=syn.INFUSION - timedelta(hours=30))
    start, end = time_window(early, "since_infusion")
    assert start == early.admitted_at and end == early.now
    fig = trend_figure(early, "since_infusion", "zh_CN")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[len(PANELS) - 1].get_xticklabels()]
    assert any(label.startswith("D\u2212") for label in labels)


def test_panels_can_be_chosen_and_unknown_ones_are_refused(data):
    fig = trend_figure(data, "72h", "en", panels=("temp", "bp"))
    assert len([ax for ax in fig.axes if ax.get_visible()]) == 2
    with pytest.raises(ValueError, match="unknown panels"):
        trend_figure(data, "72h", "en", panels=("temp", "pain"))


@pytest.mark.parametrize(
    ("lang", "expected", "absent"),
    [
        ("zh_CN", ["体温", "血压", "铁蛋白", "出入量", "回输以来"], ["Temp"]),
        ("en", ["Temp", "BP", "Ferritin", "In/out", "since infusion"], ["体温"]),
    ],
)
def test_labels_come_from_the_catalogue_in_each_language(data, lang, expected, absent):
    fig = trend_figure(data, "since_infusion", lang)
    fig.canvas.draw()
    texts = " ".join(t.get_text() for t in fig.findobj(Text))
    for word in expected:
        assert word in texts
    for word in absent:
        assert word not in texts


def test_day_labels_on_the_time_axis(data):
    fig = trend_figure(data, "since_infusion", "en")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[len(PANELS) - 1].get_xticklabels()]
    assert {"D+1", "D+2", "D+3"} <= set(labels)


# --- Chinese renders ---------------------------------------------------------------------------
def test_the_bundled_font_is_first_in_the_family_list():
    families = use_cjk_font()
    assert families[0] == resources.CJK_FONT_FAMILY
    assert list(rcParams["font.family"]) == families
    found = font_manager.findfont(font_manager.FontProperties(family=families))
    assert found.endswith(resources.CJK_FONT_FILE)


def test_chinese_renders_without_missing_glyphs(data):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = render_png(trend_figure(data, "since_infusion", "zh_CN"))
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing
    assert Image.open(io.BytesIO(png)).size == (1100, round(figure_height(PANELS, SCREEN) * 100))


# --- the small figure of the handover ------------------------------------------------------
def test_handover_figure_is_the_same_builders_with_fewer_panels(data):
    fig = handover_figure(data, "zh_CN")
    # the ICANS grade shares the CRS panel's axis; NEWS2 needs scored records (none here)
    assert len(fig.axes) == len(HANDOVER_PANELS)
    assert artists_by_gid(fig, "ref_38") and artists_by_gid(fig, "ref_90")
    assert finite(one_line(fig, "temp_c").get_ydata()) == pytest.approx(
        [v.temp_c for v in syn.vitals() if v.time >= syn.NOW - timedelta(72)]
    )


def test_a_figure_drawn_again_has_the_same_content_as_a_new_one(data):
    """The Trends tab draws each range into its one figure (matplotlib's embedding example)."""
    first = trend_figure(data, "24h", "en")
    again = trend_figure(data, "since_infusion", "en", figure=first)
    assert again is first  # the same Figure (and canvas), cleared and filled again
    fresh = trend_figure(data, "since_infusion", "en")
    for gid in ("temp_c", "sbp", "crs_grade", "icans_grade", "ice", "fluid_cumulative"):
        np.testing.assert_array_equal(
            one_line(again, gid).get_ydata(), one_line(fresh, gid).get_ydata()
        )
    assert len(artists_by_gid(again, "dose:tocilizumab")) == len(PANELS)
    assert len(again.axes) == len(fresh.axes)
    assert again.window == fresh.window and again.points.keys() == fresh.points.keys()
    a, b = np.asarray(render_image(again)), np.asarray(render_image(fresh))
    assert a.shape == b.shape and (a != b).any(axis=-1).mean() < 0.001
