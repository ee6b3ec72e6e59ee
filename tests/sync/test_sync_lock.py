"""One sync round a database at a time (issue 14 tail 2): ``cart-bedside sync`` in a terminal
while another round runs on the same file waits briefly, then says "sync already running"
(exit 1, the README's "locked"). Two real processes against a real server, which is
stopped (SIGSTOP) so the first round hangs in the middle of talking to it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

from cart_bedside.service.sync import SyncBusy, sync_once
from cart_bedside.storage import locks, sync_state
from tests.storage.conftest import admit, vitals
from tests.sync.tablets import Tablet
from tests.sync.test_sync_cli import ROOT, cli


def _holds(path) -> bool:
    """Does some round hold the database's sync lock (tried from here, released at once)?"""
    with locks.sync_round(path, wait_s=0) as mine:
        return not mine


def test_a_second_round_on_one_file_says_sync_already_running(fresh_ward, tmp_path, clock):
    server, url = fresh_ward
    tablet = Tablet(tmp_path / "tablet.db", clock)
    tablet.enroll(server, url)
    episode = admit(tablet.repo, bed="09")
    tablet.repo.charting.save_record(episode, vitals(), "nurse")
    tablet.close()
    path = str(tablet.path)
    os.kill(server.proc.pid, signal.SIGSTOP)  # accepts connections, answers nothing
    first = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cart_bedside",
            "sync",
            "--db",
            path,
            "--timeout",
            "60",
            "--lang",
            "en",
        ],
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _holds(path):  # the first round is under way (and stuck on the server)
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
            time.sleep(0.05)
        t0 = time.monotonic()
        second = cli("sync", "--db", path, "--lang", "en")
        waited = time.monotonic() - t0
        assert second.returncode == 1, second.stderr
        assert second.stderr.startswith("error: sync already running"), second.stderr
        assert second.stdout == "" and waited >= locks.SYNC_WAIT_S
    finally:
        os.kill(server.proc.pid, signal.SIGCONT)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert out.startswith("pushed ")
    assert not _holds(path)  # the lock went with the round
    third = cli("sync", "--db", path, "--lang", "en")
    assert third.returncode == 0, third.stderr
    tablet.reopen()
    try:  # "already running" is not the device's error: the status keeps the last round's
        assert sync_state.read(tablet.repo.store).get("last_error") in (None, "")
    finally:
        tablet.close()


def test_the_app_waits_for_a_round_that_ends_within_the_wait(fresh_ward, tmp_path, clock):
    """In one process too (the app's worker thread and a "sync now"): the lock is an
    ``flock`` of its own descriptor, so two threads exclude each other; a round that ends
    within the wait lets the next one run."""
    server, url = fresh_ward
    tablet = Tablet(tmp_path / "tablet.db", clock)
    try:
        tablet.enroll(server, url)
        held = threading.Event()
        release = threading.Event()

        def hold() -> None:
            with locks.sync_round(tablet.path, wait_s=0) as mine:
                assert mine
                held.set()
                release.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        held.wait(10)
        try:
            t0 = time.monotonic()
            try:
                sync_once(tablet.ward, wait_s=0.3)
                raise AssertionError("a second round ran while the first held the lock")
            except SyncBusy as busy:
                assert busy.message.code == "sync.error.busy"
            assert time.monotonic() - t0 >= 0.3
            threading.Timer(0.3, release.set).start()
            report = sync_once(tablet.ward, wait_s=5)  # waits for the holder, then runs
            assert report.pushed > 0 and report.seeded_directory
        finally:
            release.set()
            holder.join(10)
    finally:
        tablet.close()
