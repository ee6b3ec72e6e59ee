"""One record schema (logic/schema.py): the reader, the codec and the form derive from it."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic import case
from cart_bedside.logic.models import (
    KNOWN_VASOPRESSORS,
    CerebralEdema,
    Consciousness,
    NeuroAssessment,
    O2Device,
    Seizure,
    VitalSigns,
)
from cart_bedside.logic.record_check import check_types
from cart_bedside.logic.schema import Range, schema_of
from cart_bedside.logic.validation import HARD_LIMITS, ValidationError, check_range

T = datetime(2026, 11, 3, 8, 0)


def test_the_one_alias_between_storage_and_the_contract_is_declared_once():
    by_name = {f.name: f for f in schema_of(NeuroAssessment)}
    assert by_name["motor_other_cause"].contract == "motor_weakness_other_cause"
    assert by_name["motor_other_cause"].column == "motor_other_cause"
    assert by_name["edema_other_cause"].contract == "cerebral_edema_other_cause"
    assert by_name["ice_items"].contract == "ice" and by_name["capd_scores"].contract == "capd"
    assert by_name["handwriting_png"].contract is None
    assert "motor_weakness_other_cause" in case.NEURO_KEYS
    assert "motor_other_cause" not in case.NEURO_KEYS


def test_limits_are_declared_on_the_fields():
    assert (
        HARD_LIMITS["temp_c"]
        is next(f for f in schema_of(VitalSigns) if f.name == "temp_c").spec.limit
    )
    assert HARD_LIMITS["capd_item"].high == 4 and HARD_LIMITS["weight_kg"].unit == "kg"


def test_one_vasopressor_list():
    from cart_bedside.logic import crs

    assert not hasattr(crs, "_KNOWN_PRESSORS")
    assert "phenylephrine" in KNOWN_VASOPRESSORS


opt = st.one_of
vitals_st = st.builds(
    VitalSigns,
    time=st.datetimes(datetime(2026, 1, 1), datetime(2027, 1, 1)).map(
        lambda t: t.replace(microsecond=0)
    ),
    temp_c=opt(st.none(), st.floats(25, 45)),
    hr=opt(st.none(), st.integers(20, 250)),
    sbp=opt(st.none(), st.integers(40, 300)),
    dbp=opt(st.none(), st.integers(10, 200)),
    rr=opt(st.none(), st.integers(2, 80)),
    spo2=opt(st.none(), st.floats(0, 100)),
    o2_device=st.sampled_from(O2Device),
    o2_flow_l_min=opt(st.none(), st.floats(0, 80)),
    vasopressors=st.lists(st.sampled_from([*KNOWN_VASOPRESSORS, "去甲肾上腺素"]), unique=True).map(
        tuple
    ),
    fluid_bolus_for_hypotension=st.booleans(),
)
neuro_st = st.builds(
    NeuroAssessment,
    time=st.just(T),
    ice_items=opt(st.none(), st.lists(st.booleans(), min_size=10, max_size=10).map(tuple)),
    ice_score=opt(st.none(), st.integers(0, 10)),
    capd_scores=opt(st.none(), st.lists(st.integers(0, 4), min_size=8, max_size=8).map(tuple)),
    consciousness=opt(st.none(), st.sampled_from(Consciousness)),
    seizure=st.sampled_from(Seizure),
    cerebral_edema=st.sampled_from(CerebralEdema),
    motor_weakness=st.booleans(),
    motor_other_cause=st.booleans(),
    edema_other_cause=st.booleans(),
    headache=st.booleans(),
    handwriting_png=opt(st.none(), st.binary(max_size=8)),
)


@given(vitals_st)
def test_valid_vitals_pass_the_type_check_unchanged(v):
    assert check_types(v) is v


@given(neuro_st)
def test_valid_neuro_checks_pass_the_type_check_unchanged(n):
    assert check_types(n) is n


@given(st.text(max_size=12).filter(lambda s: s not in {d.value for d in O2Device}))
def test_an_unknown_device_is_refused_naming_the_field_and_what_it_allows(text):
    with pytest.raises(ValidationError) as caught:
        check_types(VitalSigns(T, o2_device=text), "vitals")
    assert caught.value.field == "vitals.o2_device"
    assert "room_air" in caught.value.render("en")


def test_an_enum_given_as_text_becomes_the_member_and_a_list_a_tuple():
    v = check_types(VitalSigns(T, o2_device="cpap", vasopressors=["dopamine"]))
    assert v.o2_device is O2Device.CPAP and v.vasopressors == ("dopamine",)


@pytest.mark.parametrize(
    ("limit", "described", "value", "shown"),
    [
        (Range(25, 45, "°C", 1), "25.0–45.0 °C", 46, "46.0"),  # the entry pages' way
        (Range(5, 60, "µmol/L", 1, trim_zeros=True), "5–60 µmol/L", 70, "70"),
        (Range(5, 60, "µmol/L", 1, trim_zeros=True), "5–60 µmol/L", 1.2, "1.2"),
        (Range(0.5, 24, "h", 1, trim_zeros=True), "0.5–24 h", 30, "30"),
        (Range(1, 4), "1–4", 9, "9"),
    ],
)
def test_a_range_writes_its_bounds_and_a_refused_value_alike(limit, described, value, shown):
    assert limit.describe() == described
    with pytest.raises(ValidationError) as refused:
        check_range(value, limit, "x")
    assert refused.value.message.params == {"value": shown, "range": described}
