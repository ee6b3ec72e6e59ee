"""A due check recorded as not done (clinical-rules §12): it stops counting as overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.schedule import TaskStatus
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import PermissionDenied, RecordService, ServiceError
from tests.demo_ward import PINS

from .test_record_service import sign_in, vitals


@pytest.fixture
def record(service):
    sign_in(service, "nurse")
    return RecordService(service)


def _overdue_card(service):
    # Bed 04 (ICANS 3): the hourly vital signs are overdue in the demo ward.
    return next(c for c in service.board() if c.overdue and c.bed == "04")


def test_a_check_recorded_as_not_done_stops_the_overdue_on_the_board(service, record):
    card = _overdue_card(service)
    task = record.tasks.task_summary(card.episode_id).overdue[0]
    rid = record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "off_ward")
    after = next(c for c in service.board() if c.episode_id == card.episode_id)
    assert after.overdue == card.overdue - 1
    summary = record.tasks.task_summary(card.episode_id)
    (marked,) = [t for t in summary.tasks if t.due_at == task.due_at and t.kind == task.kind]
    assert marked.status is TaskStatus.NOT_DONE and marked.done_by == rid
    assert "外出检查" in render(marked.status_label, "zh_CN")
    assert "off the ward" in render(marked.status_label, "en")
    (kept,) = record.not_done.not_done_checks(card.episode_id)
    assert kept.meta.id == rid and kept.meta.recorded_by == "nurse"
    assert service.repo.audit_log.audit_entries(record_id=rid)[0].table_name == "not_done_checks"


def test_other_needs_a_few_words_and_nothing_is_stored_without_them(service, record):
    card = _overdue_card(service)
    task = record.tasks.task_summary(card.episode_id).overdue[0]
    with pytest.raises(ValidationError) as err:
        record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "other", "  ")
    assert err.value.field == "not_done.note"
    with pytest.raises(ValidationError) as err:
        record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "busy")
    assert err.value.field == "not_done.reason"
    assert record.not_done.not_done_checks(card.episode_id) == []
    record.not_done.record_not_done(
        card.episode_id, task.kind, task.due_at, "other", "family meeting with the physician"
    )
    assert record.not_done.not_done_checks(card.episode_id)[0].note == (
        "family meeting with the physician"
    )


def test_only_an_open_task_of_this_shift_can_be_marked(service, record, clock):
    card = _overdue_card(service)
    task = record.tasks.task_summary(card.episode_id).overdue[0]
    with pytest.raises(ServiceError) as err:
        record.not_done.record_not_done(
            card.episode_id, task.kind, task.due_at - timedelta(days=3), "patient_refused"
        )
    assert err.value.message.code == "record.error.no_such_task"
    record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "patient_refused")
    with pytest.raises(ServiceError) as err:
        record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "patient_refused")
    assert err.value.message.code == "record.error.task_closed"
    service.sign_out()
    with pytest.raises(PermissionDenied):
        record.not_done.record_not_done(card.episode_id, task.kind, task.due_at, "patient_refused")


def test_a_real_check_in_the_window_wins_over_not_done(service, record, clock):
    card = next(
        c
        for c in service.board()  # grade 0: vitals once a shift (a fixed slot)
        if not c.crs_grade
        and not c.icans_grade
        and c.day >= 0
        and any(t.kind == "vitals" for t in record.tasks.task_summary(c.episode_id).due)
    )
    task = next(t for t in record.tasks.task_summary(card.episode_id).due if t.kind == "vitals")
    record.not_done.record_not_done(card.episode_id, "vitals", task.due_at, "asleep_per_physician")
    service.save_shift_entry(card.episode_id, PINS["nurse"], vitals=vitals(clock.t, 37.0))
    summary = record.tasks.task_summary(card.episode_id)
    (same,) = [t for t in summary.tasks if t.due_at == task.due_at and t.kind == "vitals"]
    assert same.status is TaskStatus.DONE
