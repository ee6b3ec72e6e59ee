"""A restore that cannot hurt: refused restores leave the live file byte for byte as it was."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cart_bedside.storage import (
    BackupError,
    DatabaseInUseError,
    Repository,
    SchemaTooNewError,
    backup_to,
    open_database,
    restore,
)
from cart_bedside.storage.migrations import LATEST_VERSION

from .conftest import vitals

HOLDER = r"""
import sys, time
from cart_bedside.storage import open_database
db = open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
db.conn.close()
"""
ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _refused(path: Path, backup: Path, error: type[Exception]) -> Exception:
    before, names = path.read_bytes(), _files(path.parent)
    with pytest.raises(error) as caught:
        restore(path, backup, actor="admin")
    assert path.read_bytes() == before  # not one byte changed
    assert _files(path.parent) == names  # no copy left behind, nothing moved aside
    return caught.value


def test_a_newer_schema_is_refused_before_anything_is_touched(db_path, tmp_path):
    path, _ = db_path
    backup = backup_to(path, tmp_path / "b.db").path
    conn = sqlite3.connect(backup)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    err = _refused(path, backup, SchemaTooNewError)
    assert "update the app" in str(err)


def test_a_file_with_only_an_audit_log_is_not_a_ward_database(db_path, tmp_path):
    path, _ = db_path
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, hash TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    err = _refused(path, foreign, BackupError)
    assert "not a cart-bedside database" in str(err) and "patients" in str(err)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    _refused(path, empty, BackupError)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    _refused(path, garbage, BackupError)


def test_restore_is_refused_while_another_process_has_the_database_open(db_path, tmp_path):
    path, _ = db_path
    backup = backup_to(path, tmp_path / "b.db").path
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        err = _refused(path, backup, DatabaseInUseError)
        assert f"pid {child.pid}" in str(err)
        # The command line says the same in one line, exit 1 (the environment, not the input).
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "cart_bedside",
                "--lang",
                "en",
                "restore",
                "--db",
                str(path),
                str(backup),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert run.returncode == 1 and run.stdout == ""
        assert run.stderr.count("\n") == 1 and f"pid {child.pid}" in run.stderr
    finally:
        child.communicate("\n", timeout=30)
    restored = restore(path, backup, actor="admin")  # closed: now it goes through
    assert restored.aside is not None


def test_the_app_can_restore_with_its_own_connection_closed_at_the_swap(db_path, tmp_path, clock):
    path, episode = db_path
    backup = backup_to(path, tmp_path / "b.db").path
    db = open_database(path)
    Repository(db, clock=clock).charting.save_record(episode, vitals(temp_c=39.6), "nurse")
    closed = []
    result = restore(
        path, backup, actor="admin", before_swap=lambda: (db.conn.close(), closed.append(True))
    )
    assert closed == [True]
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM vital_signs").fetchone()[0] == 1
    db.conn.close()
    kept = sqlite3.connect(result.aside)
    assert kept.execute("SELECT count(*) FROM vital_signs").fetchone()[0] == 2
    kept.close()
    assert (
        not Path(str(result.aside) + "-wal").exists()
        or Path(str(result.aside) + "-wal").stat().st_size == 0
    )


def test_the_restored_database_and_the_copy_kept_aside_are_private(db_path, tmp_path):
    path, _ = db_path
    backup = backup_to(path, tmp_path / "b.db").path
    result = restore(path, backup, actor="admin")
    assert path.stat().st_mode & 0o777 == 0o600
    assert result.aside is not None
