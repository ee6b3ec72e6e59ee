"""The shift-entry form as plain data: drafts and logic records (no widgets)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from cart_bedside.logic.models import O2Device
from cart_bedside.ui.shift_entry.state import (
    FLUIDS,
    NEURO,
    OXYGEN,
    VITALS,
    NeuroState,
    ShiftEntryState,
    place_of,
)

T = datetime(2026, 11, 23, 10, 0)


def test_an_empty_form_gives_no_records():
    state = ShiftEntryState(observed_at=T)
    assert state.is_empty()
    assert state.records(uses_capd=False) == {
        "vitals": None,
        "neuro": None,
        "fluids": [],
        "weight": None,
    }


def test_dict_round_trip_is_json():
    state = ShiftEntryState(observed_at=T, step=3)
    state.vitals.update(temp_c=38.1, hr=96)
    state.o2_device = "high_flow_nasal_cannula"
    state.o2_flow_l_min = 30.0
    state.neuro = NeuroState(capd_answers=[4, 3, None, 4, 0, 0, 1, 0], handwriting_png=b"\x89PNG")
    state.fluids = [("oral", 150.0)]
    data = json.loads(json.dumps(state.to_dict()))
    again = ShiftEntryState.from_dict(data, default_time=datetime(2000, 1, 1))
    assert again == state
    assert again.to_dict() == data


def test_records_use_the_observed_time_and_the_right_types():
    state = ShiftEntryState(observed_at=T)
    state.vitals.update(temp_c=38, hr=101.0, spo2=97)
    state.weight_kg = 70
    state.fluids = [("urine", 200.0), ("iv_fluids", 250.0)]
    records = state.records(uses_capd=False)
    vitals = records["vitals"]
    assert vitals.time == T and vitals.hr == 101 and isinstance(vitals.hr, int)
    assert isinstance(vitals.temp_c, float) and vitals.spo2 == 97.0
    assert vitals.o2_device is O2Device.ROOM_AIR and vitals.o2_flow_l_min is None
    assert [f.time for f in records["fluids"]] == [T, T]
    assert records["weight"].weight_kg == 70.0
    assert state.fluid_totals() == (250.0, 200.0, 50.0)


def test_oxygen_or_a_vasopressor_alone_is_a_vital_sign_record():
    state = ShiftEntryState(observed_at=T, vasopressors=["norepinephrine"])
    assert state.vital_signs().vasopressors == ("norepinephrine",)
    state = ShiftEntryState(observed_at=T, o2_device="cpap")
    assert state.vital_signs().o2_device is O2Device.CPAP


def test_neuro_record_ice_for_adults_capd_for_children():
    neuro = NeuroState(ice_items=[True] * 9 + [False], consciousness="alert", capd_answers=[0] * 8)
    adult = neuro.record(T, uses_capd=False)
    assert adult.total_ice == 9 and adult.capd_scores is None
    child = neuro.record(T, uses_capd=True)
    assert child.ice_items is None and child.capd_scores == (4, 4, 4, 4, 0, 0, 0, 0)
    assert NeuroState().record(T, uses_capd=False) is None
    only_loc = NeuroState(consciousness="awakens_to_voice").record(T, uses_capd=False)
    assert only_loc.consciousness.value == "awakens_to_voice" and only_loc.ice_items is None


def test_unable_and_partial_capd():
    assert NeuroState(ice_unable=True).record(T, False).ice_unable
    assert NeuroState(capd_unable=True).record(T, True).capd_unable
    partial = NeuroState(capd_answers=[1, None, None, None, None, None, None, None])
    assert partial.capd_partial() and partial.record(T, True).capd_scores is None
    assert not NeuroState(capd_answers=[1] * 8).capd_partial()


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "x",
        {"vitals": "no", "neuro": 5, "fluids": {}},
        {"neuro": {"handwriting_png": "not base64!!"}},
        {"confirmations": {"a": 3, "b": " ", "c": "ok"}},
    ],
)
def test_bad_drafts_fall_back_to_defaults(data):
    state = ShiftEntryState.from_dict(data, default_time=T)
    assert state.observed_at == T or isinstance(data, dict)
    assert state.neuro.handwriting_png is None
    assert set(state.confirmations) <= {"c"}


@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("vitals.temp_c", (VITALS, "temp_c")),
        ("vitals.dbp", (VITALS, "dbp")),
        ("vitals.time", (VITALS, "time")),
        ("weight.weight_kg", (VITALS, "weight_kg")),
        ("vitals.o2_flow_l_min", (OXYGEN, "o2_flow_l_min")),
        ("vitals.vasopressors[1]", (OXYGEN, "vasopressors")),
        ("neuro.capd[3]", (NEURO, "capd[3]")),
        ("fluids[2].volume_ml", (FLUIDS, "2")),
        ("fluids[0].time", (VITALS, "time")),
    ],
)
def test_a_field_path_names_its_page(field, place):
    assert place_of(field) == place
