"""Settings → Ward: the laboratory's upper limits of normal for the HLH/MAS checklist
(clinical-decisions H-01): the app's defaults until the switch is on; a value out of its
range refused naming the field and the range, nothing stored, the admin's value kept;
saved and audited; fitting at 1280×800 and 1920×1080 in both languages."""

from __future__ import annotations

import re

import pytest

from cart_bedside.logic.hlh import ADULT_ULN, DEFAULT_LIMITS
from cart_bedside.service.lab_limits import KEY_LAB_ULN, LAB_ULN_RANGES, SEXES
from cart_bedside.ui import i18n, theme
from tests.ui.label_fit import cut_offs


def _stored(session):
    return session.service.repo.ward_settings.get_setting(KEY_LAB_ULN)


def test_the_defaults_show_locked_until_the_switch_is_on(ward_panel):
    editor = ward_panel.lab_uln
    assert not editor.own.isChecked() and editor.value() is None
    assert editor.field("M", "alt").value() == 50 and editor.field("F", "creatinine").value() == 73
    assert not editor.field("F", "alt").isEnabled()
    assert "系统默认值" in editor.in_force.text()
    assert ward_panel.save() == []  # nothing changed
    editor.own.click()
    assert editor.field("F", "alt").isEnabled()
    assert editor.value()["F"] == {"alt": 40, "ast": 35, "bilirubin": 21, "creatinine": 73}


def test_out_of_range_is_refused_then_saved_audited_and_undone(ward_panel, session):
    panel, editor = ward_panel, ward_panel.lab_uln
    editor.own.click()
    for sex, name, bad, words, allowed in (
        ("F", "alt", 300, "谷丙转氨酶 ALT（女）", "10–200 U/L"),
        ("M", "bilirubin", 1.2, "总胆红素（男）", "5–60 µmol/L"),  # mg/dL typed
        ("M", "creatinine", None, "血肌酐（男）", ""),  # an empty field
    ):
        editor.field(sex, name).set_value(bad)
        assert panel.save() == []
        text = panel.message.text()
        assert words in text and allowed in text and "正常值上限" in text, text
        assert len(text.splitlines()) == 1
        assert _stored(session) is None  # nothing stored
        assert editor.field(sex, name).value() == bad  # the admin's value stays on screen
        editor.field(sex, name).set_value(getattr(ADULT_ULN[sex], name))
    editor.field("F", "alt").set_value(35)
    editor.field("M", "ast").set_value(45)
    panel.reason.setText("检验科 2026 年参考区间")
    assert panel.save() == [KEY_LAB_ULN]
    assert "检验正常值上限" in panel.message.text()
    assert _stored(session)["F"]["alt"] == 35 and _stored(session)["M"]["ast"] == 45
    limits = session.service.settings().lab_uln
    assert limits.ward and limits.women.alt == 35 and limits.men.ast == 45
    assert "本院检验科" in editor.in_force.text() and editor.own.isChecked()
    (change,) = [
        e
        for e in session.service.repo.audit_log.audit_entries()
        if e.action == "setting_change" and e.record_id == KEY_LAB_ULN
    ]
    assert change.actor == "admin" and change.reason == "检验科 2026 年参考区间"

    editor.own.click()  # back to the app's defaults
    assert editor.field("F", "alt").value() == 40 and not editor.field("F", "alt").isEnabled()
    assert panel.save() == [KEY_LAB_ULN]
    assert _stored(session) is None and session.service.settings().lab_uln == DEFAULT_LIMITS
    assert "系统默认值" in editor.in_force.text()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280", "1920"])
def test_the_group_fits_in_both_languages(qtbot, qapp, ward_panel, session, lang, size):
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    screen = ward_panel.window()
    screen.resize(size[0], size[1] - 60)
    editor = ward_panel.lab_uln
    editor.own.click()
    ward_panel.scroll_area.ensureWidgetVisible(editor)
    qtbot.wait(50)
    title = (
        "检验正常值上限（HLH/MAS 核对用）"
        if lang == "zh_CN"
        else "Laboratory upper limits of normal (HLH/MAS checklist)"
    )
    assert editor.title() == title
    assert editor.field("F", "alt").label() == (
        "谷丙转氨酶 ALT（女）" if lang == "zh_CN" else "ALT (women)"
    )
    for field in editor.fields.values():
        assert field.value_button().height() >= theme.TOUCH_MIN_PX
    assert editor.own.height() >= theme.TOUCH_MIN_PX
    assert cut_offs(editor) == []


@pytest.mark.parametrize(("sex", "name"), [(sex, name) for sex in SEXES for name in LAB_ULN_RANGES])
def test_the_hint_and_the_refusals_write_the_range_alike(ward_panel, session, sex, name):
    """The keypad's range hint, its own refusal and the service's refusal on saving show
    one range the same way, without a needless ".0" (5–60 µmol/L, never 5.0–60.0)."""
    editor = ward_panel.lab_uln
    editor.own.click()
    field = editor.field(sex, name)
    (span,) = re.findall(r"\d[\d.]*–\d[\d.]*\s\S+", field.range_hint())
    assert ".0" not in span, span
    too_high = LAB_ULN_RANGES[name].high + 10
    assert span in field.check(too_high)  # the keypad refuses it as it is typed
    field.set_value(too_high)
    assert ward_panel.save() == []
    text = ward_panel.message.text()
    assert span in text and f"{too_high:g} " in text, text
    assert ".0" not in text, text
    assert _stored(session) is None
