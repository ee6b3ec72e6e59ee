"""The first board read while the sign-in screen waits for a PIN (issue 16, start-up)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

from cart_bedside.ui.bed_card import CARD_STYLESHEET, BedCardWidget
from cart_bedside.ui.main_window import MainWindow
from cart_bedside.ui.warm_up import WarmUp
from tests.demo_ward import PINS


@pytest.fixture
def window(qtbot, session):
    w = MainWindow(session, auto_lock_minutes=2)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


class PaintLog(QObject):
    """Every bed card a paint event is delivered to (an application-wide filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[BedCardWidget] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, BedCardWidget):
            self.cards.append(watched)
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


@pytest.fixture
def paints():
    log = PaintLog()
    yield log
    log.stop()


def warmed_up(window, qtbot, after=()) -> WarmUp:
    warm_up = WarmUp(window.session, window.board, after=list(after), parent=window)
    warm_up.start()
    qtbot.waitUntil(lambda: not warm_up.running())
    return warm_up


def test_the_cards_are_built_before_sign_in_and_none_is_shown_or_painted_before_the_pin(
    window, qtbot, paints
):
    ran = []
    service = window.session.service
    warm_up = warmed_up(window, qtbot, after=[lambda: ran.append("after")])
    qtbot.waitUntil(lambda: ran == ["after"])  # the deferred work, once the board is read
    occupied = {e.episode_id for _, e in service.repo.patients.occupied(service.clock())}
    assert set(warm_up.prepared) == occupied and len(occupied) == 12
    assert set(warm_up.cards) == occupied
    ahead = {eid: service._cached(eid) for eid in occupied}
    built = window.board.prepared()
    assert {c.episode_id() for c in built} == occupied
    window.repaint()  # the sign-in screen painted again, now that the cards exist
    qtbot.wait(50)
    # nothing of a patient on screen before the PIN: not on the board, hidden, never painted
    assert window.stack.currentWidget() is window.sign_in
    assert window.board.cards() == [] and not window.board.isVisible()
    assert all(not c.isVisible() and not c.isVisibleTo(window.board) for c in built)
    assert paints.cards == []

    window.session.sign_in("nurse", PINS["nurse"])
    assert window.stack.currentWidget() is window.board
    assert {c.episode_id() for c in window.board.cards()} == occupied
    assert set(window.board.cards()) == set(built)  # shown, not built again
    assert window.board.prepared() == []
    assert all(c.isVisible() and c.texts()["bed"] for c in window.board.cards())
    for eid, view in ahead.items():  # the same views: not read a second time
        assert service.episode_view(eid) is view
    qtbot.waitUntil(lambda: set(paints.cards) >= set(built))  # painted once signed in


def test_a_wrong_pin_shows_and_paints_nothing_of_the_cards_built_ahead(window, qtbot, paints):
    from cart_bedside.service import SignInError

    warmed_up(window, qtbot)
    with pytest.raises(SignInError):
        window.session.sign_in("nurse", "0000")
    window.repaint()
    qtbot.wait(50)
    assert window.stack.currentWidget() is window.sign_in
    assert len(window.board.prepared()) == 12 and paints.cards == []


def test_cards_built_ahead_say_how_long_ago_as_of_the_sign_in(window, qtbot, clock):
    """Built while the PIN is typed, shown minutes later with the same data: "… min ago"
    and its red after 4 h are the sign-in's (the demo's bed 12: vital signs 3 h 51 ago)."""
    warmed_up(window, qtbot)
    card = next(c for c in window.board.prepared() if c.card().bed == "12")
    data, vitals = card.card(), card.findChild(QLabel, "vitals")
    assert not vitals.property("stale")
    before = card.texts()["vitals"]
    clock.t += timedelta(minutes=9)
    window.session.sign_in("nurse", PINS["nurse"])
    assert card in window.board.cards() and card.card() == data  # nothing else changed
    assert card.texts()["vitals"] != before and vitals.property("stale")
    fresh = BedCardWidget(window.session, data)
    assert card.texts()["vitals"] == fresh.texts()["vitals"]
    fresh.deleteLater()


def test_cards_built_ahead_follow_a_language_switch_on_the_sign_in_screen(window, qtbot):
    warmed_up(window, qtbot)
    window.session.set_language("en")
    window.session.sign_in("nurse", PINS["nurse"])
    for card in window.board.cards():
        fresh = BedCardWidget(window.session, card.card())
        assert card.texts() == fresh.texts()
        fresh.deleteLater()


def test_a_nurse_faster_than_the_warm_up_gets_the_same_board(window, qtbot):
    ran = []
    warm_up = WarmUp(
        window.session, window.board, after=[lambda: ran.append("after")], parent=window
    )
    warm_up.start()  # its first step waits for the event loop: she signs in before it
    window.session.sign_in("nurse", PINS["nurse"])
    assert not warm_up.running() and warm_up.prepared == warm_up.cards == []
    assert len(window.board.cards()) == 12  # the board read the views itself
    assert window.board.prepared() == []
    assert ran == []  # the deferred work waits for the board to paint
    qtbot.waitUntil(lambda: ran == ["after"], timeout=3000)


