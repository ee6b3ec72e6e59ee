"""Properties the grading must keep for every input, checked with hypothesis."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.crs import crs_timeline
from cart_bedside.logic.icans import CONSCIOUSNESS_GRADE, grade_neuro
from cart_bedside.logic.models import (
    KNOWN_VASOPRESSORS,
    CerebralEdema,
    Consciousness,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Seizure,
    VitalSigns,
)
from cart_bedside.logic.tocilizumab import tocilizumab_dose, tocilizumab_ledger

INFUSION = datetime(2026, 11, 1, 10, 0)
FAST = settings(max_examples=150, deadline=None)

# Oxygen support from least to most: (device, flow) pairs in ASTCT order.
SUPPORT_LADDER = [
    (O2Device.ROOM_AIR, None),
    (O2Device.BLOW_BY, None),
    (O2Device.NASAL_CANNULA, 2.0),
    (O2Device.NASAL_CANNULA, 6.0),
    (O2Device.NASAL_CANNULA, 6.5),
    (O2Device.HIGH_FLOW_NASAL_CANNULA, 40.0),
    (O2Device.NON_REBREATHER, 15.0),
    (O2Device.CPAP, None),
    (O2Device.MECHANICAL_VENTILATION, None),
]

pressor_names = st.sampled_from([*KNOWN_VASOPRESSORS, "milrinone", "angiotensin ii"])


@st.composite
def vitals(draw, time=None):
    device, flow = draw(st.sampled_from(SUPPORT_LADDER))
    sbp = draw(st.integers(40, 300))
    return VitalSigns(
        time=time or INFUSION + timedelta(minutes=draw(st.integers(0, 30 * 24 * 60))),
        temp_c=draw(st.one_of(st.none(), st.floats(34.0, 42.0).map(lambda t: round(t, 1)))),
        sbp=sbp,
        dbp=draw(st.integers(10, max(10, sbp - 1))),
        spo2=draw(st.floats(60, 100)),
        o2_device=device,
        o2_flow_l_min=flow,
        vasopressors=tuple(draw(st.sets(pressor_names, max_size=3))),
        fluid_bolus_for_hypotension=draw(st.booleans()),
    )


ages = st.floats(0, 100)


def grade(v, age, doses=()):
    return crs_timeline([v], list(doses), INFUSION, age).grade


@FAST
@given(vitals(), ages, pressor_names)
def test_adding_a_vasopressor_never_lowers_the_crs_grade(v, age, extra):
    more = VitalSigns(
        **{
            **v.__dict__,
            "vasopressors": (*v.vasopressors, extra)
            if extra not in v.vasopressors
            else v.vasopressors,
        }
    )
    assert grade(more, age) >= grade(v, age)


@FAST
@given(vitals(), ages, st.integers(0, len(SUPPORT_LADDER) - 1))
def test_more_oxygen_support_never_lowers_the_crs_grade(v, age, step):
    current = next(i for i, s in enumerate(SUPPORT_LADDER) if s == (v.o2_device, v.o2_flow_l_min))
    higher = max(current, step)
    device, flow = SUPPORT_LADDER[higher]
    more = VitalSigns(**{**v.__dict__, "o2_device": device, "o2_flow_l_min": flow})
    assert grade(more, age) >= grade(v, age)


@FAST
@given(vitals(), ages, st.integers(1, 60))
def test_lower_blood_pressure_never_lowers_the_crs_grade(v, age, drop):
    lower = VitalSigns(
        **{**v.__dict__, "sbp": max(40, v.sbp - drop), "dbp": min(v.dbp, max(10, v.sbp - drop - 1))}
    )
    assert grade(lower, age) >= grade(v, age)


@FAST
@given(st.lists(vitals(), min_size=1, max_size=25), ages)
def test_grades_stay_in_0_to_4_and_every_grade_has_a_reason(records, age):
    timeline = crs_timeline(records, [], INFUSION, age)
    for point in timeline.points:
        assert 0 <= point.grade <= 4
        if point.grade > 0:
            assert point.reasons
    assert timeline.max_grade >= timeline.grade


@FAST
@given(
    st.lists(vitals(), min_size=1, max_size=25),
    ages,
    st.lists(st.integers(0, 30 * 24 * 60), max_size=4),
    st.sampled_from(["acetaminophen", "tocilizumab", "dexamethasone"]),
)
def test_fever_masking_doses_never_lower_any_grade(records, age, minutes, drug):
    doses = [MedicationDose(INFUSION + timedelta(minutes=m), drug, 10) for m in minutes]
    without = crs_timeline(records, [], INFUSION, age)
    with_doses = crs_timeline(records, doses, INFUSION, age)
    for a, b in zip(without.points, with_doses.points, strict=True):
        assert b.grade >= a.grade


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
@FAST
@given(st.lists(vitals(), min_size=1, max_size=25), ages)
def test_without_fever_met_there_is_no_grade(records, age):
    afebrile = [VitalSigns(**{**v.__dict__, "temp_c": 37.0}) for v in records]
    assert crs_timeline(afebrile, [], INFUSION, age).max_grade == 0


# --- ICANS -----------------------------------------------------------------------------


@st.composite
def neuro(draw, capd=False):
    ice = {}
    if capd:
        choice = draw(st.integers(0, 2))
        if choice == 1:
            ice["capd_scores"] = tuple(draw(st.lists(st.integers(0, 4), min_size=8, max_size=8)))
        elif choice == 2:
            ice["capd_unable"] = True
    else:
        choice = draw(st.integers(0, 3))
        if choice == 1:
            ice["ice_score"] = draw(st.integers(0, 10))
        elif choice == 2:
            ice["ice_items"] = tuple(draw(st.lists(st.booleans(), min_size=10, max_size=10)))
        elif choice == 3:
            ice["ice_unable"] = True
    return NeuroAssessment(
        time=INFUSION + timedelta(days=3),
        consciousness=draw(st.one_of(st.none(), st.sampled_from(list(Consciousness)))),
        seizure=draw(st.sampled_from(list(Seizure))),
        motor_weakness=draw(st.booleans()),
        cerebral_edema=draw(st.sampled_from(list(CerebralEdema))),
        consciousness_other_cause=draw(st.booleans()),
        seizure_other_cause=draw(st.booleans()),
        motor_other_cause=draw(st.booleans()),
        edema_other_cause=draw(st.booleans()),
        **ice,
    )


def _replace(n, **changes):
    return NeuroAssessment(**{**n.__dict__, **changes})


@FAST
@given(
    st.booleans().flatmap(lambda c: st.tuples(st.just(c), neuro(capd=c))),
    st.sampled_from(list(Consciousness)),
)
def test_worse_consciousness_never_lowers_the_icans_grade(pair, level):
    capd, n = pair
    if n.consciousness is None or CONSCIOUSNESS_GRADE[level] < CONSCIOUSNESS_GRADE[n.consciousness]:
        return
    before = grade_neuro(n, capd).grade
    after = grade_neuro(_replace(n, consciousness=level), capd).grade
    assert after >= before


@FAST
@given(neuro(), st.integers(0, 10), st.integers(0, 10))
def test_lower_ice_never_lowers_the_icans_grade(n, a, b):
    high, low = max(a, b), min(a, b)
    base = _replace(n, ice_items=None, ice_unable=False)
    assert (
        grade_neuro(_replace(base, ice_score=low), False).grade
        >= grade_neuro(_replace(base, ice_score=high), False).grade
    )


@FAST
@given(st.booleans().flatmap(lambda c: st.tuples(st.just(c), neuro(capd=c))))
def test_icans_grade_in_range_with_reasons_and_other_cause_never_raises(pair):
    capd, n = pair
    point = grade_neuro(n, capd)
    assert 0 <= point.grade <= 4
    if point.grade:
        assert point.reasons
    cleared = _replace(
        n,
        consciousness_other_cause=False,
        seizure_other_cause=False,
        motor_other_cause=False,
        edema_other_cause=False,
    )
    assert grade_neuro(cleared, capd).grade >= point.grade


# --- tocilizumab ---------------------------------------------------------------------


@FAST
@given(st.floats(0.5, 350))
def test_tocilizumab_dose_is_positive_and_capped(weight):
    dose = tocilizumab_dose(weight).dose_mg
    assert 0 < dose <= 800


@FAST
@given(st.lists(st.integers(0, 14 * 24 * 60), max_size=6), st.integers(0, 15 * 24 * 60))
def test_ledger_is_consistent(minutes, at_minute):
    base = datetime(2026, 11, 2)
    doses = [MedicationDose(base + timedelta(minutes=m), "tocilizumab", 500) for m in minutes]
    at = base + timedelta(minutes=at_minute)
    ledger = tocilizumab_ledger(doses, at)
    assert ledger.doses_last_24h <= ledger.doses_total
    if ledger.next_allowed_at is not None and not ledger.limit_reached:
        assert ledger.allowed_now == (at >= ledger.next_allowed_at)
    # With no further dose, at next_allowed_at a dose is allowed unless the total is used up.
    if ledger.next_allowed_at is not None and ledger.next_allowed_at >= at:
        given_by_then = [d for d in doses if d.time <= at]
        later = tocilizumab_ledger(given_by_then, ledger.next_allowed_at)
        assert later.allowed_now or later.limit_reached
