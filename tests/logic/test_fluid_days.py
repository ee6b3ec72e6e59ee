"""Per-fluid-day balance (clinical-rules §6): the days listed by ``fluid_summary``,
their boundaries at the ward's fluid-day start, and each day's weight."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.fluids import balance, fluid_summary
from cart_bedside.logic.models import FluidCategory, FluidEntry, RecordMeta, WeightMeasurement
from cart_bedside.logic.shifts import ShiftSettings

D = datetime(2026, 11, 3)
C = FluidCategory
TWELVE_HOUR = ShiftSettings(
    shifts=(("day", time(7, 0)), ("night", time(19, 0))), fluid_day_start=time(7, 0)
)


def at(h: float, day: int = 0) -> datetime:
    return D + timedelta(days=day, hours=h)


def entry(h: float, cat: FluidCategory, ml: float, day: int = 0, **meta) -> FluidEntry:
    return FluidEntry(at(h, day), cat, ml, meta=RecordMeta(**meta))


# (entry hour, fluid-day start hour, index of the day it counts in: 0 = current, 1 = previous)
# with `at` = day 0, 12:00.
@pytest.mark.parametrize(
    ("entry_h", "start_h", "index"),
    [
        (8.0, 8, 0),  # exactly at the start: the new day (half-open days)
        (7.99, 8, 1),  # a minute before: the day before
        (7.0, 7, 0),  # the ward's 07:00 start moves the boundary
        (6.99, 7, 1),
        (11.99, 8, 0),
        (-0.01, 8, 1),  # 23:59 the evening before
        (8.0 - 24, 8, 1),  # 08:00 the day before: the start of the previous day
        (7.99 - 24, 8, 2),  # just before it: the day before the previous one
    ],
)
def test_an_entry_counts_in_the_fluid_day_it_falls_in(entry_h, start_h, index):
    shifts = ShiftSettings(fluid_day_start=time(start_h, 0))
    entries = [FluidEntry(at(entry_h), C.ORAL, 100)]
    s = fluid_summary(entries, at(12), shifts, admission_time=at(0, day=-3))
    nets = [d.totals.intake_ml for d in s.days]
    assert nets[index] == 100 and sum(nets) == 100


@pytest.mark.parametrize(
    ("admitted", "now", "count"),
    [
        (at(9), at(12), 2),  # admitted today: today and the (empty) day before
        (at(7.99), at(12), 2),  # admitted before today's start: the previous day is theirs
        (at(8, day=-1), at(12), 2),
        (at(7.99, day=-1), at(12), 3),
        (at(9, day=-4), at(7.99), 4),  # before 08:00: the current fluid day began yesterday
        (None, at(12), 2),
    ],
)
def test_days_run_from_the_current_one_back_to_the_admission(admitted, now, count):
    s = fluid_summary([], now, admission_time=admitted)
    assert len(s.days) == count
    starts = [d.start for d in s.days]
    assert starts == sorted(starts, reverse=True)
    assert all(a - b == timedelta(days=1) for a, b in pairwise(starts))
    assert s.days[0].totals == s.current_fluid_day
    assert s.days[1].totals == s.previous_fluid_day


def test_the_current_day_is_so_far_and_amendments_are_resolved():
    entries = [
        entry(9, C.IV_FLUIDS, 1000, id="a"),
        entry(9, C.IV_FLUIDS, 500, id="b", supersedes="a"),
        entry(10, C.URINE, 300),
        entry(13, C.ORAL, 999),  # after `at`
        entry(20, C.ORAL, 250, day=-1),
        entry(3, C.URINE, 400),  # 03:00 today: yesterday's fluid day
    ]
    s = fluid_summary(entries, at(12), admission_time=at(9, day=-1))
    today, yesterday = s.days
    assert (today.totals.intake_ml, today.totals.output_ml, today.totals.net_ml) == (500, 300, 200)
    assert (yesterday.totals.intake_ml, yesterday.totals.output_ml) == (250, 400)
    assert s.since_admission.net_ml == today.totals.net_ml + yesterday.totals.net_ml


def test_twelve_hour_shifts_with_a_0700_fluid_day():
    entries = [entry(6.5, C.ORAL, 100), entry(7, C.ORAL, 200), entry(18.99, C.URINE, 50)]
    s = fluid_summary(entries, at(19), TWELVE_HOUR, admission_time=at(0, day=-1))
    assert s.current_shift.name == "night"
    assert s.previous_shift.totals.net_ml == 150  # 07:00–19:00
    assert s.days[0].start == at(7) and s.days[0].totals.net_ml == 150
    assert s.days[1].start == at(7, day=-1) and s.days[1].totals.net_ml == 100


def test_each_day_has_its_last_weight_against_the_baseline():
    infusion = at(10, day=-1)
    weights = [
        WeightMeasurement(at(7, day=-1), 70.0),  # before infusion: the baseline
        WeightMeasurement(at(11, day=-1), 70.5),
        WeightMeasurement(at(20, day=-1), 71.0),  # the last of yesterday's fluid day
        WeightMeasurement(at(13), 72.0),  # after `at`: not yet
    ]
    s = fluid_summary(
        [], at(12), infusion_time=infusion, admission_time=at(6, day=-1), weights=weights
    )
    today, yesterday, before = s.days
    assert today.weight is None  # no weighing yet today (not carried over)
    assert yesterday.weight.latest_kg == 71.0 and yesterday.weight.change_kg == pytest.approx(1.0)
    assert before.weight.latest_kg == 70.0 and before.weight.change_kg == 0
    assert fluid_summary([], at(12), weights=()).days[0].weight is None


@settings(max_examples=60, deadline=None)
@given(
    hours=st.lists(st.floats(min_value=-72, max_value=11.9), max_size=25),
    start_h=st.integers(min_value=0, max_value=23),
)
def test_the_days_add_up_to_the_stay(hours, start_h):
    shifts = ShiftSettings(fluid_day_start=time(start_h, 0))
    entries = [FluidEntry(at(h), C.ORAL if i % 2 else C.URINE, 10 + i) for i, h in enumerate(hours)]
    admitted = at(-72)
    s = fluid_summary(entries, at(12), shifts, admission_time=admitted)
    assert sum(d.totals.net_ml for d in s.days) == pytest.approx(s.since_admission.net_ml)
    assert sum(d.totals.entries for d in s.days) == balance(entries, admitted, at(12.01)).entries


@settings(max_examples=60, deadline=None)
@given(
    hours=st.lists(st.floats(min_value=-96, max_value=14), max_size=25),
    withdrawn=st.sets(st.integers(min_value=0, max_value=24), max_size=4),
    start_h=st.integers(min_value=0, max_value=23),
)
def test_every_window_equals_balance_of_the_same_interval(hours, withdrawn, start_h):
    """fluid_summary sums time-sorted slices; balance() filters the whole list: the same."""
    shifts = ShiftSettings(fluid_day_start=time(start_h, 0))
    entries = [
        FluidEntry(
            at(h),
            C.ORAL if i % 3 else C.URINE,
            10 + i,
            meta=RecordMeta(id=f"e{i}", entered_in_error=i in withdrawn),
        )
        for i, h in enumerate(reversed(hours))  # not in time order
    ]
    now, admitted, infused = at(12), at(-96), at(-30)
    s = fluid_summary(entries, now, shifts, infusion_time=infused, admission_time=admitted)
    upto = [e for e in entries if e.time <= now]
    for d in s.days:
        assert d.totals == balance(upto, d.totals.start, d.totals.end)
    for shift in (s.current_shift, s.previous_shift):
        assert shift.totals == balance(upto, shift.totals.start, shift.totals.end)
    assert s.since_infusion.net_ml == pytest.approx(balance(upto, infused).net_ml)
    assert s.since_admission.entries == balance(upto, admitted).entries
