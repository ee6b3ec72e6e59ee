"""The id of this installation, stored with the database it writes."""

from __future__ import annotations

import sqlite3
import uuid


def device_id(conn: sqlite3.Connection) -> str:
    """This database's device id, created on first use (a random UUID)."""
    row = conn.execute("SELECT value FROM local_meta WHERE key = 'device_id'").fetchone()
    if row:
        return row[0]
    value = str(uuid.uuid4())
    conn.execute("INSERT OR IGNORE INTO local_meta (key, value) VALUES ('device_id', ?)", (value,))
    return conn.execute("SELECT value FROM local_meta WHERE key = 'device_id'").fetchone()[0]
