"""The tocilizumab panel's one state (issue 11 item 6), table-driven, and its properties."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.models import MedicationDose
from cart_bedside.logic.tocilizumab import TocilizumabLimits, tocilizumab_ledger
from cart_bedside.logic.tocilizumab_state import (
    TociState,
    possible_duplicate,
    tocilizumab_state,
)

T0 = datetime(2026, 11, 2, 8, 0)
H = timedelta(hours=1)
NOW = T0 + 48 * H


def doses(*hours_before_now, drug="tocilizumab"):
    return [MedicationDose(NOW - h * H, drug, 512) for h in hours_before_now]


def state(given_h, crs=2, icans=0, limits=None):
    return tocilizumab_state(tocilizumab_ledger(doses(*given_h), NOW, limits), crs, icans)


@pytest.mark.parametrize(
    ("given_h", "expected", "next_in_h", "waiting", "remaining"),
    [
        ((), TociState.NO_DOSE_YET, None, None, 4),
        ((30,), TociState.ALLOWED_NOW, None, None, 3),
        ((8,), TociState.ALLOWED_NOW, None, None, 3),  # exactly 8 h: allowed
        ((7.75,), TociState.NEXT_AT, 0.25, "interval", 3),
        ((1,), TociState.NEXT_AT, 7, "interval", 3),
        ((0,), TociState.NEXT_AT, 8, "interval", 3),  # given this minute
        # three in the last 24 h 8 h apart: both limits end together (said as the interval)
        ((20, 12, 4), TociState.NEXT_AT, 4, "interval", 1),
        # three in 24 h, two of them overridden closer: the 24-h limit sets the time
        ((23, 20, 10), TociState.NEXT_AT, 1, "per_24h", 1),
        ((23.5, 15, 9), TociState.NEXT_AT, 0.5, "per_24h", 1),
        ((24, 16, 8), TociState.ALLOWED_NOW, None, None, 1),  # the first left the window
        # the total limit: no next time at all, even when the interval has run out
        ((40, 30, 20, 10), TociState.LIMIT_REACHED, None, None, 0),
        ((40, 30, 20, 2), TociState.LIMIT_REACHED, None, None, 0),
    ],
)
def test_the_four_states(given_h, expected, next_in_h, waiting, remaining):
    s = state(given_h)
    assert s.state is expected
    assert s.next_at == (None if next_in_h is None else NOW + next_in_h * H)
    assert s.waiting_for == waiting
    assert s.doses_given == len(given_h)
    assert s.doses_remaining == remaining
    assert s.may_give_now == (expected in (TociState.NO_DOSE_YET, TociState.ALLOWED_NOW))


def test_the_ward_limits_decide():
    limits = TocilizumabLimits(min_interval=timedelta(hours=12), max_per_24h=2, max_total=2)
    assert state((10,), limits=limits).state is TociState.NEXT_AT
    assert state((10,), limits=limits).next_at == NOW + 2 * H
    assert state((30, 13), limits=limits).state is TociState.LIMIT_REACHED


@pytest.mark.parametrize(
    ("crs", "icans", "context", "caution"),
    [
        (0, 0, "no_crs", False),
        (None, None, "no_crs", False),
        (0, 2, "icans_without_crs", True),
        (1, 0, "crs", False),
        (3, 1, "crs", True),
    ],
)
def test_the_grades_it_is_shown_with(crs, icans, context, caution):
    s = state((), crs=crs, icans=icans)
    assert (s.context, s.icans_caution) == (context, caution)
    assert s.state is TociState.NO_DOSE_YET  # the limits do not change with the grade


@pytest.mark.parametrize(
    ("others", "drug", "minutes_after", "found"),
    [
        (["tocilizumab"], "tocilizumab", 0, True),  # the same minute
        (["tocilizumab"], "Tocilizumab", 59, True),
        (["tocilizumab"], "tocilizumab", 60, False),
        (["tocilizumab"], "tocilizumab", -30, True),  # a late entry before it
        (["dexamethasone"], "tocilizumab", 5, False),  # another drug
        (["dexamethasone"], "dexamethasone", 5, True),
        ([], "tocilizumab", 0, False),
    ],
)
def test_possible_duplicate(others, drug, minutes_after, found):
    given_doses = [MedicationDose(T0, name, 10) for name in others]
    hit = possible_duplicate(given_doses, drug, T0 + timedelta(minutes=minutes_after))
    assert (hit is not None) == found


@given(
    st.lists(st.floats(min_value=0, max_value=120), max_size=7),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=4),
)
def test_the_state_never_contradicts_itself(hours, crs, icans):
    s = tocilizumab_state(tocilizumab_ledger(doses(*hours), NOW), crs, icans)
    ledger = tocilizumab_ledger(doses(*hours), NOW)
    # a "next" time exists exactly when a dose must wait, and lies in the future
    assert (s.next_at is not None) == (s.state is TociState.NEXT_AT)
    if s.next_at is not None:
        assert s.next_at > NOW
        assert s.doses_remaining > 0
    # nothing remaining ⇔ the total limit is reached
    assert (s.doses_remaining == 0) == (s.state is TociState.LIMIT_REACHED)
    # allowed by this state ⇔ the ledger lets a dose through now
    assert s.may_give_now == ledger.allowed_now
    assert (s.state is TociState.NO_DOSE_YET) == (s.doses_given == 0)
