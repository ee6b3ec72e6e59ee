"""Reading assess cases: bad input is refused with one message naming the field."""

import copy

import pytest

from cart_bedside.assess_cli import assess_document
from cart_bedside.logic.case import parse_case
from cart_bedside.logic.validation import ValidationError

GOOD = {
    "patient": {
        "age_years": 54,
        "weight_kg": 70.0,
        "sex": "M",
        "conditions": ["myasthenia_gravis"],
        "prior_cns_disease": False,
    },
    "infusion_time": "2026-11-01T10:00:00",
    "at": "2026-11-03T08:00:00",
    "protocol": "tci-1203-2025",
    "vitals": [
        {
            "time": "2026-11-03T07:30:00",
            "temp_c": 38.6,
            "hr": 118,
            "sbp": 86,
            "dbp": 50,
            "rr": 24,
            "spo2": 93,
            "o2_device": "nasal_cannula",
            "o2_flow_l_min": 3,
            "vasopressors": [],
            "fluid_bolus_for_hypotension": False,
        }
    ],
    "neuro": [
        {
            "time": "2026-11-03T07:40:00",
            "ice": {
                "year": True,
                "month": True,
                "city": True,
                "hospital": False,
                "name_1": True,
                "name_2": True,
                "name_3": True,
                "follows_commands": True,
                "writes_sentence": False,
                "counts_backwards": True,
            },
            "consciousness": "awakens_spontaneously",
            "seizure": "none",
            "motor_weakness": False,
            "cerebral_edema": "none",
        }
    ],
    "medications": [{"time": "2026-11-02T22:00:00", "drug": "tocilizumab", "dose_mg": 560}],
    "labs": [{"time": "2026-11-03T06:00:00", "name": "ferritin", "value": 3200, "unit": "ug/L"}],
}


def with_change(path, value):
    case = copy.deepcopy(GOOD)
    target = case
    for part in path[:-1]:
        target = target[part]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return case


DELETE = object()


def test_contract_example_assesses():
    document = assess_document(GOOD)
    assert document["crs"]["grade"] == 2
    assert document["icans"]["grade"] == 1
    assert document["icans"]["ice_score"] == 8
    assert document["day"] == 2
    assert document["tocilizumab"]["dose_mg"] == 560.0
    assert document["tocilizumab"]["next_allowed_at"] == "2026-11-03T06:00:00"
    assert document["crs"]["reasons"] == [
        "fever 38.6 °C",
        "hypotension without vasopressor (SBP 86 < 90)",
        "low-flow oxygen 3 L/min",
    ]
    codes = [a["code"] for a in document["alerts"]]
    assert "crs_suspected" in codes and "avoid_quinolones_sulfonamides" in codes


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        (("vitals", 0, "temp_c"), 55.0, "vitals[0].temp_c", "25.0–45.0 °C"),
        (("vitals", 0, "temp_c"), 24.9, "vitals[0].temp_c", "outside"),
        (("vitals", 0, "temp_c"), 101.3, "vitals[0].temp_c", "°F"),
        (("vitals", 0, "hr"), 251, "vitals[0].hr", "20–250"),
        (("vitals", 0, "hr"), 19, "vitals[0].hr", "20–250"),
        (("vitals", 0, "sbp"), 39, "vitals[0].sbp", "40–300"),
        (("vitals", 0, "sbp"), 301, "vitals[0].sbp", "40–300"),
        (("vitals", 0, "dbp"), 9, "vitals[0].dbp", "10–200"),
        (("vitals", 0, "dbp"), 86, "vitals[0].dbp", "below"),
        (("vitals", 0, "rr"), 1, "vitals[0].rr", "2–80"),
        (("vitals", 0, "rr"), 81, "vitals[0].rr", "2–80"),
        (("vitals", 0, "spo2"), 101, "vitals[0].spo2", "0–100"),
        (("vitals", 0, "spo2"), -1, "vitals[0].spo2", "0–100"),
        (("vitals", 0, "o2_flow_l_min"), 81, "vitals[0].o2_flow_l_min", "0–80"),
        (("vitals", 0, "o2_flow_l_min"), DELETE, "vitals[0].o2_flow_l_min", "required"),
        (("vitals", 0, "o2_flow_l_min"), 0, "vitals[0].o2_flow_l_min", "above 0"),
        (("vitals", 0, "o2_device"), "nasal", "vitals[0].o2_device", "nasal_cannula"),
        (("vitals", 0, "hr"), 118.5, "vitals[0].hr", "whole number"),
        (("vitals", 0, "hr"), "118", "vitals[0].hr", "not a number"),
        (("vitals", 0, "temp_c"), True, "vitals[0].temp_c", "not a number"),
        (("vitals", 0, "time"), "yesterday", "vitals[0].time", "ISO 8601"),
        (("vitals", 0, "time"), DELETE, "vitals[0].time", "required"),
        (
            ("vitals", 0, "vasopressors"),
            ["norepinephrine", "norepinephrine"],
            "vitals[0].vasopressors",
            "twice",
        ),
        (("vitals", 0, "vasopressors"), "norepinephrine", "vitals[0].vasopressors", "list"),
        (
            ("vitals", 0, "fluid_bolus_for_hypotension"),
            "yes",
            "vitals[0].fluid_bolus_for_hypotension",
            "true or false",
        ),
        (("vitals", 0, "temperature"), 38.0, "vitals[0].temperature", "unknown key"),
        (("neuro", 0, "ice", "year"), 1, "neuro[0].ice.year", "true or false"),
        (("neuro", 0, "ice", "hospital"), DELETE, "neuro[0].ice.hospital", "required"),
        (("neuro", 0, "ice", "weekday"), True, "neuro[0].ice.weekday", "unknown key"),
        (("neuro", 0, "ice_score"), 8, "neuro[0].ice", "only one"),
        (("neuro", 0, "capd"), [0] * 8, "neuro[0].capd", "CAPD"),
        (("neuro", 0, "consciousness"), "drowsy", "neuro[0].consciousness", "alert"),
        (("neuro", 0, "seizure"), "yes", "neuro[0].seizure", "rapidly_resolving"),
        (("neuro", 0, "cerebral_edema"), "mild", "neuro[0].cerebral_edema", "focal"),
        (("medications", 0, "dose_mg"), -5, "medications[0].dose_mg", "outside"),
        (("medications", 0, "drug"), "", "medications[0].drug", "not a text"),
        (("medications", 0, "dose"), 5, "medications[0].dose", "unknown key"),
        (("labs", 0, "value"), -1, "labs[0].value", "outside"),
        (("labs", 0, "unit"), "mg/dL", "labs[0].unit", "µg/L"),
        (("labs", 0, "value"), DELETE, "labs[0].value", "required"),
        (("patient", "age_years"), DELETE, "patient.age_years", "required"),
        (("patient", "age_years"), 121, "patient.age_years", "0–120"),
        (("patient", "weight_kg"), 0.4, "patient.weight_kg", "0.5–350.0"),
        (("patient", "weight_kg"), 351, "patient.weight_kg", "0.5–350.0"),
        (("patient", "sex"), "male", "patient.sex", "M, F"),
        (("patient", "conditions"), ["myasthenia"], "patient.conditions[0]", "myasthenia_gravis"),
        (("patient", "height"), 170, "patient.height", "unknown key"),
        (("infusion_time",), DELETE, "infusion_time", "required"),
        (("protocol",), "nccn", "protocol", "mm-2022"),
        (("extra",), 1, "extra", "unknown key"),
        (("vitals",), {}, "vitals", "list"),
        (("at",), "2026-11-03T08:00:00+08:00", "at", "offset"),
    ],
)
def test_bad_case_names_the_field(path, value, field, words):
    with pytest.raises(ValidationError) as info:
        assess_document(with_change(path, value))
    assert info.value.field == field
    assert words in str(info.value)


