"""The shift-entry page's balance is logic's (clinical-rules §6): one function, no UI copy."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.fluids import BalanceTotals, balance, lines_balance
from cart_bedside.logic.models import FluidCategory, FluidEntry

T = datetime(2026, 11, 3, 8, 0)


@pytest.mark.parametrize(
    ("lines", "intake", "output", "net"),
    [
        ([], 0, 0, 0),
        ([("oral", 250.0)], 250, 0, 250),
        ([("urine", 400.0)], 0, 400, -400),
        ([("iv_fluids", 500.0), ("urine", 350.0), ("emesis", 100.0)], 500, 450, 50),
        ([(FluidCategory.BLOOD_PRODUCTS, 300.0), ("drains", 300.0)], 300, 300, 0),
    ],
)
def test_lines_balance(lines, intake, output, net):
    b = lines_balance(lines)
    assert (b.intake_ml, b.output_ml, b.net_ml) == (intake, output, net)


def test_earlier_totals_are_added():
    earlier = BalanceTotals(T, T, 1000.0, 600.0, {FluidCategory.ORAL: 1000.0}, 3)
    b = lines_balance([("oral", 200.0), ("urine", 100.0)], earlier)
    assert (b.intake_ml, b.output_ml, b.net_ml, b.entries) == (1200.0, 700.0, 500.0, 5)
    assert b.category_ml(FluidCategory.ORAL) == 1200.0 and b.start == T


lines_st = st.lists(
    st.tuples(st.sampled_from(FluidCategory), st.integers(1, 5000).map(float)), max_size=20
)


@given(lines_st)
def test_lines_balance_is_the_balance_of_the_same_entries(lines):
    saved = balance([FluidEntry(T, c, v) for c, v in lines])
    unsaved = lines_balance(lines)
    assert (unsaved.intake_ml, unsaved.output_ml, unsaved.by_category) == (
        saved.intake_ml,
        saved.output_ml,
        saved.by_category,
    )
