"""History lists a physician's grades and checks recorded as not done (issue 12), with who,
when, what and why, in both languages — through the real main window."""

from __future__ import annotations

from cart_bedside.service import RecordService
from cart_bedside.ui.record.history_table_model import BY, KIND, VALUE
from tests.demo_ward import PINS

from .record_helpers import bed, click


def test_history_lists_the_physician_s_grade_and_a_check_not_done(qtbot, nurse_window_zh):
    window = nurse_window_zh
    session = window.session
    eid = bed(session, "04")
    record = RecordService(session.service)
    task = record.tasks.task_summary(eid).overdue[0]
    record.not_done.record_not_done(eid, task.kind, task.due_at, "other", "患者在做 CT")
    session.sign_in("doctor", PINS["doctor"])
    computed = session.service.assessment(eid).crs.grade
    icans = session.service.assessment(eid).icans.grade
    corrected = 1 if computed != 1 else 0
    record.cosigning.judge_grades(eid, PINS["doctor"], corrected, icans, "低血压系出血所致")
    session.sign_in("nurse", PINS["nurse"])

    window.open_patient(eid)
    history = window.patient.show_tab("history")
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    rows = {r.cells[KIND]: r for r in history.model.rows()}
    grades = [r for r in history.model.rows() if r.payload.kind == "physician_grade"]
    assert len(grades) == 2  # CRS and ICANS, each its own record
    (grade,) = [r for r in grades if r.payload.original.syndrome == "crs"]
    assert grade.cells[KIND] == "医生判定分级"
    assert grade.cells[VALUE] == (
        f"CRS {corrected} 级（系统计算 {computed} 级）；理由：低血压系出血所致"
    )
    assert "刘" in grade.cells[BY]  # the demo physician, by display name
    (confirmed,) = [r for r in grades if r.payload.original.syndrome == "icans"]
    assert confirmed.cells[VALUE] == f"ICANS {icans} 级，确认系统计算分级"
    not_done = rows["未做的评估"]
    assert not_done.cells[VALUE].endswith("未做（患者在做 CT）")
    assert "王丽" in not_done.cells[BY]

    click(qtbot, history.kind_buttons["not_done"])
    assert [r.payload.kind for r in history.model.rows()] == ["not_done"]
    history.table.selectRow(0)
    assert "患者在做 CT" in history.versions_text() and "王丽" in history.versions_text()
    assert not history.amend_button.isEnabled() and not history.withdraw_button.isEnabled()

    click(qtbot, history.kind_buttons["physician_grade"])
    row = next(
        i for i, r in enumerate(history.model.rows()) if r.payload.original.syndrome == "crs"
    )
    history.table.selectRow(row)
    assert "低血压系出血所致" in history.versions_text()
    assert "医生复核签名" in history.versions_text()

    session.set_language("en")
    qtbot.waitUntil(lambda: history.kind_buttons["physician_grade"].text() == "physician's grade")
    history.refresh()
    (crs,) = [r for r in history.model.rows() if r.payload.original.syndrome == "crs"]
    assert crs.cells[KIND] == "physician's grade"
    assert crs.cells[VALUE] == (
        f"CRS grade {corrected} (computed {computed}); reason: 低血压系出血所致"
    )
    (icans_row,) = [r for r in history.model.rows() if r.payload.original.syndrome == "icans"]
    assert icans_row.cells[VALUE] == f"ICANS grade {icans}, computed grade confirmed"
    click(qtbot, history.kind_buttons["not_done"])
    assert history.model.rows()[0].cells[VALUE].endswith("not done (患者在做 CT)")


def test_the_patient_header_shows_the_physician_s_grade_with_the_computed_one_beside(
    qtbot, nurse_window_zh
):
    """§11: wherever a grade is shown the physician's grade stands — the header too."""
    window = nurse_window_zh
    session = window.session
    eid = bed(session, "04")
    record = RecordService(session.service)
    session.sign_in("doctor", PINS["doctor"])
    computed = session.service.assessment(eid).crs.grade
    icans = session.service.assessment(eid).icans.grade
    corrected = 1 if computed != 1 else 0
    record.cosigning.judge_grades(eid, PINS["doctor"], corrected, icans, "低血压系出血所致")
    session.sign_in("nurse", PINS["nurse"])

    window.open_patient(eid)
    header = window.patient.header
    assert header.crs_badge().grade() == corrected
    assert header.crs_badge().toolTip() == f"医生判定（CRS 系统计算 {computed} 级）"
    assert header.icans_badge().grade() == icans  # confirmed: nothing beside it
    assert header.icans_badge().toolTip() == ""
