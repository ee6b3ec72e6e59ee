"""ICAHT grading (clinical-rules §7; EHA/EBMT, Rejeski 2023) and the severe-neutropenia alert."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.findings import Severity
from cart_bedside.logic.icaht import (
    anc_message,
    anc_per_ul,
    count_neutropenic_days,
    ctcae_neutropenia_grade,
    early_grade_from_days,
    early_icaht,
    icaht_assessment,
    late_grade_from_values,
    late_icaht,
    neutrophil_recovery,
    severe_neutropenia_alert,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult

INF = datetime(2026, 11, 1, 10, 0)
HIGH = 1.2
LOW = 0.3


def t(day: int, hour: int = 7) -> datetime:
    return datetime(2026, 11, 1, hour) + timedelta(days=day)


def anc(day: int, value: float, hour: int = 7) -> LabResult:
    return LabResult(t(day, hour), "anc", value, "10^9/L")


def daily(values: list[float], first_day: int = 0) -> list[LabResult]:
    return [anc(first_day + i, v) for i, v in enumerate(values)]


def early(values: list[float], at_day: int = 30, first_day: int = 0):
    return early_icaht(daily(values, first_day), INF, t(at_day, 20))


@pytest.mark.parametrize(
    ("value", "per_ul"),
    [(0.5, 500), (0.1, 100), (0.501, 501), (0.101, 101), (1.5, 1500), (0.0, 0), (1.001, 1001)],
)
def test_unit_conversion_is_exact_at_thresholds(value, per_ul):
    assert anc_per_ul(value) == per_ul


def test_anc_is_shown_in_both_units():
    assert render(anc_message(0.45), "en") == "0.45 ×10⁹/L (450/µL)"


@pytest.mark.parametrize(
    ("low_days", "grade"),
    [(0, 0), (1, 1), (6, 1), (7, 2), (13, 2), (14, 3), (30, 3), (31, 4)],
)
def test_early_grade_by_days_at_or_below_500(low_days, grade):
    result = early([LOW] * low_days + [HIGH] * (31 - low_days))
    assert result.days_le_500 == low_days
    assert result.grade == grade
    assert result.never_above_500 is (low_days == 31)


@pytest.mark.parametrize(
    ("profound_days", "grade"),
    [(6, 1), (7, 3), (13, 3), (14, 4)],
)
def test_early_grade_by_days_at_or_below_100(profound_days, grade):
    result = early([0.05] * profound_days + [HIGH] * (31 - profound_days))
    assert result.days_le_100 == profound_days
    assert result.grade == grade


@pytest.mark.parametrize(("value", "grade"), [(0.5, 1), (0.501, 0), (0.499, 1)])
def test_500_is_neutropenic(value, grade):
    assert early([HIGH, value] + [HIGH] * 29).grade == grade


@pytest.mark.parametrize(("value", "grade"), [(0.1, 3), (0.101, 2)])
def test_100_is_profound(value, grade):
    assert early([value] * 7 + [HIGH] * 24).grade == grade


@pytest.mark.parametrize(
    ("gap", "days", "grade"),
    [(1, 13, 2), (2, 14, 3), (3, 12, 2), (4, 12, 2)],
)
def test_short_recovery_counts_as_neutropenia(gap, days, grade):
    # 6 days low, `gap` days above 500, 6 days low: gaps < 3 days do not end the episode
    result = early([LOW] * 6 + [HIGH] * gap + [LOW] * 6 + [HIGH] * (19 - gap))
    assert result.days_le_500 == days
    assert result.grade == grade


def test_a_short_run_above_at_the_end_is_not_counted_yet():
    result = early([LOW] * 6 + [HIGH] * 2, at_day=7)
    assert (result.days_le_500, result.grade, result.provisional) == (6, 1, True)
    later = early([LOW] * 6 + [HIGH] * 2 + [LOW], at_day=8)
    assert later.days_le_500 == 9


def test_episodes_add_up():
    result = early([LOW] * 4 + [HIGH] * 5 + [LOW] * 4 + [HIGH] * 18)
    assert result.days_le_500 == 8 and result.grade == 2


def test_last_observation_carried_forward():
    labs = [anc(0, LOW), anc(10, HIGH)]
    result = early_icaht(labs, INF, t(30, 20))
    assert result.days_le_500 == 10 and result.grade == 2
    # carried forward up to `at` when nothing newer was measured
    assert early_icaht([anc(0, LOW)], INF, t(8, 20)).days_le_500 == 9


def test_value_before_infusion_is_carried_into_d0():
    result = early_icaht([anc(-1, LOW), anc(2, HIGH)], INF, t(30, 20))
    assert result.days_le_500 == 2  # D0 and D+1


def test_days_before_the_first_value_are_unknown():
    result = early_icaht(daily([LOW] * 29, first_day=2), INF, t(30, 20))
    assert result.days_le_500 == 29
    assert result.grade == 3 and not result.never_above_500


def test_lowest_value_of_a_day_decides_that_day():
    labs = [anc(3, HIGH, 6), anc(3, 0.4, 14), anc(3, HIGH, 22)]
    result = early_icaht(labs, INF, t(30, 20))
    assert result.days_le_500 == 1  # D+4 onwards carries the last value (HIGH)


def test_grade_4_needs_data_through_d30():
    provisional = early([LOW] * 30, at_day=29)
    assert provisional.grade == 3 and provisional.provisional
    assert provisional.days_le_500 == 30
    final = early([LOW] * 30, at_day=30)  # D+30 carried from D+29
    assert final.grade == 4 and not final.provisional
    assert final.reasons[0].code == "icaht.reason.never_above_500"


def test_one_value_above_500_rules_out_never_above():
    labs = [*daily([LOW] * 31), anc(15, 0.8, 19)]
    result = early_icaht(labs, INF, t(30, 20))
    assert result.days_le_500 == 31  # D+15's lowest value is low; D+16 is measured low again
    assert not result.never_above_500 and result.grade == 3


def test_before_infusion_nothing_is_graded():
    result = early_icaht([anc(-3, LOW)], INF, t(-1))
    assert result.grade == 0 and result.through_day == -1


def test_no_anc():
    result = early_icaht([], INF, t(5))
    assert result.grade == 0 and result.reasons[-1].code == "icaht.no_anc"


def test_labs_after_at_are_ignored():
    result = early_icaht(daily([LOW] * 31), INF, t(5, 6))
    assert result.days_le_500 == 6  # D0..D+4 measured; D+5 (value due 07:00) carried from D+4


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        (1.6, 0),
        (1.501, 0),
        (1.5, 1),
        (1.001, 1),
        (1.0, 2),
        (0.501, 2),
        (0.5, 3),
        (0.101, 3),
        (0.1, 4),
        (0.0, 4),
    ],
)
def test_late_grade_by_nadir(value, grade):
    labs = [anc(35, value), anc(40, value), anc(45, 2.0)]
    result = late_icaht(labs, INF, t(60))
    assert result.grade == grade
    assert result.values == 3


def test_late_needs_two_values_unless_non_transient():
    labs = [anc(35, 0.05), anc(40, 2.0)]
    assert late_icaht(labs, INF, t(60)).grade == 0
    assert late_icaht(labs, INF, t(60), nontransient=True).grade == 4
    mixed = [anc(35, 0.05), anc(40, 0.4)]
    assert late_icaht(mixed, INF, t(60)).grade == 3
    single = late_icaht([anc(35, 0.05)], INF, t(60))
    assert [r.code for r in single.reasons] == [
        "icaht.reason.late_nadir",
        "icaht.reason.late_needs_two",
    ]


def test_late_ignores_values_up_to_d30():
    labs = [anc(30, 0.05), anc(30, 0.05, 20), anc(31, 1.4), anc(32, 1.3)]
    result = late_icaht(labs, INF, t(40))
    assert result.grade == 1 and result.nadir_10e9_l == 1.3
    assert late_icaht([], INF, t(40)).grade == 0


@pytest.mark.parametrize(
    ("value", "grade"),
    [(1.5, 0), (1.499, 2), (1.0, 2), (0.999, 3), (0.5, 3), (0.499, 4), (0.0, 4)],
)
def test_ctcae_grade(value, grade):
    assert ctcae_neutropenia_grade(value) == grade


@pytest.mark.parametrize(
    ("value", "severity"),
    [(1.0, None), (0.999, Severity.WARNING), (0.5, Severity.WARNING), (0.499, Severity.CRITICAL)],
)
def test_severe_neutropenia_alert(value, severity):
    alert = severe_neutropenia_alert([anc(1, 0.05), anc(2, value)], t(3))
    if severity is None:
        assert alert is None
    else:
        assert alert.code == "severe_neutropenia" and alert.severity is severity
        assert "G-CSF" in render(alert.message, "zh_CN")
        assert "isolation" in render(alert.message, "en")


def test_severe_neutropenia_uses_the_latest_value_at_or_before_at():
    labs = [anc(1, 0.2), anc(2, 1.8)]
    assert severe_neutropenia_alert(labs, t(1, 8)) is not None
    assert severe_neutropenia_alert(labs, t(2, 8)) is None
    assert severe_neutropenia_alert([], t(2)) is None


def test_neutrophil_recovery():
    labs = daily([LOW] * 6 + [HIGH] * 3)
    assert neutrophil_recovery(labs, INF, t(8, 20)) == t(6)
    assert neutrophil_recovery(labs, INF, t(7, 20)) is None  # only 2 days above so far
    assert neutrophil_recovery(daily([HIGH] * 10), INF, t(9, 20)) is None  # never neutropenic
    assert neutrophil_recovery([], INF, t(9)) is None


def test_recovery_from_a_carried_value():
    labs = [*daily([LOW] * 5), anc(5, LOW, 7), anc(5, 0.8, 19)]
    assert neutrophil_recovery(labs, INF, t(8, 20)) == t(5, 19)


def test_assessment_bundle():
    labs = [*daily([LOW] * 14 + [HIGH] * 17), anc(35, 0.9), anc(40, 0.8)]
    result = icaht_assessment(labs, INF, t(41))
    assert result.early.grade == 3 and result.late.grade == 2
    assert [a.code for a in result.alerts] == ["severe_neutropenia"]
    assert render(result.summary, "en") == "early ICAHT grade 3, late ICAHT grade 2"
    early_only = icaht_assessment(labs, INF, t(10, 20))
    assert early_only.summary.code == "icaht.summary_early_provisional"
    assert icaht_assessment(labs, INF, t(31, 6)).summary.code == "icaht.summary_early"


@given(st.integers(0, 31), st.integers(0, 31), st.integers(0, 31), st.integers(0, 31))
def test_grade_monotone_in_days(a500, b500, a100, b100):
    lo500, hi500 = sorted((a500, b500))
    lo100, hi100 = sorted((a100, b100))
    assert early_grade_from_days(lo500, lo100, False) <= early_grade_from_days(hi500, hi100, False)
    assert 0 <= early_grade_from_days(hi500, hi100, False) <= 4
    assert early_grade_from_days(lo500, lo100, True) == 4


@given(st.lists(st.booleans(), max_size=31))
def test_neutropenic_days_never_exceed_the_days_observed(states):
    n = count_neutropenic_days(states)
    assert sum(states) <= n <= len(states)


anc_values = st.lists(st.floats(0, 3, allow_nan=False), min_size=1, max_size=31)


@given(anc_values, st.data())
def test_lower_anc_never_lowers_the_grade(values, data):
    i = data.draw(st.integers(0, len(values) - 1))
    lowered = list(values)
    lowered[i] = data.draw(st.floats(0, values[i]))
    assert early(lowered).grade >= early(values).grade
    assert early(lowered).days_le_500 >= early(values).days_le_500


@given(st.lists(st.floats(0, 3, allow_nan=False), max_size=8), st.floats(0, 3))
def test_late_grade_monotone_when_a_value_is_added(values, extra):
    ul = [anc_per_ul(v) for v in values]
    assert late_grade_from_values([*ul, anc_per_ul(extra)]) >= late_grade_from_values(ul)
