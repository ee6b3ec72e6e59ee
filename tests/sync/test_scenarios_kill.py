"""The ward server SIGKILLed in the middle of a tablet's push, restarted: nothing lost,
nothing twice. A real server process (tests/server/live.py) on a real PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from cart_bedside.service.sync_http import ServerUnreachable, SyncTransport
from tests.server.conftest import drop_database, new_ward
from tests.server.live import LiveServer
from tests.storage.conftest import NOW, Clock, admit, vitals
from tests.sync.tablets import Tablet, server_rows
from tests.sync.test_scenarios import transport_of


class KillsTheServer(SyncTransport):
    """The real transport; while the second push page is on its way the server is killed."""

    def __init__(self, *args, server: LiveServer, **kwargs):
        super().__init__(*args, **kwargs)
        self.server, self.pages = server, 0
        self.killer = threading.Timer(0.03, server.kill)

    def post(self, path, body):
        if path == "/push":
            self.pages += 1
            if self.pages == 2:
                self.killer.start()
        return super().post(path, body)


def _counts(url: str) -> tuple[int, int]:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT count(*), count(DISTINCT (table_name, row_id)) FROM rows"
        ).fetchone()


@pytest.mark.slow
def test_the_server_killed_mid_push_restarted_loses_nothing(pg_cluster, tmp_path):
    url = new_ward(pg_cluster)
    server = LiveServer(url, tmp_path / "server.log").start()
    try:
        b = Tablet(tmp_path / "b.db", Clock())
        b.enroll(server, url)
        episode = admit(b.repo, bed="30")
        b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.1))
        b.sync()
        before = server_rows(url)
        a = Tablet(tmp_path / "a.db", Clock())
        for bed in ("31", "32", "33"):
            beds = admit(a.repo, bed=bed)
            for minutes in range(0, 300, 30):
                at = NOW - timedelta(minutes=minutes)
                a.repo.charting.save_shift_entry(
                    beds, "nurse", vitals=vitals(at, hr=int(bed) + minutes // 30)
                )
        a.enroll(server, url)
        queued = a.ward.sync_status().pending_rows
        cut = transport_of(a, KillsTheServer, server=server, timeout=10)
        with pytest.raises(ServerUnreachable):
            a.sync(transport=cut, page_rows=10)
        cut.killer.join()
        assert server.proc.poll() == -9  # it really died, by SIGKILL
        left = a.ward.sync_status().pending_rows
        assert 0 < left < queued  # cut in the middle: some pages acknowledged, not all
        server = LiveServer(url, tmp_path / "server.log", port=server.port).start()
        done = a.sync(page_rows=10)
        assert not done.refused and a.ward.sync_status().pending_rows == 0
        held = server_rows(url)
        assert set(a.clinical()) <= set(held)  # every row of A, once
        assert all(held[k] == v for k, v in before.items())  # B's untouched
        total, distinct = _counts(url)
        assert total == distinct
        for tablet in (a, b):
            tablet.close()
    finally:
        server.stop()
        drop_database(pg_cluster, url)
