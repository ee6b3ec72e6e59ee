"""Steroid exposure: dexamethasone equivalents, days, courses (clinical-rules §2.5)."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import MedicationDose
from cart_bedside.logic.steroids import dex_equivalent_mg, is_steroid, steroid_exposure

D = datetime(2026, 11, 3, 0, 0)


def dose(day: int, drug: str = "dexamethasone", mg: float | None = 10, hour: int = 10):
    return MedicationDose(D + timedelta(days=day, hours=hour), drug, mg)


@pytest.mark.parametrize(
    ("drug", "mg", "dex"),
    [
        ("dexamethasone", 0.75, 0.75),
        ("methylprednisolone", 4, 0.75),
        ("prednisone", 5, 0.75),
        ("hydrocortisone", 20, 0.75),
        ("methylprednisolone", 1000, 187.5),
        ("甲泼尼龙", 40, 7.5),
        ("Dexamethasone", 10, 10),
        ("地塞米松", 20, 20),
    ],
)
def test_equivalence_table(drug, mg, dex):
    assert dex_equivalent_mg(drug, mg) == pytest.approx(dex)


@pytest.mark.parametrize(("drug", "mg"), [("tocilizumab", 560), ("dexamethasone", None)])
def test_not_counted(drug, mg):
    assert dex_equivalent_mg(drug, mg) is None


def test_no_steroids():
    exp = steroid_exposure([dose(0, "acetaminophen", 500)], D + timedelta(days=1))
    assert exp.doses == 0 and exp.course_day is None and not exp.on_steroids
    assert exp.summary.code == "steroid.none"
    assert is_steroid("prednisolone") and not is_steroid("ibuprofen")


def test_cumulative_days_and_span():
    doses = [
        dose(0, mg=10),
        dose(0, mg=10, hour=18),
        dose(1, "methylprednisolone", 80),
        dose(3, mg=10),
    ]
    exp = steroid_exposure(doses, D + timedelta(days=3, hours=12))
    assert exp.dex_equivalent_mg == pytest.approx(45)
    assert exp.doses == 4
    assert exp.days_with_dose == 3
    assert exp.span_days == 4
    assert exp.mg_by_drug == {"dexamethasone": 30, "methylprednisolone": 80}
    assert exp.first_dose == doses[0].time and exp.last_dose == doses[-1].time
    assert exp.courses == 1 and exp.course_day == 4  # one dose-free day keeps the course
    assert render(exp.summary, "en").startswith("corticosteroids: 45 mg dexamethasone")


def test_doses_after_at_or_before_since_are_ignored():
    doses = [dose(0), dose(5)]
    assert steroid_exposure(doses, D + timedelta(days=1)).doses == 1
    assert steroid_exposure(doses, D + timedelta(days=6), since=D + timedelta(days=1)).doses == 1


@pytest.mark.parametrize(
    ("at_day", "course_day"),
    [(2, 3), (4, 5), (5, None)],  # last dose on day 2: current while ≤ 2 dose-free days
)
def test_current_course_ends_after_two_dose_free_days(at_day, course_day):
    doses = [dose(0), dose(1), dose(2)]
    exp = steroid_exposure(doses, D + timedelta(days=at_day, hours=23))
    assert exp.course_day == course_day


@pytest.mark.parametrize(("gap_days", "courses"), [(1, 1), (2, 1), (3, 2)])
def test_course_break(gap_days, courses):
    # doses on day 0 and day gap_days: gap_days − 1 dose-free days between them
    exp = steroid_exposure([dose(0), dose(gap_days)], D + timedelta(days=gap_days, hours=12))
    assert exp.courses == courses
    assert exp.course_day == (gap_days + 1 if courses == 1 else 1)


@pytest.mark.parametrize(("days", "long"), [(9, False), (10, True)])
def test_ten_day_note(days, long):
    exp = steroid_exposure([dose(d) for d in range(days)], D + timedelta(days=days - 1, hours=12))
    codes = [n.code for n in exp.notes]
    assert ("steroid.course_10_days" in codes) is long
    assert "steroid.taper_note" in codes


def test_dose_without_amount_is_flagged():
    exp = steroid_exposure([dose(0), dose(1, mg=None)], D + timedelta(days=1, hours=12))
    assert exp.dex_equivalent_mg == 10 and exp.doses_without_amount == 1
    assert exp.summary.code == "steroid.summary_incomplete"
    assert "至少" in render(exp.summary, "zh_CN")


def test_finished_course_note():
    exp = steroid_exposure([dose(0)], D + timedelta(days=10))
    assert exp.notes[0].code == "steroid.no_current_course"
    assert render(exp.notes[0], "en") == "no current course (last dose on 2026-11-03)"


def test_bad_course_break():
    with pytest.raises(ValueError):
        steroid_exposure([], D, course_break_days=0)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 20),
            st.sampled_from(
                ["dexamethasone", "methylprednisolone", "prednisone", "hydrocortisone"]
            ),
            st.floats(0.5, 1000),
        ),
        max_size=15,
    )
)
def test_exposure_properties(items):
    doses = [dose(d, drug, mg) for d, drug, mg in items]
    exp = steroid_exposure(doses, D + timedelta(days=21))
    assert exp.dex_equivalent_mg >= 0
    assert exp.days_with_dose <= exp.span_days
    assert exp.doses == len(doses)
    more = steroid_exposure([*doses, dose(21, hour=0)], D + timedelta(days=21))
    assert more.dex_equivalent_mg >= exp.dex_equivalent_mg
