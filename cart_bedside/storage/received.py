"""Rows received from other tablets: one audit entry a page, and which admissions they touched.

**One audit entry a received page** (schema 9). :func:`~.receive.receive_rows`
stores a pulled page and calls :func:`audit_page`: one entry on this device's
chain (action ``receive``, actor ``system``) whose details hold the page's row
count, its lowest and highest id, the devices that wrote it and the sha256 of
its sorted ``[table, id, keyed row hash]`` list; each row gets a line in the
device-local, append-only ``sync_received`` table (its page's entry, admission,
writing device and keyed hash). Until schema 8 each received row had an entry
of its own, and those entries were pushed back to the server: a ward of N
tablets sent the server N audit entries for every row.

``verify`` (:func:`check_pages`) still covers every received row: the row
against its keyed hash in ``sync_received`` (a hash only this device's key
makes), and each page's lines against the count and sha256 its chained entry
recorded (a line removed, added or changed shows).

The board marks a bed that got rows in the last minute (:func:`received_since`):
the newest end of the log is read only, entries walked back from the last one a
page at a time until one is older than ``since`` (the log has no index on ``at``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from ..logic.messages import Message, msg
from .audit import AuditAction, canonical_json, row_hasher
from .db import Database
from .store import Store

REASON = "received from the ward server"
_PAGE = 200
_IN = 500  # ids a query


@dataclass(frozen=True)
class ReceivedRow:
    """One row received here from ``device_id`` at ``at`` (this device's clock)."""

    episode_id: str
    table: str
    record_id: str
    device_id: str
    at: datetime


def page_sha256(lines: list[tuple[str, str, str]]) -> str:
    """The sha256 of a page's ``(table, id, keyed hash)`` lines, in (table, id) order."""
    return hashlib.sha256(canonical_json(sorted(map(list, lines))).encode()).hexdigest()


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _IN):
        yield ids[i : i + _IN]


def audit_page(store: Store, conn: sqlite3.Connection, stored: list[tuple[str, str]]) -> int:
    """Audit the rows of one received page just stored (inside its transaction): one entry,
    one ``sync_received`` line a row; returns the entry's sequence number."""
    by_table: dict[str, list[str]] = {}
    for table, rid in stored:
        by_table.setdefault(table, []).append(rid)
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    hashed = row_hasher()
    lines: list[tuple[str, str, str | None, str, str]] = []
    for table, ids in by_table.items():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in cur.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
                episode = row["episode_id"] if "episode_id" in row.keys() else None
                lines.append((table, row["id"], episode, row["device_id"], hashed(row)))
    ids = sorted(line[1] for line in lines)
    seq = store.audit(
        conn,
        "system",
        AuditAction.RECEIVE,
        reason=REASON,
        details={
            "rows": len(lines),
            "first_id": ids[0] if ids else None,
            "last_id": ids[-1] if ids else None,
            "devices": sorted({line[3] for line in lines}),
            "sha256": page_sha256([(t, i, h) for t, i, _, _, h in lines]),
        },
    )
    conn.executemany(
        "INSERT INTO sync_received (table_name, row_id, audit_seq, episode_id, device_id, "
        "sha256) VALUES (?, ?, ?, ?, ?, ?)",
        [(t, i, seq, e, d, h) for t, i, e, d, h in lines],
    )
    return seq


def received_since(store: Store, since: datetime) -> list[ReceivedRow]:
    """Rows of admissions received here at or after ``since``, newest page first."""
    cutoff = since.replace(microsecond=0).isoformat(timespec="seconds")
    pages: list[tuple[int, str]] = []
    before: int | None = None
    while True:
        found = store.rows(
            "SELECT seq, at, action FROM audit_log"
            + (" WHERE seq < ?" if before is not None else "")
            + " ORDER BY seq DESC LIMIT ?",
            (*((before,) if before is not None else ()), _PAGE),
        )
        old = False
        for row in found:
            if row["at"] < cutoff:
                old = True
                break
            if row["action"] == AuditAction.RECEIVE:
                pages.append((row["seq"], row["at"]))
        if old or len(found) < _PAGE:
            break
        before = found[-1]["seq"]
    out: list[ReceivedRow] = []
    for seq, at in pages:
        for line in store.rows(
            "SELECT table_name, row_id, episode_id, device_id FROM sync_received "
            "WHERE audit_seq = ? AND episode_id IS NOT NULL ORDER BY rowid DESC",
            (seq,),
        ):
            out.append(
                ReceivedRow(
                    line["episode_id"],
                    line["table_name"],
                    line["row_id"],
                    line["device_id"],
                    datetime.fromisoformat(at),
                )
            )
    return out


# --- verify ------------------------------------------------------------------------------


def has_index(conn: sqlite3.Connection) -> bool:
    """Schema 9 on: the file has ``sync_received``."""
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_received'"
        ).fetchone()
        is not None
    )


def received_hash(conn: sqlite3.Connection, table: str, rid: str) -> tuple[int, str] | None:
    """(page entry, keyed hash) of a received row; None when it was not received."""
    if not has_index(conn):
        return None
    row = conn.execute(
        "SELECT audit_seq, sha256 FROM sync_received WHERE table_name = ? AND row_id = ?",
        (table, rid),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def check_pages(db: Database, from_seq: int, tables: list[str]) -> list[Message]:
    """Each received page's lines against its entry's count and sha256; each line's row
    still there; no line outside a page (see the module docstring)."""
    conn = db.conn
    if not has_index(conn):
        return []
    findings: list[Message] = []
    pages = {
        int(seq): json.loads(details)
        for seq, details in conn.execute(
            "SELECT seq, details FROM audit_log WHERE seq > ? AND action = ?",
            (from_seq, str(AuditAction.RECEIVE)),
        )
    }
    lines: dict[int, list[tuple[str, str, str]]] = {}
    for seq, table, rid, digest in conn.execute(
        "SELECT audit_seq, table_name, row_id, sha256 FROM sync_received WHERE audit_seq > ?",
        (from_seq,),
    ):
        lines.setdefault(int(seq), []).append((table, rid, digest))
    for seq in sorted(set(pages) | set(lines)):
        details, held = pages.get(seq), lines.get(seq, [])
        if (
            details is None
            or details.get("rows") != len(held)
            or (details.get("sha256") != page_sha256(held))
        ):
            findings.append(msg("verify.received_page", seq=seq))
    for table in tables:
        missing = conn.execute(
            f"SELECT s.audit_seq, s.row_id FROM sync_received s WHERE s.audit_seq > ? "
            f"AND s.table_name = ? AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.id = s.row_id)",
            (from_seq, table),
        ).fetchall()
        for seq, rid in missing:
            findings.append(msg("verify.row_missing", table=table, id=rid, seq=seq))
    return findings
