"""IceItemsWidget: ten tap targets, live score, "unable to perform"."""

import pytest
from PySide6.QtCore import Qt

from cart_bedside.logic.models import ICE_ITEMS
from cart_bedside.ui import i18n
from cart_bedside.ui.widgets.ice_items import IceItemsWidget


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def ice(qtbot):
    widget = IceItemsWidget(show_all_correct=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_starts_not_assessed(ice):
    assert ice.items() == (False,) * 10
    assert not ice.is_answered()
    assert ice.score_text() == "ICE –/10"


def test_tapping_items_gives_the_score(qtbot, ice):
    correct = ("year", "month", "city", "name_1", "name_2", "follows_commands", "counts_backwards")
    for key in correct:
        click(qtbot, ice.item_button(key))
    assert ice.score() == 7
    assert ice.score_text() == "ICE 7/10"
    assert ice.items() == (True, True, True, False, True, True, False, True, False, True)
    with qtbot.waitSignal(ice.scoreChanged) as blocker:
        click(qtbot, ice.item_button("year"))  # tap again: not correct after all
    assert blocker.args == [6]


def test_a_tapped_and_untapped_item_still_counts_as_assessed(qtbot, ice):
    click(qtbot, ice.item_button("year"))
    click(qtbot, ice.item_button("year"))
    assert ice.is_answered() and ice.score() == 0
    assert ice.score_text() == "ICE 0/10"


def test_set_items_updates_the_buttons(ice):
    items = [True] * 4 + [False] * 3 + [True, True, False]
    ice.set_items(items)
    assert ice.items() == tuple(items)
    assert ice.item_button("year").isChecked()
    assert not ice.item_button("name_3").isChecked()
    assert ice.item_button("year").text().startswith("✔")
    assert ice.score_text() == "ICE 6/10"


def test_set_items_needs_ten(ice):
    with pytest.raises(ValueError):
        ice.set_items([True] * 9)


def test_items_follow_the_model_order(ice):
    for index, key in enumerate(ICE_ITEMS):
        ice.set_items([i == index for i in range(10)])
        assert ice.item_button(key).isChecked()


def test_unable_disables_the_items(qtbot, ice):
    ice.set_items([True] * 10)
    with qtbot.waitSignal(ice.scoreChanged) as blocker:
        click(qtbot, ice.unable_button())
    assert blocker.args == [None]
    assert ice.unable() and ice.score() is None and ice.is_answered()
    assert not any(ice.item_button(k).isEnabled() for k in ICE_ITEMS)
    assert "unable" in ice.score_text()
    ice.set_unable(False)
    assert ice.score() == 10 and ice.item_button("year").isEnabled()


def test_all_correct_shortcut(qtbot, ice):
    click(qtbot, ice.all_correct_button())
    assert ice.score() == 10


def test_reset(ice):
    ice.set_items([True] * 10)
    ice.set_unable(True)
    ice.reset()
    assert not ice.is_answered() and not ice.unable() and ice.score() == 0


def test_writing_pad_request(qtbot, ice):
    button = ice.findChild(type(ice.unable_button()), "ice_open_pad")
    with qtbot.waitSignal(ice.writingPadRequested):
        click(qtbot, button)


def test_targets_are_large(ice):
    ice.resize(1200, 600)
    for key in ICE_ITEMS:
        size = ice.item_button(key).size()
        assert size.width() >= 48 and size.height() >= 76
