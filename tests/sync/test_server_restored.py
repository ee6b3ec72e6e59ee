"""The ward server restored from an older backup (issue 14 tail 3): its cursor goes back.

A real server on a real PostgreSQL database is copied (``CREATE DATABASE … TEMPLATE``,
PostgreSQL's own file-level copy) right after the tablets enrolled, before any row; later
the ward database is replaced by that copy and the server restarted. Its watermark is 0
again, and the rows written afterwards get numbers the tablets already passed. A tablet
must take the server's lower cursor (0 included: it is not "no cursor") and pull again,
and send again every row it holds (the restored server lacks them:
``test_server_restored_resend.py`` covers the whole ward).
"""

from __future__ import annotations

import time
from datetime import timedelta

from cart_bedside.storage import sync_state
from tests.server.conftest import drop_database, new_ward
from tests.server.live import LiveServer
from tests.storage.conftest import NOW, admit, vitals
from tests.sync.tablets import Tablet


def _copy(cluster, source_url: str, name: str) -> str:
    """``CREATE DATABASE name TEMPLATE source`` (no one may be connected to the source)."""
    import psycopg

    source = source_url.rsplit("/", 1)[1]
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for attempt in range(20):  # an autovacuum worker may visit the source for a moment
            try:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
                break
            except psycopg.errors.ObjectInUse:
                if attempt == 19:
                    raise
                time.sleep(0.25)
    return cluster.url(name)


def _cursor(tablet: Tablet) -> int:
    return int(sync_state.read(tablet.repo.store).get("pull_cursor") or 0)


def test_a_tablet_follows_a_server_restored_from_an_older_backup(pg_cluster, tmp_path, clock):
    url = new_ward(pg_cluster)
    name = url.rsplit("/", 1)[1]
    server = LiveServer(url, tmp_path / "server.log").start()
    a, b = Tablet(tmp_path / "a.db", clock), Tablet(tmp_path / "b.db", clock)
    backup = None
    try:
        a.enroll(server, url)
        b.enroll(server, url)
        server.stop()
        backup = _copy(pg_cluster, url, f"{name}_backup")  # the nightly backup: no rows yet
        server = LiveServer(url, tmp_path / "server.log", port=server.port).start()
        episode = admit(a.repo, bed="03")
        a.repo.charting.save_record(episode, vitals(), "nurse")
        a.sync()
        b.sync()
        assert _cursor(b) > 0 and len(b.repo.queries.vitals(episode)) == 1

        server.stop()  # the server's disk is lost; IT restores last night's backup
        _copy(pg_cluster, backup, name)
        server = LiveServer(url, tmp_path / "server.log", port=server.port).start()
        # B as a tablet from before anchors were remembered: only the cursor tells it
        sync_state.save(b.repo.store, {"anchored": None, "anchored_chain": None})
        found = b.sync()
        assert _cursor(b) == 0  # the restored server's watermark, taken as it is
        assert found.server_restored == 3  # and every row B holds sent again
        assert found.clinical_pushed == 3  # patient, admission, reading: the backup lacked them
        # A new admission on A: the restored server numbers its rows from 4 again, at or
        # below the cursor B had (A sends its own three again too: duplicates)
        second = admit(a.repo, bed="04")
        a.repo.charting.save_record(second, vitals(NOW + timedelta(hours=1), hr=131), "nurse")
        sent = a.sync()
        assert sent.server_restored == 6 and sent.server_duplicates == 3
        got = b.sync()
        assert got.pulled >= 3  # patient, admission, reading
        assert [v.hr for v in b.repo.queries.vitals(second)] == [131]
        again = b.sync()
        assert again.pulled == 0 and not again.refused  # a held row is a no-op
    finally:
        server.stop()
        a.close()
        b.close()
        drop_database(pg_cluster, url)
        if backup:
            drop_database(pg_cluster, backup)
