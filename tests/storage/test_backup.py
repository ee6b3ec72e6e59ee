"""Online backups are verified and rotated; restore keeps the replaced file; corruption is named."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from cart_bedside.storage import (
    BackupError,
    DatabaseCorruptError,
    Repository,
    backup_now,
    backup_to,
    latest_backup,
    list_backups,
    open_database,
    restore,
    verify_backup,
)

from .conftest import vitals


def _vital_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM vital_signs").fetchone()[0]
    finally:
        conn.close()


def test_backup_restore_round_trip_keeps_the_old_database_aside(db_path, tmp_path, clock):
    path, episode = db_path
    result = backup_to(path, tmp_path / "out" / "shift.db", actor="nurse")
    assert result.counts["vital_signs"] == 1
    assert verify_backup(result.path) == result.counts

    db = open_database(path)  # more charting after the backup
    Repository(db, clock=clock).charting.save_record(episode, vitals(temp_c=39.0), "nurse")
    db.conn.close()
    assert _vital_count(path) == 2
    before = sorted(p.name for p in path.parent.iterdir())

    restored = restore(path, result.path, actor="admin", reason="test")
    assert _vital_count(path) == 1
    assert restored.aside is not None and restored.aside.exists()
    assert restored.aside.name.startswith("ward.replaced-")
    assert _vital_count(restored.aside) == 2  # nothing is deleted
    assert len(list(path.parent.iterdir())) >= len(before)
    db = open_database(path)
    repo = Repository(db)
    assert repo.audit_log.audit_entries(action="restore")[0].details["aside"] == str(restored.aside)
    assert repo.audit_log.verify_audit_chain().ok
    db.conn.close()
    aside = open_database(restored.aside)  # the backup was logged in the database it copied
    assert Repository(aside).audit_log.audit_entries(action="backup")[0].actor == "nurse"
    aside.conn.close()


def test_backup_never_overwrites_and_restore_refuses_junk(db_path, tmp_path):
    path, _ = db_path
    out = backup_to(path, tmp_path / "b.db").path
    with pytest.raises(BackupError):
        backup_to(path, out)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 1000)
    with pytest.raises(BackupError):
        restore(path, junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(BackupError):
        restore(path, other)
    assert _vital_count(path) == 1


def test_rotation_keeps_the_newest_fourteen(db_path, tmp_path):
    path, _ = db_path
    folder = tmp_path / "backups"
    made = [backup_now(path, folder, keep=14).path for _ in range(16)]  # by count, on request
    kept = list_backups(folder, path)
    assert len(kept) == 14
    assert kept == made[::-1][:14]
    assert latest_backup(folder, path) == made[-1]
    assert backup_now(path, folder, keep=3).removed
    assert len(list_backups(folder, path)) == 3
    assert sorted(p.suffix for p in folder.iterdir()) == [".db"] * 3  # no -wal, -shm, .partial


def test_damaged_database_names_the_latest_backup(db_path, tmp_path):
    path, episode = db_path
    db = open_database(path)
    repo = Repository(db)
    for _ in range(60):  # make the file span many pages
        repo.charting.save_record(episode, vitals(), "nurse")
    db.conn.close()
    folder = path.parent / "backups"
    good = backup_now(path, folder).path

    broken = tmp_path / "copy" / "ward.db"
    broken.parent.mkdir()
    shutil.copy(path, broken)
    size = broken.stat().st_size
    with open(broken, "r+b") as f:  # garbage over whole pages in the middle of the file
        f.seek((size // 2) // 4096 * 4096)
        f.write(os.urandom(4096 * 6))
    with pytest.raises(DatabaseCorruptError) as err:
        open_database(broken, backup_dir=folder)
    assert err.value.latest_backup == good
    assert str(good) in str(err.value)
    assert "cart-bedside restore" in str(err.value)
    assert str(good) in err.value.render("zh_CN")


def test_damaged_database_without_backup_says_so(tmp_path):
    broken = tmp_path / "ward.db"
    broken.write_bytes(b"\x00" * 100 + os.urandom(8192))
    with pytest.raises(DatabaseCorruptError) as err:
        open_database(broken)
    assert err.value.latest_backup is None
    assert "no backup" in str(err.value)
