"""The logic of issue 17: lab code mapping, unit conversion, name matching, toxicity episodes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.assessment import assess
from cart_bedside.logic.lab_codes import (
    LOCAL,
    LOINC,
    UNIT_FACTORS,
    LabCode,
    MappedLab,
    Unmapped,
    code_table,
    map_result,
)
from cart_bedside.logic.lab_import import names_match
from cart_bedside.logic.models import MedicationDose, NeuroAssessment, Patient, VitalSigns
from cart_bedside.logic.toxicity_episodes import icd10_code, toxicity_episodes

TABLE = code_table([LabCode(LOCAL, "FER01", "ferritin")])


@pytest.mark.parametrize(
    ("code", "system", "value", "unit", "expected"),
    [
        ("2276-4", LOINC, "12000", "ng/mL", ("ferritin", 12000, "µg/L")),
        ("2276-4", LOINC, "12", "mg/L", ("ferritin", 12000, "µg/L")),
        ("1988-5", LOINC, "9.5", "mg/dL", ("crp", 95, "mg/L")),
        ("26881-3", LOINC, "16", "pg/mL", ("il6", 16, "pg/mL")),
        ("751-8", LOINC, "500", "/µL", ("anc", 0.5, "10^9/L")),
        ("751-8", LOINC, "500", "cells/uL", ("anc", 0.5, "10^9/L")),
        ("751-8", LOINC, "0.5", "10*9/L", ("anc", 0.5, "10^9/L")),
        ("751-8", LOINC, "0.5", "G/L", ("anc", 0.5, "10^9/L")),
        ("2465-3", LOINC, "400", "mg/dL", ("igg", 4, "g/L")),
        ("777-3", LOINC, "45", "10^3/uL", ("platelets", 45, "10^9/L")),
        ("2276-4", LOINC, "800", "", ("ferritin", 800, "µg/L")),  # no unit: the rules' unit
        ("fer01", None, "800", "ng/mL", ("ferritin", 800, "µg/L")),  # local, any case
        ("2276-4", None, "800", "ng/mL", ("ferritin", 800, "µg/L")),  # no system: local, LOINC
    ],
)
def test_results_map_to_the_rules_lab_and_unit(code, system, value, unit, expected):
    mapped = map_result(TABLE, code, system, value, unit)
    assert isinstance(mapped, MappedLab)
    assert (mapped.lab, mapped.value, mapped.unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("code", "value", "unit", "reason"),
    [
        ("9999-9", "1", "mg/L", Unmapped.UNKNOWN_CODE),
        ("751-8", "500", "furlongs", Unmapped.UNKNOWN_UNIT),
        ("1988-5", "<0.5", "mg/L", Unmapped.NOT_A_NUMBER),
        ("1988-5", "阴性", "mg/L", Unmapped.NOT_A_NUMBER),
        ("1988-5", "nan", "mg/L", Unmapped.NOT_A_NUMBER),
    ],
)
def test_results_that_cannot_be_mapped_say_why(code, value, unit, reason):
    assert map_result(TABLE, code, LOINC, value, unit) is reason


@given(
    st.sampled_from(sorted({c.lab for c in TABLE.values()} & set(UNIT_FACTORS))),
    st.data(),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
)
def test_conversion_multiplies_by_the_units_factor(lab, data, value):
    unit = data.draw(st.sampled_from(sorted(UNIT_FACTORS[lab])))
    code = next(c for c in TABLE.values() if c.lab == lab)
    mapped = map_result(TABLE, code.code, code.system, repr(value), unit)
    assert mapped.value == pytest.approx(value * UNIT_FACTORS[lab][unit], rel=1e-6, abs=1e-6)


@pytest.mark.parametrize(
    ("stored", "sent", "match"),
    [
        ("张三", "张^三", True),
        ("张三", "张三", True),
        ("张三", " 张 三 ", True),
        ("John Smith", "SMITH^JOHN", True),
        ("John Smith", "JOHN^SMITH", True),
        ("张三", "张^四", False),
        ("张三", "ÕÅÈý", False),
        ("", "", False),
        ("张三", "", False),
    ],
)
def test_names_match(stored, sent, match):
    assert names_match(stored, sent) is match


@given(
    st.text(alphabet="张李王赵明华芳伟abcXYZ", min_size=1, max_size=4),
    st.text(alphabet="张李王赵明华芳伟abcXYZ", min_size=1, max_size=4),
)
def test_family_and_given_either_way_round(family, given_name):
    assert names_match(family + given_name, f"{family}^{given_name}")
    assert names_match(given_name + " " + family, f"{family}^{given_name}")


@pytest.mark.parametrize(
    ("kind", "grade", "code"),
    [
        ("crs", 1, "D89.831"),
        ("crs", 2, "D89.832"),
        ("crs", 3, "D89.833"),
        ("crs", 4, "D89.834"),
        ("crs", 5, "D89.835"),
        ("crs", 0, "D89.839"),
        ("icans", 1, "G92.01"),
        ("icans", 4, "G92.04"),
        ("icans", 5, "G92.05"),
        ("icans", 0, "G92.00"),
    ],
)
def test_icd10cm_by_maximum_grade(kind, grade, code):
    assert icd10_code(kind, grade)[0] == code


INFUSION = datetime(2026, 11, 1, 10, 0)
PATIENT = Patient(age_years=50, weight_kg=70, weight_time=INFUSION, infusion_time=INFUSION)


def _vitals(hours_and_temps):
    return [
        VitalSigns(INFUSION + timedelta(hours=h), temp_c=t, hr=90, sbp=sbp, dbp=60, rr=18, spo2=97)
        for h, t, sbp in hours_and_temps
    ]


def test_crs_episodes_start_at_fever_and_end_at_the_first_clean_record():
    vitals = _vitals(
        [
            (-2, 37.0, 120),
            (10, 38.5, 120),
            (14, 38.9, 85),
            (18, 37.2, 85),
            (22, 37.0, 120),
            (40, 38.2, 120),
            (44, 37.0, 120),
        ]
    )
    doses = [
        MedicationDose(INFUSION + timedelta(hours=15), "tocilizumab", 560),
        MedicationDose(INFUSION + timedelta(hours=16), "dexamethasone", 10),
    ]
    a = assess(PATIENT, INFUSION, vitals, [], doses, [], at=INFUSION + timedelta(hours=48))
    first, second = toxicity_episodes(a, INFUSION, doses)
    assert (first.onset, first.resolved_at) == (vitals[1].time, vitals[4].time)
    assert (first.max_grade, first.max_grade_at) == (2, vitals[2].time)
    assert first.onset_day == 0 and first.duration_hours == 12
    assert (first.tocilizumab_doses, first.steroid_dex_mg, first.steroid_days) == (1, 10, 1)
    assert (second.number, second.max_grade, second.tocilizumab_doses) == (2, 1, 0)
    assert max(p.grade for p in a.crs.points) == first.max_grade  # the assessment's, unchanged


def test_an_icans_episode_still_going_has_no_resolution():
    neuro = [
        NeuroAssessment(INFUSION + timedelta(hours=h), ice_score=s)
        for h, s in ((20, 10), (30, 7), (40, 2), (50, 8))
    ]
    a = assess(PATIENT, INFUSION, [], neuro, [], [], at=INFUSION + timedelta(hours=60))
    (episode,) = toxicity_episodes(a, INFUSION)
    assert (episode.kind, episode.onset, episode.max_grade) == ("icans", neuro[1].time, 3)
    assert episode.resolved_at is None and episode.duration_hours is None
    assert episode.icu_transfer_suggested  # ICANS 3 (clinical-rules §4)
