"""The record tabs: language switch, touch sizes, fitting the tab area."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from cart_bedside.service import RecordService
from cart_bedside.ui.record import AlertsTasksTab, CosignDialog, HistoryTab, LabsTab, MedicationsTab
from cart_bedside.ui.record.amend_dialog import AmendDialog
from cart_bedside.ui.record.dose_dialog import DoseDialog
from cart_bedside.ui.record.reason_dialog import (
    ACKNOWLEDGE,
    ENTERED_IN_ERROR,
    RecordReasonDialog,
)

from .board_translations import set_language
from .record_helpers import bed, nurse_fixture

_FIXTURES = (nurse_fixture,)

TAB_W, TAB_H = 1260, 520  # the tab area of the patient screen at 1280 × 800
H = Qt.Orientation.Horizontal


@pytest.fixture
def tabs(qtbot, nurse):
    eid = bed(nurse, "04")
    built = {
        "medications": MedicationsTab(nurse, eid),
        "labs": LabsTab(nurse, eid),
        "history": HistoryTab(nurse, eid),
        "alerts": AlertsTasksTab(nurse, eid),
    }
    for tab in built.values():
        qtbot.addWidget(tab)
        tab.resize(TAB_W, TAB_H)
        tab.show()
        qtbot.waitExposed(tab)
    return built


def texts(tabs) -> dict[str, str]:
    med, labs, history, alerts = (tabs[k] for k in ("medications", "labs", "history", "alerts"))
    return {
        "record": med.record_button.text(),
        "weight": med.toci.texts()["weight"],
        "dose_header": med.model.headerData(0, H),
        "crp": labs.fields["crp"].label(),
        "lab_header": labs.model.headerData(0, H),
        "save": labs.save_button.text(),
        "vitals": history.kind_buttons["vitals"].text(),
        "observed": history.model.headerData(0, H),
        "amend": history.amend_button.text(),
        "tasks": alerts.task_counts.text(),
        "cosign": alerts.cosign_button.text(),
        "alert": alerts.rows[0].alert_text(),
    }


def test_language_switch_relabels_every_tab(qtbot, qapp, nurse, tabs):
    zh = texts(tabs)
    assert zh["record"] == "记录用药…" and zh["weight"].startswith("所用体重")
    assert (zh["dose_header"], zh["crp"], zh["lab_header"]) == ("时间", "C 反应蛋白", "项目")
    assert (zh["vitals"], zh["observed"], zh["amend"]) == ("生命体征", "测量时间", "更正…")
    assert "已超时" in zh["tasks"] and zh["cosign"] == "医生复核签名…"
    set_language(qapp, nurse, "en")
    try:
        qtbot.waitUntil(lambda: texts(tabs)["weight"].startswith("weight used"))
        en = texts(tabs)
        assert en["record"] == "Record a dose…" and en["dose_header"] == "Time"
        assert (en["crp"], en["lab_header"], en["save"]) == ("CRP", "Lab", "Save results")
        assert (en["vitals"], en["observed"], en["amend"]) == ("vital signs", "Observed", "Amend…")
        assert "overdue" in en["tasks"] and en["cosign"] == "Physician co-sign…"
        assert en["alert"] != zh["alert"] and not re.search("[\u4e00-\u9fff]", en["alert"])
        vitals_row = next(r for r in tabs["history"].model.rows() if r.payload.kind == "vitals")
        assert vitals_row.cells[2].startswith("T ")
    finally:
        set_language(qapp, nurse, "zh_CN")
    qtbot.waitUntil(lambda: texts(tabs) == zh)


def test_tabs_fit_the_patient_screen_and_targets_are_big(qtbot, tabs):
    for name, tab in tabs.items():
        hint = tab.minimumSizeHint()
        assert hint.width() <= TAB_W and hint.height() <= TAB_H, (name, hint)
        for button in tab.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 48 and button.width() >= 48, (name, button.text())


def test_dialogs_fit_the_screen(qtbot, nurse):
    eid = bed(nurse, "04")
    record = RecordService(nurse.service)
    entry = next(e for e in record.history.entries(eid, ["vitals"]) if e.current is not None)
    dialogs = [
        DoseDialog(nurse, record, eid),
        AmendDialog(nurse, record, eid, entry),
        CosignDialog(nurse, eid),
        RecordReasonDialog(ENTERED_IN_ERROR, "x"),
        RecordReasonDialog(ACKNOWLEDGE, "x"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (type(dialog).__name__, hint)
        assert dialog.width() <= 1280 and dialog.height() <= 800
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 48, (type(dialog).__name__, button.text())
