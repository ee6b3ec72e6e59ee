"""High-risk group, eligibility checklist and Gust predictors (clinical-rules §5)."""

from dataclasses import fields, replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.findings import Severity
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import HighRiskFactors, LabResult, Patient, VitalSigns
from cart_bedside.logic.risk import (
    EligibilityInputs,
    ItemStatus,
    RiskGroup,
    eligibility_checklist,
    gust_predictors,
    high_risk_group,
    high_risk_group_from,
    reassessment_window,
)

INF = datetime(2026, 11, 1, 10, 0)
FACTORS = [f.name for f in fields(HighRiskFactors)]


@pytest.mark.parametrize(
    ("age", "group"),
    [(69, "standard"), (69.99, "standard"), (70, "high"), (85, "high"), (5, "standard")],
)
def test_age_70_is_high_risk(age, group):
    result = high_risk_group(Patient(age_years=age))
    assert result.group == group
    assert result.is_high is (group == "high")


@pytest.mark.parametrize("factor", FACTORS)
def test_any_single_factor_makes_high_risk(factor):
    result = high_risk_group(Patient(age_years=40, risk_factors=HighRiskFactors(**{factor: True})))
    assert result.group is RiskGroup.HIGH
    assert [r.code for r in result.reasons] == [f"risk.factor.{factor}"]
    assert result.needs_reassessment
    assert result.source == "source.seed000.s6_1_1"
    for lang in ("zh_CN", "en"):
        assert render(result.reasons[0], lang)


def test_standard_risk_has_no_reasons():
    result = high_risk_group(Patient(age_years=40))
    assert result.group == "standard" and result.reasons == []
    assert not result.needs_reassessment
    assert render(result.label, "zh_CN") == "标危组"


def test_reasons_follow_the_seed_order():
    factors = HighRiskFactors(
        ecog_3_or_more=True, tumour_related_fever=True, bulky_lesion_7_5_cm=True
    )
    result = high_risk_group_from(factors, 72)
    assert [r.code for r in result.reasons] == [
        "risk.factor.ecog_3_or_more",
        "risk.factor.age_70",
        "risk.factor.bulky_lesion_7_5_cm",
        "risk.factor.tumour_related_fever",
    ]
    assert render(result.reasons[1], "en") == "age 72 (≥ 70)"
    assert high_risk_group_from(HighRiskFactors(), None).group is RiskGroup.STANDARD


@given(st.fixed_dictionaries({f: st.booleans() for f in FACTORS}), st.floats(0, 110))
def test_high_risk_iff_a_factor_or_age(flags, age):
    result = high_risk_group_from(HighRiskFactors(**flags), age)
    assert result.is_high == (any(flags.values()) or age >= 70)
    assert len(result.reasons) == sum(flags.values()) + (age >= 70)


@pytest.mark.parametrize(
    ("end", "start"),
    [
        (datetime(2026, 10, 29, 16, 0), datetime(2026, 10, 30)),
        (datetime(2026, 10, 29, 0, 0), datetime(2026, 10, 30)),
    ],
)
def test_reassessment_window_is_the_two_days_after_lymphodepletion(end, start):
    window = reassessment_window(end)
    assert window == (start, start + timedelta(days=2))


# --- eligibility --------------------------------------------------------------------------

GOOD = EligibilityInputs(
    kps=80,
    ecog=1,
    lvef_percent=60,
    alt_u_l=30,
    alt_uln_u_l=40,
    ast_u_l=25,
    ast_uln_u_l=40,
    spo2_room_air=97,
    active_infection=False,
    life_expectancy_weeks=52,
)


def status(inputs, code):
    return {i.code: i.status for i in eligibility_checklist(inputs)}[code]


def test_all_met():
    items = eligibility_checklist(GOOD)
    assert [i.code for i in items] == [
        "eligibility.performance",
        "eligibility.lvef",
        "eligibility.liver",
        "eligibility.spo2",
        "eligibility.no_active_infection",
        "eligibility.life_expectancy",
    ]
    assert all(i.status is ItemStatus.MET for i in items)
    for i in items:
        assert render(i.label, "zh_CN") and render(i.status_label, "en") == "met"


def test_nothing_known_is_all_unknown_never_a_verdict():
    items = eligibility_checklist(EligibilityInputs())
    assert {i.status for i in items} == {ItemStatus.UNKNOWN}
    assert not hasattr(items, "eligible")


@pytest.mark.parametrize(
    ("kps", "ecog", "expected"),
    [
        (50, None, "met"),
        (49, None, "unknown"),
        (None, 2, "met"),
        (None, 3, "unknown"),
        (40, 3, "not_met"),
        (40, 2, "met"),
        (60, 4, "met"),
        (None, None, "unknown"),
    ],
)
def test_performance_kps_or_ecog(kps, ecog, expected):
    assert status(replace(GOOD, kps=kps, ecog=ecog), "eligibility.performance") == expected


