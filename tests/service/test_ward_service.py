"""The ward service: sign-in, lockout, roles, cached assessments, board, shift entry."""

from datetime import timedelta

import pytest

from cart_bedside.logic.models import Consciousness, NeuroAssessment, VitalSigns
from cart_bedside.logic.schedule import TaskStatus
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import PermissionDenied, SignInError, masked_name
from tests.demo_ward import PINS


def adult_episode(service):
    service.sign_in("nurse", PINS["nurse"])
    for patient, episode in service.occupied():
        if patient.age_years >= 12 and patient.infusion_time and not patient.prior_cns_disease:
            return episode.episode_id
    raise AssertionError("no adult in the demo ward")


def test_sign_in_with_the_right_pin(service):
    user = service.sign_in("nurse", PINS["nurse"])
    assert user.role == "nurse"
    assert service.user.username == "nurse"
    assert service.repo.audit_log.audit_entries(action="sign_in", limit=1)[0].actor == "nurse"


def test_wrong_pins_count_down_then_lock_for_15_minutes(service, clock):
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInError) as info:
            service.sign_in("nurse", "0000")
        assert info.value.reason == "wrong_pin"
        assert info.value.message.params["left"] == left
    with pytest.raises(SignInError) as info:
        service.sign_in("nurse", "0000")
    assert info.value.reason == "locked"
    with pytest.raises(SignInError) as info:
        service.sign_in("nurse", PINS["nurse"])  # the right PIN is refused while locked
    assert info.value.reason == "locked"
    clock.t += timedelta(minutes=16)
    assert service.sign_in("nurse", PINS["nurse"]).failed_attempts == 0


def test_a_right_pin_resets_the_count(service):
    with pytest.raises(SignInError):
        service.sign_in("nurse", "0000")
    service.sign_in("nurse", PINS["nurse"])
    assert service.repo.people.get_user("nurse").failed_attempts == 0


def test_unknown_and_deactivated_users_cannot_sign_in(service):
    with pytest.raises(SignInError) as info:
        service.sign_in("nobody", "1234")
    assert info.value.reason == "unknown_user"
    service.repo.people.deactivate_user("nurse2", "admin", "left the ward")
    with pytest.raises(SignInError) as info:
        service.sign_in("nurse2", PINS["nurse2"])
    assert info.value.reason == "inactive"


def test_failed_sign_ins_are_audited(service):
    with pytest.raises(SignInError):
        service.sign_in("nurse", "0000")
    assert (
        service.repo.audit_log.audit_entries(action="sign_in_failed", limit=1)[0].actor == "nurse"
    )


@pytest.mark.parametrize(
    ("user", "allowed", "refused"),
    [
        ("nurse", {"view", "chart"}, {"cosign", "override_dose", "settings", "users"}),
        ("doctor", {"view", "chart", "cosign", "override_dose"}, {"settings", "users"}),
        ("admin", {"view", "settings", "users", "backup"}, {"chart", "cosign"}),
    ],
)
def test_roles(service, user, allowed, refused):
    service.sign_in(user, PINS[user])
    assert all(service.can(a) for a in allowed)
    assert not any(service.can(a) for a in refused)


def test_nothing_without_a_signed_in_user(service):
    with pytest.raises(PermissionDenied):
        service.board()


def test_admin_cannot_chart(service):
    episode_id = adult_episode(service)
    service.sign_in("admin", PINS["admin"])
    with pytest.raises(PermissionDenied):
        service.save_shift_entry(
            episode_id, PINS["admin"], vitals=VitalSigns(service.clock(), temp_c=37.0)
        )


def test_board_has_one_card_per_occupied_bed_and_sorts(service):
    service.sign_in("nurse", PINS["nurse"])
    by_bed = service.board()
    assert [c.bed for c in by_bed] == sorted((c.bed for c in by_bed), key=lambda b: int(b))
    assert len(by_bed) == len(service.occupied())
    by_severity = service.board("severity")
    worst = [max(c.crs_grade, c.icans_grade) for c in by_severity]
    assert worst == sorted(worst, reverse=True)


def test_save_shift_entry_signed_with_pin_updates_the_grade(service):
    episode_id = adult_episode(service)
    now = service.clock()
    vitals = VitalSigns(now, temp_c=38.6, hr=110, sbp=86, dbp=50, rr=20, spo2=96)
    neuro = NeuroAssessment(now, ice_score=8, consciousness=Consciousness.ALERT)
    preview, _ = service.preview(episode_id, vitals, neuro)
    assert (preview.crs.grade, preview.icans.grade) == (2, 1)
    with pytest.raises(SignInError):
        service.save_shift_entry(episode_id, "0000", vitals=vitals, neuro=neuro)
    result = service.save_shift_entry(episode_id, PINS["nurse"], vitals=vitals, neuro=neuro)
    assert result.signature_id
    a = service.assessment(episode_id)
    assert (a.crs.grade, a.icans.grade) == (2, 1)


