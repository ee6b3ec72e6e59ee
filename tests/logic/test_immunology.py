"""IgG/IVIG rules and HBV reactivation (clinical-rules §7; seed 000 7.1–7.2; seed 001)."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.immunology import (
    hbv_reactivation,
    hbv_risk_factors,
    ivig_alerts,
    ivig_assessment,
    ivig_plan,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult, Patient

INF = datetime(2026, 11, 1, 10, 0)


def day(n: float) -> datetime:
    return INF + timedelta(days=n)


def igg(n: float, value: float) -> LabResult:
    return LabResult(day(n), "igg", value, "g/L")


@pytest.mark.parametrize(
    ("value", "infection", "codes"),
    [
        (3.9, False, ["ivig_suggested"]),
        (3.9, True, ["ivig_suggested"]),
        (4.0, False, ["ivig_suggested"]),  # seed 000 7.1.3: IgG ≤ 4 g/L is high risk
        (4.01, False, []),
        (4.0, True, ["ivig_suggested"]),
        (5.0, True, ["ivig_suggested"]),
        (6.0, True, ["ivig_suggested"]),
        (6.0, False, []),
        (6.01, True, ["immunoglobulin_workup_suggested"]),
        (6.01, False, []),
        (9.0, True, ["immunoglobulin_workup_suggested"]),
    ],
)
def test_igg_bands(value, infection, codes):
    alerts = ivig_alerts([igg(30, value)], day(31), active_infection=infection)
    assert [a.code for a in alerts] == codes


@pytest.mark.parametrize(
    ("value", "infection", "reason", "source"),
    [
        (3.5, False, "ivig.reason.below_4", "source.seed001.igg"),
        (4.0, False, "ivig.reason.equal_4_high_risk", "source.seed000.s7_1"),
        (4.0, True, "ivig.reason.band_4_6_infection", "source.seed001.igg"),
        (7.0, True, "ivig.reason.above_6_infection", "source.seed001.igg"),
    ],
)
def test_igg_reasons_and_sources(value, infection, reason, source):
    result = ivig_assessment([igg(30, value)], day(31), infection)
    assert result.reasons[0].code == reason
    assert result.alerts[0].source == source
    text = render(result.alerts[0].message, "zh_CN")
    assert "指南建议" in text


def test_latest_igg_at_or_before_at_decides():
    labs = [igg(30, 3.0), igg(60, 7.0), igg(90, 2.0)]
    result = ivig_assessment(labs, day(61))
    assert result.igg_g_l == 7.0 and result.alerts == ()
    assert result.reasons[0].code == "ivig.reason.no_action"
    assert ivig_assessment(labs, day(91)).alerts[0].code == "ivig_suggested"


def test_no_igg():
    result = ivig_assessment([], day(31))
    assert result.igg_g_l is None and result.alerts == ()
    assert result.reasons[0].code == "ivig.no_igg"


def test_ivig_message_renders_both_languages():
    alert = ivig_alerts([igg(30, 3.2)], day(31))[0]
    assert render(alert.message, "en").startswith("IgG 3.2 g/L")
    assert "IVIG" in render(alert.message, "zh_CN")


@pytest.mark.parametrize(
    ("at", "b_cells", "igg_value", "infection", "routine", "cont", "code"),
    [
        (day(-1), False, None, False, False, False, "ivig.not_started"),
        (day(0), False, None, False, True, True, "ivig.routine_monthly"),
        (day(100), False, None, False, True, True, "ivig.routine_monthly"),
        (day(100), True, 5.0, False, False, False, "ivig.routine_ended"),
        (day(100), True, 4.0, False, False, True, "ivig.continue_high_risk"),
        (datetime(2027, 5, 1, 9, 59), False, None, False, True, True, "ivig.routine_monthly"),
        (datetime(2027, 5, 1, 10, 0), False, None, False, False, False, "ivig.routine_ended"),
        (day(200), False, 3.0, False, False, True, "ivig.continue_high_risk"),
        (day(200), False, 8.0, True, False, True, "ivig.continue_high_risk"),
    ],
)
def test_ivig_plan(at, b_cells, igg_value, infection, routine, cont, code):
    plan = ivig_plan(INF, at, b_cells, igg_value, infection)
    assert (plan.routine_active, plan.continue_monthly, plan.message.code) == (routine, cont, code)
    assert plan.routine_until == datetime(2027, 5, 1, 10, 0)


# --- HBV ----------------------------------------------------------------------------------


def dna(n: float, value: float) -> LabResult:
    return LabResult(day(n), "hbv_dna", value, "IU/mL")


def sag(n: float, value: float) -> LabResult:
    return LabResult(day(n), "hbsag", value)


@pytest.mark.parametrize(
    ("baseline", "later", "fires"),
    [
        (100, 10000, True),  # exactly 100-fold
        (100, 9999, False),
        (1000, 200000, True),
        (0, 20, True),  # negative → positive at the detection limit
        (0, 19.9, False),
        (10, 25, True),  # below the detection limit counts as negative
        (19.9, 20, True),
        (20, 1999, False),  # positive baseline: needs 100-fold
        (20, 2000, True),
    ],
)
def test_hbv_dna_rules(baseline, later, fires):
    alert = hbv_reactivation([dna(-3, baseline), dna(30, later)], INF, day(31))
    assert (alert is not None) is fires
    if fires:
        assert alert.code == "hbv_reactivation"
        assert alert.source == "source.seed000.s7_2"


def test_hbv_reason_codes():
    fold = hbv_reactivation([dna(-3, 100), dna(30, 10000)], INF, day(31))
    assert fold.message.params["reasons"][0].code == "hbv.reason.dna_100_fold"
    turned = hbv_reactivation([dna(-3, 0), dna(30, 500)], INF, day(31))
    assert turned.message.params["reasons"][0].code == "hbv.reason.dna_negative_to_positive"
    assert "核苷" in render(turned.message, "zh_CN")
    assert "10000" in render(fold.message, "en")


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [(0, 1, True), (0, 0, False), (1, 1, False), (1, 0, False)],
)
def test_hbsag_turning_positive(before, after, fires):
    alert = hbv_reactivation([sag(-5, before), sag(40, after)], INF, day(41))
    assert (alert is not None) is fires


def test_hbv_baseline_is_last_value_before_infusion():
    labs = [dna(-20, 1), dna(-2, 1000), dna(30, 50000)]
    assert hbv_reactivation(labs, INF, day(31)) is None  # 50-fold over the −2 baseline
    labs_after = [dna(10, 100), dna(40, 10000)]  # no pre-infusion value: first is baseline
    assert hbv_reactivation(labs_after, INF, day(41)) is not None


def test_hbv_values_after_at_are_ignored_and_alert_persists():
    labs = [dna(-3, 0), dna(30, 500), dna(60, 0)]
    assert hbv_reactivation(labs, INF, day(20)) is None
    assert hbv_reactivation(labs, INF, day(61)) is not None  # once met, the alert stays


def test_hbv_configurable_detection_limit():
    labs = [dna(-3, 0), dna(30, 15)]
    assert hbv_reactivation(labs, INF, day(31)) is None
    assert hbv_reactivation(labs, INF, day(31), detection_limit_iu_ml=10) is not None


def test_hbv_both_criteria_listed():
    labs = [dna(-3, 0), dna(30, 500), sag(-3, 0), sag(30, 1)]
    alert = hbv_reactivation(labs, INF, day(31))
    assert len(alert.message.params["reasons"]) == 2
    assert hbv_reactivation([], INF, day(31)) is None


@pytest.mark.parametrize(
    ("patient", "labs", "codes"),
    [
        (Patient(age_years=49, sex="F"), [], []),
        (Patient(age_years=50, sex="F"), [], ["hbv.risk.age_50"]),
        (Patient(age_years=30, sex="M"), [], ["hbv.risk.male"]),
        (
            Patient(age_years=30, conditions=("hbsag_positive", "hbeag_positive")),
            [],
            ["hbv.risk.hbsag_positive", "hbv.risk.hbeag_positive"],
        ),
        (Patient(age_years=30), [sag(-5, 1)], ["hbv.risk.hbsag_positive"]),
        (Patient(age_years=30), [dna(-5, 20)], ["hbv.risk.raised_dna"]),
        (Patient(age_years=30), [dna(-5, 19)], []),
        (
            Patient(age_years=60, sex="m"),
            [dna(-5, 5000)],
            ["hbv.risk.male", "hbv.risk.age_50", "hbv.risk.raised_dna"],
        ),
    ],
)
def test_hbv_risk_factors(patient, labs, codes):
    assert [m.code for m in hbv_risk_factors(patient, labs, day(0))] == codes