def test_ice_for_a_child_is_refused():
    case = with_change(("patient", "age_years"), 7)
    with pytest.raises(ValidationError) as info:
        parse_case(case)
    assert info.value.field == "neuro[0].ice"


def test_capd_for_developmental_delay_is_accepted():
    case = with_change(("patient", "conditions"), ["developmental_delay"])
    case["neuro"][0] = {"time": "2026-11-03T07:40:00", "capd": [0] * 8, "consciousness": "alert"}
    assert assess_document(case)["icans"]["capd_score"] == 0


@pytest.mark.parametrize("score", [-1, 11])
def test_ice_score_range(score):
    case = copy.deepcopy(GOOD)
    case["neuro"][0] = {"time": "2026-11-03T07:40:00", "ice_score": score}
    with pytest.raises(ValidationError) as info:
        parse_case(case)
    assert info.value.field == "neuro[0].ice_score"
    assert "0–10" in str(info.value)


@pytest.mark.parametrize("item", [-1, 5])
def test_capd_item_range(item):
    case = with_change(("patient", "age_years"), 7)
    case["neuro"][0] = {"time": "2026-11-03T07:40:00", "capd": [0] * 7 + [item]}
    with pytest.raises(ValidationError) as info:
        parse_case(case)
    assert info.value.field == "neuro[0].capd[7]"


def test_soft_limits_are_warnings_not_errors():
    case = with_change(("vitals", 0, "temp_c"), 40.1)
    document = assess_document(case)
    assert any(w["field"] == "vitals[0].temp_c" for w in document["warnings"])


def test_times_with_offsets_are_accepted_when_all_have_one():
    case = copy.deepcopy(GOOD)
    case["infusion_time"] += "+08:00"
    case["at"] += "+08:00"
    for group in ("vitals", "neuro", "medications", "labs"):
        for record in case[group]:
            record["time"] += "+08:00"
    document = assess_document(case)
    assert document["crs"]["grade"] == 2
    assert document["at"] == "2026-11-03T08:00:00+08:00"


def test_error_messages_render_in_chinese():
    with pytest.raises(ValidationError) as info:
        assess_document(with_change(("vitals", 0, "temp_c"), 55.0))
    assert "超出允许范围" in info.value.render("zh_CN")
