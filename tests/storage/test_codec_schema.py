"""The storage codec derives from the one record schema (logic/schema.py); unreadable rows."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.models import (
    ICE_ITEMS,
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    VitalSigns,
    WeightMeasurement,
)
from cart_bedside.logic.record_check import UnreadableRecord
from cart_bedside.logic.schema import schema_of
from cart_bedside.storage import codec
from cart_bedside.storage.schema import _V1_DATA
from tests.logic.test_record_schema import neuro_st, vitals_st

T = datetime(2026, 11, 3, 8, 0)


#: Columns computed from the record for queries, not fields of it.
DERIVED = {"fluid_entries": {"direction"}}


@pytest.mark.parametrize("kind", codec.KINDS, ids=lambda k: k.name)
def test_codec_columns_are_the_declared_fields_and_exist_in_the_table(kind):
    declared_columns = {f.column for f in schema_of(kind.type) if f.column} - {"observed_at"}
    assert set(kind.columns) == declared_columns | DERIVED.get(kind.table, set())
    table_sql = _V1_DATA[kind.table]
    for column in kind.columns:
        assert f"\n    {column} " in table_sql, column


def _row(kind, record) -> dict:
    meta = {
        "id": "r1",
        "recorded_at": T.isoformat(),
        "recorded_by": "nurse",
        "device_id": "d",
        "supersedes": None,
        "amend_reason": None,
        "entered_in_error": 0,
        "observed_at": codec.t2s(record.time),
    }
    return {**meta, **dict(zip(kind.columns, kind.to_values(record), strict=True))}


@given(vitals_st)
def test_vitals_survive_the_codec(v):
    back = codec.VITALS.record(_row(codec.VITALS, v))
    assert back == v and back.o2_device is v.o2_device


@given(neuro_st)
def test_neuro_checks_survive_the_codec(n):
    back = codec.NEURO.record(_row(codec.NEURO, n))
    assert back == n and back.handwriting_png == n.handwriting_png


_opt_text = st.none() | st.text(max_size=8)
_amount = st.floats(0.001, 20000, allow_nan=False)
fluid_st = st.builds(
    FluidEntry,
    st.just(T),
    st.sampled_from(list(FluidCategory)),
    st.floats(1, 5000, allow_nan=False),
    st.text(max_size=8),
)
dose_st = st.builds(
    MedicationDose,
    st.just(T),
    st.sampled_from(["tocilizumab", "dexamethasone", "anakinra"]),
    st.none() | _amount,
    _opt_text,
    _opt_text,
    _opt_text,
    _opt_text,
    st.text(max_size=8),
)
lab_st = st.builds(
    LabResult, st.just(T), st.sampled_from(["crp", "il6", "ferritin"]), _amount, _opt_text
)
weight_st = st.builds(WeightMeasurement, st.just(T), st.floats(1, 300, allow_nan=False))


@pytest.mark.parametrize(
    ("kind", "records"),
    [
        (codec.FLUID, fluid_st),
        (codec.MEDICATION, dose_st),
        (codec.LAB, lab_st),
        (codec.WEIGHT, weight_st),
    ],
    ids=lambda x: getattr(x, "name", ""),
)
def test_fluids_doses_labs_and_weights_survive_the_codec(kind, records):
    @given(records)
    def check(record):
        back = kind.record(_row(kind, record))
        assert back == record and type(back) is type(record)

    check()


def test_stored_in_canonical_form_with_the_fluid_direction_for_queries():
    row = _row(codec.MEDICATION, MedicationDose(T, " Tocilizumab ", 560))
    assert row["drug"] == "tocilizumab" and row["dose_mg"] == 560.0
    assert _row(codec.LAB, LabResult(T, " crp ", 12))["name"] == "crp"
    fluid = _row(codec.FLUID, FluidEntry(T, FluidCategory.URINE, 300))
    assert fluid["direction"] == str(FluidCategory.URINE.direction)
    # the derived column follows its field (rows written positionally keep their order)
    assert codec.FLUID.columns == ("category", "direction", "volume_ml", "note")
    assert codec.FLUID.record(fluid).category is FluidCategory.URINE


@given(st.text(max_size=12).filter(lambda s: s not in {d.value for d in O2Device}))
def test_a_stored_unknown_device_is_an_unreadable_record(text):
    row = _row(codec.VITALS, VitalSigns(T))
    row["o2_device"] = text
    unreadable = codec.VITALS.record(row)
    assert isinstance(unreadable, UnreadableRecord)
    assert unreadable.kind == "vitals" and unreadable.field == "o2_device"
    assert unreadable.time == T and unreadable.meta.id == "r1"


def test_damaged_json_and_times_are_unreadable_too():
    row = _row(codec.NEURO, NeuroAssessment(T, ice_items=(True,) * len(ICE_ITEMS)))
    row["ice_items"] = "[true, "
    assert codec.NEURO.record(row).field == "ice_items"
    row = _row(codec.VITALS, VitalSigns(T))
    row["observed_at"] = "yesterday"
    assert codec.VITALS.record(row).field == "observed_at"
