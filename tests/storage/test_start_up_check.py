"""Start-up checks only what it cannot do without; the whole-file integrity check runs
later, off the UI thread (issue 15): a damaged index page passes the first and fails
the second; a file that is not a database at all still fails at start-up."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.storage import DatabaseCorruptError, open_database
from cart_bedside.storage.checks import full_integrity_check


def damage_an_index_page(path, index="sqlite_autoindex_vital_signs_1") -> int:
    """Overwrite the cell area of one leaf page of ``index`` (not the schema, not the
    audit log); returns the page number."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (page,) = conn.execute(
        "SELECT min(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (index,)
    ).fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek(page * size - 1500)  # the end of page ``page`` (pages count from 1)
        f.write(b"\xa5" * 1400)
    return page


@pytest.fixture
def ward(demo_template, tmp_path):
    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)
    return path


def test_a_sound_file_passes_both(ward):
    db = open_database(ward, check="start-up")
    db.conn.close()
    assert full_integrity_check(ward) == []


def test_a_damaged_index_page_is_found_by_the_full_check_not_at_start_up(ward):
    damage_an_index_page(ward)
    db = open_database(ward, check="start-up")  # the board can show
    db.conn.close()
    findings = full_integrity_check(ward)
    assert findings and all(f.code == "verify.integrity" for f in findings)
    assert render(findings[0], "en").startswith("integrity check: ")
    with pytest.raises(DatabaseCorruptError):  # what start-up used to run finds it too
        open_database(ward, check=True)


def test_a_file_that_is_not_a_database_still_fails_at_start_up(tmp_path):
    junk = tmp_path / "ward.db"
    junk.write_bytes(b"not a database at all " * 400)
    with pytest.raises(DatabaseCorruptError):
        open_database(junk, check="start-up")


def test_an_encrypted_file_with_a_damaged_page(monkeypatch, tmp_path):
    """Encrypted: the page's HMAC fails; start-up still opens, the full check says so."""
    from cart_bedside.storage import cipher
    from cart_bedside.storage.demo import write_demo_db

    monkeypatch.setenv(cipher.ENV, "1")
    path = tmp_path / "ward.db"
    write_demo_db(path)
    assert cipher.is_encrypted(path)
    size = 4096
    pages = path.stat().st_size // size
    with open(path, "r+b") as f:  # a page in the middle: vital signs, labs … not the schema
        f.seek((pages // 2) * size + 200)
        f.write(b"\xa5" * 64)
    db = open_database(path, check="start-up")
    db.conn.close()
    findings = full_integrity_check(path)
    assert findings and findings[0].code == "verify.integrity"
