"""Append-only by construction: SQLite itself refuses UPDATE and DELETE."""

from __future__ import annotations

import sqlite3

import pytest

from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.schema import CLINICAL_TABLES

from .conftest import two_corrections_resolved, vitals


def _raw(path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as any other program on the tablet could open."""
    return sqlite3.connect(path, isolation_level=None)


@pytest.mark.parametrize("table", [*CLINICAL_TABLES, "audit_log"])
def test_update_and_delete_abort_in_sqlite(db_path, table, clock):
    path, episode = db_path
    if table == "resolutions":  # only a conflict between two tablets writes one
        db = open_database(path)
        two_corrections_resolved(Repository(db, clock=clock), episode)
        db.conn.close()
    conn = _raw(path)
    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 0
    column = "actor" if table == "audit_log" else "recorded_by"
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(f"UPDATE {table} SET {column} = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(f"DELETE FROM {table}")
    conn.close()


def test_rows_are_unchanged_after_refused_writes(db_path):
    path, _ = db_path
    conn = _raw(path)
    before = conn.execute("SELECT * FROM vital_signs").fetchall()
    for sql in (
        "UPDATE vital_signs SET temp_c = 36.6",
        "DELETE FROM vital_signs",
        "INSERT OR REPLACE INTO vital_signs SELECT * FROM vital_signs",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql)
    assert conn.execute("SELECT * FROM vital_signs").fetchall() == before


def test_users_and_settings_are_never_deleted(db_path):
    conn = _raw(db_path[0])
    with pytest.raises(sqlite3.IntegrityError, match="deactivate"):
        conn.execute("DELETE FROM users")
    conn.execute("INSERT INTO ward_settings VALUES ('x', '1', 'now', 'admin')")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        conn.execute("DELETE FROM ward_settings")
    with pytest.raises(sqlite3.IntegrityError, match="username never changes"):
        conn.execute("UPDATE users SET username = 'other' WHERE username = 'nurse'")


def test_sql_keeps_a_second_amendment_as_a_conflicting_correction(db_path):
    """Schema 7 (issue 14): two tablets' corrections of one version are both stored and
    both current; the tablet itself still refuses to amend a superseded version."""
    path, _ = db_path
    conn = _raw(path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(vital_signs)")]
    original = conn.execute("SELECT * FROM vital_signs").fetchone()
    row = dict(zip(cols, original, strict=True))

    def amendment(new_id: str, episode: str | None = None) -> None:
        values = row | {"id": new_id, "supersedes": row["id"], "amend_reason": "typo"}
        if episode:
            values["episode_id"] = episode
        conn.execute(
            f"INSERT INTO vital_signs ({', '.join(values)}) "
            f"VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )

    with pytest.raises(sqlite3.IntegrityError, match="must keep the episode_id"):
        other = conn.execute("SELECT id FROM episodes").fetchone()[0]
        conn.execute(
            "INSERT INTO episodes (id, episode_id, patient_id, observed_at, recorded_at,"
            " recorded_by, device_id, save_id, age_years, admitted_at) SELECT 'e2', 'e2',"
            " patient_id, observed_at, recorded_at, recorded_by, device_id, save_id, 30,"
            " admitted_at FROM episodes WHERE id = ?",
            (other,),
        )
        amendment("a0", episode="e2")
    amendment("a1")
    amendment("a2")
    current = {r[0] for r in conn.execute("SELECT id FROM current_vital_signs")}
    assert {"a1", "a2"} <= current and row["id"] not in current


def test_an_amendment_needs_a_reason_at_sql_level(db_path):
    conn = _raw(db_path[0])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute(
            "INSERT INTO vital_signs (id, episode_id, observed_at, recorded_at, "
            "recorded_by, device_id, save_id, supersedes) SELECT 'x', episode_id, "
            "observed_at, recorded_at, recorded_by, device_id, save_id, id "
            "FROM vital_signs"
        )


def test_repository_never_updates_clinical_rows(repo, episode, clock):
    first = repo.charting.save_record(episode, vitals(), "nurse").ids["vitals"]
    clock.advance(minutes=5)
    repo.charting.amend(first, vitals(temp_c=37.1), "nurse", "typo")
    rows = repo.db.execute("SELECT id, temp_c, supersedes FROM vital_signs ORDER BY rowid")
    assert [(r[1], r[2]) for r in rows] == [(38.4, None), (37.1, first)]
