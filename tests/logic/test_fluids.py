"""Fluid balance per shift, per fluid day, cumulative; weight change (clinical-rules §6)."""

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.fluids import (
    INTAKE_CATEGORIES,
    OUTPUT_CATEGORIES,
    balance,
    baseline_weight,
    category_label,
    cumulative_net_series,
    fluid_day_balances,
    fluid_summary,
    shift_balances,
    weight_change,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import FluidCategory, FluidEntry, RecordMeta, WeightMeasurement
from cart_bedside.logic.shifts import ShiftSettings

D = datetime(2026, 11, 3)
C = FluidCategory


def at(h: float, day: int = 0) -> datetime:
    return D + timedelta(days=day, hours=h)


def entry(h: float, cat: FluidCategory, ml: float, day: int = 0, **meta) -> FluidEntry:
    return FluidEntry(at(h, day), cat, ml, meta=RecordMeta(**meta))


def test_categories_split_into_intake_and_output():
    assert set(INTAKE_CATEGORIES) | set(OUTPUT_CATEGORIES) == set(FluidCategory)
    assert C.URINE in OUTPUT_CATEGORIES and C.ORAL in INTAKE_CATEGORIES
    for c in FluidCategory:
        assert render(category_label(c), "zh_CN") and render(category_label(c), "en")


def test_balance_sums_in_out_net_and_categories():
    entries = [
        entry(9, C.IV_FLUIDS, 500),
        entry(10, C.ORAL, 200),
        entry(11, C.URINE, 300),
        entry(12, C.URINE, 150),
        entry(13, C.EMESIS, 50),
    ]
    b = balance(entries)
    assert (b.intake_ml, b.output_ml, b.net_ml, b.entries) == (700, 500, 200, 5)
    assert b.category_ml(C.URINE) == 450
    assert b.category_ml(C.BLOOD_PRODUCTS) == 0
    assert render(b.summary, "en") == "in 700 mL, out 500 mL, net +200 mL"
    assert "出入量差 +200" in render(b.summary, "zh_CN")


@pytest.mark.parametrize(
    ("moment", "shift_name"),
    [
        (at(8), "day"),
        (at(7, 0) + timedelta(minutes=59), "night"),
        (at(16), "evening"),
        (at(15) + timedelta(minutes=59, seconds=59), "day"),
        (at(0), "night"),
    ],
)
def test_entry_on_a_boundary_counts_in_the_shift_that_starts(moment, shift_name):
    entries = [FluidEntry(moment, C.ORAL, 100)]
    shifts = shift_balances(entries, at(0), at(24))
    counted = [s.name for s in shifts if s.totals.intake_ml]
    assert counted == [shift_name]


def test_shift_balances_default_and_twelve_hour():
    entries = [entry(9, C.ORAL, 100), entry(17, C.URINE, 400), entry(21, C.ORAL, 300)]
    three = shift_balances(entries, at(8), at(24))
    assert [(s.name, s.totals.net_ml) for s in three] == [("day", 100), ("evening", -100)]
    two = shift_balances(entries, at(8), at(24), ShiftSettings.twelve_hour())
    assert [(s.name, s.totals.net_ml) for s in two] == [("day", -300), ("night", 300)]
    assert render(two[1].label, "zh_CN") == "夜班"


def test_fluid_day_totals_cross_midnight():
    entries = [
        entry(7, C.URINE, 100),
        entry(9, C.ORAL, 1000),
        entry(23, C.URINE, 200),
        entry(3, C.URINE, 300, day=1),
        entry(8, C.ORAL, 50, day=1),
    ]
    days = fluid_day_balances(entries, at(8), at(8, day=1))
    assert len(days) == 1
    assert (days[0].intake_ml, days[0].output_ml) == (1000, 500)
    assert days[0].start == at(8)


def test_fluid_day_not_aligned_with_shifts_still_sums_entries():
    settings = ShiftSettings(fluid_day_start=time(7))
    entries = [entry(6.5, C.ORAL, 100), entry(7.5, C.ORAL, 200)]
    days = fluid_day_balances(entries, at(7), at(7, day=1), settings)
    assert days[0].intake_ml == 200


def test_cumulative_since_infusion_and_admission():
    admission, infusion = at(8, day=-6), at(10, day=-1)
    entries = [
        entry(9, C.ORAL, 1000, day=-3),
        entry(12, C.URINE, 400, day=-1),
        entry(9, C.IV_FLUIDS, 500),
    ]
    assert balance(entries, infusion, at(24)).net_ml == 100
    assert balance(entries, admission, at(24)).net_ml == 1100


def test_fluid_summary():
    infusion = at(10, day=-2)
    entries = [
        entry(1, C.ORAL, 100),
        entry(9, C.IV_FLUIDS, 500),
        entry(10, C.URINE, 200),
        entry(13, C.ORAL, 999),
    ]
    s = fluid_summary(entries, at(11), infusion_time=infusion, admission_time=at(0, day=-7))
    assert s.current_shift.name == "day" and s.current_shift.totals.net_ml == 300
    assert s.previous_shift.name == "night" and s.previous_shift.totals.intake_ml == 100
    assert s.current_fluid_day.net_ml == 300
    assert s.previous_fluid_day.net_ml == 100
    assert s.since_infusion.net_ml == 400  # the 13:00 entry is after `at`
    assert s.since_infusion.end == at(11)
    assert s.since_admission.net_ml == 400
    assert fluid_summary(entries, at(11)).since_infusion is None


def test_amendments_replace_and_withdraw():
    original = entry(9, C.ORAL, 1000, id="a")
    corrected = entry(9, C.ORAL, 100, id="b", supersedes="a")
    wrong = entry(10, C.URINE, 500, id="c")
    withdrawn = entry(10, C.URINE, 500, id="d", supersedes="c", entered_in_error=True)
    b = balance([original, corrected, wrong, withdrawn])
    assert (b.intake_ml, b.output_ml, b.entries) == (100, 0, 1)


def test_cumulative_net_series_steps_at_shift_ends():
    entries = [entry(9, C.ORAL, 500), entry(17, C.URINE, 200), entry(1, C.URINE, 100, day=1)]
    series = cumulative_net_series(entries, at(8), at(10, day=1))
    assert series == [(at(16), 500), (at(24), 300), (at(8, day=1), 200), (at(10, day=1), 200)]


def weight(h, kg, day=0):
    return WeightMeasurement(at(h, day), kg)


def test_weight_change_from_pre_infusion_baseline():
    infusion = at(10)
    ws = [weight(7, 70.0, day=-3), weight(7, 71.0), weight(7, 73.5, day=2)]
    change = weight_change(ws, at=at(12, day=2), infusion_time=infusion)
    assert change.baseline_kg == 71.0 and change.latest_kg == 73.5
    assert change.change_kg == pytest.approx(2.5)
    assert change.change_percent == pytest.approx(2.5 / 71 * 100)
    assert render(change.summary, "en") == "weight 73.5 kg, +2.5 kg (+3.5 %) from baseline 71.0 kg"


@pytest.mark.parametrize(
    ("infusion", "expected_kg"),
    [(at(6), 70.0), (at(7), 71.0), (None, 70.0), (at(0, day=-10), 70.0)],
)
def test_baseline_weight_choice(infusion, expected_kg):
    ws = [weight(7, 71.0), weight(7, 70.0, day=-3)]
    assert baseline_weight(ws, infusion).weight_kg == expected_kg


def test_weight_change_edge_cases():
    assert weight_change([]) is None
    ws = [weight(7, 70.0), weight(7, 69.0, day=1)]
    assert weight_change(ws, at=at(0)) is None  # nothing measured yet
    explicit = weight_change(ws, baseline=WeightMeasurement(at(0, day=-30), 72.0))
    assert explicit.change_kg == pytest.approx(-3.0)


volumes = st.floats(min_value=1, max_value=5000, allow_nan=False)
fluid_entries = st.lists(
    st.builds(
        FluidEntry,
        st.datetimes(min_value=at(0), max_value=at(0, day=5)),
        st.sampled_from(list(FluidCategory)),
        volumes,
    ),
    max_size=40,
)


@given(fluid_entries)
def test_net_is_intake_minus_output(entries):
    b = balance(entries)
    assert b.net_ml == pytest.approx(b.intake_ml - b.output_ml)
    assert sum(b.by_category.values()) == pytest.approx(b.intake_ml + b.output_ml)


@given(
    fluid_entries,
    st.datetimes(min_value=at(0), max_value=at(0, day=5)),
    st.sampled_from(INTAKE_CATEGORIES),
    volumes,
)
def test_adding_an_intake_never_lowers_the_balance(entries, when, cat, ml):
    before = balance(entries, at(0), at(0, day=6)).net_ml
    after = balance([*entries, FluidEntry(when, cat, ml)], at(0), at(0, day=6)).net_ml
    assert after >= before


@given(fluid_entries)
def test_shifts_and_fluid_days_add_up_to_the_whole(entries):
    start, end = at(8), at(8, day=5)
    whole = balance(entries, start, end).net_ml
    by_shift = sum(s.totals.net_ml for s in shift_balances(entries, start, end))
    by_day = sum(d.net_ml for d in fluid_day_balances(entries, start, end))
    assert by_shift == pytest.approx(whole)
    assert by_day == pytest.approx(whole)