@pytest.mark.parametrize(("value", "expected"), [(50, "met"), (49.9, "not_met"), (None, "unknown")])
def test_lvef(value, expected):
    assert status(replace(GOOD, lvef_percent=value), "eligibility.lvef") == expected


@pytest.mark.parametrize(
    ("alt", "ast", "expected"),
    [
        (119.9, 30, "met"),
        (120, 30, "not_met"),
        (30, 120, "not_met"),
        (None, 30, "unknown"),
        (None, 200, "not_met"),
    ],
)
def test_liver_below_three_times_uln(alt, ast, expected):
    inputs = replace(GOOD, alt_u_l=alt, ast_u_l=ast)  # ULN 40 → limit 120
    assert status(inputs, "eligibility.liver") == expected


def test_liver_unknown_without_uln():
    assert status(replace(GOOD, alt_uln_u_l=None), "eligibility.liver") == "unknown"


@pytest.mark.parametrize(("value", "expected"), [(92, "met"), (91.9, "not_met"), (None, "unknown")])
def test_spo2_on_room_air(value, expected):
    assert status(replace(GOOD, spo2_room_air=value), "eligibility.spo2") == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(False, "met"), (True, "not_met"), (None, "unknown")]
)
def test_no_active_infection(value, expected):
    assert (
        status(replace(GOOD, active_infection=value), "eligibility.no_active_infection") == expected
    )


@pytest.mark.parametrize(
    ("weeks", "expected"), [(12, "not_met"), (12.1, "met"), (13, "met"), (None, "unknown")]
)
def test_life_expectancy_more_than_12_weeks(weeks, expected):
    assert (
        status(replace(GOOD, life_expectancy_weeks=weeks), "eligibility.life_expectancy")
        == expected
    )


def test_observed_values_are_shown():
    items = {i.code: i for i in eligibility_checklist(GOOD)}
    assert render(items["eligibility.lvef"].observed, "en") == "LVEF 60 %"
    assert render(items["eligibility.performance"].observed, "zh_CN") == "KPS 80 分，ECOG 1 分"
    assert eligibility_checklist(EligibilityInputs())[1].observed is None


# --- Gust ---------------------------------------------------------------------------------


def vit(hours: float, temp: float) -> VitalSigns:
    return VitalSigns(INF + timedelta(hours=hours), temp_c=temp)


def lab(hours: float, name: str, value: float) -> LabResult:
    return LabResult(INF + timedelta(hours=hours), name, value)


def gust(temp=39.0, il6=20.0, mcp1=1500.0, t_h=12.0, il6_h=12.0, mcp1_h=12.0, at_h=40.0):
    return gust_predictors(
        [vit(t_h, temp)],
        [lab(il6_h, "il6", il6), lab(mcp1_h, "mcp1", mcp1)],
        INF,
        INF + timedelta(hours=at_h),
    )


def test_all_three_flag_high_risk():
    result = gust()
    assert result.flagged and result.alert.code == "severe_neurotoxicity_risk"
    assert result.alert.severity is Severity.CRITICAL
    assert result.alert.source == "source.seed004.s2_1"
    text = render(result.alert.message, "en")
    assert "39.0 °C" in text and "IL-6 20 pg/mL" in text
    assert "≥ 4" in render(result.alert.message, "zh_CN")


@pytest.mark.parametrize(
    ("kwargs", "flagged"),
    [
        ({"temp": 38.9}, True),
        ({"temp": 38.8}, False),
        ({"il6": 16.0}, True),
        ({"il6": 15.9}, False),
        ({"mcp1": 1343.5}, True),
        ({"mcp1": 1343.4}, False),
        ({"t_h": 36.0}, True),
        ({"t_h": 36.01}, False),
        ({"il6_h": 36.5}, False),
        ({"mcp1_h": 37.0}, False),
        ({"t_h": -1.0}, False),
        ({"il6_h": 0.0}, True),
        ({"at_h": 11.0}, False),
    ],
)
def test_gust_boundaries(kwargs, flagged):
    result = gust(**kwargs)
    assert result.flagged is flagged
    assert (result.alert is not None) is flagged


def test_gust_uses_highest_value_in_window():
    vitals = [vit(2, 37.5), vit(20, 39.2), vit(40, 40.0)]
    labs = [lab(3, "il6", 5), lab(25, "il6", 30), lab(30, "mcp1", 2000)]
    result = gust_predictors(vitals, labs, INF, INF + timedelta(days=3))
    assert result.max_temp_c == 39.2 and result.max_il6_pg_ml == 30
    assert result.fever_met and result.il6_met and result.mcp1_met and result.flagged
    assert result.window == (INF, INF + timedelta(hours=36))


def test_gust_missing_values_do_not_flag():
    result = gust_predictors([vit(5, 39.5)], [], INF, INF + timedelta(hours=30))
    assert not result.flagged and result.max_il6_pg_ml is None
    assert [r.code for r in result.reasons] == ["risk.gust.fever"]
    assert not result.il6_met and not result.mcp1_met
