"""The follow-up pages on the record tabs (issue 13 item 8): infection prophylaxis on the
Medications tab (§4), IgG/IVIG and HBV on the Labs tab (§7), on the demo ward."""

from __future__ import annotations

import re

from cart_bedside.ui.record import LabsTab, MedicationsTab

from .board_translations import set_language
from .record_helpers import bed, click, nurse_fixture, show_fixture, type_on

_FIXTURES = (nurse_fixture, show_fixture)


def test_prophylaxis_page_counts_what_is_to_do_and_a_dose_clears_it(qtbot, nurse, show):
    tab = show(MedicationsTab(nurse, bed(nurse, "04")))  # co-trimoxazole not charted
    button = tab.pages.buttons["prophylaxis"]
    assert button.text() == "感染预防 · 1 项待处理"
    assert button.height() >= 48
    click(qtbot, button)
    assert tab.pages.current() == "prophylaxis" and tab.prophylaxis.isVisible()
    texts = "\n".join(tab.prophylaxis.texts())
    assert "粒细胞尚未恢复" in texts and "近 7 天用药记录中未见此类药物" in texts
    assert "依据：" in texts  # every line names its source
    assert tab.prophylaxis.chip_texts() == ["无异常", "无异常", "无异常", "待处理"]
    # charting the co-trimoxazole (through the service, as the dose form does) clears it
    record = nurse.records
    record.medications.record_dose(
        tab.episode_id, "复方磺胺甲噁唑", 960, route="PO", ordered_by="doctor", pin="1111"
    )
    nurse.notify_saved(tab.episode_id)
    qtbot.waitUntil(lambda: tab.pages.buttons["prophylaxis"].text() == "感染预防")
    assert tab.prophylaxis.chip_texts() == ["无异常"] * 4


def test_a_myasthenia_patient_sees_the_variants_in_english(qtbot, qapp, nurse, show):
    tab = show(MedicationsTab(nurse, bed(nurse, "05")))
    set_language(qapp, nurse, "en")
    try:
        qtbot.waitUntil(lambda: tab.pages.buttons["doses"].text().startswith("Doses"))
        tab.pages.show_page("prophylaxis")
        texts = "\n".join(tab.prophylaxis.texts())
        assert "no norfloxacin or other quinolone" in texts
        assert "the physician's choice" in texts
        assert not re.search("[\u4e00-\u9fff]", texts.replace("（", "("))
    finally:
        set_language(qapp, nurse, "zh_CN")


def test_labs_page_shows_ivig_with_its_reason_and_the_next_igg_check(qtbot, nurse, show):
    tab = show(LabsTab(nurse, bed(nurse, "09")))  # IgG below 4 g/L
    click(qtbot, tab.pages.buttons["followup"])
    texts = "\n".join(tab.followup.texts())
    assert "低于 4 g/L" in texts and "丙种球蛋白" in texts
    assert "每月输注 1 次 IVIG" in texts
    assert "下次 IgG 复查：第 1 个月" in texts
    assert "乙肝筛查阴性" in texts
    assert tab.followup.chip_texts()[0] == "注意"


def test_hbv_follow_up_for_a_past_infection(qtbot, nurse, show):
    tab = show(LabsTab(nurse, bed(nurse, "11")))
    tab.pages.show_page("followup")
    texts = "\n".join(tab.followup.texts())
    assert "既往感染" in texts and "有乙肝病毒再激活风险" in texts
    assert "B 细胞恢复 1 年后方可停药" in texts
    assert "已记录：恩替卡韦" in texts and "最近 HBV DNA 0 IU/mL" in texts
    assert "依据：T/CI 1203—2025 表 4" in texts


def test_an_igg_typed_on_the_labs_tab_moves_the_plan(qtbot, nurse, show):
    tab = show(LabsTab(nurse, bed(nurse, "11")))
    tab.pages.show_page("followup")
    assert tab.pages.buttons["followup"].text() == "IgG · 丙球 · 乙肝 · 2 项待处理"
    click(qtbot, tab.fields["igg"].value_button())
    type_on(qtbot, tab.keypad, "3.5")
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: "低于 4 g/L" in "\n".join(tab.followup.texts()))
    texts = "\n".join(tab.followup.texts())
    assert "第 2 个月" in texts  # the month-1 check is done by this result
