"""Settings → Ward: every ward setting the form can refuse is refused with one line naming
the field in the words on the screen (zh_CN and en) and its allowed range or rule, never
the stored key; nothing is stored and the admin's value stays on the screen."""

from __future__ import annotations

import re
from datetime import time

import pytest

from cart_bedside.ui import i18n

#: a stored key or a dotted path (``sync_interval_s``, ``escalation.ice_grade2_h``, ``beds[0]``)
RAW_KEY = re.compile(r"[a-z0-9]+_[a-z0-9_]+|[a-z]{2,}\.[a-z]|\w\[\d|None")


def _lab(panel, value):
    panel.lab_uln.own.click()
    panel.lab_uln.field("M", "bilirubin").set_value(value)


def _shifts_out_of_order(panel):
    panel.shifts.set_count(3)
    for index, start in enumerate((time(8, 0), time(16, 0), time(12, 0))):
        panel.shifts.time_fields(index).set_value(start)


def _same_names(panel):
    panel.shifts.name_field(0).setText("长白班")
    panel.shifts.name_field(1).setText("长白班")


# key, what the admin does, what stays on the screen, the field's words (zh_CN, en),
# the range or rule (zh_CN, en)
CASES = [
    (
        "sync_interval_s",
        lambda p: p.sync_interval.set_value(2),
        lambda p: p.sync_interval.value() == 2,
        ("每隔…同步一次", "Sync every …"),
        ("5–3600 s", "5–3600 s"),
    ),
    (
        "sync_interval_s (empty)",
        lambda p: p.sync_interval.set_value(None),
        lambda p: p.sync_interval.value() is None,
        ("每隔…同步一次", "Sync every …"),
        ("未填写，请填 5–3600 s", "is empty; enter a value in 5–3600 s"),
    ),
    (
        "auto_lock_minutes",
        lambda p: p.limits.field("auto_lock_minutes").set_value(0.2),
        lambda p: p.limits.field("auto_lock_minutes").value() == 0.2,
        ("无操作多久后自动锁屏", "Lock the tablet after … idle"),
        ("0.5–60.0 min", "0.5–60.0 min"),
    ),
    (
        "auto_lock_minutes (empty)",
        lambda p: p.limits.field("auto_lock_minutes").set_value(None),
        lambda p: p.limits.field("auto_lock_minutes").value() is None,
        ("无操作多久后自动锁屏", "Lock the tablet after … idle"),
        ("0.5–60.0 min", "0.5–60.0 min"),
    ),
    (
        "escalation.vitals_grade1_h",
        lambda p: p.limits.field("vitals_grade1_h").set_value(30),
        lambda p: p.limits.field("vitals_grade1_h").value() == 30,
        ("1 级时生命体征每隔", "Vital signs every … at grade 1"),
        ("0.25–24.00 h", "0.25–24.00 h"),
    ),
    (
        "escalation.ice_grade2_h (empty)",
        lambda p: p.limits.field("ice_grade2_h").set_value(None),
        lambda p: p.limits.field("ice_grade2_h").value() is None,
        ("≥2 级时 ICE 每隔", "ICE every … at grade ≥ 2"),
        ("0.25–24.00 h", "0.25–24.00 h"),
    ),
    (
        "escalation (order)",
        lambda p: p.limits.field("vitals_grade2_h").set_value(20),
        lambda p: p.limits.field("vitals_grade2_h").value() == 20,
        ("≥2 级时生命体征每隔", "Vital signs every … at grade ≥ 2"),
        ("≥2 级时的监测频率不得低于 ≥1 级时", "at least as frequent as while grade ≥ 1"),
    ),
    (
        "tocilizumab_limits.min_interval_h",
        lambda p: p.limits.field("min_interval_h").set_value(60),
        lambda p: p.limits.field("min_interval_h").value() == 60,
        ("两次用药至少间隔（托珠单抗用药限制）", "At least … between doses (Tocilizumab limits)"),
        ("1–48 h", "1–48 h"),
    ),
    (
        "tocilizumab_limits.max_per_24h",
        lambda p: p.limits.field("max_per_24h").set_value(9),
        lambda p: p.limits.field("max_per_24h").value() == 9,
        ("24 小时内最多（托珠单抗用药限制）", "At most … doses in 24 h (Tocilizumab limits)"),
        ("1–4", "1–4"),
    ),
    (
        "tocilizumab_limits.max_total (empty)",
        lambda p: p.limits.field("max_total").set_value(None),
        lambda p: p.limits.field("max_total").value() is None,
        ("累计最多（托珠单抗用药限制）", "At most … doses in total (Tocilizumab limits)"),
        ("1–10", "1–10"),
    ),
    (
        "tocilizumab_limits.max_per_24h (above the total)",
        lambda p: p.limits.field("max_total").set_value(2),
        lambda p: p.limits.field("max_total").value() == 2,
        ("24 小时内最多（托珠单抗用药限制）", "At most … doses in 24 h (Tocilizumab limits)"),
        ("不能超过累计允许次数", "cannot exceed the total allowed"),
    ),
    (
        "ward.name",
        lambda p: p.ward_name.setText("  "),
        lambda p: p.ward_name.text() == "  ",
        ("病区名称", "Ward name"),
        ("为必填项", "is required"),
    ),
    (
        "beds",
        lambda p: p.beds.setText("01, 02, 01"),
        lambda p: p.beds.text() == "01, 02, 01",
        ("床位", "Beds"),
        ("01 床重复列出", "bed 01 is listed twice"),
    ),
    (
        "shifts[0].start",
        lambda p: p.shifts.time_fields(0).set_value(None),
        lambda p: p.shifts.time_fields(0).value() is None,
        ("白班开始时间", "day shift start time"),
        ("HH:MM", "HH:MM"),
    ),
    (
        "shifts (order)",
        _shifts_out_of_order,
        lambda p: p.shifts.time_fields(2).value() == time(12, 0),
        ("班次", "Shifts"),
        ("请按一天中的先后顺序列出班次", "list the shifts in the order of the day"),
    ),
    (
        "fluid_day_start",
        lambda p: p.shifts.fluid_day.set_value(None),
        lambda p: p.shifts.fluid_day.value() is None,
        ("出入量统计日起始", "Fluid day starts"),
        ("HH:MM", "HH:MM"),
    ),
    (
        "shift_names",
        _same_names,
        lambda p: p.shifts.name_field(1).text() == "长白班",
        ("本病区叫法", "Names on the ward"),
        ("班次名称不能重复", "shift names must differ"),
    ),
    (
        "lab_uln.M.bilirubin",
        lambda p: _lab(p, 70),
        lambda p: p.lab_uln.field("M", "bilirubin").value() == 70,
        ("总胆红素（男）正常值上限", "Total bilirubin (men) upper limit of normal"),
        ("5–60 µmol/L", "5–60 µmol/L"),
    ),
    (
        "lab_uln.F.alt (empty)",
        lambda p: (p.lab_uln.own.click(), p.lab_uln.field("F", "alt").set_value(None)),
        lambda p: p.lab_uln.field("F", "alt").value() is None,
        ("谷丙转氨酶 ALT（女）正常值上限", "ALT (women) upper limit of normal"),
        ("10–200 U/L", "10–200 U/L"),
    ),
]


def _stored(session) -> dict:
    return session.service.repo.ward_settings.settings()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize(
    ("key", "act", "kept", "words", "allowed"), CASES, ids=[c[0] for c in CASES]
)
def test_a_refusal_names_the_field_in_words_and_its_range(
    qapp, session, ward_panel, lang, key, act, kept, words, allowed
):
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    qapp.processEvents()  # the LanguageChange events: the labels in this language
    index = 0 if lang == "zh_CN" else 1
    before = _stored(session)
    act(ward_panel)
    assert ward_panel.save() == []
    text = ward_panel.message.text()
    assert len(text.splitlines()) == 1, text
    assert text.startswith("未保存——" if lang == "zh_CN" else "Not saved — "), text
    assert words[index] in text, text
    assert allowed[index] in text, text
    assert RAW_KEY.search(text) is None, text
    bare = key.split(" ")[0]
    assert f"{bare}:" not in text and f"{bare}：" not in text, text
    assert _stored(session) == before  # nothing stored
    assert kept(ward_panel)  # the admin's value stays on the screen
