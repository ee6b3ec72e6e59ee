"""Each tampering from issue 15 is caught by ``cart-bedside verify`` and by restore.

The attacker has a copy of the file (and a SQLite shell), not this device's
key: they drop the triggers, change rows and recompute every hash they can.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cart_bedside.storage import BackupError, Repository, backup_to, open_database, restore
from cart_bedside.storage.checks import verify_file
from cart_bedside.storage.verify import short_anchor

from .conftest import vitals
from .forgery import open_raw, rechain, set_every_fever

ROOT = Path(__file__).resolve().parents[2]


def _verify_cli(path: Path, *anchors: str) -> subprocess.CompletedProcess:
    args = [a for anchor in anchors for a in ("--anchor", anchor)]
    return subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--lang", "en", "verify", "--db", str(path), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )


@pytest.fixture
def fever_db(db_path, clock):
    """The ward file with a 39.6 °C fever charted (CRS 1), then checked once (anchored)."""
    path, episode = db_path
    db = open_database(path)
    Repository(db, clock=clock).charting.save_record(episode, vitals(temp_c=39.6), "nurse")
    db.conn.close()
    assert verify_file(path).ok  # a clean check anchors the head on this device
    return path, episode


def _codes(path: Path) -> set[str]:
    return {f.code for f in verify_file(path, record=False).findings}


def test_a_clean_database_verifies_with_exit_0(fever_db):
    path, _ = fever_db
    run = _verify_cli(path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("clean: ") and run.stdout.count("\n") == 1


@pytest.mark.parametrize("keyed", [False, True], ids=["plain-sha256", "made-up-key"])
def test_a_fever_edited_with_every_hash_recomputed_is_found(fever_db, keyed):
    path, _ = fever_db
    assert set_every_fever(path, 36.8, keyed=keyed) >= 1
    run = _verify_cli(path)
    assert run.returncode == 1
    if keyed:  # HMAC with a key of their own: not this device's
        assert "audit log altered at entry 1: keyed with 0badc0de" in run.stdout
        assert "vital_signs row" in run.stdout and "changed after it was recorded" in run.stdout
    else:  # plain sha256 all through: self-consistent, and so proves nothing
        assert "audit log not keyed up to its newest entry" in run.stdout
    assert "user nurse" in run.stdout  # users' keyed states cannot be redone either
    assert all(line for line in run.stdout.splitlines())


def test_a_field_edit_without_rehashing_names_the_row(fever_db):
    path, _ = fever_db
    conn = open_raw(path)
    rid = conn.execute("SELECT id FROM vital_signs WHERE temp_c = 38.4").fetchone()[0]
    conn.execute("UPDATE vital_signs SET temp_c = 36.8 WHERE id = ?", (rid,))
    conn.close()
    run = _verify_cli(path)
    assert run.returncode == 1 and f"vital_signs row {rid} was changed" in run.stdout
    assert "by nurse: the signed records were changed" in run.stdout  # the author signed it


def test_deleting_the_newest_save_and_its_audit_tail_is_found_against_the_anchor(fever_db):
    path, _ = fever_db
    conn = open_raw(path)
    head = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    rid = conn.execute("SELECT id FROM vital_signs WHERE temp_c = 39.6").fetchone()[0]
    conn.execute("DELETE FROM vital_signs WHERE id = ?", (rid,))
    conn.execute(
        "DELETE FROM audit_log WHERE seq >= (SELECT seq FROM audit_log WHERE record_id = ?)", (rid,)
    )
    conn.close()
    assert _codes(path) == {"verify.anchor_missing"}  # the chain itself is intact
    run = _verify_cli(path)
    assert run.returncode == 1 and f"entry {head} was seen" in run.stdout


def test_the_anchor_printed_on_a_handover_sheet_catches_a_cut_log_on_another_device(fever_db):
    path, _ = fever_db
    db = open_database(path)
    Repository(db).audit_log.log_event("print", "nurse", reason="handover sheet")
    db.conn.close()
    conn = open_raw(path)
    seq, digest = conn.execute(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    printed = short_anchor(seq, digest)
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    conn.close()
    from cart_bedside.storage import keys

    for f in (keys.key_dir() / "anchors").glob("*.json"):
        f.unlink()  # no local anchor: only the sheet knows
    assert _verify_cli(path).returncode == 0  # without an anchor a cut tail is invisible
    run = _verify_cli(path, printed)
    assert run.returncode == 1 and "cut short" in run.stdout
    bad = _verify_cli(path, "12:xyz")
    assert bad.returncode == 2 and bad.stderr.startswith("error: 12:xyz is not an anchor")


def test_renumbering_after_a_deleted_entry_is_found(fever_db):
    path, _ = fever_db
    conn = open_raw(path)
    conn.execute("DELETE FROM audit_log WHERE seq = 5")
    conn.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 5")
    rechain(conn)
    conn.close()
    run = _verify_cli(path)
    assert run.returncode == 1 and "audit log not keyed" in run.stdout


@pytest.mark.parametrize(
    ("sql", "code", "words"),
    [
        (
            "UPDATE users SET role = 'admin' WHERE username = 'nurse'",
            "verify.user_changed",
            "user nurse: name, role, PIN or status changed outside the app",
        ),
        (
            "UPDATE users SET pin_hash = 'scrypt$16384$8$1$00ff$00ff' WHERE username = 'doctor'",
            "verify.user_changed",
            "user doctor",
        ),
        (
            "UPDATE users SET active = 1, role = 'physician' WHERE username = 'nurse'",
            "verify.user_changed",
            "user nurse",
        ),
        (
            "INSERT INTO ward_settings VALUES ('tocilizumab', "
            '\'{"max_per_24h": 9, "max_total": 9, "min_interval_h": 1}\', \'2026-11-03T08:00:00\', '
            "'admin')",
            "verify.setting_changed",
            "ward setting tocilizumab",
        ),
    ],
)
def test_users_and_ward_settings_edited_in_the_file_are_found(fever_db, sql, code, words):
    path, _ = fever_db
    conn = open_raw(path)
    conn.execute(sql)
    conn.close()
    assert code in _codes(path)
    run = _verify_cli(path)
    assert run.returncode == 1 and words in run.stdout


def test_a_setting_changed_through_the_app_stays_clean(fever_db, clock):
    path, _ = fever_db
    db = open_database(path)
    Repository(db, clock=clock).ward_settings.set_setting(
        "tocilizumab", {"max_per_24h": 2}, "admin"
    )
    Repository(db, clock=clock).people.update_user("nurse", "admin", role="physician")
    db.conn.close()
    assert verify_file(path).ok


@pytest.mark.parametrize("keyed", [False, True], ids=["plain-sha256", "made-up-key"])
def test_a_forged_backup_is_refused_and_the_live_file_kept(fever_db, tmp_path, keyed):
    path, _ = fever_db
    backup = backup_to(path, tmp_path / "b.db").path
    assert set_every_fever(backup, 36.5, keyed=keyed) >= 1
    before = path.read_bytes()
    with pytest.raises(BackupError, match="failed its check"):
        restore(path, backup, actor="admin")
    assert path.read_bytes() == before
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
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_a_bit_flipped_backup_is_refused(fever_db, tmp_path):
    path, _ = fever_db
    backup = backup_to(path, tmp_path / "b.db").path
    data = bytearray(backup.read_bytes())
    conn = open_raw(backup)
    conn.close()
    where = bytes(data).find(b"39.6") if b"39.6" in data else None
    if where is None:  # REAL values are stored as 8-byte floats: flip one bit of that one
        import struct

        where = bytes(data).find(struct.pack(">d", 39.6))
    assert where > 0
    data[where + 3] ^= 0x01
    backup.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(BackupError):
        restore(path, backup, actor="admin")
    assert path.read_bytes() == before


def test_the_handover_sheet_prints_the_anchor_that_verify_takes_back(fever_db, tmp_path):
    import re

    from pypdf import PdfReader

    from cart_bedside.reports import write_handover

    path, _ = fever_db
    db = open_database(path)
    repo = Repository(db)
    result = write_handover(repo, tmp_path / "handover.pdf", user="nurse")
    db.conn.close()
    text = " ".join(p.extract_text() for p in PdfReader(result.path).pages)
    printed = re.search(r"审计锚点 (\d+:[0-9a-f]{12})", text)
    assert printed, text[:300]
    assert _verify_cli(path, printed.group(1)).returncode == 0
    seq = int(printed.group(1).split(":")[0])
    conn = open_raw(path)
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (seq,))  # the print and what it saw
    conn.close()
    run = _verify_cli(path, printed.group(1))
    assert run.returncode == 1 and "cut short" in run.stdout
