"""Sign-in and first run, driven through the real widgets (issue 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from cart_bedside.logic.messages import msg
from cart_bedside.service import WardService
from cart_bedside.storage import Repository, open_database
from cart_bedside.ui import i18n, theme
from cart_bedside.ui.first_run import FirstRunWidget
from cart_bedside.ui.sign_in import SignInWidget

from .board_translations import set_language
from .conftest import PINS


@pytest.fixture
def zh(qapp, session):
    set_language(qapp, session, "zh_CN")
    yield session
    i18n.remove_translators(qapp)


@pytest.fixture
def widget(qtbot, zh):
    w = SignInWidget(zh)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def tap(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_pin(qtbot, widget, pin: str) -> None:
    for key in pin:
        tap(qtbot, widget.keypad().button(key))


def attempt(qtbot, widget, username: str, pin: str):
    tap(qtbot, widget.user_button(username))
    type_pin(qtbot, widget, pin)
    tap(qtbot, widget.sign_in_button())


# -- sign-in -------------------------------------------------------------------------------
def test_user_buttons_are_the_active_users_with_their_role(widget, session):
    users = session.service.repo.people.list_users()
    assert widget.usernames() == [u.username for u in users]
    nurse = widget.user_button("nurse")
    assert nurse.text() == "王丽（演示护士）\n护士"
    assert widget.user_button("doctor").text().endswith("医生")
    for username in widget.usernames():
        button = widget.user_button(username)
        assert button.height() >= theme.TOUCH_XLARGE_PX and button.width() >= 140
    for key in "0123456789":
        button = widget.keypad().button(key)
        assert button.height() >= theme.TOUCH_MIN_PX and button.width() >= theme.TOUCH_MIN_PX
    assert widget.sign_in_button().text() == "登录"


def test_right_pin_signs_in(qtbot, widget, session):
    tap(qtbot, widget.user_button("nurse"))
    assert widget.username() == "nurse"
    type_pin(qtbot, widget, "11")
    assert widget.keypad().dots_text() == "● ● ○ ○"
    type_pin(qtbot, widget, "11")
    with qtbot.waitSignal(session.signed_in) as signal, qtbot.waitSignal(widget.signed_in):
        tap(qtbot, widget.sign_in_button())
    assert signal.args[0].username == "nurse"
    assert session.user.username == "nurse"
    assert widget.keypad().pin() == ""  # the PIN does not stay in the widget
    assert widget.error_text() == ""


def test_the_pin_is_never_shown(qtbot, widget):
    tap(qtbot, widget.user_button("nurse"))
    type_pin(qtbot, widget, "0123")
    assert widget.keypad().pin() == "0123"  # a leading zero is kept
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    assert not any("0123" in text or "123" in text for text in shown)
    assert "● ● ● ●" in shown


def test_a_hardware_keyboard_types_the_pin(qtbot, widget, session):
    widget.select_user("nurse")
    with qtbot.waitSignal(session.signed_in):
        qtbot.keyClicks(widget.keypad(), PINS["nurse"])
        qtbot.keyClick(widget.keypad(), Qt.Key.Key_Return)


def test_wrong_pin_shows_the_tries_left(qtbot, widget, session):
    with qtbot.assertNotEmitted(session.signed_in):
        attempt(qtbot, widget, "nurse", "9999")
    assert widget.error_text() == session.render(msg("service.error.wrong_pin", left=4))
    assert "4" in widget.error_text()
    assert session.user is None
    assert widget.keypad().pin() == ""


def test_five_wrong_pins_lock_the_user(qtbot, widget, session):
    for left in (4, 3, 2, 1):
        attempt(qtbot, widget, "nurse", "9999")
        assert widget.error_text() == session.render(msg("service.error.wrong_pin", left=left))
    attempt(qtbot, widget, "nurse", "9999")
    assert widget.error_text() == session.render(msg("service.error.locked_now", minutes=15))
    # The sixth attempt, with the right PIN, is refused: the account is locked.
    with qtbot.assertNotEmitted(session.signed_in):
        attempt(qtbot, widget, "nurse", PINS["nurse"])
    assert session.user is None
    locked_until = session.service.repo.people.get_user("nurse").locked_until
    assert widget.error_text() == session.render(
        msg("service.error.locked", until=locked_until.strftime("%H:%M"))
    )
    # Another nurse can still sign in on the same tablet.
    with qtbot.waitSignal(session.signed_in):
        attempt(qtbot, widget, "nurse2", PINS["nurse2"])


def test_a_deactivated_user_cannot_sign_in(qtbot, widget, session):
    session.service.repo.people.deactivate_user("nurse2", "admin", "left the ward")
    widget.reload_users()
    assert "nurse2" not in widget.usernames()  # no button for them …
    widget.set_typed_username("nurse2")  # … and typing the name does not help
    assert widget.username() == "nurse2"
    type_pin(qtbot, widget, PINS["nurse2"])
    with qtbot.assertNotEmitted(session.signed_in):
        tap(qtbot, widget.sign_in_button())
    assert widget.error_text() == session.render(msg("service.error.inactive"))


def test_a_typed_user_name_replaces_the_chosen_button(qtbot, widget, session):
    tap(qtbot, widget.user_button("nurse"))
    qtbot.keyClicks(widget.findChild(QLineEdit, "typedUsername"), "doctor")
    assert widget.username() == "doctor"
    assert not widget.user_button("nurse").isChecked()
    type_pin(qtbot, widget, PINS["doctor"])
    with qtbot.waitSignal(session.signed_in) as signal:
        tap(qtbot, widget.sign_in_button())
    assert signal.args[0].role == "physician"


def test_unknown_user_and_missing_input(qtbot, widget, session):
    type_pin(qtbot, widget, "1111")
    tap(qtbot, widget.sign_in_button())
    assert widget.error_text() == "请先点选您的姓名（或输入用户名）。"
    widget.set_typed_username("nobody")
    type_pin(qtbot, widget, "1111")
    tap(qtbot, widget.sign_in_button())
    assert widget.error_text() == session.render(msg("service.error.unknown_user"))


def test_a_short_pin_is_not_tried(qtbot, widget, session):
    attempt(qtbot, widget, "nurse", "12")
    assert widget.error_text() == "PIN 为 4–8 位数字。"
    assert session.service.repo.people.get_user("nurse").failed_attempts == 0


def test_reset_after_lock_clears_the_pin_and_keeps_the_user(qtbot, widget, session):
    attempt(qtbot, widget, "nurse", PINS["nurse"])
    session.lock()
    type_pin(qtbot, widget, "12")
    widget.reset()
    assert widget.keypad().pin() == ""
    assert widget.error_text() == ""
    assert widget.username() == "nurse"
    assert widget.user_button("nurse").isChecked()


def test_language_toggle_switches_the_session_and_the_labels(qtbot, qapp, widget, session):
    attempt(qtbot, widget, "nurse", "9999")
    assert widget.error_text() == session.render(msg("service.error.wrong_pin", left=4))
    toggle = widget.language_toggle()
    assert toggle.button("zh_CN").isChecked()
    with qtbot.waitSignal(session.language_changed) as signal:
        tap(qtbot, toggle.button("en"))
    assert signal.args == ["en"] and session.lang == "en"
    # The main window installs the translators on language_changed; do it here.
    set_language(qapp, session, "en")
    assert widget.sign_in_button().text() == "Sign in"
    assert widget.user_button("nurse").text().endswith("\nNurse")
    assert widget.error_text() == session.render(msg("service.error.wrong_pin", left=4))
    assert "4" in widget.error_text() and widget.error_text().isascii()
    set_language(qapp, session, "zh_CN")
    assert widget.sign_in_button().text() == "登录"
    assert toggle.button("zh_CN").isChecked()


# -- first run -----------------------------------------------------------------------------
@pytest.fixture
def empty_session(qapp, tmp_path, clock, zh):
    from cart_bedside.ui.session import Session

    db = open_database(tmp_path / "new-ward.db")
    service = WardService(Repository(db, clock=clock), clock=clock)
    yield Session(service, "zh_CN")
    db.conn.close()


def test_first_run_creates_the_admin_then_signs_in(qtbot, empty_session):
    session = empty_session
    assert not session.service.has_users()
    widget = FirstRunWidget(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_username("chief")
    widget.set_display_name("王护士长")
    type_pin(qtbot, widget, "2468")
    tap(qtbot, widget.keypad().button("ok"))
    assert widget.step() == FirstRunWidget.STEP_CONFIRM
    assert widget.keypad().pin() == ""
    type_pin(qtbot, widget, "2468")
    with qtbot.waitSignal(widget.created) as created, qtbot.waitSignal(session.signed_in) as signed:
        tap(qtbot, widget.keypad().button("ok"))
    assert created.args[0].role == "admin"
    assert signed.args[0].username == "chief"
    assert session.service.has_users()
    # From now on it is the normal sign-in.
    sign_in = SignInWidget(session)
    qtbot.addWidget(sign_in)
    assert sign_in.usernames() == ["chief"]
    assert sign_in.user_button("chief").text() == "王护士长\n管理员"


def test_first_run_pins_must_match(qtbot, empty_session):
    widget = FirstRunWidget(empty_session, sign_in_after=False)
    qtbot.addWidget(widget)
    widget.set_username("chief")
    widget.enter_pin("2468")
    with qtbot.assertNotEmitted(widget.created):
        widget.enter_pin("2469")
    assert widget.error_text() == "两次输入的 PIN 不一致，请重新设置。"
    assert widget.step() == FirstRunWidget.STEP_PIN
    assert not empty_session.service.has_users()
    widget.enter_pin("13579")
    with qtbot.waitSignal(widget.created):
        widget.enter_pin("13579")
    assert empty_session.user is None  # sign_in_after=False: the sign-in screen comes next
    user = empty_session.service.sign_in("chief", "13579")
    assert user.display_name == "chief"  # no display name given: the user name


def test_first_run_checks_the_input(qtbot, empty_session):
    widget = FirstRunWidget(empty_session)
    qtbot.addWidget(widget)
    widget.enter_pin("2468")
    assert widget.error_text() == "请先输入用户名。"
    widget.set_username("head nurse")
    widget.enter_pin("2468")
    assert widget.error_text() == "用户名不能包含空格。"
    widget.set_username("chief")
    widget.enter_pin("246")
    assert widget.error_text() == "PIN 为 4–8 位数字。"
    assert widget.step() == FirstRunWidget.STEP_PIN


def test_a_closed_sign_in_no_longer_listens(qtbot, zh):
    from PySide6.QtCore import QCoreApplication, QEvent

    SignInWidget(zh).deleteLater()
    FirstRunWidget(zh).deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    zh.set_language("en")
    zh.sign_in("nurse", PINS["nurse"])
    zh.lock()
