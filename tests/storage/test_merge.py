"""Schema 7, ready to merge (issue 14 item 1): tablets' rows meet on real SQLite files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.server.protocol import device_local_tables
from cart_bedside.storage import Repository, StorageError, open_database
from cart_bedside.storage.backup import table_counts
from cart_bedside.storage.merge_schema import DEVICE_LOCAL_TABLES
from cart_bedside.storage.migrations import migrate, schema_version
from cart_bedside.storage.receive import receive_rows
from cart_bedside.storage.schema import CLINICAL_TABLES
from cart_bedside.storage.verify import verify_database

from .conftest import NOW, Clock, add_staff, admit, other_tablets_row, vitals


def _tablet(tmp_path, name: str, clock: Clock) -> Repository:
    repo = Repository(open_database(tmp_path / f"{name}.db"), clock=clock, device_id=name)
    add_staff(repo)
    return repo


def _rows(repo: Repository, since: int = 0) -> list[tuple[str, dict]]:
    """Every clinical row of a tablet (what a sync would push), oldest first."""
    out = []
    for table in CLINICAL_TABLES:
        out += [
            (table, dict(r))
            for r in repo.store.rows(
                f"SELECT * FROM {table} WHERE rowid > ? ORDER BY rowid", (since,)
            )
        ]
    return out


def _current(repo: Repository, table: str) -> set[str]:
    return {r["id"] for r in repo.store.rows(f"SELECT id FROM current_{table}")}


def _open(repo: Repository) -> set[str]:
    return {r["episode_id"] for r in repo.store.rows("SELECT episode_id FROM open_episodes")}


@pytest.fixture
def tablets(tmp_path, clock):
    a, b = _tablet(tmp_path, "tablet-a", clock), _tablet(tmp_path, "tablet-b", clock)
    yield a, b
    a.close()
    b.close()


def test_receiving_rows_held_already_is_a_no_op(tablets):
    a, b = tablets
    episode = admit(a)
    a.charting.save_shift_entry(episode, "nurse", vitals=vitals())
    first = receive_rows(b.store, _rows(a))
    assert len(first.stored) == len(_rows(a)) and not first.duplicates and not first.conflicts
    counts = table_counts(b.conn)
    again = receive_rows(b.store, list(reversed(_rows(a))))  # resent, in another order
    assert again.stored == [] and len(again.duplicates) == len(first.stored)
    assert table_counts(b.conn) == counts
    assert b.queries.vitals(episode)[0].temp_c == 38.4
    report = verify_database(b.db)
    assert report.ok, report.findings
    assert all(b.audit_log.verify_record(rid) for _, rid in first.stored)


def test_the_same_id_with_other_content_is_refused_and_reported(tablets):
    a, b = tablets
    episode = admit(a)
    saved = a.charting.save_record(episode, vitals(), "nurse").ids["vitals"]
    receive_rows(b.store, _rows(a))
    tampered = dict(a.store.one("SELECT * FROM vital_signs WHERE id = ?", (saved,)))
    tampered["temp_c"] = 36.0
    extra = a.charting.save_record(episode, vitals(NOW - timedelta(hours=1)), "nurse")
    new_row = dict(a.store.one("SELECT * FROM vital_signs WHERE id = ?", (extra.ids["vitals"],)))
    report = receive_rows(b.store, [("vital_signs", tampered), ("vital_signs", new_row)])
    assert [(c.table, c.id) for c in report.conflicts] == [("vital_signs", saved)]
    assert report.conflicts[0].held_sha256 != report.conflicts[0].received_sha256
    assert report.stored == [("vital_signs", new_row["id"])]  # the rest of the page is kept
    assert b.charting.get_record(saved).temp_c == 38.4  # a held row is never overwritten


@pytest.mark.parametrize("table", ["drafts", "users", "ward_settings", "local_meta", "nowhere"])
def test_device_local_and_unknown_tables_are_never_received(tablets, table):
    _, b = tablets
    before = table_counts(b.conn)
    with pytest.raises(StorageError, match=table):
        receive_rows(b.store, [("vital_signs", {"id": "x"}), (table, {"id": "y"})])
    assert table_counts(b.conn) == before


def test_every_tablet_table_is_synced_or_device_local_and_the_server_agrees(tablets):
    a, _ = tablets
    tables = set(a.db.table_names())
    assert tables == set(CLINICAL_TABLES) | {"audit_log"} | DEVICE_LOCAL_TABLES
    assert device_local_tables() == DEVICE_LOCAL_TABLES


def test_two_offline_corrections_conflict_until_a_physician_resolves_them(tablets):
    a, b = tablets
    episode = admit(a)
    original = a.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    receive_rows(b.store, _rows(a))
    mark_a, mark_b = len(_rows(a)), len(_rows(b))
    mine = a.charting.amend(original, vitals(hr=95), "nurse", "re-counted").ids["vitals"]
    theirs = b.charting.amend(original, vitals(hr=99), "nurse", "other count").ids["vitals"]
    new_a, new_b = _rows(a)[mark_a:], _rows(b)[mark_b:]
    receive_rows(a.store, new_b)
    receive_rows(b.store, new_a)
    for tablet in (a, b):
        (conflict,) = tablet.corrections.conflicts(episode)
        assert conflict.root_id == original and set(conflict.current_ids) == {mine, theirs}
        assert {v.hr for v in tablet.queries.vitals(episode)} == {95, 99}  # both shown
    with pytest.raises(StorageError):
        a.charting.amend(original, vitals(hr=97), "nurse", "again")  # superseded here
    mark = len(_rows(a))
    resolved = a.corrections.resolve([mine, theirs], vitals(hr=97), "doctor", "counted again")
    receive_rows(b.store, _rows(a)[mark:])
    for tablet in (a, b):
        assert tablet.corrections.conflicts() == []
        assert [v.hr for v in tablet.queries.vitals(episode)] == [97]
        assert _current(tablet, "vital_signs") == {resolved.ids["vitals"]}
        assert verify_database(tablet.db).ok


def test_resolving_needs_versions_that_really_conflict(tablets):
    a, _ = tablets
    episode = admit(a)
    one = a.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    two = a.charting.save_record(episode, vitals(NOW - timedelta(hours=1)), "nurse").ids["vitals"]
    with pytest.raises(StorageError):
        a.corrections.resolve([one, two], vitals(hr=97), "doctor", "not one record")
    with pytest.raises(StorageError):
        a.corrections.resolve([one], vitals(hr=97), "doctor", "one version")


def test_the_open_beds_follow_the_graph_not_the_arrival_order(tmp_path, clock):
    a, b = _tablet(tmp_path, "a", clock), _tablet(tmp_path, "b", clock)
    episode = admit(a)
    base = _rows(a)
    receive_rows(b.store, base)
    a.patients.discharge(episode, "nurse")
    discharge = _rows(a)[len(base) :]
    corrected = b.patients.get_patient(episode)
    b.patients.update_patient(episode, replace(corrected, bed="05"), "nurse", "moved")
    move = _rows(b)[len(base) :]
    c, d = _tablet(tmp_path, "c", clock), _tablet(tmp_path, "d", clock)
    for tablet, batches in ((c, (base, discharge, move)), (d, (base, move, discharge))):
        for batch in batches:
            receive_rows(tablet.store, batch)
    assert _current(c, "episodes") == _current(d, "episodes")
    assert _open(c) == _open(d)
    assert len(c.corrections.conflicts()) == 0  # episodes are not charted records
    for tablet in (a, b, c, d):
        tablet.close()


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from cart_bedside.storage import migrations
    from cart_bedside.storage.opening import open_database

    at = next(i for i, m in enumerate(migrations.MIGRATIONS) if m.version == 7)
    last = migrations.MIGRATIONS[at]
    statements = last.statements

    def then_die():
        return statements()  # every statement runs inside the migration's transaction, then

    def backfill(conn, now, device):
        os.kill(os.getpid(), signal.SIGKILL)

    migrations.MIGRATIONS = (
        *migrations.MIGRATIONS[:at],
        migrations.Migration(last.version, last.name, then_die, backfill),
        *migrations.MIGRATIONS[at + 1 :],
    )
    db = open_database(sys.argv[1], migrate=False)
    db.conn.execute("PRAGMA cache_size = 1")  # dirty pages spill into the WAL before commit
    migrations.migrate(db)
    """
)