def test_preview_refuses_a_hard_limit_and_stores_nothing(service):
    episode_id = adult_episode(service)
    before = len(service.repo.queries.vitals(episode_id))
    with pytest.raises(ValidationError) as info:
        service.preview(episode_id, VitalSigns(service.clock(), temp_c=46.0))
    assert info.value.field.endswith("temp_c")
    assert len(service.repo.queries.vitals(episode_id)) == before


def test_preview_returns_soft_limit_warnings(service):
    episode_id = adult_episode(service)
    _, warnings = service.preview(episode_id, VitalSigns(service.clock(), temp_c=39.6))
    assert any(w.field.endswith("temp_c") for w in warnings)


def test_assessment_is_cached_until_a_save(service):
    episode_id = adult_episode(service)
    first = service.assessment(episode_id)
    assert service.assessment(episode_id) is first
    service.save_shift_entry(
        episode_id, PINS["nurse"], vitals=VitalSigns(service.clock(), temp_c=37.0)
    )
    assert service.assessment(episode_id) is not first


def test_drafts_belong_to_the_user(service):
    episode_id = adult_episode(service)
    service.save_draft("shift_entry", episode_id, {"temp_c": "38.1"})
    assert service.load_draft("shift_entry", episode_id) == {"temp_c": "38.1"}
    service.sign_in("nurse2", PINS["nurse2"])
    assert service.load_draft("shift_entry", episode_id) is None


@pytest.mark.parametrize(
    ("name", "masked"), [("张三丰", "张**"), ("John Smith", "J*** S****"), ("", "")]
)
def test_masked_name(name, masked):
    assert masked_name(name) == masked


def test_due_tasks_turn_overdue_as_time_passes_without_a_save(service, clock):
    service.sign_in("nurse", PINS["nurse"])
    before = {c.bed: c.overdue for c in service.board()}
    clock.t += timedelta(hours=5, minutes=50)  # 15:50, still the day shift (08:00–16:00)
    after = {c.bed: c.overdue for c in service.board()}
    assert all(after[bed] >= before[bed] for bed in before)
    assert sum(after.values()) > sum(before.values())


def test_a_new_shift_brings_new_tasks(service, clock):
    service.sign_in("nurse", PINS["nurse"])
    episode_id = service.board()[0].episode_id
    first = service.tasks(episode_id)
    clock.t += timedelta(hours=8)
    assert service.tasks(episode_id) is not first


def test_confirmed_soft_limits_are_audited_with_the_save(service):
    episode_id = adult_episode(service)
    result = service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=VitalSigns(service.clock(), temp_c=39.6),
        confirmations={"temperature 39.6 °C is very high": "rechecked with a second thermometer"},
    )
    entry = service.repo.audit_log.audit_entries(action="sign", limit=1)[0]
    assert entry.record_id == result.save_id
    assert "second thermometer" in str(entry.details)


def test_the_record_that_ends_crs_completes_the_overdue_hourly_check(service, clock):
    service.sign_in("nurse", PINS["nurse"])
    episode_id = next(
        e.episode_id
        for p, e in service.occupied()
        if p.age_years >= 12
        and p.infusion_time
        and p.infusion_time < clock()
        and service.assessment(e.episode_id).crs.grade == 0
        and service.assessment(e.episode_id).icans.grade == 0
    )
    raised = clock()  # 10:00, day shift
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=VitalSigns(raised, temp_c=38.6, hr=110, sbp=86, dbp=50, rr=20, spo2=96),
    )
    assert service.assessment(episode_id).crs.grade == 2  # vitals hourly: due 11:00
    clock.t = raised + timedelta(hours=1, minutes=45)  # the 11:00 check is overdue
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=VitalSigns(clock.t, temp_c=37.0, hr=80, sbp=120, dbp=70, rr=16, spo2=98),
    )
    assert service.assessment(episode_id).crs.grade == 0  # the episode ends at this record
    hourly = next(
        t
        for t in service.tasks(episode_id)
        if t.code == "task.vitals" and t.due_at == raised + timedelta(hours=1)
    )
    assert hourly.status is TaskStatus.DONE and hourly.done_at == clock.t and hourly.late
    card = next(c for c in service.board() if c.episode_id == episode_id)
    assert card.overdue == 0


def test_board_shows_which_grades_are_co_signed(service):
    from cart_bedside.service import RecordService

    episode_id = adult_episode(service)
    now = service.clock()
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=VitalSigns(now, temp_c=38.6, hr=110, sbp=86, dbp=50, rr=20, spo2=96),
    )
    card = next(c for c in service.board() if c.episode_id == episode_id)
    assert card.crs_grade == 2 and card.grades_confirmed is False
    service.sign_in("doctor", PINS["doctor"])
    RecordService(service).cosigning.cosign(episode_id, PINS["doctor"])
    service.invalidate(episode_id)
    card = next(c for c in service.board() if c.episode_id == episode_id)
    assert card.crs_confirmed and card.grades_confirmed is True
