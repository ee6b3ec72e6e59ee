"""Push: a device's page of rows stored once each, its receipt chained; and the pull
watermark that keeps every pull cursor safe while pushes run side by side.

**Ordering without a queue.** Rows get their server sequence number (``rows.seq``,
a PostgreSQL sequence) when they are inserted, and concurrent transactions commit in
any order: a pull that read ``max(seq)`` while a slower push was still open could move
its cursor past that push's rows, which commit later with lower numbers. Until
schema 2 every push took one global lock, so pushes committed one at a time (and
waited for each other's disk flush: p99 ≈ 610 ms with 40 tablets).

Now a push takes the ward's advisory lock in **shared** mode, before its first
sequence number, and keeps it until it commits; any number of pushes run and flush
their commits together. A pull asks for the ward's **watermark**: the database function
``ward_watermark`` takes the same lock **exclusively** (waiting only for the pushes
already open, which then have committed or rolled back), reads ``max(seq)`` with a
fresh snapshot and lets go at once (a read-only transaction: no disk flush). Every
number at or below it was handed to a push that has finished; every later push
takes its numbers after that moment, so above it. The pull returns rows up to the
watermark only, so its next cursor can never pass a row that commits later
(tests/server/test_ordering.py holds a push open to prove it).

Pulls in one server process share a watermark read (:class:`Watermarks`): a pull
waits for the read in progress only if that read started after the pull arrived,
else for the next one, so a push acknowledged before a pull began is always in it.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg

from .protocol import Row, canonical_json
from .schema import DEVICE_LOCK, WARD_LOCK
from .store import Device

GENESIS_HASH = "0" * 64


@dataclass
class PushResult:
    results: list[dict[str, Any]] = field(default_factory=list)
    stored: int = 0
    duplicates: int = 0
    conflicts: int = 0
    receipt: dict[str, Any] | None = None
    clock_skew_s: float | None = None
    new_rows: list[Row] = field(default_factory=list)


def push(
    conn: psycopg.Connection,
    device: Device,
    rows: list[Row],
    device_time: datetime | None,
    *,
    before_commit: Any = None,
) -> PushResult:
    """Store a page: new rows inserted, rows already held a no-op, other content a conflict.

    ``before_commit(conn, result)`` runs inside the push's transaction after the rows are
    stored (the audit-chain check adds its bookkeeping there).
    """
    result = PushResult()
    if device_time is not None:
        result.clock_skew_s = round((device_time - datetime.now(UTC)).total_seconds(), 3)
    with conn.transaction():
        # The device's own lock first (its receipt chain), then the ward's in shared mode
        # (see the module doc), in one statement; both are released when this transaction
        # ends. Then, in a statement of its own (a snapshot taken after the locks: a push of
        # this device that committed while this one waited is seen), the device's last
        # contact is stamped and its receipt chain's head read. Round trips count: with 40
        # tablets pushing at once each one is a wait for the GIL of a busy server.
        conn.execute(
            "SELECT pg_advisory_xact_lock(%s, hashtext(%s)), pg_advisory_xact_lock_shared(%s, %s)",
            (DEVICE_LOCK, device.id, WARD_LOCK, device.ward_id),
        )
        head = conn.execute(
            "UPDATE devices SET last_seen_at = now(), "
            "last_clock_skew_s = coalesce(%s, last_clock_skew_s) WHERE id = %s RETURNING "
            "(SELECT seq FROM receipts WHERE device_id = %s ORDER BY seq DESC LIMIT 1), "
            "(SELECT hash FROM receipts WHERE device_id = %s ORDER BY seq DESC LIMIT 1)",
            (result.clock_skew_s, device.id, device.id, device.id),
        ).fetchone()
        held = _held(conn, device.ward_id, rows)
        new: list[Row] = []
        status: dict[tuple[str, str], str] = {}
        for row in rows:
            key = (row.table, row.id)
            if key not in held and key not in status:
                new.append(row)
                status[key] = row.sha256
        seqs = _insert(conn, device, new)
        late = [r for r in new if (r.table, r.id) not in seqs]
        if late:  # another device stored the same id while this push ran: now visible
            held.update(_held(conn, device.ward_id, late))
            new = [r for r in new if (r.table, r.id) in seqs]
        fresh = {(r.table, r.id) for r in new}
        for index, row in enumerate(rows):
            key = (row.table, row.id)
            entry: dict[str, Any] = {"index": index, "table": row.table, "id": row.id}
            if key in fresh:
                fresh.discard(key)
                entry.update(status="stored", seq=seqs[key])
            elif held.get(key, status.get(key)) == row.sha256:
                entry["status"] = "duplicate"
                result.duplicates += 1
            else:
                entry.update(status="conflict", held_sha256=held.get(key, status.get(key)))
                result.conflicts += 1
            result.results.append(entry)
        result.stored = len(new)
        result.new_rows = new
        if new:
            last = (int(head[0]), str(head[1])) if head and head[0] is not None else None
            result.receipt = _receipt(
                conn, device, [[r.table, r.id, r.sha256, seqs[(r.table, r.id)]] for r in new], last
            )
        if before_commit is not None:
            before_commit(conn, result)
    return result


def _held(conn: psycopg.Connection, ward: int, rows: list[Row]) -> dict[tuple[str, str], str]:
    if not rows:
        return {}
    cur = conn.execute(
        "SELECT r.table_name, r.row_id, r.content_sha256 FROM rows r "
        "JOIN unnest(%s::text[], %s::text[]) AS u(t, i) ON r.table_name = u.t AND r.row_id = u.i "
        "WHERE r.ward_id = %s",
        ([r.table for r in rows], [r.id for r in rows], ward),
    )
    return {(t, i): h for t, i, h in cur.fetchall()}


def _insert(conn: psycopg.Connection, device: Device, new: list[Row]) -> dict[tuple[str, str], int]:
    if not new:
        return {}
    cols = [
        [getattr(r, a) for r in new]
        for a in ("table", "id", "episode_id", "patient_id", "content", "sha256")
    ]
    cur = conn.execute(
        "INSERT INTO rows (ward_id, table_name, row_id, device_id, episode_id, patient_id, "
        "content, content_sha256) SELECT %s, t, i, %s, e, p, c, h FROM unnest(%s::text[], "
        "%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) WITH ORDINALITY "
        "AS u(t, i, e, p, c, h, n) ORDER BY n ON CONFLICT DO NOTHING "
        "RETURNING table_name, row_id, seq",
        (device.ward_id, device.id, *cols),
    )
    seqs = {(t, i): int(s) for t, i, s in cur.fetchall()}
    episodes = [r for r in new if r.episode is not None and (r.table, r.id) in seqs]
    if episodes:
        with conn.cursor() as c:
            c.executemany(
                "INSERT INTO episode_versions (ward_id, row_id, episode_id, patient_id, "
                "supersedes, discharged_at, entered_in_error) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                [
                    (
                        device.ward_id,
                        r.id,
                        r.episode_id,
                        r.patient_id,
                        r.episode.supersedes,
                        r.episode.discharged_at,
                        r.episode.entered_in_error,
                    )
                    for r in episodes
                    if r.episode is not None
                ],
            )
    return seqs


# --- the pull watermark ------------------------------------------------------------------


class Watermarks:
    """The highest sequence number every push below it has finished, per ward, read at
    most once at a time per ward in this process (see the module doc)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[int, threading.Lock] = defaultdict(threading.Lock)
        self._last: dict[int, tuple[float, int]] = {}

    def get(self, conn: psycopg.Connection, ward: int) -> int:
        """The ward's watermark as of a moment after this call began (commits ``conn``)."""
        asked = time.monotonic()
        with self._guard:
            lock = self._locks[ward]
        with lock:
            started, value = self._last.get(ward, (float("-inf"), 0))
            if started >= asked:
                return value
            started = time.monotonic()
            value = watermark(conn, ward)
            self._last[ward] = (started, value)
            return value


