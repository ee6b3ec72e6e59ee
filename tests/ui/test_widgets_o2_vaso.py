"""O2DeviceSelector and VasopressorToggles."""

import pytest
from PySide6.QtCore import Qt

from cart_bedside.logic.models import KNOWN_VASOPRESSORS, O2Device
from cart_bedside.ui import i18n
from cart_bedside.ui.widgets.o2_device_selector import O2DeviceSelector
from cart_bedside.ui.widgets.vasopressor_toggles import VasopressorToggles


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def o2(qtbot):
    widget = O2DeviceSelector()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def vaso(qtbot):
    widget = VasopressorToggles()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_room_air_by_default_without_flow(o2):
    assert o2.value() == (O2Device.ROOM_AIR, None)
    assert not o2.flow_field().isVisible()


def test_one_button_per_device(o2):
    assert {o2.button(d).objectName() for d in O2Device} == {f"o2_{d.value}" for d in O2Device}


def test_clicking_nasal_cannula_shows_the_flow(qtbot, o2):
    with qtbot.waitSignal(o2.deviceChanged) as blocker:
        click(qtbot, o2.button(O2Device.NASAL_CANNULA))
    assert blocker.args == [O2Device.NASAL_CANNULA]
    assert o2.flow_field().isVisible()
    assert o2.flow_required()
    o2.flow_field().set_value(4)
    assert o2.value() == (O2Device.NASAL_CANNULA, 4.0)
    assert not o2.flow_required()


def test_flow_is_dropped_for_a_device_without_flow(qtbot, o2):
    o2.set_value(O2Device.NASAL_CANNULA, 3)
    click(qtbot, o2.button(O2Device.CPAP))
    assert o2.value() == (O2Device.CPAP, None)
    assert not o2.flow_field().isVisible()
    click(qtbot, o2.button(O2Device.ROOM_AIR))
    assert o2.value() == (O2Device.ROOM_AIR, None)


def test_set_value_updates_the_buttons(o2):
    o2.set_value(O2Device.HIGH_FLOW_NASAL_CANNULA, 40)
    assert o2.button(O2Device.HIGH_FLOW_NASAL_CANNULA).isChecked()
    assert not o2.button(O2Device.ROOM_AIR).isChecked()
    assert o2.flow_field().display_text() == "40.0 L/min"
    assert o2.value() == (O2Device.HIGH_FLOW_NASAL_CANNULA, 40.0)


def test_device_buttons_are_large(o2):
    o2.resize(1000, 400)
    for device in O2Device:
        size = o2.button(device).size()
        assert size.width() >= 48 and size.height() >= 64


def test_no_vasopressor_by_default(vaso):
    assert vaso.value() == ()
    assert not vaso.other_edit().isVisible()


def test_clicking_toggles(qtbot, vaso):
    with qtbot.waitSignal(vaso.changed):
        click(qtbot, vaso.button("norepinephrine"))
    click(qtbot, vaso.button("vasopressin"))
    assert vaso.value() == ("norepinephrine", "vasopressin")
    click(qtbot, vaso.button("norepinephrine"))
    assert vaso.value() == ("vasopressin",)


def test_other_with_and_without_a_name(qtbot, vaso):
    click(qtbot, vaso.button("other"))
    assert vaso.other_edit().isVisible()
    assert vaso.value() == ("other",)  # still counted without a name
    click(qtbot, vaso.suggestion_button("metaraminol"))
    assert vaso.value() == ("metaraminol",)
    click(qtbot, vaso.suggestion_button("terlipressin"))  # one at a time
    assert vaso.value() == ("terlipressin",)
    assert not vaso.suggestion_button("metaraminol").isChecked()
    qtbot.keyClicks(vaso.other_edit(), "  Midodrine ")
    assert vaso.value() == ("Midodrine",)  # typing replaces the suggestion
    assert not vaso.suggestion_button("terlipressin").isChecked()
    click(qtbot, vaso.button("other"))
    assert vaso.value() == ()


def test_set_value_updates_the_toggles(vaso):
    vaso.set_value(["dopamine", "terlipressin"])
    assert vaso.button("dopamine").isChecked()
    assert vaso.button("other").isChecked()
    assert vaso.other_name() == "terlipressin"
    assert vaso.suggestion_button("terlipressin").isChecked()
    assert vaso.value() == ("dopamine", "terlipressin")
    vaso.set_value(["midodrine"])
    assert vaso.other_edit().text() == "midodrine"
    assert not vaso.suggestion_button("terlipressin").isChecked()
    assert vaso.value() == ("midodrine",)
    vaso.set_value([])
    assert vaso.value() == () and not any(vaso.button(n).isChecked() for n in KNOWN_VASOPRESSORS)
