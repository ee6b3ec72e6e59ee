"""Through the real main window (issue 11 items 2, 4, 7): locking is a wall, a wrong PIN at
the signature counts towards the lockout, a save the disk refuses keeps the draft."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from cart_bedside.logic.messages import render
from cart_bedside.ui.shift_entry.state import FORM, REVIEW
from tests.demo_ward import PINS

from .test_shift_entry_support import Tapper, type_vitals

BED = "01"


@pytest.fixture
def window(nurse_window_zh):
    return nurse_window_zh


def entry_at_review(window, qtbot):
    """Bed 01's shift entry filled in up to the review, the PIN dialog open."""
    tapper = Tapper(qtbot)
    episode = next(e for _p, e in window.session.service.occupied() if e.bed == BED)
    window.board.patient_requested.emit(episode.episode_id)
    entry = window.patient.entry
    type_vitals(tapper, entry, ["37.9", "96", "112", "68", "18", "96"])
    tapper.tap(entry.next_button)
    tapper.tap(entry.oxygen.unchanged_button)
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.steps.button(REVIEW))
    assert entry.step() == REVIEW
    tapper.tap(entry.next_button)
    assert entry.pin_dialog() is not None and entry.pin_dialog().isVisible()
    return episode.episode_id, entry, tapper


def open_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.parametrize("how", ["button", "auto-lock"])
def test_lock_closes_every_dialog_shows_no_bar_and_keeps_the_form(window, qtbot, how):
    _ep, entry, _tapper = entry_at_review(window, qtbot)
    entry.neuro.open_handwriting()  # a second dialog, opened from the neuro page
    assert len(open_dialogs()) == 2
    if how == "button":
        window.lock_button.click()
    else:
        window.auto_lock.set_minutes(0.001)
        window.auto_lock.start()
        qtbot.waitUntil(lambda: window.session.user is None, timeout=3000)
    QApplication.processEvents()
    assert open_dialogs() == []
    assert window.stack.currentWidget() is window.sign_in
    assert not window.bar.isVisible() and not window.lock_button.isVisible()
    assert not window.handover_button.isVisible() and not window.admit_button.isVisible()
    assert not window.patient.isVisible() and not entry.isVisible()
    # The same nurse signs in: the form is there with what was typed.
    window.session.sign_in("nurse", PINS["nurse"])
    assert window.stack.currentWidget() is window.patient and window.bar.isVisible()
    assert entry.vitals.values()["temp_c"] == 37.9


def test_wrong_pins_at_the_signature_lock_the_account(window, qtbot, clock):
    ep, entry, tapper = entry_at_review(window, qtbot)
    service = window.session.service
    before = len(service.repo.queries.vitals(ep))
    for left in (4, 3, 2, 1):
        tapper.keys(entry.pin_dialog(), "0000")
        qtbot.waitUntil(lambda: not entry.pin_dialog().busy())
        assert f"再错 {left} 次" in entry.pin_dialog().error_text()
    tapper.keys(entry.pin_dialog(), "0000")  # the fifth: the tablet locks
    qtbot.waitUntil(lambda: window.session.user is None)
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.sign_in and open_dialogs() == []
    assert not window.bar.isVisible()
    assert "锁定" in window.sign_in.error_text()
    assert len(service.repo.queries.vitals(ep)) == before
    # The right PIN at sign-in is refused too while locked: one count for every prompt.
    window.sign_in.select_user("nurse")
    for key in PINS["nurse"]:
        window.sign_in.keypad().press(key)
    assert window.sign_in.sign_in() is None and "锁定" in window.sign_in.error_text()
    clock.t += timedelta(minutes=16)
    window.session.sign_in("nurse", PINS["nurse"])
    assert window.patient.entry is entry and entry.vitals.values()["temp_c"] == 37.9


def test_a_save_failing_with_disk_full_keeps_the_draft_and_says_so(window, qtbot):
    ep, entry, tapper = entry_at_review(window, qtbot)
    service = window.session.service
    assert entry.flush_draft()
    before = len(service.repo.queries.vitals(ep))
    # A real SQLite "database or disk is full": the file may not grow by one page (on the
    # connection the save opens on the worker thread).
    pages = service.repo.db.conn.execute("PRAGMA page_count").fetchone()[0]
    entry.signer.prepare_connection = lambda conn: conn.execute(f"PRAGMA max_page_count = {pages}")
    tapper.keys(entry.pin_dialog(), PINS["nurse"])
    qtbot.waitUntil(lambda: entry.pin_dialog() is None)  # no dialog left showing ●●●●
    text = entry.review.error.text()
    assert entry.review.error.isVisible()
    assert render("entry.error.save_full", "zh_CN") in text
    assert "信息科" in text and "草稿" in text
    assert entry.step() == REVIEW and entry.vitals.values()["temp_c"] == 37.9
    assert len(service.repo.queries.vitals(ep)) == before  # nothing half-written
    draft = service.load_draft(FORM, ep)
    assert draft is not None and draft["vitals"]["temp_c"] == 37.9
    # Space again (IT freed it): the same form saves.
    entry.signer.prepare_connection = None
    tapper.tap(entry.next_button)
    with qtbot.waitSignal(entry.saved):
        tapper.keys(entry.pin_dialog(), PINS["nurse"])
    assert len(service.repo.queries.vitals(ep)) == before + 1
    assert service.load_draft(FORM, ep) is None


