"""Trends (§11, §12): the physician's grade as a marker, NEWS2 beside the CRS grade."""

from __future__ import annotations

from cart_bedside.logic.news2 import news2
from cart_bedside.plots import load_trend_data, trend_figure
from cart_bedside.plots.points import artists_by_gid, point_info
from cart_bedside.storage import PhysicianGradeRecord
from tests.demo_ward import DEMO_NOW


def test_a_corrected_grade_is_an_open_diamond_with_the_computed_grade_and_reason(ward):
    repo, _ = ward
    eid = next(e.episode_id for _, e in repo.patients.occupied(DEMO_NOW) if e.bed == "01")
    before = load_trend_data(repo, eid, DEMO_NOW)
    computed = before.assessment.crs.grade
    repo.judgements.record_physician_grades(
        eid,
        [
            PhysicianGradeRecord(
                eid, "crs", computed, computed - 1, DEMO_NOW, "hypotension from GI bleeding"
            )
        ],
        "doctor",
    )
    data = load_trend_data(repo, eid, DEMO_NOW)
    fig = trend_figure(data, "since_infusion", "en")
    (diamond,) = artists_by_gid(fig, "physician_crs_corrected")
    assert list(diamond.get_ydata()) == [computed - 1]
    info = point_info(fig, "physician_crs_corrected", 0)
    assert f"computed {computed}" in info.value and "GI bleeding" in info.value
    assert not artists_by_gid(fig, "physician_crs")  # no plain confirmation drawn
    assert not artists_by_gid(
        trend_figure(before, "since_infusion", "en"), "physician_crs_corrected"
    )


def test_news2_is_drawn_beside_the_crs_grade_for_adults_only(ward):
    repo, _ = ward
    beds = {e.bed: e.episode_id for _, e in repo.patients.occupied(DEMO_NOW)}
    adult = load_trend_data(repo, beds["01"], DEMO_NOW)
    (line,) = artists_by_gid(trend_figure(adult, "24h", "zh_CN"), "news2")
    latest = adult.vitals[-1]
    expected = news2(latest, adult.neuro, adult.patient.age_years).total
    assert [y for y in line.get_ydata() if y == y][-1] == expected
    child = load_trend_data(repo, beds["03"], DEMO_NOW)  # 7 years: NEWS2 not for children
    assert not artists_by_gid(trend_figure(child, "24h", "zh_CN"), "news2")
