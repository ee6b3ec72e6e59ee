"""The patient-record tabs (issue 5): medications, labs, history, alerts & tasks, co-sign.

Real widgets on the demo ward (fixed clock at DEMO_NOW), driven by clicks and
the keypad as a nurse or the physician would.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from cart_bedside.logic.models import VitalSigns
from cart_bedside.service import RecordService
from cart_bedside.ui import theme
from cart_bedside.ui.record import (
    AlertsTasksTab,
    CosignDialog,
    HistoryTab,
    LabsTab,
    MedicationsTab,
)
from cart_bedside.ui.record.history_table_model import BEFORE, MARKS, VALUE
from tests.demo_ward import DEMO_NOW, PINS

from .record_helpers import bed, click, nurse_fixture, show_fixture, type_on

_FIXTURES = (nurse_fixture, show_fixture)

H = timedelta(hours=1)


def give(qtbot, tab: MedicationsTab, drug: str = "tocilizumab", when=None, ordered="doctor"):
    """Open the dose form, choose the drug (the weight-based dose fills in), time, orderer,
    and tap "Record dose". Returns the dialog."""
    dialog = tab.open_dose_dialog()
    click(qtbot, dialog.drug.button(drug))
    if when is not None:
        dialog.time.set_time(when)
    click(qtbot, dialog.ordered_by.button(ordered))
    click(qtbot, dialog.save_button)
    sign(qtbot, dialog)
    return dialog


def sign(qtbot, dialog) -> None:
    """On the PIN page: type the signed-in user's PIN on the pad and tap OK."""
    if dialog.on_page() == "sign":
        pad = dialog.sign.keypad
        for key in PINS[dialog.session.user.username]:
            click(qtbot, pad.button(key))
        click(qtbot, pad.button("ok"))


# --- medications ------------------------------------------------------------------------


def test_two_tocilizumab_doses_then_a_third_within_8_h_needs_a_physician_override(
    qtbot, nurse, clock, show
):
    eid = bed(nurse, "12")
    tab = show(MedicationsTab(nurse, eid))
    assert tab.toci.texts()["dose"].startswith("按体重计算剂量：559.2 mg")
    assert "69.9 kg" in tab.toci.texts()["weight"] and "11-23 06:05" in tab.toci.texts()["weight"]

    clock.t = DEMO_NOW - 9 * H + timedelta(minutes=5)
    first = give(qtbot, tab, when=DEMO_NOW - 9 * H)
    assert first.result() == QDialog.DialogCode.Accepted
    clock.t = DEMO_NOW
    assert give(qtbot, tab).result() == QDialog.DialogCode.Accepted  # time: now
    texts = tab.toci.texts()
    assert texts["ledger"].count("559.2 mg") == 2 and "刘医生" in texts["ledger"]
    assert "王丽" in texts["ledger"]  # given by the signed-in nurse
    assert texts["state"].startswith("已用 2/4 次；下一剂最早 11-23 18:00")
    assert "还需 8 小时 0 分钟" in texts["state"]

    # a third dose two hours later: refused, and a nurse cannot override
    clock.t = DEMO_NOW + 2 * H
    tab.refresh()
    third = give(qtbot, tab)
    assert third.on_override_page() and third.result() != QDialog.DialogCode.Accepted
    limits = third.override.limits_text()
    assert "8 小时" in limits and "11-23 18:00" in limits
    assert not third.override.can_override()
    assert not third.override.override_button.isEnabled()
    assert not third.override.reasons.isVisible()
    assert third.override.who_text().startswith("只有医生可以越过用药限制")
    third.reject()
    rows = [r for r in tab.model.rows() if r.payload.drug_class == "tocilizumab"]
    assert len(rows) == 2

    # the physician signs in and overrides with a reason
    nurse.sign_in("doctor", PINS["doctor"])
    override = give(qtbot, tab)
    page = override.override
    assert override.on_override_page() and page.can_override()
    assert not page.override_button.isEnabled()  # a reason first
    click(qtbot, page.reasons.quick_button(0))
    click(qtbot, page.override_button)
    sign(qtbot, override)
    assert override.result() == QDialog.DialogCode.Accepted
    texts = tab.toci.texts()
    assert texts["ledger"].count("559.2 mg") == 3
    assert "越过限制：难治性 CRS" in texts["ledger"]
    assert "刘医生（演示） 越过用药限制：难治性 CRS" in tab.banner_text()
    assert texts["state"].startswith("已用 3/4 次")
    overridden = [r for r in tab.model.rows() if r.payload.overridden]
    assert len(overridden) == 1 and "难治性 CRS" in overridden[0].cells[-1]
    audit = nurse.service.repo.audit_log.audit_entries(action="sign", actor="doctor", limit=1)[0]
    assert audit.details["broken"] == ["interval"]


