"""The app shell: sign-in → board → patient, auto-lock, language switch, backups."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cart_bedside.ui.main_window import MainWindow
from tests.demo_ward import PINS


@pytest.fixture
def window(qtbot, session):
    w = MainWindow(session, auto_lock_minutes=2)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def sign_in(window, user="nurse"):
    window.session.sign_in(user, PINS[user])


def test_starts_on_sign_in_with_no_patient_data_visible(window):
    assert window.stack.currentWidget() is window.sign_in
    assert not window.bar.isVisible()


def test_sign_in_shows_the_board(window):
    sign_in(window)
    assert window.stack.currentWidget() is window.board
    assert window.bar.isVisible()
    assert len(window.board.cards()) == len(window.session.service.occupied())


def test_tapping_a_card_opens_the_patient(window):
    sign_in(window)
    episode_id = window.board.cards()[0].episode_id()
    window.board.patient_requested.emit(episode_id)
    assert window.stack.currentWidget() is window.patient
    assert window.patient.episode_id == episode_id


def test_lock_hides_patient_data_and_the_same_user_returns_to_the_same_screen(window):
    sign_in(window)
    episode_id = window.board.cards()[0].episode_id()
    window.open_patient(episode_id)
    screen = window.patient
    window.session.lock()
    assert window.stack.currentWidget() is window.sign_in
    assert window.session.user is None
    assert window.session.service.repo.audit_log.audit_entries(action="lock", limit=1)
    sign_in(window)
    assert window.stack.currentWidget() is screen


def test_another_user_after_a_lock_goes_to_the_board(window):
    sign_in(window)
    window.open_patient(window.board.cards()[0].episode_id())
    window.session.lock()
    sign_in(window, "nurse2")
    assert window.stack.currentWidget() is window.board
    assert window.patient is None


def test_auto_lock_fires_after_idle_and_activity_resets_it(window, qtbot):
    sign_in(window)
    window.auto_lock.set_minutes(0.005)  # 300 ms
    window.auto_lock.start()
    for _ in range(4):  # keep touching for longer than the idle time
        qtbot.wait(120)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPoint(5, 5),
            QPoint(5, 5),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.board, press)
    assert window.session.user is not None
    qtbot.waitUntil(lambda: window.session.user is None, timeout=2000)
    assert window.stack.currentWidget() is window.sign_in


def test_sign_out_drops_the_patient_screen(window):
    sign_in(window)
    window.open_patient(window.board.cards()[0].episode_id())
    window.session.sign_out()
    assert window.patient is None
    assert window.stack.currentWidget() is window.sign_in


def test_language_switch_changes_the_bar(window):
    sign_in(window)
    window.language.click()
    assert window.session.lang == "en"
    assert window.lock_button.text() == "Lock"
    window.language.click()
    assert window.session.lang == "zh_CN"
    assert window.lock_button.text() != "Lock"


def test_first_run_creates_the_admin(qtbot, qapp, tmp_path, clock):
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session

    db = open_database(tmp_path / "new.db")
    session = Session(WardService(Repository(db, clock=clock), clock=clock), "zh_CN")
    prepare_application(qapp, "zh_CN")
    w = MainWindow(session)
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.first_run
    w.first_run.set_username("chief")
    w.first_run.set_display_name("护士长")
    w.first_run.create_admin("4321")
    assert session.service.repo.people.get_user("chief").role == "admin"
    db.conn.close()


def test_backups_at_shift_change_and_exit(tmp_path, monkeypatch, demo_template):
    import shutil

    from cart_bedside.ui import app as app_module

    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)

    class Service:
        def shift_settings(self):
            from cart_bedside.logic.shifts import ShiftSettings

            return ShiftSettings()

    class Session:
        service = Service()

    backups = app_module.ShiftBackups(path, Session())
    backups.run("exit")
    folder = Path(tmp_path / "backups")
    assert len(list(folder.glob("ward-*.db"))) == 1
    backups._shift -= timedelta(hours=8)  # pretend the shift changed since the last check
    backups.check()
    import threading

    for thread in threading.enumerate():
        # Qt's worker threads show up as dummy threads, which cannot be joined.
        if thread.daemon and not isinstance(thread, threading._DummyThread):
            thread.join(timeout=10)
    assert len(list(folder.glob("ward-*.db"))) == 2


def test_admit_for_carers_and_settings_for_the_admin(window):
    sign_in(window)
    assert window.admit_button.isVisible() and not window.settings_button.isVisible()
    window.admit_button.click()
    assert window.stack.currentWidget() is window.admission
    window.session.sign_out()
    sign_in(window, "admin")
    assert window.settings_button.isVisible() and not window.admit_button.isVisible()
    window.settings_button.click()
    assert window.stack.currentWidget() is window.settings_screen


def test_patient_screen_offers_transfer_and_discharge_to_carers(window):
    sign_in(window)
    window.open_patient(window.board.cards()[0].episode_id())
    assert window.patient.transfer_button.isVisible()
    assert window.patient.discharge_button.isVisible()


def test_full_screen_from_the_bar_is_remembered_for_this_tablet(qtbot, session, tmp_path):
    from PySide6.QtCore import QSettings, Qt

    from cart_bedside.ui import tablet_settings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    first = MainWindow(session)
    qtbot.addWidget(first)
    first.show_for_tablet()  # the default: a normal window (it can be maximised)
    assert not first.isFullScreen()
    assert first.windowFlags() & Qt.WindowType.WindowMaximizeButtonHint
    sign_in(first)
    first.fullscreen_button.click()
    assert first.isFullScreen() and tablet_settings.get("window/fullscreen") is True
    assert first.fullscreen_button.height() >= 48
    second = MainWindow(session)
    qtbot.addWidget(second)
    second.show_for_tablet()
    assert second.isFullScreen()
    second.show_for_tablet(fullscreen=False)  # --fullscreen not given … the flag wins when set
    assert not second.isFullScreen()
    first.set_fullscreen(False)
    assert tablet_settings.get("window/fullscreen") is False


def test_the_command_offers_fullscreen():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "--fullscreen" in out
