"""Ward administration (issue 5): users, settings, backup/restore, the audit log viewer."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import (
    AdminService,
    PermissionDenied,
    RecordService,
    ServiceError,
    SignInError,
    WardService,
)
from cart_bedside.service import ward_settings as ws
from cart_bedside.storage import Repository, open_database
from tests.demo_ward import DEMO_NOW, PINS
from tests.service.test_record_service import admit, sign_in


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ward.db"  # the file the ``service`` fixture opened


@pytest.fixture
def admin(service, db_path):
    sign_in(service, "admin")
    return AdminService(service, db_path)


@pytest.mark.parametrize("who", ["nurse", "doctor"])
@pytest.mark.parametrize(
    "action",
    [
        lambda a: a.settings(),
        lambda a: a.set_ward_name("x"),
        lambda a: a.set_protocol("mm-2022"),
        lambda a: a.set_shifts(["08:00", "20:00"]),
        lambda a: a.set_tocilizumab_limits(max_total=3),
        lambda a: a.set_auto_lock_minutes(5),
        lambda a: a.users(),
        lambda a: a.create_user("x", "X", "nurse", "1234"),
        lambda a: a.deactivate_user("nurse2", "left"),
        lambda a: a.backup_now(),
        lambda a: a.audit_log(),
    ],
)
def test_nurses_and_physicians_are_refused_settings(service, admin, who, action):
    sign_in(service, who)
    with pytest.raises(PermissionDenied):
        action(admin)


def test_a_deactivated_user_cannot_sign_in(service, admin):
    admin.deactivate_user("nurse2", "left the ward")
    assert not service.repo.people.get_user("nurse2").active
    assert "nurse2" in {u.username for u in admin.users()}  # never deleted
    with pytest.raises(SignInError) as info:
        service.sign_in("nurse2", PINS["nurse2"])
    assert info.value.reason == "inactive"
    sign_in(service, "admin")
    admin.reactivate_user("nurse2", "back from leave")
    assert service.sign_in("nurse2", PINS["nurse2"]).username == "nurse2"
    entry = service.repo.audit_log.audit_entries(record_id="nurse2", action="user_update", limit=2)[
        -1
    ]
    assert entry.actor == "admin" and entry.reason == "left the ward"
    assert entry.details["new"] == {"active": 0} and entry.details["old"] == {"active": 1}


def test_users_are_created_with_a_pin_and_can_have_it_reset(service, admin):
    admin.create_user("li", "李医生", "physician", "4321")
    assert service.sign_in("li", "4321").role == "physician"
    sign_in(service, "admin")
    for _ in range(5):
        with pytest.raises(SignInError):
            service.sign_in("li", "0000")
    sign_in(service, "admin")
    admin.reset_pin("li", "5678")
    assert service.repo.people.get_user("li").locked_until is None
    assert service.sign_in("li", "5678").username == "li"
    sign_in(service, "admin")
    admin.change_role("li", "nurse", "works as a nurse now")
    assert service.repo.people.get_user("li").role == "nurse"
    with pytest.raises(ValidationError):
        admin.create_user("wang", "王", "nurse", "12")  # PIN 4–8 digits
    with pytest.raises(ValidationError):
        admin.change_role("li", "surgeon", "typo")


def test_the_ward_keeps_an_admin(service, admin):
    for refused in (
        lambda: admin.deactivate_user("admin", "me"),
        lambda: admin.change_role("admin", "nurse", "me"),
    ):
        with pytest.raises(ServiceError) as info:
            refused()
        assert info.value.message.code == "admin.error.own_account"
    admin.create_user("admin2", "第二管理员", "admin", "8000")
    service.sign_in("admin2", "8000")
    admin.deactivate_user("admin", "left")
    active = admin.users(include_inactive=False)
    assert [u.username for u in active if u.role == "admin"] == ["admin2"]


@pytest.mark.parametrize(
    ("setter", "field"),
    [
        (lambda a: a.set_shifts(["08:00", "8:00"]), "shifts[1].start"),
        (lambda a: a.set_shifts(["08:00", "00:00", "16:00"]), "shifts"),
        (lambda a: a.set_shifts(["08:00", "08:00"]), "shifts"),
        (lambda a: a.set_shifts([]), "shifts"),
        (lambda a: a.set_fluid_day_start("25:00"), "fluid_day_start"),
        (lambda a: a.set_protocol("made-up"), "protocol"),
        (lambda a: a.set_escalation(vitals_grade2_h=6), "escalation.vitals_grade2_h"),
        (lambda a: a.set_escalation(ice_grade2_h=10), "escalation.ice_grade2_h"),
        (lambda a: a.set_escalation(ice_grade1_h=30), "escalation.ice_grade1_h"),
        (
            lambda a: a.set_tocilizumab_limits(min_interval_h=0.5),
            "tocilizumab_limits.min_interval_h",
        ),
        (lambda a: a.set_tocilizumab_limits(max_per_24h=5), "tocilizumab_limits.max_per_24h"),
        (lambda a: a.set_tocilizumab_limits(max_total=2), "tocilizumab_limits.max_per_24h"),
        (lambda a: a.set_auto_lock_minutes(0), "auto_lock_minutes"),
        (lambda a: a.set_language("fr"), "language"),
        (lambda a: a.set_beds(["01", "01"]), "beds"),
        (lambda a: a.set_ward_name(" "), "ward.name"),
    ],
)
def test_settings_are_validated(admin, setter, field):
    with pytest.raises(ValidationError) as info:
        setter(admin)
    assert info.value.field == field


def test_settings_are_stored_audited_and_read_back(service, admin):
    admin.set_ward_name("血液科三病区", reason="renamed")
    admin.set_beds([f"{i:02d}" for i in range(1, 21)])
    admin.set_shifts([("day", "08:00"), ("night", "20:00")])
    admin.set_fluid_day_start("07:00")
    admin.set_protocol("mm-2022")
    admin.set_escalation(vitals_grade1_h=2)
    admin.set_tocilizumab_limits(min_interval_h=12, max_total=3)
    admin.set_auto_lock_minutes(5)
    admin.set_language("en")
    s = admin.settings()
    assert s.ward_name == "血液科三病区" and len(s.beds) == 20
    assert s.shifts.names == ("day", "night") and s.shifts.fluid_day_start == time(7, 0)
    assert s.protocol == "mm-2022" and s.language == "en" and s.auto_lock_minutes == 5
    assert s.escalation.vitals_grade1 == timedelta(hours=2)
    assert (s.tocilizumab.min_interval, s.tocilizumab.max_total) == (timedelta(hours=12), 3)
    assert service.protocol_id() == "mm-2022"
    entry = service.repo.audit_log.audit_entries(record_id="ward.name", limit=1)[0]
    assert (entry.action, entry.actor, entry.reason) == ("setting_change", "admin", "renamed")
    assert entry.details["new"] == "血液科三病区"
    before = len(service.repo.audit_log.audit_entries(action="setting_change", limit=1000))
    admin.set_protocol("mm-2022")  # unchanged: nothing to audit
    assert len(service.repo.audit_log.audit_entries(action="setting_change", limit=1000)) == before


def test_the_demo_wards_plain_shift_list_reads(service):
    settings = ws.load(service.repo)
    assert settings.shifts.names == ("day", "evening", "night")
    assert settings.ward_name.startswith("血液科")


def test_an_occupied_bed_cannot_be_removed(admin):
    with pytest.raises(ServiceError) as info:
        admin.set_beds(["01", "02"])
    assert info.value.message.code == "admin.error.bed_in_use"


def test_a_setting_change_reaches_the_cached_assessments(service, admin):
    sign_in(service, "nurse")
    child = next(c.episode_id for c in service.board() if c.age_years < 18)
    assert service.assessment(child).dosing.paediatric_text("levetiracetam").code == (
        "dosing.paediatric_default"
    )
    sign_in(service, "admin")
    admin.set_paediatric_dosing({"levetiracetam": "20 mg/kg q12h per neurology"})
    assert service.assessment(child).dosing.paediatric_text("levetiracetam") == (
        "20 mg/kg q12h per neurology"
    )


def test_the_ward_protocol_is_the_default_for_new_admissions_only(service, admin):
    """Clinical-rules §10: patients already admitted keep the protocol they were given."""
    sign_in(service, "nurse")
    episode_id = next(
        c.episode_id
        for c in service.board()
        if service.assessment(c.episode_id).protocol_id == "tci-1203-2025"
    )
    sign_in(service, "admin")
    admin.set_protocol("review-astct")
    assert service.assessment(episode_id).protocol_id == "tci-1203-2025"
    sign_in(service, "nurse")
    assert RecordService(service).protocols.protocol_for("b_nhl") == "review-astct"


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ({"levetiracetam": "x" * 201}, "paediatric_dosing.levetiracetam"),
        ({"左乙拉西坦": "a", "levetiracetam": "b"}, "paediatric_dosing.levetiracetam"),
        ({" ": "text"}, "paediatric_dosing.drug"),
    ],
)
def test_a_bad_paediatric_dosing_line_is_refused_and_nothing_changes(service, admin, lines, field):
    admin.set_paediatric_dosing({"dexamethasone": "0.15 mg/kg"}, "ward policy")
    with pytest.raises(ValidationError) as err:
        admin.set_paediatric_dosing(lines)
    assert err.value.field == field
    assert admin.settings().paediatric_dosing == {"dexamethasone": "0.15 mg/kg"}


def test_the_paediatric_dosing_table_is_audited_with_old_and_new(service, admin):
    admin.set_paediatric_dosing({"地塞米松": "  0.15 mg/kg   q6h "}, "ward policy")
    assert admin.settings().paediatric_dosing == {"dexamethasone": "0.15 mg/kg q6h"}
    admin.set_paediatric_dosing({"dexamethasone": ""})  # an empty line: back to the default
    assert admin.settings().paediatric_dosing == {}
    changes = service.repo.audit_log.audit_entries(record_id="paediatric_dosing")
    assert [c.details["new"] for c in changes] == [{}, {"dexamethasone": "0.15 mg/kg q6h"}]
    assert changes[1].reason == "ward policy" and changes[1].actor == "admin"


def test_the_adaptive_ice_schedule_is_a_ward_setting(service, admin):
    assert admin.settings().adaptive_ice.enabled
    admin.set_adaptive_ice(interval_min=15, duration_h=1)
    settings = admin.settings().adaptive_ice
    assert (settings.interval, settings.duration) == (timedelta(minutes=15), timedelta(hours=1))
    with pytest.raises(ValidationError) as err:
        admin.set_adaptive_ice(interval_min=90, duration_h=1)
    assert err.value.field == "adaptive_ice.duration_h"
    with pytest.raises(ValidationError) as err:
        admin.set_adaptive_ice(enabled="yes")
    assert err.value.field == "adaptive_ice.enabled"
    admin.set_adaptive_ice(enabled=False)
    assert not admin.settings().adaptive_ice.enabled


def test_backup_now_and_restore(service, admin, db_path, tmp_path):
    result = admin.backup_now()
    assert result.path.exists() and admin.backups() == [result.path]
    record = RecordService(service)
    episode_id = admit(service, record)  # written after the backup
    sign_in(service, "admin")
    restored = admin.restore(result.path, reason="test restore")
    assert restored.aside is not None and restored.aside.exists()
    assert service.user is None  # the connection is closed: sign in again on a new one
    db = open_database(db_path)
    try:
        again = WardService(Repository(db))
        assert episode_id not in {e.episode_id for _, e in again.repo.patients.occupied(DEMO_NOW)}
        assert again.repo.audit_log.audit_entries(action="restore", limit=1)[0].actor == "admin"
        assert again.repo.audit_log.verify_audit_chain().ok
    finally:
        db.conn.close()


def test_a_bad_backup_is_refused_before_anything_closes(admin, tmp_path, service):
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(Exception):  # noqa: B017 - BackupError from storage
        admin.restore(bad)
    assert service.user is not None and service.repo.people.get_user("admin") is not None


def test_the_audit_log_filters_by_user_patient_and_date(service, admin, clock):
    record = RecordService(service)
    episode_id = admit(service, record)
    clock.t = DEMO_NOW + timedelta(hours=1)
    record.labs.record(episode_id, "crp", 40)
    sign_in(service, "admin")
    view = admin.audit_log(episode_id=episode_id)
    assert view.chain is None and view.entries  # verified off the UI thread instead
    report = admin.integrity_check()()
    assert report.ok and report.entries > 0 and report.users == 4
    again = admin.integrity_check()()  # from the point just verified: nothing new to read
    assert again.ok and again.entries == 0 and again.records == 0
    assert {e.actor for e in view.entries} == {"nurse"}
    assert {e.table_name for e in view.entries} == {"patients", "episodes", "lab_results"}
    by_date = admin.audit_log(episode_id=episode_id, since=DEMO_NOW + timedelta(minutes=30))
    assert [e.table_name for e in by_date.entries] == ["lab_results"]
    until = admin.audit_log(episode_id=episode_id, until=DEMO_NOW + timedelta(minutes=30))
    assert "lab_results" not in {e.table_name for e in until.entries}
    nurse = admin.audit_log(user="nurse", limit=3)
    assert len(nurse.entries) == 3 and nurse.truncated
    assert all(e.actor == "nurse" for e in nurse.entries)
    assert [e.seq for e in nurse.entries] == sorted((e.seq for e in nurse.entries), reverse=True)


def test_a_second_backup_location_is_checked_then_used(service, admin, tmp_path):
    with pytest.raises(ValidationError) as err:
        admin.set_second_backup_location(str(tmp_path / "no-such-usb"))
    assert err.value.field == "backup.second_location"
    usb = tmp_path / "usb"
    usb.mkdir()
    admin.set_second_backup_location(str(usb), reason="USB stick in the drawer")
    result = admin.backup_now()
    assert result.mirror is not None and result.mirror.parent == usb.resolve()
    admin.set_second_backup_location(None)
    assert admin.backup_now().mirror is None
