"""Rows a server restore lost are sent again by the tablets that hold them (issue 14).

A real server on a real PostgreSQL database; its database is copied (``CREATE DATABASE
… TEMPLATE``) after tablet A's first rows, then both tablets write and sync on. The ward
database is replaced by the copy (the nightly backup) and the server restarted: it lacks
B's admission (held only by A and B) and A's later reading. A syncs: it finds the server
behind it and sends every row it holds again (its own and B's); the server holds every
row again. B then finds the same and converges; no duplicates; ``verify`` passes on both.
"""

from __future__ import annotations

from datetime import timedelta

import psycopg

from cart_bedside.service.sync_status import sync_status_of
from cart_bedside.storage import sync_audit, sync_state
from cart_bedside.storage.verify import verify_database
from tests.server.conftest import drop_database, new_ward
from tests.server.live import LiveServer
from tests.storage.conftest import NOW, admit, vitals
from tests.sync.tablets import Tablet, server_rows
from tests.sync.test_server_restored import _copy


def _clinical_on_server(url: str) -> dict[tuple[str, str], str]:
    return {k: h for k, h in server_rows(url).items() if k[0] != "audit_log"}


def _audit_ids(tablet: Tablet) -> set[tuple[str, str]]:
    meta = sync_state.read(tablet.repo.store)
    chain_of = sync_audit.chain_of(meta)
    seqs = [r["seq"] for r in tablet.repo.store.rows("SELECT seq FROM audit_log")]
    return {("audit_log", sync_audit.wire_id(chain_of(s), s)) for s in seqs}


def _restored_entries(tablet: Tablet) -> list[dict]:
    found = tablet.repo.store.rows(
        "SELECT * FROM audit_log WHERE action = 'sync_server_restored' ORDER BY seq"
    )
    return [dict(r) for r in found]


def test_rows_lost_by_a_server_restore_are_sent_again(pg_cluster, tmp_path, clock):
    url = new_ward(pg_cluster)
    name = url.rsplit("/", 1)[1]
    log = tmp_path / "server.log"
    server = LiveServer(url, log).start()
    a, b = Tablet(tmp_path / "a.db", clock), Tablet(tmp_path / "b.db", clock)
    backup = None
    try:
        a.enroll(server, url)
        b.enroll(server, url)
        first = admit(a.repo, bed="03")
        a.repo.charting.save_record(first, vitals(), "nurse")
        a.sync()
        server.stop()  # the nightly backup: A's first admission only
        backup = _copy(pg_cluster, url, f"{name}_backup")
        server = LiveServer(url, log, port=server.port).start()
        second = admit(b.repo, bed="04")
        b.repo.charting.save_record(second, vitals(NOW + timedelta(hours=1), hr=131), "nurse")
        for tablet in (b, a, b):
            tablet.sync()
        a.repo.charting.save_record(first, vitals(NOW + timedelta(hours=2), hr=99), "nurse")
        a.sync()
        b.sync()
        before = _clinical_on_server(url)
        assert set(before) == set(a.clinical()) == set(b.clinical())

        server.stop()  # the server's disk is lost; IT restores last night's backup
        _copy(pg_cluster, backup, name)
        server = LiveServer(url, log, port=server.port).start()
        lost = set(before) - set(_clinical_on_server(url))
        assert ("episodes", second) in lost  # B's admission: only A and B hold it now

        got = a.sync()
        assert got.server_restored == len(a.clinical())  # every row A holds, sent again
        assert got.clinical_pushed == len(lost) and not got.refused
        assert _clinical_on_server(url) == before  # every row again, same content
        assert _audit_ids(a) <= set(server_rows(url))  # A's whole audit chain again
        [entry] = _restored_entries(a)
        assert entry["actor"] == "system"
        line = sync_status_of(a.repo.store, "en").server_restored
        assert line and line.startswith(
            f"ward server was restored from an older backup: {got.server_restored} rows sent again"
        )

        again = b.sync()
        assert again.server_restored == len(b.clinical())
        assert again.clinical_pushed == 0 and not again.refused  # A had sent them all
        assert _audit_ids(b) <= set(server_rows(url))
        for tablet in (a, b, a, b):
            report = tablet.sync()
            assert report.server_restored is None and not report.refused
        assert a.clinical() == b.clinical()
        assert set(_clinical_on_server(url)) == set(a.clinical())
        assert [v.hr for v in a.repo.queries.vitals(second)] == [131]
        assert len(b.repo.queries.vitals(first)) == 2  # no duplicates
        assert len(_restored_entries(a)) == len(_restored_entries(b)) == 1
        for tablet in (a, b):
            report = verify_database(tablet.repo.db)
            assert report.ok, report.findings
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM audit_breaks").fetchone()[0] == 0
    finally:
        server.stop()
        a.close()
        b.close()
        drop_database(pg_cluster, url)
        if backup:
            drop_database(pg_cluster, backup)
