"""Screen 6 (issue 5): users, ward settings, backup/restore and the audit log, admin only."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from cart_bedside.service import AdminService, PermissionDenied, RecordService, SignInError
from cart_bedside.storage.audit import AuditEntry, ChainCheck
from cart_bedside.ui import i18n
from cart_bedside.ui.admin import AuditTableModel, SettingsScreen, UsersTableModel
from cart_bedside.ui.admin.settings_screen import TAB_AUDIT
from tests.demo_ward import DEMO_NOW, PINS


@pytest.fixture(autouse=True)
def _translators(qapp):
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ward.db"  # the file the ``service`` fixture opened


def make_screen(qtbot, session, db_path, tmp_path):
    w = SettingsScreen(session, db_path, backup_dir=tmp_path / "backups")
    qtbot.addWidget(w)
    w.resize(1280, 740)
    w.show()
    return w


@pytest.fixture
def screen(qtbot, session, db_path, tmp_path):
    session.sign_in("admin", PINS["admin"])
    return make_screen(qtbot, session, db_path, tmp_path)


@pytest.mark.parametrize("who", ["nurse", "doctor"])
def test_a_nurse_or_physician_is_refused_settings(qtbot, session, db_path, tmp_path, who):
    session.sign_in(who, PINS[who])
    w = make_screen(qtbot, session, db_path, tmp_path)
    assert w.is_refused()
    assert "无权" in w.refusal_text()  # the service's own message, in the session language
    assert not w.tabs.isVisible()
    with pytest.raises(PermissionDenied):  # enforced below the UI
        AdminService(session.service, db_path).settings()
    session.sign_in("admin", PINS["admin"])  # the same screen opens for the admin
    assert not w.is_refused() and w.tabs.isVisible()


def test_an_admin_creates_a_user_with_a_pin_typed_twice(screen, session):
    users = screen.users
    dialog = users.create_user()
    dialog.username.setText("li")
    dialog.display_name.setText("李医生")
    dialog.set_role("physician")
    dialog.enter_pin("12")  # too short: refused on the dialog
    assert "4" in dialog.error_text()
    dialog.enter_pin("4321")
    dialog.enter_pin("4322")  # differs: start again
    assert dialog.error_text()
    dialog.enter_pin("4321")
    dialog.enter_pin("4321")
    assert dialog.result() == dialog.DialogCode.Accepted
    row = users.model.row_of("li")
    assert row >= 0 and users.selected().username == "li"
    assert users.model.user(row).role == "physician"
    assert "li" in users.message.text()
    assert session.service.sign_in("li", "4321").role == "physician"


def test_a_duplicate_username_is_refused_in_the_dialog(screen):
    dialog = screen.users.create_user()
    dialog.username.setText("nurse")
    dialog.display_name.setText("又一个")
    dialog.enter_pin("5555")
    dialog.enter_pin("5555")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "nurse" in dialog.error_text()


def test_a_deactivated_user_cannot_sign_in_and_is_never_deleted(screen, session):
    users = screen.users
    users.select("nurse2")
    assert users.buttons["active"].isEnabled()
    dialog = users.toggle_active()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason_field.choose(0)
    dialog.ok_button.click()
    assert not session.service.repo.people.get_user("nurse2").active
    row = users.model.row_of("nurse2")
    assert row >= 0  # still listed
    assert users.model.data(users.model.index(row, 3)) == users.model.status_text(
        users.model.user(row)
    )
    assert not users.model.user(row).active
    with pytest.raises(SignInError) as info:
        session.service.sign_in("nurse2", PINS["nurse2"])
    assert info.value.reason == "inactive"
    session.sign_in("admin", PINS["admin"])
    users.select("nurse2")
    dialog = users.toggle_active()  # the same button now reactivates
    dialog.reason_field.choose(0)
    dialog.ok_button.click()
    assert session.service.repo.people.get_user("nurse2").active


def test_the_own_account_cannot_be_deactivated(screen, session):
    screen.users.select("admin")
    dialog = screen.users.toggle_active()
    dialog.reason_field.set_reason("test")
    dialog.ok_button.click()
    assert "自己的账户" in screen.users.message.text()
    assert session.service.repo.people.get_user("admin").active


def test_unlock_reset_pin_and_change_role(screen, session, clock):
    for _ in range(5):
        with pytest.raises(SignInError):
            session.service.sign_in("nurse2", "0000")
    session.sign_in("admin", PINS["admin"])
    users = screen.users
    users.refresh()
    users.select("nurse2")
    assert "nurse2" in users.selected().username and users.buttons["unlock"].isEnabled()
    assert users.selected().locked_until is not None
    users.buttons["unlock"].click()
    assert session.service.repo.people.get_user("nurse2").locked_until is None
    dialog = users.reset_pin()
    dialog.enter_pin("8765")
    dialog.enter_pin("8765")
    dialog = users.change_role()
    assert not dialog.choice_button("nurse").isEnabled()  # the current role
    dialog.choice_button("physician").click()
    dialog.reason_field.choose(0)
    dialog.ok_button.click()
    assert session.service.sign_in("nurse2", "8765").role == "physician"


def test_a_settings_change_is_audited_and_shown_in_the_audit_viewer(screen, session, qtbot):
    ward = screen.ward
    ward.ward_name.setText("血液科三病区")
    ward.reason.setText("病区更名")
    ward.protocol_button("mm-2022").click()
    ward.limits.field("vitals_grade1_h").set_value(2)
    ward.shifts.set_count(2)
    ward.shifts.time_fields(0).set_value(DEMO_NOW.replace(hour=8, minute=0).time())
    ward.shifts.time_fields(1).set_value(DEMO_NOW.replace(hour=20, minute=0).time())
    with qtbot.waitSignal(screen.settings_changed) as signal:
        written = ward.save()
    assert written == signal.args[0] == ["ward.name", "shifts", "protocol", "escalation"]
    settings = screen.admin.settings()
    assert settings.ward_name == "血液科三病区" and settings.protocol == "mm-2022"
    assert settings.shifts.names == ("day", "night")
    assert settings.escalation.vitals_grade1 == timedelta(hours=2)
    assert session.service.protocol_id() == "mm-2022"
    # shown in the audit viewer, newest first, with who, why and old → new
    screen.show_tab(TAB_AUDIT)
    model = screen.audit.model
    rows = [model.entry(r) for r in range(model.rowCount())]
    changes = [e for e in rows if e.action == "setting_change"]
    assert [e.record_id for e in changes[:4]] == ["escalation", "protocol", "shifts", "ward.name"]
    name_row = rows.index(changes[3])
    assert model.data(model.index(name_row, 1)).startswith("管理员")
    assert model.data(model.index(name_row, 2)) == "修改设置"
    assert model.data(model.index(name_row, 4)) == "病区更名"
    assert model.data(model.index(name_row, 5)).endswith("→ 血液科三病区")
    assert ward.save() == []  # nothing changed: nothing written, nothing audited


def test_a_refused_setting_says_why_and_keeps_the_form(screen):
    ward = screen.ward
    ward.limits.field("vitals_grade2_h").set_value(6)  # longer than at grade 1 (4 h)
    assert ward.save() == []
    assert "≥2" in ward.message.text() or "≥ 2" in ward.message.text()
    assert ward.limits.field("vitals_grade2_h").value() == 6


def test_beds_and_the_default_language(screen, session):
    ward = screen.ward
    ward.bed_count.set_value(16)
    assert ward.beds.text().startswith("01, 02") and ward.beds.text().endswith("16")
    ward.language_button("en").click()
    ward.limits.field("auto_lock_minutes").set_value(5)
    assert ward.save() == ["beds", "auto_lock_minutes", "language"]
    assert session.service.language() == "en"
    session.sign_in("nurse", PINS["nurse"])
    assert RecordService(session.service).admissions.free_beds() == ["13", "14", "15", "16"]


def _checked(qtbot, audit) -> str:
    qtbot.waitUntil(lambda: not audit.checking(), timeout=30_000)
    return audit.chain_text()


def test_the_integrity_check_runs_off_the_ui_thread_and_flags_a_tampered_log(
    qtbot, screen, db_path
):
    assert screen.audit.view() is None  # read only when its tab is shown
    screen.show_tab(TAB_AUDIT)
    assert "正在核对" in screen.audit.chain_text()  # shown at once, checked on the worker
    text = _checked(qtbot, screen.audit)
    assert text.startswith("✔") and "已核对至第" in text and "锚点" in text
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 40")
    conn.close()
    screen.audit.show_log()  # incremental: from the point verified a moment ago
    assert _checked(qtbot, screen.audit).startswith("✔")
    assert screen.audit.check_integrity(full=True)  # "Check everything" reads it all
    text = _checked(qtbot, screen.audit)
    assert text.startswith("×") and "40" in text
    assert not screen.audit.report().ok


def test_the_audit_log_filters_by_user_patient_and_date(screen, session, clock):
    screen.show_tab(TAB_AUDIT)
    audit = screen.audit
    session.sign_in("nurse", PINS["nurse"])
    episode_id = next(e.episode_id for _, e in session.service.occupied() if e.bed == "03")
    clock.t = DEMO_NOW + timedelta(days=1)
    RecordService(session.service).labs.record(episode_id, "crp", 42)
    session.sign_in("admin", PINS["admin"])
    audit.load_filters()
    audit.set_user("nurse")
    assert {e.actor for e in audit.show_log().entries} == {"nurse"}
    audit.set_user(None)
    audit.set_episode(episode_id)
    assert (
        audit.patient_combo.currentText().startswith("03")
        or "03" in audit.patient_combo.currentText()
    )
    entries = audit.show_log().entries
    assert entries and entries[0].table_name == "lab_results"
    audit.set_dates(clock.t.date(), clock.t.date())
    assert [e.table_name for e in audit.show_log().entries] == ["lab_results"]
    audit.set_episode(None)
    audit._quick.button(3).click()  # all dates
    assert audit.since.value() is None and len(audit.view().entries) > 1
    assert "条" in audit.count_label.text() or "entries" in audit.count_label.text()


def test_backup_runs_off_the_ui_thread_and_restore_asks_the_app_to_reopen(
    screen, session, qtbot, db_path
):
    backup = screen.backup
    with qtbot.waitSignal(backup.backup_done, timeout=20000) as signal:
        assert backup.backup_now()
    assert backup.list.count() == 1 and signal.args[0].endswith(".db")
    assert "校验" in backup.status.text()
    screen.ward.ward_name.setText("恢复前的名字")
    screen.ward.save()
    backup.list.item(0).setSelected(True)
    dialog = backup.ask_restore()
    assert dialog.ok_button.property("role") == "danger" and not dialog.ok_button.isEnabled()
    dialog.reason_field.choose(0)
    with qtbot.waitSignal(screen.database_replaced) as replaced:
        dialog.ok_button.click()
    assert replaced.args == [str(db_path)]
    assert session.service.user is None  # signed out; the app opens the file again
    conn = sqlite3.connect(db_path)
    name = conn.execute("SELECT value FROM ward_settings WHERE key = 'ward.name'").fetchone()[0]
    conn.close()
    assert "恢复前的名字" not in name


def test_the_table_models_pass_the_model_tester(qtmodeltester, session):
    audit = AuditTableModel(session.render)
    audit.set_rows(
        [
            AuditEntry(
                seq=i,
                at=f"2026-11-23T10:0{i}:00",
                actor="admin",
                action="setting_change",
                table_name="ward_settings",
                record_id="ward.name",
                reason=None,
                details={"old": "a", "new": "b"},
                device_id="d",
                prev_hash="0",
                hash="1",
            )
            for i in range(3)
        ]
    )
    qtmodeltester.check(audit)
    assert audit.data(audit.index(0, 5)) == "a → b"
    users = UsersTableModel(session.service.clock)
    users.set_rows(session.service.repo.people.list_users())
    qtmodeltester.check(users)
    assert users.rowCount() == 4 and users.columnCount() == 4


def _entry(action, details, table=None, record_id=None, reason=None):
    return AuditEntry(
        seq=1,
        at="2026-11-23T10:05:00",
        actor="nurse",
        action=action,
        table_name=table,
        record_id=record_id,
        reason=reason,
        details=details,
        device_id="d",
        prev_hash="0",
        hash="1",
    )


def test_audit_details_are_words_not_json(session):
    """Issue 11 item 11: readable field names and values; hashes and ids left out."""
    audit = AuditTableModel(session.render)
    sign = _entry(
        "sign",
        {
            "confirmations": {"SBP 86 mmHg is low": "re-measured twice"},
            "grade_drops_confirmed": ["CRS 2 → 1"],
            "save_id": "018bcfe5-7ebd",
            "sha256": "f0d60d1d:8d14",
        },
    )
    text = audit.details_text(sign)
    assert text == "确认的值: SBP 86 mmHg is low (re-measured twice); 确认降级: CRS 2 → 1"
    backup = _entry("backup", {"ok": False, "when": "shift change", "error": "disk full"})
    assert audit.details_text(backup) == "成功: 否; 时间: shift change; 错误: disk full"
    user = _entry("user_create", {"display_name": "王丽", "role": "nurse", "state": "f0d6:ab"})
    assert audit.details_text(user) == "姓名: 王丽; 角色: 护士"
    dose = _entry("sign", {"drug": "tocilizumab", "time": "2026-11-23T09:45:00+08:00"})
    assert audit.details_text(dose) == "药物: tocilizumab; 时间: 2026-11-23 09:45"
    setting = _entry(
        "setting_change",
        {"old": None, "new": 5, "state": "x"},
        "ward_settings",
        "auto_lock_minutes",
    )
    assert audit.details_text(setting) == "— → 5"
    assert audit.record_text(setting) == "病区设置: 自动锁屏"
    for entry in (sign, backup, user, dose, setting):
        shown = audit.details_text(entry)
        assert "{" not in shown and '"' not in shown and "sha256" not in shown


def test_language_switch(qtbot, screen, session, qapp):
    screen.show_tab(TAB_AUDIT)
    _checked(qtbot, screen.audit)
    i18n.install_translators(qapp, "en")
    session.set_language("en")
    assert screen.tabs.tabText(0) == "Users"
    assert screen.audit.chain_text().startswith("✔ audit log, records, signatures")
    assert screen.users.model.headerData(0, Qt.Orientation.Horizontal) == "Username"
    i18n.install_translators(qapp, "zh_CN")
    session.set_language("zh_CN")
    assert screen.tabs.tabText(0) == "用户"
    assert "已核对至第" in screen.audit.chain_text()


def test_chain_check_type_is_what_the_panel_reads():
    assert ChainCheck(True, 3).ok


def test_the_ward_names_its_shifts_and_the_names_are_used(screen, session, qtbot):
    """Issue 11 item 11: 白班/小夜班/大夜班 for 8-hour shifts (or 白班/夜班 for 12-hour) as the
    ward says them: a ward setting, audited, shown wherever a shift is named."""
    from cart_bedside.logic.messages import render
    from cart_bedside.logic.shifts import shift_of
    from cart_bedside.ui.handover_choices import HandoverChoices

    ward = screen.ward
    assert ward.shifts.name_field(2).placeholderText() == "夜班"  # the catalogue's word
    ward.shifts.name_field(1).setText("小夜班")
    ward.shifts.name_field(2).setText(" 大夜班 ")
    ward.reason.setText("按本病区叫法")
    with qtbot.waitSignal(screen.settings_changed):
        assert ward.save() == ["shift_names"]
    shifts = session.service.shift_settings()
    assert dict(shifts.ward_names) == {"evening": "小夜班", "night": "大夜班"}
    night = shift_of(DEMO_NOW.replace(hour=2), shifts)
    assert render(shifts.label(night.name), "zh_CN") == "大夜班"
    assert render(shifts.label(night.name), "en") == "大夜班"  # the ward's own word
    assert render(shifts.label("day"), "zh_CN") == "白班"  # not renamed: the catalogue's
    changes = session.service.repo.audit_log.audit_entries(action="setting_change", limit=1)
    assert changes[0].record_id == "shift_names" and changes[0].reason == "按本病区叫法"
    # The handover's shift buttons say it the ward's way.
    choices = HandoverChoices(session)
    qtbot.addWidget(choices)
    choices.set_shifts(shifts.names)
    assert choices.shift_button("night").text() == "大夜班"
    # … and the handover sheet (its header and balance line) too.
    from cart_bedside.reports.data import gather_handover

    sheet = gather_handover(session.service.repo, now=DEMO_NOW.replace(hour=2), bed="01")
    assert render(sheet.shift_words, "zh_CN") == "大夜班"
    # Too long a name, or one for a shift the ward does not have, is refused; nothing stored.
    from cart_bedside.logic.validation import ValidationError

    for bad, field in (
        ({"night": "大" * 13}, "shift_names.night"),
        ({"late": "晚"}, "shift_names.late"),
    ):
        with pytest.raises(ValidationError) as refused:
            screen.admin.set_shift_names(bad)
        assert refused.value.field == field
    assert dict(session.service.shift_settings().ward_names)["night"] == "大夜班"
    # A blank name gives the catalogue's word back.
    ward.load()
    ward.shifts.name_field(1).setText("")
    ward.save()
    assert dict(session.service.shift_settings().ward_names) == {"night": "大夜班"}


@pytest.mark.parametrize(
    ("lang", "backup", "typed"),
    [("zh_CN", "管理员手动备份", "病区更名"), ("en", "backup by the administrator", "病区更名")],
)
def test_the_audit_screen_shows_the_apps_own_reasons_in_its_language(lang, backup, typed):
    from cart_bedside.logic.audit_reasons import BACKUP_BY_ADMIN
    from cart_bedside.logic.messages import render

    audit = AuditTableModel(lambda m: render(m, lang))
    entry = dict(
        at="2026-12-06T19:00:00", actor="admin", table_name=None, record_id=None, details={},
        device_id="d", prev_hash="0", hash="1",
    )  # fmt: skip
    audit.set_rows(
        [
            AuditEntry(seq=1, action="backup", reason=BACKUP_BY_ADMIN, **entry),
            AuditEntry(seq=2, action="setting_change", reason=typed, **entry),
        ]
    )
    column = 4  # the reason
    assert audit.data(audit.index(0, column)) == backup
    assert audit.data(audit.index(1, column)) == typed  # a user's words as typed
