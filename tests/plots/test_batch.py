"""The handover's batch renderer draws each patient's figure as the single figure does.

:class:`~cart_bedside.plots.batch.TrendBatch` keeps one figure, its Axes and the
frame's pixels for one call; these tests draw patients one after another
through it (so anything left over from the previous patient would show) and
compare every image with ``render_image(handover_figure(...))``, pixel for
pixel (tests/reports/test_handover_figures.py does the same for the figures
inside the handover PDF).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest

from cart_bedside.logic.models import Consciousness, NeuroAssessment, VitalSigns
from cart_bedside.plots import TrendData, handover_figure, render_image
from cart_bedside.plots.batch import TrendBatch
from tests.plots import synthetic as syn


def pixels(image) -> np.ndarray:
    return np.asarray(image.convert("RGB"), dtype=np.int16)


def assert_same_image(batch_image, single_image, what: str) -> None:
    a, b = pixels(batch_image), pixels(single_image)
    assert a.shape == b.shape, what
    differ = (a != b).any(axis=-1)
    assert not differ.any(), f"{what}: {differ.sum()} pixels differ, up to {abs(a - b).max()}"


def child() -> TrendData:
    """A 7-year-old: CAPD instead of ICE, the age's blood-pressure line, no NEWS2."""
    base = syn.trend_data(age=7)
    neuro = [
        NeuroAssessment(n.time, capd_scores=(1, 1, 1, 0, 0, 0, 0, 0), meta=n.meta)
        for n in syn.neuro()
    ]
    return TrendData.from_records(
        base.patient,
        now=base.now,
        vitals=base.vitals,
        neuro=neuro,
        medications=syn.doses(),
        admitted_at=base.admitted_at,
    )


def feverish() -> TrendData:
    """Temperatures and heart rates beyond the usual axes: other y limits, another frame."""
    vitals = [replace(v, temp_c=41.6, hr=190, sbp=70) for v in syn.vitals()]
    return TrendData.from_records(
        syn.patient(), now=syn.NOW, vitals=vitals, neuro=syn.neuro(), medications=syn.doses()
    )


def empty() -> TrendData:
    """No records at all: every panel says so."""
    return TrendData.from_records(syn.patient(), now=syn.NOW)


def later() -> TrendData:
    """The same course a day later (other day labels under the bottom panel), no doses."""
    return TrendData.from_records(
        syn.patient(),
        now=syn.NOW + timedelta(days=1),
        vitals=syn.vitals(),
        neuro=syn.neuro(),
    )


def with_news2() -> TrendData:
    """Vital signs with a level of consciousness: NEWS2 on the CRS panel's right axis."""
    vitals: list[VitalSigns] = syn.vitals()
    neuro = [
        NeuroAssessment(v.time, ice_score=10, consciousness=Consciousness.ALERT, meta=v.meta)
        for v in vitals
    ]
    return TrendData.from_records(
        syn.patient(), now=syn.NOW, vitals=vitals, neuro=neuro, medications=syn.doses()
    )


COURSES = {
    "adult": syn.trend_data,
    "adult twice": syn.trend_data,
    "news2": with_news2,
    "child": child,
    "feverish": feverish,
    "empty": empty,
    "adult again": syn.trend_data,
    "later": later,
    "news2 again": with_news2,
}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_each_patient_in_a_batch_is_drawn_as_the_single_figure(lang):
    courses = {name: make() for name, make in COURSES.items()}
    with TrendBatch(lang) as batch:
        images = {name: batch.image(data) for name, data in courses.items()}
        frames = batch.frames_drawn
    for name, data in courses.items():
        assert_same_image(images[name], render_image(handover_figure(data, lang)), name)
    # the frame is drawn again only when it changes (the child, the fever, the empty axes,
    # NEWS2's axis, another dose key), and kept for a patient whose frame is the same
    assert 2 <= frames < len(courses)


def test_the_news2_axis_stays_in_the_kept_pixels():
    """Its ticks and labels are drawn with the frame, not again for each patient (its own
    spine covers where the ticks start; the pixels are checked above)."""
    with TrendBatch("zh_CN") as batch:
        first = batch.image(with_news2())
        twin = batch.fig.axes[-1]
        assert twin.get_visible() and twin.yaxis.get_ticks_position() == "right"
        drawn: list[object] = []
        real = twin.yaxis.draw
        twin.yaxis.draw = lambda renderer: drawn.append(renderer) or real(renderer)
        again = batch.image(with_news2())
        assert batch.frames_drawn == 1 and drawn == []
    assert_same_image(again, first, "news2 again")


def test_the_bottom_axis_stays_in_the_kept_pixels_and_each_patient_gets_its_days():
    """The bottom panel's axis writes the hours (the same for every patient at the same
    moment) and is drawn with the frame; the days since infusion (D+n) are each patient's
    text, where the axis wrote them before."""
    from cart_bedside.plots.time_axis import _tick_label

    with TrendBatch("en") as batch:
        batch.image(syn.trend_data())
        bottom = batch.fig.axes[len(batch.panels) - 1]
        drawn: list[object] = []
        real = bottom.xaxis.draw
        bottom.xaxis.draw = lambda renderer: drawn.append(renderer) or real(renderer)
        frames = batch.frames_drawn
        batch.image(later())  # a day later: the same hours, other day numbers
        assert len(drawn) == batch.frames_drawn - frames  # only when the frame is redrawn
        ticks = list(bottom.get_xticks())
        hours = bottom.xaxis.get_major_formatter().format_ticks(ticks)
        days = {
            t.get_position()[0]: t.get_text() for t in bottom.texts if t.get_gid() == "day_label"
        }
        shown = [days.get(x) or hour for x, hour in zip(ticks, hours, strict=True)]
        assert shown == [_tick_label(x) for x in ticks]
        assert {_tick_label(x) for x in days} == set(days.values()) and len(days) >= 2


def test_a_frame_seen_before_is_not_drawn_again():
    """A ward's usual frame survives the odd patient with another (a child's CAPD panel)."""
    courses = [syn.trend_data, child, syn.trend_data, child, syn.trend_data]
    with TrendBatch("zh_CN") as batch:
        images = [batch.image(make()) for make in courses]
        assert batch.frames_drawn == 2
    for make, image in zip(courses, images, strict=True):
        assert_same_image(image, render_image(handover_figure(make(), "zh_CN")), make.__name__)


def test_the_batch_keeps_nothing_after_its_call():
    with TrendBatch("en") as batch:
        batch.image(syn.trend_data())
    assert not batch.fig.axes
    assert not batch._frames
