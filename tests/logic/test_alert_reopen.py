"""When an acknowledged alert comes back: typed levels from the rules, one comparison."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.alert_reopen import AlertCondition, condition_of, reopens
from cart_bedside.logic.assessment import assess
from cart_bedside.logic.findings import Alert, Level, Severity, Worse, Worsening
from cart_bedside.logic.messages import msg
from cart_bedside.logic.models import LabResult, MedicationDose, Patient
from tests.logic.test_alerts import ADULT, INFUSION, T, vs

C = AlertCondition


def tracked(severity, levels=(), identity=None, message=""):
    return AlertCondition(severity, levels, identity, message, tracked=True)


@pytest.mark.parametrize(
    ("seen", "now", "back"),
    [
        # crs_suspected: CRS grade and the episode's start
        (tracked(1, (1,), "t0"), tracked(1, (1,), "t0", "x"), False),  # wording/values only
        (tracked(1, (1,), "t0"), tracked(1, (2,), "t0"), True),  # grade rises
        (tracked(1, (2,), "t0"), tracked(1, (1,), "t0"), False),  # grade falls
        (tracked(1, (1,), "t0"), tracked(1, (1,), "t1"), True),  # a new episode
        # icu_transfer_suggested: (CRS, ICANS), one component is enough
        (tracked(2, (3, 0)), tracked(2, (3, 1)), True),
        (tracked(2, (4, 1)), tracked(2, (3, 1)), False),
        # hypoxia_on_room_air: −SpO2 (lower SpO2 is worse)
        (tracked(2, (-88,)), tracked(2, (-85,)), True),
        (tracked(2, (-85,)), tracked(2, (-88,)), False),
        (tracked(2, (-88,)), tracked(2, (-88,)), False),
        # severe_neutropenia: severity rises with the grade
        (tracked(1, (3,)), tracked(2, (4,)), True),
        # a different number of levels (a rule changed between versions): back
        (tracked(1, (1,)), tracked(1, (1, 0)), True),
        # severity falls, a level rises: back
        (tracked(2, (1,)), tracked(1, (2,)), True),
        # untracked (standing reminders, hbv_reactivation): the message decides
        (C(0, (), None, "a"), C(0, (), None, "a"), False),
        (C(1, (), None, "a"), C(1, (), None, "b"), True),
        (C(1, (), None, "a"), C(2, (), None, "a"), True),
        (C(2, (), None, "a"), C(1, (), None, "b"), True),
        (None, C(2, (), None, "b"), False),  # no stored condition: stays acknowledged
        (None, tracked(2, (9,), "x"), False),
    ],
)
def test_reopens(seen, now, back):
    assert reopens(seen, now) is back


def test_stored_conditions_read_back_the_same():
    c = tracked(1, (2.0, -88.0), "2026-11-03T08:00:00", "abc")
    again = AlertCondition.from_json(c.as_json())
    assert again.as_json() == c.as_json()
    assert not reopens(again, c)


def _alert(code, levels=None, identity=None, severity=Severity.WARNING, **params):
    worsening = None if levels is None else Worsening(tuple(levels), identity)
    return Alert(code, msg(f"alert.{code}", **params), severity, None, worsening)


def test_condition_takes_the_worst_level_per_measure_in_declared_order():
    a = _alert("x", [Level("crs_grade", 2), Level("spo2", 91, Worse.LOWER)], "e1")
    b = _alert("x", [Level("crs_grade", 1), Level("spo2", 86, Worse.LOWER)], "e0")
    c = condition_of([a, b])
    assert c.tracked and c.levels == (2.0, -86.0) and c.identity == "e0|e1"


def test_one_untracked_alert_of_a_code_makes_the_message_decide():
    c = condition_of([_alert("x", [Level("g", 1)]), _alert("x")])
    assert not c.tracked and c.levels == ()


levels = st.lists(st.integers(-300, 30_000).map(float), min_size=0, max_size=4)


@given(st.integers(0, 2), levels, st.one_of(st.none(), st.text(max_size=4)), st.text(max_size=3))
def test_an_unchanged_condition_never_reopens(severity, values, identity, message):
    c = tracked(severity, tuple(values), identity, message)
    assert not reopens(c, c)
    plain = AlertCondition(severity, (), None, message)
    assert not reopens(plain, plain)


@given(st.integers(0, 2), levels.filter(bool), st.data())
def test_any_level_worse_reopens_and_all_better_does_not(severity, values, data):
    seen = tracked(severity, tuple(values), "e")
    i = data.draw(st.integers(0, len(values) - 1))
    step = data.draw(st.floats(0.5, 1000))
    worse = list(values)
    worse[i] += step
    assert reopens(seen, tracked(severity, tuple(worse), "e"))
    better = tuple(v - data.draw(st.floats(0, 1000)) for v in values)
    lower_severity = data.draw(st.integers(0, severity))
    assert not reopens(seen, tracked(lower_severity, better, "e", "other message"))


# --- the rules declare the measures that make them worse ---------------------------------


def _levels(alerts, code):
    c = condition_of([a for a in alerts if a.code == code])
    assert c.tracked
    return c


def _alerts(vitals=(), meds=(), labs=(), at=None, patient=ADULT):
    return assess(patient, INFUSION, list(vitals), [], list(meds), list(labs), at=at).alerts


def test_crs_suspected_carries_the_grade_and_the_episode_start():
    start = T - timedelta(hours=2)
    a = _alerts([vs(time=start, temp=38.4), vs(time=T, temp=38.6, sbp=85)])
    c = _levels(a, "crs_suspected")
    assert c.levels == (2.0,) and c.identity == start.isoformat()


def test_hypoxia_on_room_air_carries_spo2_lower_is_worse():
    seen = _levels(_alerts([vs(spo2=88.0)]), "hypoxia_on_room_air")
    assert seen.levels == (-88.0,)
    later = T + timedelta(hours=1)
    assert reopens(
        seen, _levels(_alerts([vs(spo2=88.0), vs(later, spo2=85.0)]), "hypoxia_on_room_air")
    )
    assert not reopens(
        seen, _levels(_alerts([vs(spo2=88.0), vs(later, spo2=89.0)]), "hypoxia_on_room_air")
    )


def test_hlh_levels_are_ferritin_no_improvement_and_crs_grade():
    c = _levels(_alerts(labs=[LabResult(T, "ferritin", 15000)], at=T), "hlh_mas_suspected")
    assert c.levels == (15000.0, 0.0, 0.0)


def test_ivig_carries_igg_lower_is_worse():
    labs = [LabResult(T, "igg", 3.5, "g/L")]
    c = _levels(_alerts(labs=labs, at=T), "ivig_suggested")
    assert c.levels == (-3.5,)


def test_contraindicated_antibiotic_identity_is_the_latest_dose():
    mg = Patient(age_years=54, weight_kg=70.0, conditions=("myasthenia_gravis",))
    first = [MedicationDose(T, "levofloxacin", 500)]
    c1 = _levels(_alerts(meds=first, at=T, patient=mg), "contraindicated_antibiotic_recorded")
    more = [*first, MedicationDose(T + timedelta(hours=24), "levofloxacin", 500)]
    at = T + timedelta(hours=25)
    c2 = _levels(_alerts(meds=more, at=at, patient=mg), "contraindicated_antibiotic_recorded")
    assert c1.identity == T.strftime("%m-%d %H:%M") and reopens(c1, c2)


def test_a_standing_reminder_is_untracked():
    cns = Patient(age_years=54, weight_kg=70.0, prior_cns_disease=True)
    alerts = [a for a in _alerts([vs()], patient=cns) if a.code == "seizure_prophylaxis"]
    assert alerts and all(a.worsening is None for a in alerts)


def test_an_acknowledgement_stored_by_the_previous_version_compares_the_same():
    # as service/alerts.py wrote it before the levels moved to the rules: −SpO2, CRS grade …
    stored = {"severity": 2, "levels": [-88.0], "identity": None, "message": "0123456789abcdef"}
    seen = AlertCondition.from_json(stored)
    later = T + timedelta(hours=1)
    same = _levels(_alerts([vs(spo2=88.0), vs(later, spo2=88.0)]), "hypoxia_on_room_air")
    worse = _levels(_alerts([vs(spo2=88.0), vs(later, spo2=84.0)]), "hypoxia_on_room_air")
    assert not reopens(seen, same) and reopens(seen, worse)
    crs = {"severity": 1, "levels": [2.0], "identity": (T - timedelta(hours=2)).isoformat()}
    now = _levels(
        _alerts([vs(time=T - timedelta(hours=2), temp=38.4), vs(time=T, temp=38.6, sbp=85)]),
        "crs_suspected",
    )
    assert not reopens(AlertCondition.from_json(crs), now)
