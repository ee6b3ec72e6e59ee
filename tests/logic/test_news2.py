"""NEWS2 (RCP 2017, SpO2 scale 1): every band edge of the chart, the bands, ACVPU (§12)."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import Consciousness, NeuroAssessment, O2Device, VitalSigns
from cart_bedside.logic.news2 import (
    NEURO_WINDOW,
    Band,
    NeuroLookup,
    acvpu_at,
    band_for,
    news2,
    score_acvpu,
    score_air_or_oxygen,
    score_hr,
    score_rr,
    score_sbp,
    score_spo2_scale1,
    score_temp,
)

T = datetime(2026, 11, 3, 8, 0)


# The RCP chart, each edge and its neighbour.
@pytest.mark.parametrize(
    ("rr", "points"),
    [(2, 3), (8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3), (60, 3)],
)
def test_respiration_rate(rr, points):
    assert score_rr(rr) == points


@pytest.mark.parametrize(
    ("spo2", "points"),
    [(70, 3), (91, 3), (91.5, 3), (92, 2), (93, 2), (93.9, 2), (94, 1), (95, 1), (96, 0), (100, 0)],
)
def test_spo2_scale_1(spo2, points):
    assert score_spo2_scale1(spo2) == points


@pytest.mark.parametrize(
    ("device", "points"),
    [
        (O2Device.ROOM_AIR, 0),
        (O2Device.NASAL_CANNULA, 2),
        (O2Device.BLOW_BY, 2),
        (O2Device.NON_REBREATHER, 2),
        (O2Device.CPAP, 2),
        (O2Device.MECHANICAL_VENTILATION, 2),
    ],
)
def test_air_or_oxygen(device, points):
    assert score_air_or_oxygen(device) == points


@pytest.mark.parametrize(
    ("sbp", "points"),
    [
        (60, 3),
        (90, 3),
        (91, 2),
        (100, 2),
        (101, 1),
        (110, 1),
        (111, 0),
        (219, 0),
        (220, 3),
        (260, 3),
    ],
)
def test_systolic_bp(sbp, points):
    assert score_sbp(sbp) == points


@pytest.mark.parametrize(
    ("hr", "points"),
    [
        (30, 3),
        (40, 3),
        (41, 1),
        (50, 1),
        (51, 0),
        (90, 0),
        (91, 1),
        (110, 1),
        (111, 2),
        (130, 2),
        (131, 3),
        (180, 3),
    ],
)
def test_pulse(hr, points):
    assert score_hr(hr) == points


@pytest.mark.parametrize(
    ("temp", "points"),
    [
        (34.0, 3),
        (35.0, 3),
        (35.1, 1),
        (36.0, 1),
        (36.1, 0),
        (38.0, 0),
        (38.05, 1),
        (38.1, 1),
        (39.0, 1),
        (39.1, 2),
        (41.0, 2),
    ],
)
def test_temperature(temp, points):
    assert score_temp(temp) == points


@pytest.mark.parametrize(("acvpu", "points"), [("A", 0), ("C", 3), ("V", 3), ("P", 3), ("U", 3)])
def test_consciousness(acvpu, points):
    assert score_acvpu(acvpu) == points


@pytest.mark.parametrize(
    ("total", "single_3", "band"),
    [
        (0, False, Band.LOW),
        (4, False, Band.LOW),
        (3, True, Band.URGENT_REVIEW),
        (4, True, Band.URGENT_REVIEW),
        (5, False, Band.URGENT_REVIEW),
        (6, False, Band.URGENT_REVIEW),
        (6, True, Band.URGENT_REVIEW),
        (7, False, Band.EMERGENCY),
        (7, True, Band.EMERGENCY),
        (20, True, Band.EMERGENCY),
    ],
)
def test_bands(total, single_3, band):
    assert band_for(total, single_3) is band


def vitals(**kw):
    base = dict(
        time=T, temp_c=37.0, hr=80, sbp=120, dbp=70, rr=16, spo2=97.0, o2_device=O2Device.ROOM_AIR
    )
    base.update(kw)
    return VitalSigns(**base)


def neuro(minutes=0, loc=Consciousness.ALERT, ice=None):
    return NeuroAssessment(time=T + timedelta(minutes=minutes), consciousness=loc, ice_score=ice)


def test_a_normal_record_scores_0_low():
    result = news2(vitals(), [neuro()], age_years=54)
    assert (result.total, result.band) == (0, Band.LOW)


def test_crs_2_patient_example():
    # 38.6 °C, HR 118, SBP 86, RR 24, SpO2 93 % on 3 L/min, alert
    v = vitals(
        temp_c=38.6,
        hr=118,
        sbp=86,
        rr=24,
        spo2=93.0,
        o2_device=O2Device.NASAL_CANNULA,
        o2_flow_l_min=3,
    )
    result = news2(v, [neuro()], age_years=54)
    assert dict(result.parts) == {
        "rr": 2,
        "spo2": 2,
        "air_or_oxygen": 2,
        "sbp": 3,
        "hr": 2,
        "consciousness": 0,
        "temp": 1,
    }
    assert result.total == 12 and result.band is Band.EMERGENCY
    assert result.single_3 == ("sbp",)
    assert "NEWS2 12" in render(result.summary(), "en")
    assert "not validated for CRS" in render(result.note, "en")


def test_single_3_alone_is_urgent_review():
    result = news2(vitals(rr=26), [neuro()], age_years=54)
    assert (result.total, result.band) == (3, Band.URGENT_REVIEW)


@pytest.mark.parametrize(
    ("loc", "acvpu"),
    [
        (Consciousness.ALERT, "A"),
        (Consciousness.AWAKENS_SPONTANEOUSLY, "A"),
        (Consciousness.AWAKENS_TO_VOICE, "V"),
        (Consciousness.AWAKENS_TO_TOUCH, "P"),
        (Consciousness.UNAROUSABLE, "U"),
    ],
)
def test_acvpu_from_level_of_consciousness(loc, acvpu):
    assert acvpu_at(T, [neuro(loc=loc)]) == acvpu


def test_new_confusion_when_ice_fell():
    checks = [neuro(-240, ice=10), neuro(-5, ice=8)]
    assert acvpu_at(T, checks) == "C"
    assert news2(vitals(), checks, age_years=54).total == 3


def test_no_confusion_when_ice_did_not_fall():
    assert acvpu_at(T, [neuro(-240, ice=8), neuro(-5, ice=8)]) == "A"
    assert acvpu_at(T, [neuro(-5, ice=9)]) == "A"  # no earlier ICE to fall from


def test_nearest_neuro_record_in_time_is_used():
    checks = [neuro(-120, loc=Consciousness.AWAKENS_TO_VOICE), neuro(30)]
    assert acvpu_at(T, checks) == "A"
    assert acvpu_at(T, [neuro(-9 * 60)]) is None  # older than one shift: not "nearest"


def test_incomplete_record_is_not_scored_and_says_what_is_missing():
    result = news2(vitals(rr=None), [], age_years=54)
    assert result.total is None
    assert result.missing == ("rr", "consciousness")
    assert "respiration rate" in render(result.summary(), "en")


def test_children_under_16_get_no_score():
    result = news2(vitals(), [neuro()], age_years=15.9)
    assert result.not_applicable and result.total is None
    assert news2(vitals(), [neuro()], age_years=16).total == 0


@given(
    rr=st.integers(2, 80),
    spo2=st.integers(50, 100),
    sbp=st.integers(40, 300),
    hr=st.integers(20, 250),
    temp=st.floats(30, 43),
    oxygen=st.booleans(),
    acvpu=st.sampled_from("ACVPU"),
)
def test_total_is_the_sum_and_band_follows(rr, spo2, sbp, hr, temp, oxygen, acvpu):
    v = vitals(
        rr=rr,
        spo2=float(spo2),
        sbp=sbp,
        hr=hr,
        temp_c=round(temp, 1),
        o2_device=O2Device.NASAL_CANNULA if oxygen else O2Device.ROOM_AIR,
        o2_flow_l_min=2 if oxygen else None,
    )
    result = news2(v, acvpu=acvpu, age_years=40)
    assert result.total == sum(p for _, p in result.parts)
    assert 0 <= result.total <= 20
    assert (result.band is Band.EMERGENCY) == (result.total >= 7)


def _acvpu_reference(moment, checks, window=NEURO_WINDOW):
    """The quadratic definition the linear lookup must agree with."""
    ordered = sorted((n for n in checks if n.consciousness is not None), key=lambda n: n.time)
    best = None
    for n in ordered:
        if abs(n.time - moment) <= window and (
            best is None or abs(n.time - moment) < abs(best.time - moment)
        ):
            best = n
    if best is None:
        return None
    level = {"alert": "A", "awakens_spontaneously": "A", "awakens_to_voice": "V"}.get(
        best.consciousness.value,
        {"awakens_to_touch": "P", "unarousable": "U"}.get(best.consciousness.value),
    )
    earlier = [n.total_ice for n in ordered if n.time < best.time and n.total_ice is not None]
    if level == "A" and best.total_ice is not None and earlier and best.total_ice < max(earlier):
        return "C"
    return level


_checks = st.lists(
    st.builds(
        neuro,
        minutes=st.integers(-900, 900).map(lambda m: m - m % 15),  # ties on purpose
        loc=st.sampled_from([*Consciousness, None]),
        ice=st.one_of(st.none(), st.integers(0, 10)),
    ),
    max_size=12,
)


@given(_checks, st.lists(st.integers(-1000, 1000).map(lambda m: m - m % 15), max_size=8))
def test_the_lookup_agrees_with_the_definition_for_every_moment(checks, minutes):
    lookup = NeuroLookup(checks)
    for m in minutes:
        moment = T + timedelta(minutes=m)
        assert lookup.acvpu_at(moment) == _acvpu_reference(moment, checks)


def test_ties_go_to_the_earlier_check_and_equal_times_to_the_first_given():
    voice, touch = Consciousness.AWAKENS_TO_VOICE, Consciousness.AWAKENS_TO_TOUCH
    assert acvpu_at(T, [neuro(30, loc=touch), neuro(-30, loc=voice)]) == "V"
    assert acvpu_at(T, [neuro(-30, loc=voice), neuro(-30, loc=touch)]) == "V"
    assert acvpu_at(T, [neuro(-30, loc=touch), neuro(-30, loc=voice)]) == "P"


def test_a_series_scored_with_one_lookup_equals_scoring_each_record_alone():
    checks = [neuro(-240, ice=10), neuro(-5, ice=8), neuro(300, loc=Consciousness.AWAKENS_TO_VOICE)]
    lookup = NeuroLookup(checks)
    for m in (-600, -240, -120, 0, 120, 299, 900):
        v = VitalSigns(time=T + timedelta(minutes=m), temp_c=37.0, hr=80, sbp=120, rr=16, spo2=97)
        assert news2(v, checks, 54, lookup=lookup) == news2(v, checks, 54)
