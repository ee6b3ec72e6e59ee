"""The shift-entry form's field lists derive from the one record schema (no Qt needed)."""

from cart_bedside.logic.models import NeuroAssessment
from cart_bedside.logic.schema import declared


def test_the_shift_entry_state_is_derived():
    from cart_bedside.ui.shift_entry.state import NEURO_FLAGS, VITAL_KEYS, NeuroState

    assert NEURO_FLAGS == tuple(f.name for f in declared(NeuroAssessment, form="flag"))
    assert VITAL_KEYS == ("temp_c", "hr", "sbp", "dbp", "rr", "spo2")
    state_fields = set(NeuroState.__dataclass_fields__)
    assert set(NEURO_FLAGS) <= state_fields