def test_a_save_after_the_warm_up_still_shows_on_the_first_board(window, qtbot):
    service = window.session.service
    warm_up = WarmUp(window.session, window.board, parent=window)
    warm_up.start()
    qtbot.waitUntil(lambda: not warm_up.running())
    eid = warm_up.prepared[0]
    before = service._cached(eid)
    service.invalidate(eid)  # what every save does (another tablet's sync, a lab import)
    window.session.sign_in("nurse", PINS["nurse"])
    assert service.episode_view(eid) is not before


def test_a_property_set_before_the_first_polish_is_styled(qtbot, service):
    """theme.repolish skips a widget never polished: Qt styles it when it is first shown,
    with the property as it is then (the card's risk line, bold and inverted when high)."""
    from cart_bedside.ui.session import Session

    session = Session(service, "zh_CN")
    service.sign_in("nurse", PINS["nurse"])
    cards = {c.risk_high: c for c in service.board()}
    assert set(cards) == {True, False}
    box = QLabel()  # stands in for the board's grid box, which holds the card stylesheet
    box.setStyleSheet(CARD_STYLESHEET)
    qtbot.addWidget(box)
    shown = {}
    for high, card in cards.items():
        widget = BedCardWidget(session, card, box)
        shown[high] = widget.findChild(QLabel, "risk")
        # the path under test: the property was set on a label Qt had not polished yet
        assert not shown[high].testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
    box.show()
    qtbot.waitExposed(box)
    assert shown[True].font().bold() and not shown[False].font().bold()


def test_cards_built_ahead_look_exactly_like_cards_built_at_sign_in(window, qtbot):
    warm_up = WarmUp(window.session, window.board, parent=window)
    warm_up.start()
    qtbot.waitUntil(lambda: not warm_up.running())
    window.session.sign_in("nurse", PINS["nurse"])
    qtbot.wait(50)
    ahead = window.grab().toImage()
    built_ahead = set(window.board.cards())
    window.session.sign_out()  # the cards are dropped; the next board builds new ones
    window.session.sign_in("nurse", PINS["nurse"])
    qtbot.wait(50)
    assert not built_ahead & set(window.board.cards())
    assert window.grab().toImage() == ahead


def test_a_card_that_turns_high_risk_on_screen_is_styled_as_one_built_so(window, qtbot):
    """theme.repolish: the new rule's padding reaches the label's size (it kept the old one)."""
    window.session.sign_in("nurse", PINS["nurse"])
    qtbot.wait(50)
    cards = window.board.cards()
    high = next(c for c in cards if c.card().risk_high)
    low = next(c for c in cards if not c.card().risk_high)

    def risk(card):
        return card.findChild(QLabel, "risk")

    low.set_card(replace(low.card(), risk_high=True))
    qtbot.wait(50)
    assert risk(low).contentsMargins() == risk(high).contentsMargins() != QMargins()
    assert risk(low).height() == risk(high).height()
    low.set_card(replace(low.card(), risk_high=False))
    qtbot.wait(50)
    assert risk(low).contentsMargins() == QMargins() and not risk(low).font().bold()


def test_started_after_the_first_paint_it_builds_the_board_and_the_other_services(qtbot, session):
    """The app's way (ui/app.py): nothing of the warm-up runs before the sign-in screen is
    painted; then the board is built, the views read, the blank cards and the services."""
    window = MainWindow(session, auto_lock_minutes=2)
    qtbot.addWidget(window)
    ran = []
    warm_up = WarmUp(
        session, lambda: window.board, after=[lambda: ran.append("after")], parent=window
    )
    warm_up.start_after_paint(window.sign_in)
    assert window._board is None and not warm_up.running()  # not before the paint
    assert "records" not in vars(session.services)  # built when first used
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: ran == ["after"], timeout=5000)
    assert warm_up.board is window.board and len(warm_up.prepared) == 12
    assert len(window.board.findChildren(BedCardWidget)) == 12
    assert {"records", "alerts", "sync"} <= set(vars(session.services))
    window.session.sign_in("nurse", PINS["nurse"])
    assert len(window.board.cards()) == 12


def test_signed_in_before_the_first_paint_the_deferred_work_still_runs(qtbot, session):
    window = MainWindow(session, auto_lock_minutes=2)
    qtbot.addWidget(window)
    ran = []
    warm_up = WarmUp(
        session, lambda: window.board, after=[lambda: ran.append("after")], parent=window
    )
    warm_up.start_after_paint(window.sign_in)
    window.session.sign_in("nurse", PINS["nurse"])  # the PIN at once (a script, a test)
    assert len(window.board.cards()) == 12  # the board built at sign-in, read itself
    window.show()
    qtbot.waitUntil(lambda: ran == ["after"], timeout=3000)
    assert not warm_up.running() and warm_up.prepared == []


def test_the_auto_lock_sees_input_from_the_sign_in_at_the_latest(qtbot, session):
    """Its app-wide event filter is installed after the first paint (ui/app.py runs
    ``watch_activity`` after the warm-up); a sign-in before that installs it at once."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = MainWindow(session, auto_lock_minutes=0.01)  # 600 ms
    qtbot.addWidget(window)
    window.show()
    assert not window._watching
    window.session.sign_in("nurse", PINS["nurse"])
    assert window._watching and window.auto_lock.enabled
    qtbot.wait(400)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.board, move)  # she is still there: the timer restarts
    assert window.auto_lock._timer.remainingTime() > 500
    window.watch_activity()  # once only
    qtbot.waitUntil(lambda: window.session.user is None, timeout=3000)  # then it locks
