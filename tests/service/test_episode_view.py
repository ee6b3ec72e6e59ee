"""One episode view for every screen and report (issue 13): board, handover and trends agree."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import Consciousness, NeuroAssessment
from cart_bedside.logic.protocols import management_plan
from cart_bedside.logic.schedule import TaskStatus
from cart_bedside.logic.shifts import ShiftSettings
from cart_bedside.logic.tocilizumab import TocilizumabLimits
from cart_bedside.plots import load_trend_data
from cart_bedside.plots.data import TrendData
from cart_bedside.reports import gather_handover
from cart_bedside.service import AdminService, RecordService
from cart_bedside.service.episode_view import lookback_start
from tests.demo_ward import DEMO_NOW, PINS

from .test_record_service import admit, sign_in, vitals

H = timedelta(hours=1)
LIMITS = TocilizumabLimits(timedelta(hours=12), 2, 3)  # the ward's own, not §2.4's 8 h, 3, 4


@pytest.fixture
def record(service):
    return RecordService(service)


@pytest.fixture
def twelve_hour_ward(service):
    """The ward on two 12-hour shifts with its own tocilizumab limits (set by the admin)."""
    sign_in(service, "admin")
    admin = AdminService(service, service.db_file())
    admin.set_shifts([("day", "08:00"), ("night", "20:00")], reason="12-hour shifts")
    admin.set_tocilizumab_limits(min_interval_h=12, max_per_24h=2, max_total=3)
    service.sign_out()
    return service


@pytest.fixture
def patient(twelve_hour_ward, record, clock):
    """CRS 2 (fever, hypotension), ICANS 1 (ICE 8), one tocilizumab dose 2 h ago."""
    service = twelve_hour_ward
    episode_id = admit(service, record)
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=vitals(DEMO_NOW - 3 * H, 38.6, sbp=86),
        neuro=NeuroAssessment(DEMO_NOW - 3 * H, ice_score=8, consciousness=Consciousness.ALERT),
    )
    record.medications.record_dose(
        episode_id,
        "tocilizumab",
        560,
        time=DEMO_NOW - 2 * H,
        ordered_by="刘医生",
        pin=PINS["nurse"],
    )
    return episode_id


def _schedule_lines(tasks, status):
    return sorted((t.due_at, render(t.message, "en")) for t in tasks if t.status is status)


def test_board_handover_and_trends_show_the_same_grades_tasks_and_settings(
    twelve_hour_ward, patient, clock
):
    service = twelve_hour_ward
    now = clock.t
    card = next(c for c in service.board() if c.episode_id == patient)
    view = service.episode_view(patient)
    (sheet_patient,) = (sheet := gather_handover(service.repo, now=now, bed="13")).patients
    trend = load_trend_data(service.repo, patient, now)
    on_screen = TrendData.from_view(service.episode_view(patient, at=now))

    # the settings used: the ward's 12-hour shifts and its tocilizumab limits, everywhere
    assert view.settings.shifts == ShiftSettings.twelve_hour()
    assert sheet.shift.name == "day" and sheet.next_shift.name == "night"
    assert (sheet.next_shift.end - sheet.shift.start) == 24 * H
    assert trend.shift_settings == on_screen.shift_settings == ShiftSettings.twelve_hour()
    for a in (view.assessment, sheet_patient.assessment, trend.assessment, on_screen.assessment):
        assert a.ledger.limits == LIMITS
        assert a.ledger.next_allowed_at == DEMO_NOW - 2 * H + 12 * H  # 12 h, not 8 h
        assert a.protocol_id == card.protocol_id == "tci-1203-2025"

    # the grades: computed and standing, the same on the card, the sheet and the figure
    grades = {
        "board": (card.crs_grade, card.icans_grade, card.standing_grades),
        "handover": (
            sheet_patient.crs_grade,
            sheet_patient.icans_grade,
            (sheet_patient.crs_shown.grade, sheet_patient.icans_shown.grade),
        ),
        "trends": (trend.assessment.crs.grade, trend.assessment.icans.grade, (2, 1)),
    }
    assert set(grades.values()) == {(2, 1, (2, 1))}, grades
    assert trend.assessment.crs.points == sheet_patient.assessment.crs.points
    assert trend.assessment.alert_codes() == sheet_patient.assessment.alert_codes()
    assert [al.code for al in card.alerts] == [al.alert.code for al in sheet_patient.alerts]

    # the tasks: the 12-hour day shift's, overdue and due alike on the card and the sheet
    tasks = view.tasks_at(now)
    overdue = _schedule_lines(tasks, TaskStatus.OVERDUE)
    assert overdue == sorted(
        (line.due_at, render(line.message, "en"))
        for line in sheet_patient.overdue
        if not line.ward_task
    )
    assert card.overdue == len(overdue) == len(sheet_patient.overdue) > 0
    due_this_shift = [t for t in tasks if t.status is TaskStatus.DUE and t.due_at < view.shift.end]
    assert card.due == len(due_this_shift)
    assert {(t.due_at, render(t.message, "en")) for t in due_this_shift} <= {
        (line.due_at, render(line.message, "en")) for line in sheet_patient.due_next
    }
    assert view.shift.end - view.shift.start == 12 * H


def test_the_handover_step_follows_the_physician_s_corrected_grade(service, record, clock):
    """Issue 12 leftover: the sheet's suggested step is that of the grade that stands."""
    episode_id = admit(service, record)
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=vitals(DEMO_NOW, 38.6, sbp=86),  # computed CRS 2
        neuro=NeuroAssessment(DEMO_NOW, ice_score=10, consciousness=Consciousness.ALERT),
    )
    (before,) = gather_handover(service.repo, bed="13").patients
    assert before.plan == before.assessment.plan  # nothing judged: the computed grade's step
    sign_in(service, "doctor")
    record.cosigning.judge_grades(episode_id, PINS["doctor"], 1, 0, "hypotension from GI bleeding")

    (after,) = gather_handover(service.repo, bed="13").patients
    assert after.assessment.crs.grade == 2 and after.crs_shown.grade == 1
    grade_1 = management_plan("tci-1203-2025", 1, 0, after.assessment.dosing)
    assert after.plan == grade_1 != after.assessment.plan
    assert service.episode_view(episode_id).plan == grade_1  # as every screen reads it

    from cart_bedside.reports import render_handover

    pdf, _pages = render_handover(gather_handover(service.repo, bed="13"), "en", figures=False)
    assert pdf.startswith(b"%PDF")


def test_a_save_invalidates_the_cached_view_and_a_new_shift_redoes_it(service, record, clock):
    episode_id = admit(service, record)
    first = service.episode_view(episode_id)
    assert service.episode_view(episode_id) is first  # cached
    service.save_shift_entry(episode_id, PINS["nurse"], vitals=vitals(clock.t, 38.6, sbp=86))
    second = service.episode_view(episode_id)
    assert second is not first and second.assessment.crs.grade == 2
    clock.t += 9 * H  # 08:00–16:00 → the evening shift
    third = service.episode_view(episode_id)
    assert third is not second and third.shift.start > second.shift.start
    at = clock.t - H
    assert service.episode_view(episode_id, at=at).at == at  # another moment: not cached


def test_one_look_back_rule():
    admitted = DEMO_NOW - timedelta(days=10)
    assert lookback_start(admitted, None) == admitted
    assert lookback_start(admitted, DEMO_NOW) == admitted  # admitted more than 8 days before
    late = DEMO_NOW - timedelta(days=3)
    assert lookback_start(late, DEMO_NOW) == DEMO_NOW - timedelta(days=8)
