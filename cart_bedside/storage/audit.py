"""The audit log: who did what, when and why, in a hash chain.

Each entry stores ``hash = sha256(prev_hash + canonical JSON of the entry)``,
where the entry includes its sequence number and ``prev_hash``. Changing,
removing or reordering any entry breaks every hash after it;
:func:`verify_chain` finds the first broken entry. The table is append-only
(SQLite triggers), and entries are only ever added inside the write
transaction they describe, so the log and the records cannot disagree.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from .db import rows

GENESIS_HASH = "0" * 64


class AuditAction(StrEnum):
    """What happened. Clinical writes, sessions, output and maintenance."""

    INSERT = "insert"
    AMEND = "amend"
    ENTERED_IN_ERROR = "entered_in_error"
    SIGN = "sign"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCK = "lock"
    UNLOCK = "unlock"
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"
    USER_CREATE = "user_create"
    USER_UPDATE = "user_update"
    SETTING_CHANGE = "setting_change"
    BULK_IMPORT = "bulk_import"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    table_name: str | None
    record_id: str | None
    reason: str | None
    details: dict[str, Any]
    device_id: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    """Result of :func:`verify_chain`: ``ok``, entries checked, first bad ``seq`` and why."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str | None = None


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text; bytes become their sha256."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def row_sha256(row: sqlite3.Row) -> str:
    """sha256 of a stored row (all columns, canonical JSON); used for signatures and audit."""
    return hashlib.sha256(canonical_json(dict(row)).encode()).hexdigest()


def entry_hash(entry: dict[str, Any]) -> str:
    """The chain hash of one entry (``entry`` includes ``prev_hash``, not ``hash``)."""
    return hashlib.sha256((entry["prev_hash"] + canonical_json(entry)).encode()).hexdigest()


_FIELDS = ("seq", "at", "actor", "action", "table_name", "record_id", "reason", "details",
           "device_id", "prev_hash")


def append(
    conn: sqlite3.Connection,
    *,
    at: datetime | str,
    actor: str,
    action: str,
    device_id: str,
    table: str | None = None,
    record_id: str | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Add one entry to the chain; must run inside the write transaction it describes."""
    if not conn.in_transaction:
        raise RuntimeError("audit entries are written inside a transaction")
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    entry = {
        "seq": seq,
        "at": at if isinstance(at, str) else at.isoformat(timespec="seconds"),
        "actor": actor,
        "action": str(action),
        "table_name": table,
        "record_id": record_id,
        "reason": reason,
        "details": canonical_json(details or {}),
        "device_id": device_id,
        "prev_hash": prev,
    }
    digest = entry_hash(entry)
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(_FIELDS)}, hash) VALUES ({', '.join('?' * 11)})",
        [entry[f] for f in _FIELDS] + [digest],
    )
    return seq


def verify_chain(db: Database, batch: int = 5000) -> ChainCheck:
    """Recompute every hash in order; report the first entry that does not match."""
    prev, expected_seq, count = GENESIS_HASH, 1, 0
    last_seq = 0
    while True:
        page = rows(db, f"SELECT {', '.join(_FIELDS)}, hash FROM audit_log WHERE seq > ? "
                        "ORDER BY seq LIMIT ?", (last_seq, batch))
        if not page:
            return ChainCheck(True, count)
        for row in page:
            entry = {f: row[f] for f in _FIELDS}
            if row["seq"] != expected_seq:
                return ChainCheck(False, count, row["seq"], "sequence gap")
            if row["prev_hash"] != prev:
                return ChainCheck(False, count, row["seq"], "previous hash does not match")
            if entry_hash(entry) != row["hash"]:
                return ChainCheck(False, count, row["seq"], "entry was changed")
            prev, expected_seq, count = row["hash"], expected_seq + 1, count + 1
            last_seq = row["seq"]


def entries(
    db: Database,
    *,
    actor: str | None = None,
    record_id: str | None = None,
    action: str | None = None,
    limit: int = 200,
    before_seq: int | None = None,
) -> list[AuditEntry]:
    """Newest entries first, optionally for one user, one record or one action."""
    where, params = [], []
    for column, value in (("actor", actor), ("record_id", record_id), ("action", action)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if before_seq is not None:
        where.append("seq < ?")
        params.append(before_seq)
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ?"
    return [
        AuditEntry(**{**dict(r), "details": json.loads(r["details"])})
        for r in rows(db, sql, [*params, limit])
    ]
