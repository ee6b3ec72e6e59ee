"""The schedule's settings and escalation level (logic/schedule_settings.py, clinical-rules §8)."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.schedule_settings import (
    EscalationSettings,
    MonitoringSettings,
    add_months,
    escalation_level,
    level_segments,
)
from cart_bedside.logic.study_tasks import followup_months, response_months

from .schedule_helpers import INF, d

# --- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 1, 31, 10), 1, datetime(2026, 2, 28, 10)),
        (datetime(2028, 1, 31), 1, datetime(2028, 2, 29)),
        (datetime(2026, 11, 1), 2, datetime(2027, 1, 1)),
        (datetime(2026, 11, 30), 3, datetime(2027, 2, 28)),
        (datetime(2026, 11, 1), 12, datetime(2027, 11, 1)),
        (datetime(2026, 11, 1), 0, datetime(2026, 11, 1)),
    ],
)
def test_add_months(moment, months, expected):
    assert add_months(moment, months) == expected


@pytest.mark.parametrize(
    ("crs", "icans", "level"),
    [(0, 0, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1), (2, 0, 2), (0, 2, 2), (1, 2, 2), (4, 3, 2)],
)
def test_escalation_level(crs, icans, level):
    assert escalation_level(crs, icans) == level


def test_level_segments_merge_equal_levels():
    timeline = [(d(0, 8), 1, 0), (d(1), 1, 0), (d(1, 1), 1, 1), (d(2), 2, 0), (d(3), 0, 0)]
    segs = level_segments(timeline, INF, d(5))
    assert segs == [(INF, d(2), 1), (d(2), d(3), 2), (d(3), d(5), 0)]
    assert level_segments([], INF, d(5)) == [(INF, d(5), 0)]


def test_followup_and_response_months():
    assert followup_months(36) == [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24, 27, 30, 33, 36]
    assert followup_months(36, 6) == [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24, 30, 36]
    assert response_months(36) == [1, 3, 6, 9, 12, 18, 24, 30, 36]
    assert response_months(5) == [1, 3]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"vitals_grade1": timedelta(minutes=10)},
        {"ice_grade1": timedelta(hours=25)},
        {"vitals_grade2": timedelta(hours=5)},
    ],
)
def test_escalation_settings_are_validated(kwargs):
    with pytest.raises(ValueError):
        EscalationSettings(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"grace": timedelta(minutes=-1)},
        {"lymphodepletion_labs_every_days": 3},
        {"followup_every_months_from_year3": 12},
    ],
)
def test_monitoring_settings_are_validated(kwargs):
    with pytest.raises(ValueError):
        MonitoringSettings(**kwargs)
