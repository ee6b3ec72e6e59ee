"""The HLH/MAS panel opened from its alert (clinical-rules §4): each guideline line with
its sources, the checklist as the logic judged it, touch-size buttons, both languages."""

from __future__ import annotations

import pytest

from cart_bedside.logic.hlh import Status
from cart_bedside.logic.messages import render
from cart_bedside.ui import i18n, theme
from cart_bedside.ui.record import AlertsTasksTab
from cart_bedside.ui.record.hlh_dialog import HlhDialog

from .record_helpers import bed, click, nurse_fixture, show_fixture

_FIXTURES = (nurse_fixture, show_fixture)


def test_the_alert_opens_the_table_and_the_checklist(qtbot, nurse, show):
    eid = bed(nurse, "06")
    tab = show(AlertsTasksTab(nurse, eid))
    row = tab.row("hlh_mas_suspected")
    assert row.details_button.isVisible() and row.details_button.text() == "处理表与核对…"
    assert row.details_button.height() >= theme.TOUCH_MIN_PX
    others = [r for r in tab.rows if r.state.alert.code != "hlh_mas_suspected"]
    assert others and not any(r.details_button.isVisible() for r in others)

    with qtbot.waitSignal(row.details_requested):
        click(qtbot, row.details_button)
    dialog = tab.dialog
    assert isinstance(dialog, HlhDialog) and dialog.isVisible()
    table = nurse.alerts.hlh_table(eid)
    lines, sources = dialog.line_texts(), dialog.source_texts()
    assert len(lines) == len(sources) == len(table.lines) == 9
    assert "地塞米松" in lines[1] and "依托泊苷" in lines[4]
    assert all("CAR-T" in s or "表 3" in s for s in sources)
    assert "1.3" in sources[4]  # seed 004 §1.3 beside seed 000 Table 3
    for item in table.checklist.items:
        assert dialog.status_of(item.code) == render(item.status_label, "zh_CN")
        assert dialog.detail_of(item.code) == render(item.detail, "zh_CN")
    assert table.checklist.items[1].status is Status.MET
    assert dialog.status_of("liver") == "符合" and dialog.status_of("lung") == "医生判断"
    assert dialog.close_button.height() >= theme.TOUCH_MIN_PX
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_the_panel_in_english(qtbot, qapp, nurse, show):
    i18n.install_translators(qapp, "en")
    nurse.set_language("en")
    try:
        eid = bed(nurse, "06")
        tab = show(AlertsTasksTab(nurse, eid))
        dialog = tab.open_details("hlh_mas_suspected")
        assert dialog is not None and dialog.close_button.text() == "Close"
        assert "etoposide" in dialog.line_texts()[4]
        assert dialog.status_of("liver") == "met"
        assert dialog.status_of("haemophagocytosis") == "physician to judge"
        assert tab.open_details("crs_suspected") is None
    finally:
        i18n.remove_translators(qapp)


@pytest.mark.parametrize("bed_number", ["07"])
def test_no_panel_without_the_alert(qtbot, nurse, show, bed_number):
    tab = show(AlertsTasksTab(nurse, bed(nurse, bed_number)))
    assert not any(r.details_button.isVisible() for r in tab.rows)


def test_the_panel_says_whose_limits_it_compared(qtbot, session, nurse, show, tmp_path):
    from cart_bedside.service import AdminService
    from cart_bedside.service.lab_limits import set_lab_uln
    from tests.demo_ward import PINS

    eid = bed(nurse, "06")
    tab = show(AlertsTasksTab(nurse, eid))
    dialog = tab.open_details("hlh_mas_suspected")
    assert "系统默认成人参考值" in dialog.limits_text() and "ALT 50 U/L" in dialog.limits_text()
    assert dialog.status_of("liver") == "符合"  # AST 305 > 5 × 40
    dialog.close()

    session.sign_in("admin", PINS["admin"])
    set_lab_uln(AdminService(session.service, tmp_path / "ward.db"), {"M": {"ast": 65}})
    session.sign_in("nurse", PINS["nurse"])
    again = show(AlertsTasksTab(nurse, eid))
    dialog = again.open_details("hlh_mas_suspected")
    assert "本院检验科" in dialog.limits_text() and "AST 65 U/L" in dialog.limits_text()
    assert dialog.status_of("liver") == "不符合"  # AST 305 ≤ 5 × 65 (ALT 222 ≤ 250)
    assert "325" in dialog.detail_of("liver")
