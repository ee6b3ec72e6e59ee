"""The record tabs: language switch, touch sizes, fitting the tab area, translations."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
from .record_helpers import bed, nurse_fixture, pending_fixture
from .record_translations import PENDING, pending_strings

_FIXTURES = (nurse_fixture, pending_fixture)

ROOT = Path(__file__).resolve().parents[2]
TAB_W, TAB_H = 1260, 520  # the tab area of the patient screen at 1280 × 800
H = Qt.Orientation.Horizontal


@pytest.fixture
def tabs(qtbot, nurse):
    eid = bed(nurse, "04")
    built = {"medications": MedicationsTab(nurse, eid), "labs": LabsTab(nurse, eid),
             "history": HistoryTab(nurse, eid), "alerts": AlertsTasksTab(nurse, eid)}
    for tab in built.values():
        qtbot.addWidget(tab)
        tab.resize(TAB_W, TAB_H)
        tab.show()
        qtbot.waitExposed(tab)
    return built


def texts(tabs) -> dict[str, str]:
    med, labs, history, alerts = (tabs[k] for k in ("medications", "labs", "history", "alerts"))
    return {
        "record": med.record_button.text(), "weight": med.toci.texts()["weight"],
        "dose_header": med.model.headerData(0, H), "crp": labs.fields["crp"].label(),
        "lab_header": labs.model.headerData(0, H), "save": labs.save_button.text(),
        "vitals": history.kind_buttons["vitals"].text(),
        "observed": history.model.headerData(0, H), "amend": history.amend_button.text(),
        "tasks": alerts.task_counts.text(), "cosign": alerts.cosign_button.text(),
        "alert": alerts.rows[0].alert_text(),
    }


def test_language_switch_relabels_every_tab(qtbot, qapp, nurse, pending, tabs):
    zh = texts(tabs)
    assert zh["record"] == "记录用药…" and zh["weight"].startswith("所用体重")
    assert (zh["dose_header"], zh["crp"], zh["lab_header"]) == ("时间", "C 反应蛋白", "项目")
    assert (zh["vitals"], zh["observed"], zh["amend"]) == ("生命体征", "测量时间", "更正…")
    assert "已超时" in zh["tasks"] and zh["cosign"] == "医生复核签名…"
    qapp.removeTranslator(pending)
    set_language(qapp, nurse, "en")
    try:
        qtbot.waitUntil(lambda: texts(tabs)["weight"].startswith("weight used"))
        en = texts(tabs)
        assert en["record"] == "Record a dose…" and en["dose_header"] == "Time"
        assert (en["crp"], en["lab_header"], en["save"]) == ("CRP", "Lab", "Save results")
        assert (en["vitals"], en["observed"], en["amend"]) == ("vital signs", "Observed",
                                                               "Amend…")
        assert "overdue" in en["tasks"] and en["cosign"] == "Physician co-sign…"
        assert en["alert"] != zh["alert"] and not re.search("[\u4e00-\u9fff]", en["alert"])
        vitals_row = next(r for r in tabs["history"].model.rows() if r.payload.kind == "vitals")
        assert vitals_row.cells[2].startswith("T ")
    finally:
        set_language(qapp, nurse, "zh_CN")
        qapp.installTranslator(pending)
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
    entry = next(e for e in record.history(eid, ["vitals"]) if e.current is not None)
    dialogs = [DoseDialog(nurse, record, eid), AmendDialog(nurse, record, eid, entry),
               CosignDialog(nurse, eid), RecordReasonDialog(ENTERED_IN_ERROR, "x"),
               RecordReasonDialog(ACKNOWLEDGE, "x")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (type(dialog).__name__, hint)
        assert dialog.width() <= 1280 and dialog.height() <= 800
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 48, (type(dialog).__name__, button.text())


PLACEHOLDER = re.compile(r"\{\w*\}")


def test_every_string_of_the_record_tabs_is_translated(tmp_path):
    """Each tr() source is in i18n/pending/record.json (until merged) or the .ts, with the
    same placeholders and Chinese in the translation."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    sources = sorted(str(p) for p in (ROOT / "cart_bedside" / "ui" / "record").glob("*.py"))
    fresh = tmp_path / "record.ts"
    subprocess.run([str(lupdate), *sources, "-silent", "-ts", str(fresh)], check=True,
                   timeout=120)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    assert len(in_code) > 100
    known = {(c, s): t for c, strings in pending_strings().items() for s, t in strings.items()}
    ts = ET.parse(ROOT / "i18n" / "cart_bedside_zh_CN.ts")
    for c in ts.iter("context"):
        for m in c.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") is None and t.text:
                known.setdefault((c.findtext("name"), m.findtext("source")), t.text)
    missing = sorted(in_code - set(known))
    assert not missing, f"add to {PENDING.relative_to(ROOT)}: {missing}"
    for (context, source) in in_code:
        translation = known[(context, source)]
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))
        if re.search("[a-z]{3,}", PLACEHOLDER.sub("", source)):
            assert re.search("[\u4e00-\u9fff]", translation), (context, source)
    if PENDING.exists():  # nothing stale left in the JSON
        stale = {(c, s) for c, strings in json.loads(PENDING.read_text("utf-8")).items()
                 for s in strings} - in_code
        assert not stale, stale