def watermark(conn: psycopg.Connection, ward: int) -> int:
    """``ward_watermark`` in a transaction of its own (the exclusive lock ends with it)."""
    row = conn.execute("SELECT ward_watermark(%s)", (ward,)).fetchone()
    conn.commit()
    return int(row[0]) if row else 0


# --- receipts ----------------------------------------------------------------------------


def _receipt(
    conn: psycopg.Connection,
    device: Device,
    rows: list[list[Any]],
    last: tuple[int, str] | None,
) -> dict[str, Any]:
    """The next receipt of the device's chain after ``last`` (its head, read under the
    device's lock in this transaction)."""
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    entry = {
        "device_id": device.id,
        "seq": seq,
        "received_at": at,
        "rows": canonical_json(rows),
        "prev_hash": prev,
    }
    digest = receipt_hash(entry)
    conn.execute(
        "INSERT INTO receipts (device_id, seq, received_at, rows, prev_hash, hash) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        (device.id, seq, at, entry["rows"], prev, digest),
    )
    return {"seq": seq, "hash": digest, "received_at": at}


def receipt_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256((entry["prev_hash"] + canonical_json(entry)).encode()).hexdigest()


def verify_receipts(conn: psycopg.Connection, device_id: str) -> tuple[bool, int, str | None]:
    """Recompute a device's receipt chain and check every row it names is held as hashed."""
    cur = conn.execute(
        "SELECT seq, received_at, rows, prev_hash, hash FROM receipts "
        "WHERE device_id = %s ORDER BY seq",
        (device_id,),
    )
    prev, count = GENESIS_HASH, 0
    for seq, at, rows_text, prev_hash, digest in cur.fetchall():
        entry = {
            "device_id": device_id,
            "seq": seq,
            "received_at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "rows": rows_text,
            "prev_hash": prev_hash,
        }
        if seq != count + 1 or prev_hash != prev or receipt_hash(entry) != digest:
            conn.commit()
            return False, count, f"receipt {seq} does not match the chain"
        for table, rid, sha, _ in json.loads(rows_text):
            held = conn.execute(
                "SELECT content_sha256 FROM rows WHERE table_name = %s AND row_id = %s",
                (table, rid),
            ).fetchone()
            if not held or held[0] != sha:
                conn.commit()
                return False, count, f"receipt {seq}: row {table}/{rid} missing or changed"
        prev, count = digest, count + 1
    conn.commit()
    return True, count, None
