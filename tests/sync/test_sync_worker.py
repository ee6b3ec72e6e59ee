"""The app's background sync (ui/sync_worker.py): off the UI thread on a connection of its
own, at once after a save, and the screens' cached episode views invalidated for the rows
that arrived — against a real server process and real SQLite files."""

from __future__ import annotations

import threading

from cart_bedside.ui.session import Session
from cart_bedside.ui.sync_worker import SyncWorker
from tests.storage.conftest import admit, vitals
from tests.sync.tablets import Tablet


def test_rows_from_another_tablet_reach_the_cached_view_and_a_save_syncs_at_once(
    qtbot, live_ward, tmp_path, clock
):
    server, url = live_ward
    a, b = Tablet(tmp_path / "a.db", clock), Tablet(tmp_path / "b.db", clock)
    a.enroll(server, url)
    b.enroll(server, url)
    episode = admit(b.repo, bed="21")
    b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=37.0))
    b.sync()
    a.sync()
    a.ward.user = a.repo.people.get_user("nurse")
    session = Session(a.ward, lang="en")
    worker = SyncWorker(session, str(a.path))
    assert len(a.ward.episode_view(episode).vitals) == 1  # cached on the UI side
    threads: list[str] = []
    b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.7))
    b.sync()
    saved: list[str] = []
    session.record_saved.connect(saved.append)
    ui_thread = threading.get_ident()
    worker.finished.connect(
        lambda _r: threads.append("ui" if threading.get_ident() == ui_thread else "x")
    )
    with qtbot.waitSignal(worker.finished, timeout=30_000) as got:
        assert worker.sync_now()
        assert worker.busy()  # the round runs on the worker's thread; the UI goes on
    report = got.args[0]
    assert report.pulled > 0 and episode in report.changed_episodes and threads == ["ui"]
    assert saved == [episode]
    temps = sorted(v.temp_c for v in a.ward.episode_view(episode).vitals)
    assert temps == [37.0, 38.7]  # the cache was invalidated for that episode
    # A save on this tablet is pushed at once (not at the next tick of the timer).
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=36.6))
    with qtbot.waitSignal(worker.finished, timeout=30_000) as pushed:
        session.notify_saved(episode)
    assert pushed.args[0].clinical_pushed >= 1
    assert a.ward.sync_status().pending_rows == 0
    worker.stop()
    a.close()
    b.close()


def test_a_failed_round_is_one_line_and_the_timer_uses_the_ward_setting(qtbot, tmp_path, clock):
    from cart_bedside.storage import sync_rows

    a = Tablet(tmp_path / "a.db", clock)
    sync_rows.enrol(
        a.repo.store,
        server_url="http://127.0.0.1:9",
        device_id="dev-x",
        role="tablet",
        ca_file=None,
        at=clock(),
    )
    a.repo.ward_settings.set_setting("sync_interval_s", 12, "system")
    session = Session(a.ward, lang="en")
    worker = SyncWorker(session, str(a.path))
    with qtbot.waitSignal(worker.failed, timeout=30_000) as failed:
        worker.start()
    assert worker.timer.interval() == 12_000 and worker.timer.isActive()
    line = failed.args[0]
    assert "\n" not in line and "device token" in line  # enrolled here, no token on this PC
    worker.stop()
    a.close()


def test_a_round_skipped_while_another_holds_the_file_is_no_error(qtbot, tmp_path, clock):
    from cart_bedside.service.sync import SyncBusy, sync_once
    from cart_bedside.storage import locks, sync_rows

    a = Tablet(tmp_path / "a.db", clock)
    sync_rows.enrol(
        a.repo.store,
        server_url="http://127.0.0.1:9",
        device_id="dev-x",
        role="tablet",
        ca_file=None,
        at=clock(),
    )
    session = Session(a.ward, lang="en")
    worker = SyncWorker(session, str(a.path))
    lines: list[str] = []
    reports: list[object] = []
    worker.failed.connect(lines.append)
    worker.finished.connect(reports.append)
    with locks.sync_round(a.path, 0) as mine:  # another round (a `cart-bedside sync`) runs
        assert mine
        try:  # what the worker's round meets: SyncBusy after the wait
            sync_once(a.ward, wait_s=0)
            raise AssertionError("a second round ran while the first held the file")
        except SyncBusy:
            pass
        assert worker.sync_now()
        qtbot.waitUntil(lambda: not worker.busy(), timeout=30_000)
    assert lines == [] and reports == []  # skipped quietly: no error line, no report
    assert a.ward.sync_status().last_error is None  # the status is the other round's
    with qtbot.waitSignal(worker.failed, timeout=30_000) as failed:  # the lock is free:
        assert worker.sync_now()  # a real round, which fails here (no token on this PC)
    assert "device token" in failed.args[0]
    worker.stop()
    a.close()
