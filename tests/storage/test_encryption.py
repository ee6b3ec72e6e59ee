"""Encrypted at rest (SQLCipher): no patient name in the raw bytes, private files, migration."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cart_bedside.storage import (
    Repository,
    backup_now,
    cipher,
    keys,
    open_database,
    restore,
)
from cart_bedside.storage.checks import verify_file
from cart_bedside.storage.demo import write_demo_db
from cart_bedside.storage.demo_patients import DEMO_PATIENTS

from .conftest import NOW, add_staff, admit, fluids, neuro, vitals

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher not installed")


@pytest.fixture
def encrypting(monkeypatch):
    monkeypatch.setenv(cipher.ENV, "1")


def _names_in(data: bytes) -> list[str]:
    found = [p.name for p in DEMO_PATIENTS if p.name.encode() in data]
    return found + (["DEMO MRN"] if b"DEMO" in data else [])


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_encrypted_demo_ward_and_its_backup_show_no_patient_name(encrypting, tmp_path):
    plain = tmp_path / "plain" / "ward.db"
    plain.parent.mkdir()
    os.environ[cipher.ENV] = "0"
    write_demo_db(plain)
    os.environ[cipher.ENV] = "1"
    assert _names_in(plain.read_bytes())  # the scan itself finds names in a plain file

    path = tmp_path / "ward" / "ward.db"
    write_demo_db(path)
    assert cipher.is_encrypted(path)
    assert _names_in(path.read_bytes()) == []
    with pytest.raises(sqlite3.DatabaseError):  # without the key it is not even a database
        sqlite3.connect(path).execute("SELECT count(*) FROM patients").fetchone()
    backup = backup_now(path, tmp_path / "ward" / "backups").path
    assert cipher.is_encrypted(backup) and _names_in(backup.read_bytes()) == []
    db = open_database(path)
    assert len(Repository(db).queries.ward_board()) == 12  # with the key it is the ward
    db.conn.close()


def test_every_file_and_folder_written_is_private(encrypting, tmp_path):
    path = tmp_path / "data" / "ward.db"
    db = open_database(path)
    repo = Repository(db)
    add_staff(repo)
    admit(repo)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    wal = Path(str(path) + "-wal")
    assert wal.exists() and _mode(wal) == 0o600
    assert _names_in(wal.read_bytes()) == [] and "测试患者".encode() not in wal.read_bytes()
    db.conn.close()
    result = backup_now(path, path.parent / "backups")
    assert _mode(result.path) == 0o600 and _mode(result.path.parent) == 0o700
    restored = restore(path, result.path, actor="admin")
    assert _mode(path) == 0o600 and restored.aside is not None and _mode(restored.aside) == 0o600
    folder = keys.key_dir()
    assert _mode(folder) == 0o700
    for key_file in (folder / cipher.KEY_FILE, folder / keys.AUDIT_KEY_FILE):
        assert _mode(key_file) == 0o600


def test_charting_on_an_encrypted_database_works_end_to_end(encrypting, tmp_path, clock):
    path = tmp_path / "ward.db"
    db = open_database(path)
    repo = Repository(db, clock=clock)
    add_staff(repo)
    episode = admit(repo)
    saved = repo.charting.save_shift_entry(
        episode,
        "nurse",
        vitals=vitals(),
        neuro=neuro(),
        fluids=fluids(),
        signature_meaning="author",
    )
    repo.charting.amend(saved.ids["vitals"], vitals(temp_c=38.9), "nurse", "typo")
    assert repo.queries.ward_board()[0].patient.id == episode
    assert (
        len(repo.queries.timeline(episode, NOW.replace(hour=0), NOW.replace(hour=23)).vitals) == 1
    )
    db.conn.close()
    assert verify_file(path).ok
    run = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--lang", "en", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert run.returncode == 0 and run.stdout.startswith("clean: ")


def test_an_existing_plain_database_is_migrated_to_encrypted_in_place(tmp_path, monkeypatch, clock):
    path = tmp_path / "ward.db"
    monkeypatch.setenv(cipher.ENV, "0")
    db = open_database(path)
    repo = Repository(db, clock=clock)
    add_staff(repo)
    episode = admit(repo)
    repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), fluids=fluids())
    db.conn.close()
    assert not cipher.is_encrypted(path) and "测试患者".encode() in path.read_bytes()

    monkeypatch.setenv(cipher.ENV, "1")
    db = open_database(path)  # what the new app does at start
    assert cipher.is_encrypted(path)
    repo = Repository(db, clock=clock)
    assert repo.patients.get_patient(episode).name == "测试患者"
    assert (
        repo.audit_log.audit_entries(action="migrate", limit=1)[0].details["encrypted"]
        == "sqlcipher"
    )
    db.conn.close()
    assert "测试患者".encode() not in path.read_bytes()
    assert sorted(
        p.name
        for p in tmp_path.iterdir()
        if p.name.startswith(("ward", ".ward")) and not p.name.endswith(("-wal", "-shm", ".lock"))
    ) == ["ward.db"]
    assert verify_file(path).ok


def test_a_plain_backup_is_restored_encrypted(tmp_path, monkeypatch, clock):
    path = tmp_path / "ward.db"
    monkeypatch.setenv(cipher.ENV, "0")
    db = open_database(path)
    add_staff(Repository(db, clock=clock))
    db.conn.close()
    backup = backup_now(path, tmp_path / "backups").path
    assert not cipher.is_encrypted(backup)
    monkeypatch.setenv(cipher.ENV, "1")
    restore(path, backup, actor="admin")
    assert cipher.is_encrypted(path)
    assert verify_file(path).ok
