"""Tocilizumab dose and ledger (clinical-rules §2.4, assess contract), table-driven."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.models import MedicationDose
from cart_bedside.logic.tocilizumab import (
    TocilizumabLimits,
    check_new_dose,
    later_conflict,
    past_limit_breaches,
    tocilizumab_dose,
    tocilizumab_ledger,
)

T0 = datetime(2026, 11, 2, 21, 0)
H = timedelta(hours=1)
MIN = timedelta(minutes=1)


def doses(*offsets_h, drug="tocilizumab"):
    return [MedicationDose(T0 + h * H, drug, 512) for h in offsets_h]


@pytest.mark.parametrize(
    ("weight", "dose", "per_kg", "capped"),
    [
        (64.0, 512.0, 8.0, False),
        (30.0, 240.0, 8.0, False),  # 30 kg is adult dosing
        (29.9, 358.8, 12.0, False),  # under 30 kg: 12 mg/kg
        (22.0, 264.0, 12.0, False),
        (3.2, 38.4, 12.0, False),
        (100.0, 800.0, 8.0, False),  # exactly the cap
        (100.1, 800.0, 8.0, True),
        (150.0, 800.0, 8.0, True),
        (70.33, 562.6, 8.0, False),  # rounded to 0.1 mg
    ],
)
def test_dose_by_weight(weight, dose, per_kg, capped):
    s = tocilizumab_dose(weight)
    assert s.dose_mg == pytest.approx(dose)
    assert s.mg_per_kg == per_kg
    assert s.capped is capped


def test_no_weight_no_dose():
    s = tocilizumab_dose(None)
    assert s.dose_mg is None
    assert s.warnings[0].code == "tocilizumab.no_weight"


@pytest.mark.parametrize(("age_days", "stale"), [(6, False), (7, False), (8, True)])
def test_weight_older_than_7_days_warns(age_days, stale):
    at = datetime(2026, 11, 10, 8, 0)
    s = tocilizumab_dose(70, at - timedelta(days=age_days, minutes=1 if stale else 0), at)
    assert bool(s.warnings) is stale


def test_ledger_without_doses():
    ledger = tocilizumab_ledger([], T0)
    assert (ledger.doses_total, ledger.doses_last_24h, ledger.next_allowed_at) == (0, 0, None)
    assert ledger.allowed_now and not ledger.limit_reached
    assert ledger.doses_remaining == 4


@pytest.mark.parametrize(
    ("at_h", "allowed", "blocked"),
    [(4, False, ("interval",)), (7.99, False, ("interval",)), (8, True, ()), (9, True, ())],
)
def test_interval_of_8_hours(at_h, allowed, blocked):
    ledger = tocilizumab_ledger(doses(0), T0 + at_h * H)
    assert ledger.allowed_now is allowed
    assert ledger.blocked_by == blocked
    assert ledger.next_allowed_at == T0 + 8 * H


def test_vignette_7_next_allowed():
    ledger = tocilizumab_ledger(doses(0), datetime(2026, 11, 3, 1, 0))
    assert ledger.next_allowed_at == datetime(2026, 11, 3, 5, 0)
    assert not ledger.allowed_now


@pytest.mark.parametrize(
    ("at_h", "last_24h"),
    [(16, 3), (23.99, 3), (24, 2), (24.01, 2), (32, 1), (40, 0)],
)
def test_dose_exactly_24h_before_at_is_outside_the_window(at_h, last_24h):
    ledger = tocilizumab_ledger(doses(0, 8, 16), T0 + at_h * H)
    assert ledger.doses_last_24h == last_24h


def test_three_in_24h_blocks_until_the_third_most_recent_plus_24h():
    ledger = tocilizumab_ledger(doses(0, 8, 16), T0 + 20 * H)
    assert ledger.next_allowed_at == T0 + 24 * H
    assert set(ledger.blocked_by) == {"interval", "per_24h"}
    ledger = tocilizumab_ledger(doses(0, 8, 16), T0 + 24 * H)
    assert ledger.allowed_now
    assert not ledger.limit_reached


def test_next_allowed_takes_the_later_of_interval_and_24h():
    # Doses 0, 8, 20: interval says 28, 24-h says 0 + 24 = 24 → 28.
    ledger = tocilizumab_ledger(doses(0, 8, 20), T0 + 21 * H)
    assert ledger.next_allowed_at == T0 + 28 * H


def test_total_limit_of_4():
    ledger = tocilizumab_ledger(doses(0, 8, 16, 40), T0 + 60 * H)
    assert ledger.limit_reached
    assert not ledger.allowed_now
    assert ledger.blocked_by == ("total",)
    assert ledger.doses_remaining == 0
    # next_allowed_at ignores the total limit
    assert ledger.next_allowed_at == T0 + 48 * H


def test_doses_after_at_are_not_counted():
    ledger = tocilizumab_ledger(doses(0, 10), T0 + 5 * H)
    assert ledger.doses_total == 1


def test_other_drugs_are_not_counted():
    ledger = tocilizumab_ledger(doses(0, drug="siltuximab"), T0 + H)
    assert ledger.doses_total == 0


def test_ward_limits_are_settings():
    limits = TocilizumabLimits(min_interval=timedelta(hours=12), max_per_24h=2, max_total=3)
    ledger = tocilizumab_ledger(doses(0), T0 + 10 * H, limits)
    assert ledger.next_allowed_at == T0 + 12 * H
    assert not ledger.allowed_now


@pytest.mark.parametrize(
    ("given_h", "new_h", "broken"),
    [
        ((), 0, ()),
        ((0,), 7, ("interval",)),
        ((0,), 8, ()),
        ((0, 8), 16, ()),
        ((0, 8, 16), 23, ("interval", "per_24h")),
        ((0, 8, 16), 24, ()),
        ((0, 8, 16, 40), 60, ("total",)),
        ((0, 16), 8, ()),  # a late entry slotted between two doses 8 h apart
        ((0, 16), 7, ("interval",)),
        ((8, 16, 23), 0, ("per_24h",)),  # a late entry before three doses within 24 h
        ((8, 16, 24), 0, ()),  # the third exactly 24 h after it: outside its window
        ((-20, 6), 1, ("interval",)),  # 5 h before a later dose
    ],
)
def test_check_new_dose(given_h, new_h, broken):
    assert check_new_dose(doses(*given_h), T0 + new_h * H) == broken


@pytest.mark.parametrize(
    ("given_h", "new_h", "broken"),
    [
        ((10, 20), 2, ("per_24h",)),  # 4 h interval, 2 a day: a late entry before two doses
        ((10, 26), 2, ()),  # the second one 24 h after it
        ((-10, 10), 2, ("per_24h",)),  # one before, one after: a window holds both
        ((-23, 10), 2, ()),  # 33 h apart: no 24 h window holds both and it
    ],
)
def test_check_new_dose_counts_later_doses_in_its_24h_window(given_h, new_h, broken):
    limits = TocilizumabLimits(min_interval=4 * H, max_per_24h=2, max_total=10)
    assert check_new_dose(doses(*given_h), T0 + new_h * H, limits) == broken


@given(
    st.lists(st.integers(0, 96 * 60), max_size=6),
    st.integers(0, 96 * 60),
    st.integers(1, 4),
)
def test_the_24h_limit_is_every_window_that_holds_the_new_dose(minutes, new_minutes, per_24h):
    """Brute force on the minute grid: a new dose breaks the 24-hour limit exactly when
    some 24-hour window holding it already holds ``max_per_24h`` doses."""
    limits = TocilizumabLimits(min_interval=MIN, max_per_24h=per_24h, max_total=100)
    fullest = max(
        sum(1 for m in minutes if start <= m < start + 24 * 60)
        for start in range(new_minutes - 24 * 60 + 1, new_minutes + 1)
    )
    given_doses = [MedicationDose(T0 + m * MIN, "tocilizumab", 512) for m in minutes]
    broken = check_new_dose(given_doses, T0 + new_minutes * MIN, limits)
    assert ("per_24h" in broken) == (fullest >= per_24h)


def test_past_breaches_are_reported():
    assert past_limit_breaches(doses(0, 4), T0 + 10 * H) == [(T0 + 4 * H, ("interval",))]
    assert past_limit_breaches(doses(0, 8), T0 + 10 * H) == []


# --- linear breach scan agrees with the ledger at every dose (issue 12: linear time) ---------


@given(st.lists(st.integers(0, 72 * 60), max_size=12))
def test_breach_scan_equals_the_ledger_at_each_dose(minutes):
    t0 = datetime(2026, 11, 2, 0, 0)
    given_doses = [MedicationDose(t0 + timedelta(minutes=m), "tocilizumab", 500) for m in minutes]
    ordered = sorted(given_doses, key=lambda d: d.time)
    expected = []
    for i, d in enumerate(ordered):
        broken = tocilizumab_ledger(ordered[:i], d.time).blocked_by
        if broken:
            expected.append((d.time, broken))
    assert past_limit_breaches(given_doses, t0 + timedelta(days=4)) == expected


@pytest.mark.parametrize(
    ("given_h", "new_h", "later_h"),
    [
        ((), 0, None),
        ((0,), 7, None),  # the dose before it blocks it: the next time applies
        ((10,), 4, 10),  # a late entry 6 h before a dose recorded since
        ((0, 10), 4, None),  # 4 h after one, 6 h before the other: the earlier one blocks
        ((0, 20), 10, None),  # 10 h from both: nothing blocks
        ((0, 14), 9, 14),  # 9 h after the first (allowed), 5 h before the second
        ((2, 10, 18), -4, 2),  # three later doses: the first of them within 8 h
        ((11, 19, 26), 3, 26),  # three later doses within 24 h of it: the third fills them
        ((9, 30, 38), 0, None),  # 9 h before the next one: allowed
    ],
)
def test_later_conflict(given_h, new_h, later_h):
    expected = None if later_h is None else T0 + later_h * H
    assert later_conflict(doses(*given_h), T0 + new_h * H) == expected


@given(st.lists(st.integers(0, 72 * 60), max_size=8), st.integers(0, 72 * 60))
def test_a_refusal_has_a_next_time_or_a_later_dose(minutes, new_minutes):
    """Whenever a dose breaks the interval or the 24-hour limit, either the ledger's next
    time lies after it (the doses before it block it) or a later recorded dose does:
    a refusal always has something to tell the nurse."""
    given_doses = [MedicationDose(T0 + m * MIN, "tocilizumab", 512) for m in minutes]
    when = T0 + new_minutes * MIN
    broken = set(check_new_dose(given_doses, when)) & {"interval", "per_24h"}
    later = later_conflict(given_doses, when)
    nxt = tocilizumab_ledger(given_doses, when).next_allowed_at
    if broken:
        assert later is not None or (nxt is not None and nxt > when)
    if later is not None:
        assert later > when and broken