def test_a_locked_database_does_not_freeze_the_ui_and_the_message_appears(window, qtbot, tmp_path):
    """Another connection (a backup, the lab import, another process) holds the write lock:
    the save waits on the worker thread while the UI keeps running, then says so."""
    import sqlite3
    import time

    from PySide6.QtCore import QTimer

    ep, entry, tapper = entry_at_review(window, qtbot)
    service = window.session.service
    assert entry.flush_draft()
    before = len(service.repo.queries.vitals(ep))
    holder = sqlite3.connect(service.db_file(), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a real write lock on the ward database
    entry.signer.prepare_connection = lambda conn: conn.execute("PRAGMA busy_timeout = 1500")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    try:
        start = time.perf_counter()
        timer.start()
        tapper.keys(entry.pin_dialog(), PINS["nurse"])
        pin = entry.pin_dialog()
        assert pin is not None and pin.busy() and "正在保存" in pin.keypad.prompt()
        assert not pin.keypad.isEnabled()
        qtbot.waitUntil(lambda: entry.pin_dialog() is None, timeout=10_000)
        timer.stop()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    waited = time.perf_counter() - start
    assert waited >= 1.4  # the save really waited for the lock …
    gaps = [b - a for a, b in zip([start, *ticks], ticks, strict=False)]
    assert len(ticks) > 50 and max(gaps) < 0.5  # … while the UI thread kept running
    assert entry.review.error.isVisible()
    assert render("entry.error.save_busy", "zh_CN") in entry.review.error.text()
    assert entry.step() == REVIEW and entry.vitals.values()["temp_c"] == 37.9
    assert len(service.repo.queries.vitals(ep)) == before
    assert service.load_draft(FORM, ep)["vitals"]["temp_c"] == 37.9
    # The lock is gone: the same form saves.
    entry.signer.prepare_connection = None
    tapper.tap(entry.next_button)
    with qtbot.waitSignal(entry.saved):
        tapper.keys(entry.pin_dialog(), PINS["nurse"])
    assert len(service.repo.queries.vitals(ep)) == before + 1


def test_a_failed_backup_shows_a_banner_is_audited_and_clears_when_one_works(
    window, qtbot, tmp_path
):
    import threading

    from cart_bedside.ui.app import ShiftBackups

    service = window.session.service
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the backup folder should be")  # a real failure
    backups = ShiftBackups(tmp_path / "ward.db", window.session)
    worker = threading.Thread(target=backups.run, args=("shift change",))
    worker.start()
    worker.join(timeout=60)
    qtbot.waitUntil(window.backup_banner.isVisible, timeout=5000)
    text = window.backup_banner.text()
    assert "备份失败" in text and "下次交接班" in text
    entry = service.repo.audit_log.audit_entries(action="backup", limit=1)[0]
    assert entry.details["ok"] is False and entry.details["error"]
    # Locked: nothing but the sign-in screen, no banner either.
    window.session.lock()
    assert not window.backup_banner.isVisible()
    window.session.sign_in("admin", PINS["admin"])
    assert window.backup_banner.isVisible()  # the administrator sees it too
    # The next shift change works: the banner goes, and that is audited too.
    blocker.unlink()
    worker = threading.Thread(target=backups.run, args=("shift change",))
    worker.start()
    worker.join(timeout=60)
    qtbot.waitUntil(lambda: not window.backup_banner.isVisible(), timeout=5000)
    assert service.repo.audit_log.audit_entries(action="backup", limit=1)[0].details["ok"] is True


def _assert_tablet_locked(window, username: str) -> None:
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.sign_in and open_dialogs() == []
    assert not window.bar.isVisible() and window.session.user is None
    assert "锁定" in window.sign_in.error_text()
    # The right PIN at sign-in is refused as well: one count for every PIN prompt.
    window.sign_in.select_user(username)
    for key in PINS[username]:
        window.sign_in.keypad().press(key)
    assert window.sign_in.sign_in() is None and "锁定" in window.sign_in.error_text()


def test_the_fifth_wrong_pin_at_the_cosign_locks_the_account_and_the_tablet(window, qtbot):
    tapper = Tapper(qtbot)
    window.session.lock()
    window.session.sign_in("doctor", PINS["doctor"])
    episode = next(e for _p, e in window.session.service.occupied() if e.bed == BED)
    window.board.patient_requested.emit(episode.episode_id)
    repo = window.session.service.repo
    before = len(repo.judgements.physician_grades(episode.episode_id))
    dialog = window.patient.show_tab("alerts").open_cosign()
    assert dialog.isVisible() and dialog.keypad.isEnabled()
    for left in (4, 3, 2, 1):
        tapper.keys(dialog.keypad, "0000")
        assert f"再错 {left} 次" in dialog.texts()["error"] and dialog.isVisible()
    tapper.keys(dialog.keypad, "0000")  # the fifth: account and tablet lock
    _assert_tablet_locked(window, "doctor")
    assert not dialog.isVisible()
    assert len(repo.judgements.physician_grades(episode.episode_id)) == before


def test_the_fifth_wrong_pin_when_recording_a_dose_locks_the_tablet(window, qtbot):
    from .test_toci_panel import start_dose

    tapper = Tapper(qtbot)
    episode = next(e for _p, e in window.session.service.occupied() if e.bed == BED)
    window.board.patient_requested.emit(episode.episode_id)
    tab = window.patient.show_tab("medications")
    dialog = start_dose(qtbot, tab, "dexamethasone", "10")
    assert dialog.on_page() == "sign"
    for _ in range(4):
        tapper.keys(dialog.sign.keypad, "0000")
        assert dialog.isVisible()
    tapper.keys(dialog.sign.keypad, "0000")
    _assert_tablet_locked(window, "nurse")