def test_a_migration_killed_half_way_leaves_the_old_file_whole(tmp_path, clock):
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False)
    migrate(db, target=6)
    repo = Repository(db, clock=clock, upgrade=False)
    add_staff(repo)
    episode = admit(repo)
    repo.charting.save_shift_entry(episode, "nurse", vitals=vitals())
    before = table_counts(db.conn)
    db.conn.close()
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    db = open_database(path, migrate=False)
    assert schema_version(db) == 6
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert table_counts(db.conn) == before  # nothing of version 7 is there, nothing lost
    assert "resolutions" not in db.table_names()
    assert migrate(db, target=7) == [7]
    assert "resolutions" in db.table_names()
    assert verify_database(db).ok
    db.conn.close()


def test_three_corrections_stay_in_conflict_until_all_are_resolved(repo, episode):
    original = repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    mine = repo.charting.amend(original, vitals(hr=95), "nurse", "re-counted").ids["vitals"]
    others = [
        other_tablets_row(repo, "vital_signs", mine, supersedes=original, hr=hr, amend_reason="b")
        for hr in (99, 101)
    ]
    receive_rows(repo.store, [("vital_signs", r) for r in others])
    (conflict,) = repo.corrections.conflicts(episode)
    assert len(conflict.current_ids) == 3 and conflict.root_id == original
    assert repo.corrections.conflicts() == [conflict]
    partial = repo.corrections.resolve([mine, others[0]["id"]], vitals(hr=97), "doctor", "two")
    (still,) = repo.corrections.conflicts(episode)
    assert set(still.current_ids) == {partial.ids["vitals"], others[1]["id"]}
    repo.corrections.resolve(list(still.current_ids), vitals(hr=98), "doctor", "all")
    assert repo.corrections.conflicts(episode) == []
    assert [v.hr for v in repo.queries.vitals(episode)] == [98]
