"""CapdWidget: the nurse answers frequencies; the logic reverse-scores items 1–4."""

import pytest
from PySide6.QtCore import Qt

from cart_bedside.logic.icans import capd_scores_from_answers
from cart_bedside.ui import i18n
from cart_bedside.ui.widgets.capd import CapdWidget


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def capd(qtbot):
    widget = CapdWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_starts_unanswered(capd):
    assert capd.answers() == (None,) * 8
    assert capd.total() is None and not capd.is_complete()
    assert "0 of 8" in capd.total_text()


def test_clicking_answers_and_live_total(qtbot, capd):
    # A well child: always eye contact etc. (items 1–4 "always" = 0), never restless etc.
    answers = [4, 4, 4, 4, 0, 0, 0, 0]
    for item, answer in enumerate(answers):
        qtbot.mouseClick(capd.answer_button(item, answer), Qt.MouseButton.LeftButton)
    assert capd.answers() == tuple(answers)
    assert capd.scores() == (0,) * 8
    assert capd.total() == 0
    assert capd.total_text() == "CAPD 0/32"
    # Item 1 "never" makes eye contact: reversed, scores 4.
    with qtbot.waitSignal(capd.totalChanged) as blocker:
        qtbot.mouseClick(capd.answer_button(0, 0), Qt.MouseButton.LeftButton)
    assert blocker.args == [4]
    assert capd.answers()[0] == 0


def test_set_answers_updates_buttons_and_total(capd):
    answers = [0, 1, 2, 3, 4, 3, 2, 1]
    capd.set_answers(answers)
    assert capd.answer_button(4, 4).isChecked()
    assert not capd.answer_button(4, 3).isChecked()
    assert capd.scores() == capd_scores_from_answers(answers)
    assert capd.total() == sum(capd_scores_from_answers(answers)) == 4 + 3 + 2 + 1 + 4 + 3 + 2 + 1
    assert capd.total_text() == "CAPD 20/32"


def test_set_answers_can_clear(capd):
    capd.set_answers([1] * 8)
    capd.set_answers([None] * 8)
    assert capd.answers() == (None,) * 8
    assert not any(capd.answer_button(0, a).isChecked() for a in range(5))


def test_bad_answers_are_refused(capd):
    with pytest.raises(ValueError):
        capd.set_answers([5] * 8)
    with pytest.raises(ValueError):
        capd.set_answers([1] * 7)


def test_unable(qtbot, capd):
    capd.set_answers([2] * 8)
    qtbot.mouseClick(capd.unable_button(), Qt.MouseButton.LeftButton)
    assert capd.unable() and capd.total() is None
    assert not capd.answer_button(0, 0).isEnabled()
    assert "unable" in capd.total_text()


def test_answer_buttons_are_large(capd):
    capd.resize(1100, 700)
    for item in range(8):
        for answer in range(5):
            size = capd.answer_button(item, answer).size()
            assert size.width() >= 48 and size.height() >= 48
