"""Acute alerts (clinical-rules §2.1, §2.2, §2.4, §3.4, §4), boundary by boundary."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.alerts import icu_transfer
from cart_bedside.logic.assessment import assess
from cart_bedside.logic.models import (
    Consciousness,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Patient,
    VitalSigns,
)

INFUSION = datetime(2026, 11, 1, 10, 0)
T = datetime(2026, 11, 3, 8, 0)
ADULT = Patient(age_years=54, weight_kg=70.0)


def vs(time=T, temp=37.0, sbp=120, spo2=97.0, device=O2Device.ROOM_AIR, flow=None, pressors=()):
    return VitalSigns(
        time=time,
        temp_c=temp,
        hr=90,
        sbp=sbp,
        dbp=min(60, sbp - 10),
        rr=18,
        spo2=spo2,
        o2_device=device,
        o2_flow_l_min=flow,
        vasopressors=pressors,
    )


def codes(patient=ADULT, vitals=(), neuro=(), meds=(), labs=(), at=None, protocol="tci-1203-2025"):
    a = assess(
        patient,
        INFUSION,
        list(vitals),
        list(neuro),
        list(meds),
        list(labs),
        at=at,
        protocol_id=protocol,
    )
    return a.alert_codes()


@pytest.mark.parametrize(
    ("vital", "suspected"),
    [
        (vs(temp=38.0), True),
        (vs(temp=37.9), False),
        (vs(sbp=89), True),
        (vs(sbp=90), False),
        (vs(spo2=89.9), True),
        (vs(spo2=90.0), False),
        (vs(), False),
    ],
)
def test_crs_suspected_signs(vital, suspected):
    assert ("crs_suspected" in codes(vitals=[vital])) is suspected


def test_crs_suspected_uses_the_child_blood_pressure_threshold():
    child = Patient(age_years=5, weight_kg=18)
    assert "crs_suspected" in codes(child, vitals=[vs(sbp=79)])
    assert "crs_suspected" not in codes(child, vitals=[vs(sbp=85)])


def test_no_suspicion_before_infusion():
    assert codes(vitals=[vs(time=INFUSION - timedelta(hours=1), temp=39.0)]) == []


@pytest.mark.parametrize(("day", "late"), [(20, False), (21, False), (22, True), (28, True)])
def test_late_crs_possible_after_day_21(day, late):
    when = datetime(2026, 11, 1, 12, 0) + timedelta(days=day)
    found = codes(vitals=[vs(time=when, temp=38.4)])
    assert "crs_suspected" in found
    assert ("late_crs_possible" in found) is late


@pytest.mark.parametrize(("crp", "workup"), [((40, 80), True), ((80, 40), False), ((80,), False)])
def test_fever_with_rising_crp_suggests_cultures(crp, workup):
    labs = [
        LabResult(T - timedelta(hours=30 - 12 * i), "crp", v, "mg/L") for i, v in enumerate(crp)
    ]
    assert ("infection_workup_suggested" in codes(vitals=[vs(temp=38.5)], labs=labs)) is workup


@pytest.mark.parametrize(
    ("vital", "expected"),
    [
        (vs(sbp=85), True),
        (vs(device=O2Device.NASAL_CANNULA, flow=2), True),
        (vs(pressors=("norepinephrine",)), True),
        (vs(sbp=85, temp=38.2), False),  # that is CRS, not unexplained
        (vs(spo2=88), False),  # low SpO2 on room air sets no grade: its own alert
    ],
)
def test_hypotension_or_hypoxia_without_fever(vital, expected):
    assert ("hypotension_or_hypoxia_without_fever" in codes(vitals=[vital])) is expected


@pytest.mark.parametrize(
    ("vital", "expected"),
    [
        (vs(spo2=89), True),
        (vs(spo2=90), False),
        (vs(spo2=85, device=O2Device.NASAL_CANNULA, flow=4), False),
    ],
)
def test_hypoxia_on_room_air(vital, expected):
    assert ("hypoxia_on_room_air" in codes(vitals=[vital])) is expected


@pytest.mark.parametrize(("ferritin", "hlh"), [(10000, False), (10000.5, True), (25000, True)])
def test_hlh_by_ferritin_above_10000(ferritin, hlh):
    labs = [LabResult(T, "ferritin", ferritin, "ug/L")]
    assert ("hlh_mas_suspected" in codes(labs=labs, at=T)) is hlh


def test_hlh_uses_the_latest_ferritin():
    labs = [LabResult(T - timedelta(days=1), "ferritin", 15000), LabResult(T, "ferritin", 8000)]
    assert "hlh_mas_suspected" not in codes(labs=labs, at=T)


def _hlh_course(after_grade_vital, hours_after=12):
    dose_time = T + timedelta(hours=1)
    vitals = [
        vs(time=T, temp=38.9, sbp=85),
        vs(time=dose_time + timedelta(hours=hours_after), **after_grade_vital),
    ]
    meds = [MedicationDose(dose_time, "tocilizumab", 560)]
    return codes(vitals=vitals, meds=meds)


@pytest.mark.parametrize(
    ("after", "hours", "hlh"),
    [
        ({"temp": 37.2, "sbp": 86}, 12, True),  # still grade 2 at 12 h
        ({"temp": 38.5, "sbp": 86}, 13, True),
        ({"temp": 38.5, "sbp": 95, "pressors": ("norepinephrine",)}, 12, True),  # worse
        ({"temp": 38.5, "sbp": 110}, 12, False),  # improved to grade 1
        ({"temp": 37.2, "sbp": 86}, 11.9, False),  # not yet 12 h
        ({"temp": 36.8, "sbp": 118}, 12, False),  # episode over
    ],
)
def test_hlh_when_no_improvement_12h_after_first_line_therapy(after, hours, hlh):
    assert ("hlh_mas_suspected" in _hlh_course(after, hours)) is hlh


def test_antipyretic_is_not_first_line_therapy_for_the_hlh_rule():
    vitals = [vs(time=T, temp=38.9, sbp=85), vs(time=T + timedelta(hours=13), temp=37.0, sbp=85)]
    meds = [MedicationDose(T + timedelta(hours=1), "acetaminophen", 1000)]
    assert "hlh_mas_suspected" not in codes(vitals=vitals, meds=meds)


@pytest.mark.parametrize(
    ("crs", "icans", "icu"),
    [
        (0, 0, False),
        (2, 0, False),
        (3, 0, True),
        (4, 0, True),
        (0, 2, False),
        (0, 3, True),
        (1, 2, False),
        (2, 1, False),
        (2, 2, True),
        (0, 4, True),
    ],
)
def test_icu_transfer_thresholds(crs, icans, icu):
    assert bool(icu_transfer(crs, icans)) is icu


def _toci(*hours):
    return [MedicationDose(T + timedelta(hours=h), "tocilizumab", 560) for h in hours]


@pytest.mark.parametrize(
    ("given", "at_h", "limit"),
    [
        ((0,), 4, False),  # interval only: the ledger shows the time, no alert
        ((0, 8, 16), 20, True),  # 3 in 24 h
        ((0, 8, 16), 24, False),
        ((0, 8, 16, 40), 50, True),  # total used up
        ((0, 3), 5, True),
    ],  # a dose given 3 h after the previous one broke the interval
)
def test_tocilizumab_limit_alert(given, at_h, limit):
    found = codes(meds=_toci(*given), at=T + timedelta(hours=at_h))
    assert ("tocilizumab_limit" in found) is limit


def test_tocilizumab_may_worsen_icans_when_icans_and_tocilizumab_suggested():
    vitals = [vs(temp=38.6, sbp=86)]
    neuro = [NeuroAssessment(T, ice_score=8, consciousness=Consciousness.ALERT)]
    assert "tocilizumab_may_worsen_icans" in codes(vitals=vitals, neuro=neuro)
    calm = [NeuroAssessment(T, ice_score=10, consciousness=Consciousness.ALERT)]
    assert "tocilizumab_may_worsen_icans" not in codes(vitals=vitals, neuro=calm)


def test_seizure_prophylaxis_for_prior_cns_disease():
    patient = Patient(age_years=40, weight_kg=60, prior_cns_disease=True)
    assert "seizure_prophylaxis" in codes(patient)
    assert "seizure_prophylaxis" not in codes()


def test_alerts_are_sorted_most_urgent_first():
    vitals = [vs(temp=39.0, sbp=95, pressors=("norepinephrine",))]
    a = assess(ADULT, INFUSION, vitals, at=T)
    severities = [al.severity.value for al in a.alerts]
    order = {"critical": 0, "warning": 1, "info": 2}
    assert severities == sorted(severities, key=order.get)
