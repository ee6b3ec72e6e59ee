"""Shifts and fluid days (clinical-rules §1), and the rules catalogue module."""

from datetime import datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.logic.shifts import (
    ShiftSettings,
    fluid_day_of,
    fluid_days_between,
    previous_shift,
    shift_label,
    shift_of,
    shifts_between,
)

D = datetime(2026, 11, 3)


def at(h: int, m: int = 0, day: int = 0) -> datetime:
    return D + timedelta(days=day, hours=h, minutes=m)


@pytest.mark.parametrize(
    ("moment", "name", "start", "end"),
    [
        (at(8), "day", at(8), at(16)),
        (at(7, 59), "night", at(0), at(8)),
        (at(15, 59), "day", at(8), at(16)),
        (at(16), "evening", at(16), at(24)),
        (at(23, 59), "evening", at(16), at(24)),
        (at(0), "night", at(0), at(8)),
        (at(3, 30), "night", at(0), at(8)),
    ],
)
def test_default_three_shifts(moment, name, start, end):
    shift = shift_of(moment)
    assert (shift.name, shift.start, shift.end) == (name, start, end)


@pytest.mark.parametrize(
    ("moment", "name", "start", "end"),
    [
        (at(8), "day", at(8), at(20)),
        (at(19, 59), "day", at(8), at(20)),
        (at(20), "night", at(20), at(32)),
        (at(0), "night", at(-4), at(8)),
        (at(7, 59), "night", at(-4), at(8)),
    ],
)
def test_twelve_hour_shifts(moment, name, start, end):
    shift = shift_of(moment, ShiftSettings.twelve_hour())
    assert (shift.name, shift.start, shift.end) == (name, start, end)


def test_seconds_do_not_move_a_moment_into_the_next_shift():
    assert shift_of(at(7, 59) + timedelta(seconds=59)).name == "night"


def test_unequal_custom_shifts():
    s = ShiftSettings((("early", time(7)), ("late", time(14, 30)), ("night", time(22))))
    assert shift_of(at(14, 29), s).name == "early"
    assert shift_of(at(14, 30), s).name == "late"
    assert shift_of(at(6, 59), s) == ("night", at(-2), at(7))


def test_single_shift_covers_the_day():
    s = ShiftSettings((("ward", time(7)),))
    assert shift_of(at(6), s)[1:] == (at(-17), at(7))
    assert shift_label("ward").code == "shift.custom"


def test_shift_start_and_end_unpack():
    _name, start, end = shift_of(at(10))
    assert (start, end) == (at(8), at(16))


def test_previous_shift():
    assert previous_shift(at(9)).name == "night"
    assert previous_shift(at(1)) == ("evening", at(-8), at(0))


def test_shifts_between_lists_overlapping_shifts():
    shifts = shifts_between(at(7), at(17))
    assert [s.name for s in shifts] == ["night", "day", "evening"]
    assert shifts_between(at(10), at(10)) == []


def test_timezone_aware_moments_keep_their_zone():
    tz = timezone(timedelta(hours=8))
    moment = datetime(2026, 11, 3, 9, 0, tzinfo=tz)
    shift = shift_of(moment)
    assert shift.start == datetime(2026, 11, 3, 8, 0, tzinfo=tz)
    assert fluid_day_of(moment).start.tzinfo is tz


@pytest.mark.parametrize(
    ("moment", "start"),
    [(at(8), at(8)), (at(7, 59), at(-16)), (at(23), at(8)), (at(0), at(-16))],
)
def test_fluid_day_closes_at_the_day_shift(moment, start):
    assert fluid_day_of(moment) == (start, start + timedelta(days=1))


def test_fluid_day_may_start_between_shift_changes():
    s = ShiftSettings(fluid_day_start=time(7))
    assert not s.fluid_day_aligned
    assert fluid_day_of(at(7), s).start == at(7)
    assert fluid_day_of(at(6, 59), s).start == at(-17)
    assert ShiftSettings().fluid_day_aligned


def test_fluid_days_between():
    days = fluid_days_between(at(7), at(33))
    assert [d.start for d in days] == [at(-16), at(8), at(32)]


@pytest.mark.parametrize(
    "shifts",
    [
        (),
        (("day", time(8)), ("day", time(16))),
        (("day", time(8)), ("evening", time(8))),
        (("day", time(8)), ("night", time(0)), ("evening", time(16))),
        (("", time(8)),),
        (("day", time(8, 0, 30)),),
    ],
)
def test_invalid_settings_are_refused(shifts):
    with pytest.raises(ValueError):
        ShiftSettings(shifts)


def test_fluid_day_start_must_be_whole_minute():
    with pytest.raises(ValueError):
        ShiftSettings(fluid_day_start=time(8, 0, 1))


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from([ShiftSettings(), ShiftSettings.twelve_hour()]),
)
def test_every_moment_is_in_exactly_its_shift(moment, settings):
    shift = shift_of(moment, settings)
    assert shift.start <= moment < shift.end
    assert shift_of(shift.end, settings).start == shift.end  # shifts tile time
    day = fluid_day_of(moment, settings)
    assert day.start <= moment < day.end


def test_shift_labels_render():
    for name in ("day", "evening", "night"):
        assert render(shift_label(name), "zh_CN")
    assert render(shift_label("A班"), "en") == "shift A班"
    assert render(shift_label("A班"), "zh_CN") == "班次：A班"
