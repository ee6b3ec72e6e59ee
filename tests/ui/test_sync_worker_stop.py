"""The background sync after ``stop()`` (ui/sync_worker.py): a round queued behind a running
one, a save announced late, a result delivered late — none may start a round or touch the
deleted worker (no exception in a slot, no warning). An enrolled tablet whose server is
unreachable (a real SQLite file, a closed loopback port) makes each round end quickly."""

from __future__ import annotations

import shiboken6

from cart_bedside.storage import sync_rows
from cart_bedside.ui.session import Session
from cart_bedside.ui.sync_worker import SyncWorker
from tests.sync.tablets import Tablet


def _enrolled(tmp_path, clock) -> Tablet:
    tablet = Tablet(tmp_path / "a.db", clock)
    sync_rows.enrol(
        tablet.repo.store,
        server_url="http://127.0.0.1:9",
        device_id="dev-x",
        role="tablet",
        ca_file=None,
        at=clock(),
    )
    return tablet


def test_a_queued_round_after_stop_touches_nothing(qtbot, qtlog, recwarn, capfd, tmp_path, clock):
    tablet = _enrolled(tmp_path, clock)
    session = Session(tablet.ward, lang="en")
    worker = SyncWorker(session, str(tablet.path))
    ended: list[object] = []
    worker.failed.connect(ended.append)
    assert worker.sync_now()
    assert not worker.sync_now()  # queued behind the running round
    worker.pool.waitForDone(30_000)  # the round ended; its result waits in the event loop
    worker._next()  # what the end of a round does: the queued round, on the next turn
    worker.stop()
    assert not worker.sync_now()  # stopped: nothing starts
    session.notify_saved("e1")  # a save after stop does not start a round either
    assert not worker.busy()
    shiboken6.delete(worker)  # the main window closed and took its worker with it
    qtbot.wait(200)  # the queued round, the late result and the save all come due here
    session.notify_saved("e1")
    qtbot.wait(50)
    assert ended == []  # the late result was dropped, not announced
    assert not [r for r in qtlog.records if "deleted" in r.message.lower()]
    assert [str(w.message) for w in recwarn] == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err, err
    tablet.close()


def test_a_stopped_worker_that_lives_on_drops_late_results(qtbot, tmp_path, clock):
    tablet = _enrolled(tmp_path, clock)
    session = Session(tablet.ward, lang="en")
    worker = SyncWorker(session, str(tablet.path))
    ended: list[object] = []
    worker.failed.connect(ended.append)
    worker.sync_now()
    worker.sync_now()
    worker.pool.waitForDone(30_000)
    worker._next()  # the queued round, due on the next turn of the event loop
    worker.stop()
    qtbot.wait(300)  # it comes due: nothing starts, the late result is not announced
    assert ended == [] and not worker.busy() and not worker.timer.isActive()
    with qtbot.waitSignal(worker.failed, timeout=30_000):
        worker.start()  # started again (after a sign-in): rounds run as before
    worker.stop()
    tablet.close()