def test_a_dose_needs_a_drug_and_who_ordered_it(qtbot, nurse, show):
    tab = show(MedicationsTab(nurse, bed(nurse, "12")))
    dialog = tab.open_dose_dialog()
    click(qtbot, dialog.save_button)
    assert dialog.error_text() == "请先选择药物。"
    click(qtbot, dialog.drug.button("dexamethasone"))
    assert dialog.route() == "IV" and dialog.keypad.target() is dialog.dose
    type_on(qtbot, dialog.keypad, "10")
    click(qtbot, dialog.save_button)
    assert dialog.error_text().startswith("开立医嘱者: ")
    click(qtbot, dialog.ordered_by.button("doctor"))
    click(qtbot, dialog.save_button)
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.steroids.texts()["total"] == "累计相当于地塞米松：10.0 mg"
    assert tab.steroids.texts()["days"].startswith("激素使用天数：1")
    assert tab.model.text(0, 1) == "地塞米松" and tab.model.text(0, 2) == "10 mg"


def test_myasthenia_patient_is_warned_about_quinolones(qtbot, nurse, show):
    tab = show(MedicationsTab(nurse, bed(nurse, "05")))
    assert tab.mg_warning.isVisible() and "喹诺酮" in tab.mg_warning.text()
    dialog = tab.open_dose_dialog()
    click(qtbot, dialog.drug.button("other"))
    dialog.drug.other_edit().setText("levofloxacin")
    dialog.drug.other_edit().textEdited.emit("levofloxacin")
    assert "重症肌无力" in dialog.info_text()
    type_on(qtbot, dialog.keypad, "500")
    click(qtbot, dialog.ordered_by.button("doctor"))
    click(qtbot, dialog.save_button)
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "左氧氟沙星" in tab.banner_text() and "重症肌无力" in tab.banner_text()
    assert "左氧氟沙星" in tab.model.text(0, 1)


# --- labs -------------------------------------------------------------------------------


def test_labs_entered_on_the_keypad_raise_their_alert(qtbot, nurse, show):
    eid = bed(nurse, "12")
    tab = show(LabsTab(nurse, eid))
    ferritin = tab.fields["ferritin"]
    assert ferritin.unit() == "µg/L" and ferritin.range_hint() == "范围 0–500000 µg/L"
    click(qtbot, ferritin.value_button())
    assert tab.keypad.target() is ferritin
    type_on(qtbot, tab.keypad, "12500")
    assert ferritin.value() == 12500 and tab.keypad.target() is tab.fields["crp"]
    type_on(qtbot, tab.keypad, "85")
    click(qtbot, tab.save_button)
    assert tab.message_text() == "已保存 2 项结果。"
    assert tab.values() == {}
    latest = {r.payload.name: r for r in tab.model.rows()}
    assert latest["ferritin"].cells[1] == "12500" and latest["ferritin"].cells[3] == "11-23 10:00"
    assert latest["crp"].cells[1] == "85"
    assert "新警示：" in tab.alerts.text() and "HLH/MAS" in tab.alerts.text()
    assert tab.icaht.text().startswith("ICAHT：早期 ICAHT")


def test_a_value_outside_the_range_is_refused_by_the_keypad(qtbot, nurse, show):
    tab = show(LabsTab(nurse, bed(nurse, "12")))
    click(qtbot, tab.fields["anc"].value_button())
    for key in "250":
        click(qtbot, tab.keypad.button(key))
    click(qtbot, tab.save_button)
    assert tab.fields["anc"].value() is None
    assert RecordService(nurse.service).labs.results(bed(nurse, "12"), "anc")[-1].value != 250


# --- history ----------------------------------------------------------------------------


