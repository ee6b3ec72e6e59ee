"""NumericKeypad, NumberField and KeypadDialog: typing numbers without an OS keyboard."""

import pytest
from PySide6.QtCore import Qt

from cart_bedside.ui import i18n
from cart_bedside.ui.widgets.keypad_dialog import KeypadDialog
from cart_bedside.ui.widgets.number_field import NumberField
from cart_bedside.ui.widgets.numeric_keypad import (
    KEY_BACKSPACE,
    KEY_CLEAR,
    KEY_OK,
    NumericKeypad,
    edit_text,
    format_number,
    parse_number,
)


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


def tap(qtbot, keypad, keys):
    for key in keys:
        qtbot.mouseClick(keypad.button(key), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("text", "key", "decimals", "expected"),
    [
        ("", ".", 1, "0."),
        ("37", ".", 1, "37."),
        ("37.", "2", 1, "37.2"),
        ("37.2", "5", 1, "37.2"),  # one decimal only
        ("37.2", ".", 1, "37.2"),  # one point only
        ("72", ".", 0, "72"),  # integers have no point
        ("0", "5", 0, "5"),  # no leading zero
        ("12345", "6", 0, "12345"),  # at most five integer digits
        ("37.2", KEY_BACKSPACE, 1, "37."),
        ("37.2", KEY_CLEAR, 1, ""),
    ],
)
def test_edit_text_rules(text, key, decimals, expected):
    assert edit_text(text, key, decimals) == expected


def test_parse_and_format():
    assert parse_number("37.", 1) == 37.0
    assert parse_number("", 1) is None
    assert parse_number("72", 0) == 72 and isinstance(parse_number("72", 0), int)
    assert format_number(37, 1) == "37.0"
    assert format_number(None, 0) == ""


def make_pair(qtbot, **kwargs):
    keypad = NumericKeypad()
    field = NumberField("Temperature", "°C", **kwargs)
    field.set_keypad(keypad)
    for w in (keypad, field):
        qtbot.addWidget(w)
        w.show()
    return keypad, field


def test_tapping_keys_sets_the_field_value(qtbot):
    keypad, field = make_pair(qtbot, decimals=1, minimum=30, maximum=45)
    qtbot.mouseClick(field.value_button(), Qt.MouseButton.LeftButton)
    assert keypad.target() is field and field.is_editing()
    tap(qtbot, keypad, ["3", "8", ".", "6"])
    assert field.display_text() == "38.6 °C"  # shown live while typing
    assert field.value() is None  # not stored before OK
    with qtbot.waitSignal(field.valueChanged) as blocker:
        tap(qtbot, keypad, [KEY_OK])
    assert blocker.args == [38.6]
    assert field.value() == 38.6
    assert keypad.target() is None and not field.is_editing()


def test_setting_the_value_updates_the_field_and_the_keypad(qtbot):
    keypad, field = make_pair(qtbot, decimals=1)
    field.set_value(37)
    assert field.display_text() == "37.0 °C"
    field.activate()
    assert keypad.text() == "37.0"
    tap(qtbot, keypad, ["3", "9"])  # the first key replaces the shown value
    assert keypad.text() == "39"


def test_backspace_edits_the_existing_value(qtbot):
    keypad, field = make_pair(qtbot, decimals=1)
    field.set_value(37.5)
    field.activate()
    tap(qtbot, keypad, [KEY_BACKSPACE, "2", KEY_OK])
    assert field.value() == 37.2


def test_out_of_range_is_refused_with_the_range(qtbot):
    keypad, field = make_pair(qtbot, decimals=1, minimum=30, maximum=45)
    field.set_value(37.0)
    field.activate()
    with qtbot.waitSignal(keypad.rejected) as blocker:
        tap(qtbot, keypad, ["4", "9", KEY_OK])
    assert "30.0–45.0 °C" in blocker.args[0]
    assert field.value() == 37.0  # unchanged
    assert keypad.target() is field  # still editing, to correct it


def test_validator_can_refuse(qtbot):
    keypad, field = make_pair(qtbot)
    field.set_validator(lambda v: "odd" if v % 2 else None)
    field.activate()
    tap(qtbot, keypad, ["7", KEY_OK])
    assert field.value() is None
    tap(qtbot, keypad, [KEY_CLEAR, "8", KEY_OK])
    assert field.value() == 8


def test_ok_moves_to_the_next_field(qtbot):
    keypad = NumericKeypad()
    hr, sbp = NumberField("HR", "/min"), NumberField("SBP", "mmHg")
    hr.set_next_field(sbp)
    qtbot.addWidget(keypad)
    for field in (hr, sbp):
        field.set_keypad(keypad)
        qtbot.addWidget(field)
    hr.activate()
    tap(qtbot, keypad, ["8", "8", KEY_OK])
    assert keypad.target() is sbp
    tap(qtbot, keypad, ["1", "2", "0", KEY_OK])
    assert (hr.value(), sbp.value()) == (88, 120)


def test_tapping_another_field_keeps_what_was_typed(qtbot):
    keypad = NumericKeypad()
    a, b = NumberField("A"), NumberField("B")
    for f in (a, b):
        f.set_keypad(keypad)
        qtbot.addWidget(f)
    qtbot.addWidget(keypad)
    a.activate()
    tap(qtbot, keypad, ["5"])
    b.activate()
    assert a.value() == 5 and keypad.target() is b


def test_point_key_is_disabled_for_integers(qtbot):
    keypad, field = make_pair(qtbot, decimals=0)
    field.activate()
    assert not keypad.button(".").isEnabled()
    assert keypad.button("5").isEnabled()


def test_hardware_keys_work_too(qtbot):
    keypad, field = make_pair(qtbot, decimals=1)
    field.activate()
    qtbot.keyClicks(keypad, "36.9")
    qtbot.keyClick(keypad, Qt.Key.Key_Return)
    assert field.value() == 36.9


def test_keys_are_big(qtbot):
    keypad, _field = make_pair(qtbot)
    keypad.resize(400, 520)
    for key in [*"0123456789", ".", KEY_BACKSPACE, KEY_CLEAR, KEY_OK]:
        size = keypad.button(key).size()
        assert size.width() >= 48 and size.height() >= 48, key


def test_field_without_keypad_opens_a_dialog(qtbot):
    field = NumberField("Flow", "L/min", decimals=1, minimum=0.5, maximum=80)
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field.value_button(), Qt.MouseButton.LeftButton)
    dialog = field.keypad_dialog()
    assert isinstance(dialog, KeypadDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        tap(qtbot, dialog.keypad(), ["2", ".", "5", KEY_OK])
    assert field.value() == 2.5


def test_dialog_cancel_keeps_the_old_value(qtbot):
    field = NumberField("Flow", decimals=1)
    qtbot.addWidget(field)
    field.set_value(2.0)
    field.activate()
    dialog = field.keypad_dialog()
    tap(qtbot, dialog.keypad(), ["9"])
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert field.value() == 2.0 and not field.is_editing()
    assert field.keypad_dialog() is None


def test_clear_then_ok_empties_the_field(qtbot):
    keypad, field = make_pair(qtbot)
    field.set_value(12)
    field.activate()
    tap(qtbot, keypad, [KEY_CLEAR, KEY_OK])
    assert field.value() is None
    assert field.display_text() == "— °C"
