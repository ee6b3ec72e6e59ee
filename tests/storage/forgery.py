"""What an attacker with a copy of the database file (and no key) can do to it.

Drop the triggers, change rows, then recompute every row hash, every
signature's content hash and the whole audit chain so that they are
self-consistent again: with plain sha256 (the old, unkeyed scheme), or with a
made-up key (HMAC with a secret and key id of their own).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from pathlib import Path

from cart_bedside.storage.audit import canonical_json
from cart_bedside.storage.schema import CLINICAL_TABLES

FAKE_KEY = b"guessed secret"


def _digest(text: str, keyed: bool) -> str:
    if keyed:
        return "0badc0de:" + hmac.new(FAKE_KEY, text.encode(), hashlib.sha256).hexdigest()
    return hashlib.sha256(text.encode()).hexdigest()


def open_raw(path: Path | str) -> sqlite3.Connection:
    """A connection with every protective trigger dropped."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%_no_%')"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    return conn


def rechain(conn: sqlite3.Connection, *, keyed: bool = False) -> None:
    """Recompute signatures, row hashes and the chain, as a forger without the key would."""
    for sig in conn.execute("SELECT * FROM signatures").fetchall():
        content = [
            {
                "table": t,
                "row": dict(conn.execute(f"SELECT * FROM {t} WHERE id = ?", (i,)).fetchone()),
            }
            for t, i in json.loads(sig["records"])
        ]
        digest = hashlib.sha256(canonical_json(content).encode()).hexdigest()
        conn.execute("UPDATE signatures SET content_sha256 = ? WHERE id = ?", (digest, sig["id"]))
    prev = "0" * 64
    for entry in conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall():
        entry = dict(entry)
        details = json.loads(entry["details"])
        if entry["table_name"] in CLINICAL_TABLES and "sha256" in details:
            row = conn.execute(
                f"SELECT * FROM {entry['table_name']} WHERE id = ?", (entry["record_id"],)
            ).fetchone()
            if row is not None:
                details["sha256"] = _digest(canonical_json(dict(row)), keyed)
        if "state" in details:
            details["state"] = "0badc0de:" + "0" * 64
        entry["details"] = canonical_json(details)
        entry["prev_hash"] = prev
        body = {k: v for k, v in entry.items() if k != "hash"}
        entry["hash"] = _digest(prev + canonical_json(body), keyed)
        conn.execute(
            "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (entry["details"], entry["prev_hash"], entry["hash"], entry["seq"]),
        )
        prev = entry["hash"]


def set_every_fever(path: Path | str, temp_c: float = 36.5, *, keyed: bool = False) -> int:
    """Every temperature ≥ 38 °C becomes ``temp_c``, hashes recomputed; returns rows changed."""
    conn = open_raw(path)
    try:
        changed = conn.execute(
            "UPDATE vital_signs SET temp_c = ? WHERE temp_c >= 38", (temp_c,)
        ).rowcount
        rechain(conn, keyed=keyed)
        return changed
    finally:
        conn.close()