def test_an_amendment_shows_both_values_in_history(qtbot, nurse, clock, show):
    eid = bed(nurse, "12")
    saved = nurse.service.save_shift_entry(
        eid,
        PINS["nurse"],
        vitals=VitalSigns(DEMO_NOW, temp_c=39.8, hr=96, sbp=118, dbp=64, rr=20, spo2=97),
    )
    clock.t = DEMO_NOW + timedelta(minutes=20)
    tab = show(HistoryTab(nurse, eid))
    click(qtbot, tab.kind_buttons["vitals"])
    assert tab.select_record(saved.ids["vitals"])
    dialog = tab.open_amend()
    assert dialog.keypad.target() is dialog.fields["temp_c"]
    type_on(qtbot, dialog.keypad, "38.9")
    assert dialog.values()["temp_c"] == 38.9
    assert not dialog.save_button.isEnabled()  # a reason first
    click(qtbot, dialog.reasons.quick_button(1))
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = tab.table.selected_row()
    assert row is not None and tab.selected_entry().original.meta.id == saved.ids["vitals"]
    assert tab.model.text(row, VALUE).startswith("体温 38.9 °C · 心率 96")
    assert tab.model.text(row, BEFORE).startswith("体温 39.8 °C · 心率 96")
    assert tab.model.text(row, MARKS) == "已更正"
    versions = tab.versions_text()
    assert "39.8" in versions and "38.9" in versions and "原因：读数有误" in versions
    assert nurse.service.assessment(eid).crs.current.record.temp_c == 38.9


def test_a_fluid_volume_is_amended_and_a_lab_entered_in_error(qtbot, nurse, show):
    eid = bed(nurse, "12")
    tab = show(HistoryTab(nurse, eid))
    click(qtbot, tab.kind_buttons["fluid"])
    tab.table.selectRow(0)
    entry = tab.selected_entry()
    dialog = tab.open_amend()
    type_on(qtbot, dialog.keypad, "1")  # 1 mL
    click(qtbot, dialog.reasons.quick_button(0))
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = tab.model.find(entry.original.meta.id)
    assert tab.model.text(row, VALUE).endswith(" 1 mL")
    assert tab.model.text(row, BEFORE) == tab.model.text(row, BEFORE).strip() != ""

    click(qtbot, tab.kind_buttons["lab"])
    tab.table.selectRow(0)
    lab = tab.selected_entry()
    withdraw = tab.open_withdraw()
    assert not withdraw.ok_button.isEnabled()
    withdraw.reason_field.set_reason("sample from another patient")
    click(qtbot, withdraw.ok_button)
    row = tab.model.find(lab.original.meta.id)
    assert tab.model.row(row).tone == "withdrawn"
    assert "录入错误" in tab.model.text(row, MARKS)
    assert tab.model.text(row, VALUE)  # still readable
    font = tab.model.index(row, VALUE).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert not tab.amend_button.isEnabled() and not tab.withdraw_button.isEnabled()
    assert "sample from another patient" in tab.versions_text()


def test_history_shows_late_entries_and_the_demo_amendment(qtbot, nurse, show):
    tab = show(HistoryTab(nurse, bed(nurse, "02")))
    marks = [r.cells[MARKS] for r in tab.model.rows()]
    assert any("补录" in m for m in marks) and any("已更正" in m for m in marks)
    amended = next(r for r in tab.model.rows() if "已更正" in r.cells[MARKS])
    assert amended.cells[BEFORE] and amended.cells[BEFORE] != amended.cells[VALUE]
    click(qtbot, tab.kind_buttons["neuro"])
    tab.table.selectRow(0)
    assert not tab.amend_button.isEnabled() and tab.withdraw_button.isEnabled()


# --- alerts and tasks -------------------------------------------------------------------


def test_an_acknowledged_alert_comes_back_when_the_crs_grade_rises(qtbot, nurse, clock, show):
    eid = bed(nurse, "12")
    tab = show(AlertsTasksTab(nurse, eid))
    assert "crs_suspected" in tab.open_codes()
    dialog = tab.open_acknowledge("crs_suspected")
    click(qtbot, dialog.reason_field.quick_button(0))
    click(qtbot, dialog.ok_button)
    assert "crs_suspected" not in tab.open_codes()
    row = tab.row("crs_suspected")
    assert row.state.acknowledged and not row.button.isVisible()
    assert row.status_text() == "王丽（演示护士） 已确认，11-23 10:00 — 备注：已通知医生"

    clock.t = DEMO_NOW + timedelta(minutes=30)
    nurse.service.save_shift_entry(
        eid,
        PINS["nurse"],
        vitals=VitalSigns(clock.t, temp_c=38.8, hr=110, sbp=84, dbp=50, rr=22, spo2=96),
    )
    nurse.notify_saved(eid)
    assert nurse.service.assessment(eid).crs.grade == 2
    assert "crs_suspected" in tab.open_codes()
    back = tab.row("crs_suspected")
    assert back.state.returned and back.button.isVisible() and back.button.isEnabled()
    assert "确认后病情加重" in back.status_text()


