"""The carry-forward comparison (issue 11 item 1): every change said, every drop flagged."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.assessment import assess
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import Consciousness, O2Device, Patient, VitalSigns
from cart_bedside.logic.support_change import (
    Support,
    consciousness_change,
    grade_drops,
    last_support,
    support_changes,
)

NC4 = Support(O2Device.NASAL_CANNULA, 4.0)
AIR = Support()


@pytest.mark.parametrize(
    ("before", "after", "en"),
    [
        (NC4, AIR, ["oxygen stopped: nasal cannula 4 L/min → room air"]),
        (AIR, NC4, ["oxygen started: room air → nasal cannula 4 L/min"]),
        (
            NC4,
            Support(O2Device.NASAL_CANNULA, 2.0),
            ["oxygen changed: nasal cannula 4 L/min → nasal cannula 2 L/min"],
        ),
        (
            NC4,
            Support(O2Device.NON_REBREATHER, 10.0),
            ["oxygen changed: nasal cannula 4 L/min → non-rebreather mask 10 L/min"],
        ),
        (NC4, NC4, ["oxygen and vasopressors unchanged: nasal cannula 4 L/min; no vasopressor"]),
        (Support(vasopressors=("norepinephrine",)), AIR, ["vasopressor stopped: norepinephrine"]),
        (
            AIR,
            Support(vasopressors=("norepinephrine", "vasopressin")),
            ["vasopressor started: norepinephrine", "vasopressor started: vasopressin"],
        ),
        (
            Support(O2Device.BIPAP, None, ("norepinephrine", "epinephrine")),
            Support(O2Device.NASAL_CANNULA, 6.0, ("norepinephrine",)),
            ["oxygen changed: BiPAP → nasal cannula 6 L/min", "vasopressor stopped: epinephrine"],
        ),
        (
            None,
            NC4,
            ["first record of oxygen and vasopressors: nasal cannula 4 L/min; no vasopressor"],
        ),
        # The order of the drugs and a flow left over on room air are no change.
        (
            Support(vasopressors=("a", "b")),
            Support(vasopressors=("b", "a")),
            ["oxygen and vasopressors unchanged: room air; vasopressor: b, a"],
        ),
        (
            Support(O2Device.ROOM_AIR, 3.0),
            AIR,
            ["oxygen and vasopressors unchanged: room air; no vasopressor"],
        ),
    ],
)
def test_support_changes_in_words(before, after, en):
    assert [render(m, "en") for m in support_changes(before, after)] == en


def test_chinese_words():
    (change,) = support_changes(NC4, AIR)
    assert render(change, "zh_CN") == "停止吸氧：鼻导管吸氧 4 L/min → 未吸氧（室内空气）"


supports = st.builds(
    Support,
    st.sampled_from(list(O2Device)),
    st.one_of(st.none(), st.sampled_from([1.0, 2.0, 4.0, 6.0, 10.0])),
    st.lists(
        st.sampled_from(["norepinephrine", "epinephrine", "dopamine", "vasopressin"]),
        unique=True,
        max_size=3,
    ).map(tuple),
)


@given(supports, supports)
def test_never_silent(before, after):
    """Unchanged exactly when nothing changed; otherwise one line per changed thing."""
    changes = support_changes(before, after)
    codes = [m.code for m in changes]
    assert changes
    if before.same_as(after):
        assert codes == ["entry.change.none"]
    else:
        assert "entry.change.none" not in codes
        pressors = set(before.vasopressors) ^ set(after.vasopressors)
        assert sum(c.startswith("entry.change.pressor") for c in codes) == len(pressors)


def test_consciousness_change():
    assert consciousness_change(Consciousness.ALERT, Consciousness.ALERT) is None
    assert consciousness_change(None, Consciousness.ALERT) is None
    change = consciousness_change(Consciousness.ALERT, Consciousness.AWAKENS_TO_VOICE)
    assert render(change, "en") == "consciousness: alert → awakens to voice"


def test_last_support_is_the_latest_record():
    t = datetime(2026, 1, 1, 8)
    early = VitalSigns(t, o2_device=O2Device.NASAL_CANNULA)
    late = VitalSigns(t + timedelta(hours=1))
    assert last_support([late, early]) is late and last_support([]) is None


PATIENT = Patient(id="p", name="x", age_years=50.0, weight_kg=70.0)
INFUSION = datetime(2026, 1, 1, 8)


def graded(*vitals):
    return assess(PATIENT, INFUSION, list(vitals))


def test_a_lower_crs_grade_is_a_drop_with_why():
    t = INFUSION + timedelta(days=2)
    on_o2 = VitalSigns(t, temp_c=38.6, sbp=86, o2_device=O2Device.NASAL_CANNULA, o2_flow_l_min=4.0)
    recheck = VitalSigns(t + timedelta(minutes=2), temp_c=38.6, sbp=110)
    current, preview = graded(on_o2), graded(on_o2, recheck)
    assert (current.crs.grade, preview.crs.grade) == (2, 1)
    (drop,) = grade_drops(current, preview)
    assert (drop.kind, drop.before, drop.after) == ("CRS", 2, 1)
    assert render(drop.title(), "en") == "CRS 2 → 1 because:"
    because = [render(m, "en") for m in drop.because]
    assert any(b.startswith("no longer: low-flow oxygen") for b in because)
    assert any(b.startswith("now: fever") for b in because)


@pytest.mark.parametrize(
    ("sbp", "device", "drops"),
    [
        (110, O2Device.NASAL_CANNULA, 0),  # same grade: nothing to confirm
        (80, O2Device.NON_REBREATHER, 0),  # higher grade: never asks
        (110, O2Device.ROOM_AIR, 1),  # lower grade
    ],
)
def test_only_a_fall_is_a_drop(sbp, device, drops):
    t = INFUSION + timedelta(days=2)
    first = VitalSigns(t, temp_c=38.6, sbp=110, o2_device=O2Device.NASAL_CANNULA, o2_flow_l_min=4.0)
    second = VitalSigns(
        t + timedelta(minutes=5),
        temp_c=38.6,
        sbp=sbp,
        o2_device=device,
        o2_flow_l_min=4.0 if device is O2Device.NASAL_CANNULA else 10.0,
    )
    assert len(grade_drops(graded(first), graded(first, second))) == drops
