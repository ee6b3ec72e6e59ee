"""Issue 12 screens: the protocol on admission and its change, confirm/correct a grade,
a check recorded as not done, the paediatric dosing table (clinical-rules §9–§12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from cart_bedside.logic.physician_grade import GradeSource
from cart_bedside.logic.schedule import TaskStatus
from cart_bedside.service import AdminService, RecordService
from cart_bedside.ui.admin.ward_settings_panel import WardSettingsPanel
from cart_bedside.ui.admission import AdmissionScreen, ProtocolDialog
from cart_bedside.ui.record import CosignDialog
from cart_bedside.ui.record.not_done_dialog import NotDoneDialog
from tests.demo_ward import PINS

from .record_helpers import bed, click, nurse_fixture, show_fixture

_FIXTURES = (nurse_fixture, show_fixture)


def test_the_admission_screen_shows_the_protocol_the_diagnosis_chooses(qtbot, nurse, show):
    screen = show(AdmissionScreen(nurse))
    assert "病区默认方案" in screen.protocol_text()
    click(qtbot, screen.product.diagnosis_button("mm"))
    assert "骨髓瘤" in screen.protocol_text() and "按诊断" in screen.protocol_text()
    click(qtbot, screen.product.diagnosis_button("neuro_autoimmune"))
    assert "神经" in screen.protocol_text()
    nurse.set_language("en")
    assert "set from the diagnosis" in screen.protocol_text()


def test_a_physician_changes_the_protocol_in_the_dialog(qtbot, nurse, show):
    eid = bed(nurse, "01")
    refused = show(ProtocolDialog(nurse, eid))
    assert "病区默认方案" in refused._now.text() or "按诊断" in refused._now.text()
    refused.choose("review-astct")
    assert not refused.ok_button.isEnabled()  # no reason yet
    refused.reason.set_reason("MDT")
    assert not refused.change()  # a nurse may not
    assert refused.error_text()
    refused.reject()

    nurse.sign_in("doctor", PINS["doctor"])
    dialog = show(ProtocolDialog(nurse, eid))
    dialog.choose("review-astct")
    dialog.reason.set_reason("MDT decision: ASTCT consensus")
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = RecordService(nurse.service).protocols.protocol(eid)
    assert choice.protocol_id == "review-astct"
    assert nurse.service.assessment(eid).protocol_id == "review-astct"


def test_a_physician_corrects_a_grade_in_the_cosign_dialog(qtbot, nurse, show):
    eid = bed(nurse, "01")  # computed CRS 2 in the demo ward
    nurse.sign_in("doctor", PINS["doctor"])
    dialog = show(CosignDialog(nurse, eid))
    computed = nurse.service.assessment(eid).crs.grade
    assert dialog.crs_choice.value() == computed and not dialog.corrects
    click(qtbot, dialog.crs_choice.button(computed - 1))
    assert dialog.corrects and f"系统计算 CRS {computed} 级" in dialog.texts()["meaning"]
    for key in PINS["doctor"]:
        click(qtbot, dialog.keypad.button(key))
    click(qtbot, dialog.keypad.button("ok"))  # no reason: refused, PIN cleared
    assert "理由" in dialog.texts()["error"] and dialog.keypad.pin() == ""
    dialog.choose(reason="低血压系出血所致，非 CRS")
    with qtbot.waitSignal(dialog.cosigned):
        for key in PINS["doctor"]:
            click(qtbot, dialog.keypad.button(key))
        click(qtbot, dialog.keypad.button("ok"))
    c = RecordService(nurse.service).cosigning.confirmed_grades(eid)
    assert (c.crs.grade, c.crs.computed, c.crs.source) == (
        computed - 1,
        computed,
        GradeSource.CORRECTED,
    )
    again = show(CosignDialog(nurse, eid))
    assert "出血" in again.texts()["crs"] and f"系统计算 {computed} 级" in again.texts()["crs"]


def test_a_nurse_records_an_overdue_check_as_not_done(qtbot, nurse, show):
    eid = bed(nurse, "04")
    record = RecordService(nurse.service)
    task = record.tasks.task_summary(eid).overdue[0]
    dialog = show(NotDoneDialog(nurse, eid, task))
    assert not dialog.ok_button.isEnabled()
    click(qtbot, dialog.choice_button("other"))
    assert not dialog.ok_button.isEnabled()  # "other" needs words
    click(qtbot, dialog.choice_button("off_ward"))
    with qtbot.waitSignal(dialog.recorded):
        click(qtbot, dialog.ok_button)
    statuses = {(t.kind, t.due_at): t.status for t in record.tasks.task_summary(eid).tasks}
    assert statuses[(task.kind, task.due_at)] is TaskStatus.NOT_DONE
    assert next(c for c in nurse.service.board() if c.episode_id == eid).overdue == 0


@pytest.fixture
def admin_panel(qtbot, session, show, tmp_path):
    session.sign_in("admin", PINS["admin"])
    admin = AdminService(session.service, tmp_path / "ward.db")
    panel = show(WardSettingsPanel(session, admin))
    panel.load()
    return panel


def test_the_administrator_edits_the_paediatric_dosing_table(qtbot, admin_panel, session):
    line = admin_panel.paediatric.line("levetiracetam")
    assert line.text() == "" and "主管医生" in line.placeholderText()
    line.setText("  每次 10 mg/kg，每 12 小时一次，遵神经科会诊意见  ")
    admin_panel.reason.setText("病区儿童用药规范")
    assert admin_panel.save() == ["paediatric_dosing"]
    stored = session.service.repo.ward_settings.get_setting("paediatric_dosing")
    assert stored == {"levetiracetam": "每次 10 mg/kg，每 12 小时一次，遵神经科会诊意见"}
    entry = session.service.repo.audit_log.audit_entries(record_id="paediatric_dosing")[0]
    assert entry.actor == "admin" and entry.reason == "病区儿童用药规范"
    session.set_language("en")
    assert "treating physician" in admin_panel.paediatric.line("dexamethasone").placeholderText()


def test_the_board_card_shows_the_physician_s_grade_news2_and_the_protocol(qtbot, nurse, show):
    from cart_bedside.ui.ward_board import WardBoardWidget

    eid = bed(nurse, "01")
    computed = nurse.service.assessment(eid).crs.grade
    nurse.sign_in("doctor", PINS["doctor"])
    RecordService(nurse.service).cosigning.judge_grades(
        eid, PINS["doctor"], computed - 1, 0, "低血压系出血所致"
    )
    board = show(WardBoardWidget(nurse))
    board.refresh()
    card = next(c for c in board.cards() if c.card().bed == "01")
    assert card.crs_badge().grade() == computed - 1  # the physician's grade stands
    texts = card.texts()
    assert texts["news2"] == "NEWS2 9‼"
    assert "T/CI 1203—2025" in texts["age"]
    assert f"CRS 系统计算 {computed} 级" in card._confirmed.full_text()
    mm = next(c for c in board.cards() if c.card().protocol_id == "mm-2022")
    assert "骨髓瘤" in mm.texts()["age"]


def test_not_done_from_the_tasks_tab(qtbot, nurse, show):
    """§12: the nurse reaches 'not done, because…' from the Tasks list of the tab."""
    from cart_bedside.ui.record import AlertsTasksTab

    eid = bed(nurse, "04")
    tab = show(AlertsTasksTab(nurse, eid))
    assert tab.not_done_button.isVisible() and tab.not_done_button.text() == "未做…"
    click(qtbot, tab.not_done_button)  # nothing selected: says what to tap, opens nothing
    assert tab.dialog is None and "请先点选" in tab.message.text()
    overdue = tab.tasks.overdue_rows()
    assert overdue
    task = tab.tasks.payload(overdue[0])
    tab.task_table.selectRow(overdue[0])
    click(qtbot, tab.not_done_button)
    dialog = tab.dialog
    assert isinstance(dialog, NotDoneDialog) and dialog.isVisible()
    click(qtbot, dialog.choice_button("patient_refused"))
    click(qtbot, dialog.ok_button)
    assert len(tab.tasks.overdue_rows()) < len(overdue)  # the tab redrew: one fewer overdue
    (row,) = [r for r in range(tab.tasks.rowCount()) if "患者拒绝" in tab.tasks.text(r, 2)]
    shown = tab.tasks.payload(row)
    assert (shown.status, shown.kind, shown.due_at) == (TaskStatus.NOT_DONE, task.kind, task.due_at)
    (stored,) = nurse.service.repo.judgements.not_done(eid)
    assert (stored.reason, stored.kind) == ("patient_refused", task.kind)
