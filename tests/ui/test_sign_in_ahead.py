"""The PIN's key derived while it is typed (issue 16 item 5), through the real keypad.

The sign-in screen starts the derivation once a user is chosen and the keypad
holds 4 digits or more; "Sign in" hands it to the service if it was made for
exactly that user and PIN. Nothing is counted before "Sign in", and the lockout
is the same as without (tests/service/test_pin_prepared.py compares the two).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from cart_bedside.service.ward import MAX_FAILED_PINS
from cart_bedside.ui.sign_in import SignInWidget
from cart_bedside.ui.sign_in_ahead import PinAhead

from .conftest import PINS

WRONG = "0000"


@pytest.fixture
def widget(qtbot, session):
    w = SignInWidget(session)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


@pytest.fixture
def handed(monkeypatch, session):
    """What each sign-in handed the service as ``prepared`` (the real sign-in runs)."""
    service = session.service
    seen: list = []
    real = service.sign_in

    def sign_in(username, pin, prepared=None):
        seen.append(prepared)
        return real(username, pin, prepared=prepared)

    monkeypatch.setattr(service, "sign_in", sign_in)
    return seen


def tap(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_pin(qtbot, widget, pin: str) -> None:
    for key in pin:
        tap(qtbot, widget.keypad().button(key))


def prepared_for(token, service, username: str, pin: str) -> bool:
    stored = service.repo.people.get_user(username).pin_hash
    return token is not None and token.key_for(username, pin, stored) is not None


def wrong_tries(service, username: str) -> int:
    return service.repo.people.get_user(username).failed_attempts


def test_the_pin_is_prepared_once_it_has_four_digits_and_sign_in_uses_it(
    qtbot, widget, session, handed
):
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, PINS["nurse"][:3])
    assert widget.ahead.started == 0  # three digits: not a PIN yet
    type_pin(qtbot, widget, PINS["nurse"][3])
    assert widget.ahead.started == 1
    qtbot.waitUntil(lambda: not widget.ahead.pending(), timeout=5000)
    tap(qtbot, widget.sign_in_button())
    assert session.user is not None and session.user.username == "nurse"
    assert len(handed) == 1 and prepared_for(handed[0], session.service, "nurse", PINS["nurse"])
    assert widget.ahead.take("nurse", PINS["nurse"]) is None  # nothing kept after sign-in


def test_a_wrong_pin_counts_once_on_sign_in_never_while_typed(qtbot, widget, session, handed):
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, WRONG)
    qtbot.waitUntil(lambda: not widget.ahead.pending(), timeout=5000)
    assert wrong_tries(session.service, "nurse") == 0
    assert not session.service.repo.audit_log.audit_entries(action="sign_in_failed")
    tap(qtbot, widget.sign_in_button())
    assert session.user is None
    assert prepared_for(handed[0], session.service, "nurse", WRONG)
    assert wrong_tries(session.service, "nurse") == 1
    assert "4" in widget.error_text()  # "wrong PIN, 4 tries left", as without


def test_five_wrong_pins_lock_the_account_as_before(qtbot, widget, session, handed):
    for _ in range(MAX_FAILED_PINS):
        tap(qtbot, widget.user_button("nurse"))
        type_pin(qtbot, widget, WRONG)
        tap(qtbot, widget.sign_in_button())  # waits for the preparation if it still runs
    assert all(t is not None for t in handed)
    nurse = session.service.repo.people.get_user("nurse")
    assert nurse.locked_until is not None
    failed = session.service.repo.audit_log.audit_entries(action="sign_in_failed", actor="nurse")
    assert len([e for e in failed if (e.reason or "").endswith("wrong PIN")]) == MAX_FAILED_PINS
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, PINS["nurse"])
    tap(qtbot, widget.sign_in_button())
    assert session.user is None  # the right PIN too, while locked


def test_another_digit_another_user_a_clear_or_a_lock_drop_the_preparation(
    qtbot, widget, session, handed
):
    ahead = widget.ahead
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, PINS["nurse"])
    assert ahead.started == 1
    type_pin(qtbot, widget, "2")  # a fifth digit: prepared again, for 5 digits
    assert ahead.started == 2
    tap(qtbot, widget.keypad().button("back"))
    assert ahead.started == 3
    tap(qtbot, widget.user_button("nurse2"))  # another user, the same digits
    assert ahead.started == 4
    tap(qtbot, widget.keypad().button("clear"))
    assert not ahead.pending() and ahead.take("nurse2", PINS["nurse"]) is None
    type_pin(qtbot, widget, PINS["nurse"])
    widget.reset()  # the tablet locked
    assert widget.keypad().pin() == "" and ahead.take("nurse2", PINS["nurse"]) is None

    # nurse's PIN typed for nurse, then nurse2 chosen: nurse2's own check, counted for her
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, PINS["nurse"])
    tap(qtbot, widget.user_button("nurse2"))
    tap(qtbot, widget.sign_in_button())
    assert session.user is None
    assert handed[-1] is None or handed[-1].username == "nurse2"
    assert wrong_tries(session.service, "nurse2") == 1
    assert wrong_tries(session.service, "nurse") == 0


def test_a_typed_user_name_is_prepared_too(qtbot, widget, session, handed):
    type_pin(qtbot, widget, PINS["doctor"])
    assert widget.ahead.started == 0  # nobody chosen yet
    widget.set_typed_username("doctor")
    assert widget.ahead.started == 1
    tap(qtbot, widget.sign_in_button())
    assert session.user is not None and session.user.username == "doctor"
    assert prepared_for(handed[0], session.service, "doctor", PINS["doctor"])


# -- the worker on its own (plain functions stand in for the service's slow part) ----------
def gated(result, gate: threading.Event, ran: list):
    def work():
        gate.wait(5)
        ran.append(result)
        return result

    return lambda _user, _pin: work


def test_sign_in_waits_for_a_running_preparation_and_gets_it():
    gate, ran = threading.Event(), []
    ahead = PinAhead(gated("token", gate, ran), 4)
    ahead.want("nurse", "1111")
    threading.Timer(0.1, gate.set).start()
    assert ahead.take("nurse", "1111") == "token"
    assert ahead.take("nurse", "1111") is None  # taken: nothing kept


def test_a_superseded_wish_is_skipped_and_the_latest_runs():
    gate, began, ran = threading.Event(), [], []

    def preparation(_user, pin):
        def work():
            began.append(pin)
            gate.wait(5)
            ran.append(pin)
            return pin

        return work

    ahead = PinAhead(preparation, 4)
    ahead.want("nurse", "1111")
    for _ in range(500):  # until the worker has started it (it waits at the gate)
        if began:
            break
        threading.Event().wait(0.01)
    ahead.want("nurse", "11112")  # queued …
    ahead.want("nurse", "111123")  # … and replaced before it ran
    gate.set()
    assert ahead.take("nurse", "111123") == "111123"
    assert ran == ["1111", "111123"]
    assert ahead.take("nurse", "1111") is None  # not the PIN wanted last


def test_a_failed_preparation_gives_nothing_and_sign_in_derives_itself():
    def broken():
        raise RuntimeError("disk gone")

    ahead = PinAhead(lambda _u, _p: broken, 4)
    ahead.want("nurse", "1111")
    assert ahead.take("nurse", "1111") is None