def test_an_overdue_task_is_red(qtbot, nurse, clock, show):
    eid = bed(nurse, "12")
    tab = show(AlertsTasksTab(nurse, eid))
    assert tab.tasks.overdue_rows() == []
    clock.t = DEMO_NOW + timedelta(hours=4, minutes=31)
    tab.refresh()
    red = tab.tasks.overdue_rows()
    assert red == list(range(len(red)))  # overdue first
    row = next(i for i in red if getattr(tab.tasks.payload(i), "code", "") == "task.vitals")
    index = tab.tasks.index(row, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(theme.ERROR)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert tab.tasks.text(row, 2) == "已超时"
    assert tab.task_counts.text().startswith(f"已超时 {len(red)} ·")
    assert tab.task_counts.property("role") == "error"


def test_a_physician_cosigns_the_grades(qtbot, nurse, show):
    eid = bed(nurse, "12")
    tab = show(AlertsTasksTab(nurse, eid))
    assert "尚未经医生确认" in tab.cosign_text()
    refused = tab.open_cosign()
    assert not refused.keypad.isEnabled()
    assert refused.texts()["who"].startswith("只有医生可以确认或更正分级")
    refused.reject()

    nurse.sign_in("doctor", PINS["doctor"])
    dialog = tab.open_cosign()
    assert dialog.keypad.isEnabled() and dialog.crs_badge.grade() == 1
    assert "CRS 1" in dialog.texts()["meaning"]
    for key in "0000":
        click(qtbot, dialog.keypad.button(key))
    click(qtbot, dialog.keypad.button("ok"))
    assert "PIN" in dialog.texts()["error"] and dialog.keypad.pin() == ""
    with qtbot.waitSignal(tab.cosigned):
        for key in PINS["doctor"] + "*":
            click(qtbot, dialog.keypad.button("ok" if key == "*" else key))
    assert dialog.result() == QDialog.DialogCode.Accepted
    confirmation = RecordService(nurse.service).cosigning.confirmed_grades(eid)
    assert confirmation.crs_confirmed and confirmation.icans_confirmed
    assert confirmation.signer == "doctor"
    assert tab.cosign_text().count("刘医生（演示） 已确认，11-23 10:00") == 2


def test_cosign_dialog_on_its_own(qtbot, nurse):
    dialog = CosignDialog(nurse, bed(nurse, "03"))
    qtbot.addWidget(dialog)
    assert (dialog.crs_badge.grade(), dialog.icans_badge.grade()) == (3, 2)
    assert "CRS 3:" in dialog.texts()["step"] and "ICANS 2:" in dialog.texts()["step"]


# --- table models -----------------------------------------------------------------------


@pytest.mark.parametrize("number", ["02", "04", "07"])
@pytest.mark.parametrize("tab_class", [MedicationsTab, LabsTab, HistoryTab, AlertsTasksTab])
def test_table_models_pass_qtmodeltester(qtmodeltester, qtbot, nurse, number, tab_class):
    tab = tab_class(nurse, bed(nurse, number))
    qtbot.addWidget(tab)
    model = tab.tasks if isinstance(tab, AlertsTasksTab) else tab.model
    qtmodeltester.check(model)
    tab.refresh()  # a reset while the tester watches
    model.retranslate()
    assert model.columnCount() == len(model.headers())


def test_empty_table_models_pass_qtmodeltester(qtmodeltester, qapp):
    from cart_bedside.ui.record.dose_table_model import DoseTableModel
    from cart_bedside.ui.record.history_table_model import HistoryTableModel
    from cart_bedside.ui.record.latest_labs_model import LatestLabsModel
    from cart_bedside.ui.record.task_table_model import TaskTableModel

    for model in (DoseTableModel(), HistoryTableModel(), LatestLabsModel(), TaskTableModel()):
        qtmodeltester.check(model)
        assert model.rowCount() == 0 and model.columnCount() >= 4


def test_locking_closes_an_open_form(qtbot, nurse, show):
    eid = bed(nurse, "12")
    tab = show(MedicationsTab(nurse, eid))
    dialog = tab.open_dose_dialog()
    qtbot.waitExposed(dialog)
    nurse.lock()
    assert not dialog.isVisible()
    history = show(HistoryTab(nurse, eid))  # built while locked: reads nothing
    assert history.model.rowCount() == 0
    nurse.sign_in("nurse", PINS["nurse"])
    assert history.model.rowCount() > 0
