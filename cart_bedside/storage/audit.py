"""The audit log: who did what, when and why, in a keyed hash chain.

Each entry stores ``hash = "<key id>:" + HMAC-SHA256(device key, prev_hash +
canonical JSON of the entry)``, where the entry includes its sequence number
and ``prev_hash``; the key lives outside the database (:mod:`.keys`), so a
copy of the file is not enough to re-chain an edited log. Changing, removing
or reordering any entry breaks every hash after it; :func:`verify_chain`
finds the first broken entry. Entries written before keying (schema < 4)
carry a plain sha256 (64 hex digits); once a keyed entry appears, an unkeyed
one after it is refused. The table is append-only (SQLite triggers), and
entries are only ever added inside the write transaction they describe, so
the log and the records cannot disagree.

Rows are hashed the same way: a clinical row's audit entry keeps its keyed
hash (``details.sha256``), and every change of a user or a ward setting keeps
the keyed hash of its protected columns (``details.state``: username,
display name, role, PIN hash and active; key and value).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from . import keys
from .db import Database, rows

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
    VERIFY = "verify"  # a check of the file that found problems (integrity after start-up)
    SYNC_LINEAGE = "sync_lineage"  # the chain goes on as a new lineage on the ward server
    RECEIVE = "receive"  # a page of rows from the ward server (one entry a page)
    SYNC_SERVER_RESTORED = "sync_server_restored"  # the server went back: every row sent again


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
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _keyed(text: str) -> str:
    kid, secret = keys.audit_key()
    return f"{kid}:{hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()}"


def _matches(stored: str | None, text: str) -> bool | None:
    """Does ``stored`` (keyed or plain) hash ``text``? None: keyed with a key not on this device."""
    if not stored:
        return False
    if ":" not in stored:
        return hmac.compare_digest(stored, hashlib.sha256(text.encode()).hexdigest())
    kid, digest = stored.split(":", 1)
    secret = keys.audit_keys().get(kid)
    if secret is None:
        return None
    return hmac.compare_digest(digest, hmac.new(secret, text.encode(), hashlib.sha256).hexdigest())


def row_sha256(row: sqlite3.Row | dict[str, Any]) -> str:
    """Keyed hash of a stored row (all columns, canonical JSON), kept in its audit entry."""
    return _keyed(canonical_json(dict(row)))


def row_hash_matches(recorded: str | None, row: dict[str, Any]) -> bool:
    """True when a row still hashes to what its audit entry recorded."""
    return bool(_matches(recorded, canonical_json(dict(row))))


def row_hasher() -> Callable[[sqlite3.Row | dict[str, Any]], str]:
    """:func:`row_sha256` with the key read once: for a page of rows (a received page of
    500 rows read the key folder 500 times, a quarter of the time it took to store it)."""
    kid, secret = keys.audit_key()

    def hashed(row: sqlite3.Row | dict[str, Any]) -> str:
        text = canonical_json(dict(row)).encode()
        return f"{kid}:{hmac.new(secret, text, hashlib.sha256).hexdigest()}"

    return hashed


def row_checker() -> Callable[[str | None, dict[str, Any]], bool]:
    """:func:`row_hash_matches` with the keys read once (``verify`` checks every row)."""
    known = dict(keys.audit_keys())

    def matches(recorded: str | None, row: dict[str, Any]) -> bool:
        if not recorded:
            return False
        text = canonical_json(dict(row)).encode()
        if ":" not in recorded:
            return hmac.compare_digest(recorded, hashlib.sha256(text).hexdigest())
        kid, digest = recorded.split(":", 1)
        if kid not in known:
            known.update(keys.audit_keys())  # a key made since (first use on this device)
        secret = known.get(kid)
        if secret is None:
            return False
        return hmac.compare_digest(digest, hmac.new(secret, text, hashlib.sha256).hexdigest())

    return matches


def content_hash(content: list[dict[str, Any]]) -> str:
    """sha256 of signed content (``[{"table", "row"}, …]``), as in the signatures table."""
    return hashlib.sha256(canonical_json(content).encode()).hexdigest()


STATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("username", "display_name", "role", "pin_hash", "active"),
    "ward_settings": ("key", "value"),
}
STATE_KEY = {"users": "username", "ward_settings": "key"}
STATE_SINCE_VERSION = 4


def state_hash(table: str, row: dict[str, Any]) -> str:
    """Keyed hash of the protected columns of a user or a ward setting."""
    return _keyed(canonical_json({"table": table, **{c: row[c] for c in STATE_COLUMNS[table]}}))


def state_matches(recorded: str | None, table: str, row: dict[str, Any]) -> bool:
    """True when a user or setting still has the state its last audit entry recorded."""
    text = canonical_json({"table": table, **{c: row[c] for c in STATE_COLUMNS[table]}})
    return bool(_matches(recorded, text))


def state_required(conn: sqlite3.Connection) -> bool:
    """From schema 4 on, every user and setting has a state hash in the log."""
    return conn.execute("PRAGMA user_version").fetchone()[0] >= STATE_SINCE_VERSION


def entry_hash(entry: dict[str, Any]) -> str:
    """The keyed chain hash of one entry (``entry`` includes ``prev_hash``, not ``hash``)."""
    return _keyed(entry["prev_hash"] + canonical_json(entry))


def _state_of(conn: sqlite3.Connection, table: str, key: str) -> str | None:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    row = cur.execute(f"SELECT * FROM {table} WHERE {STATE_KEY[table]} = ?", (key,)).fetchone()
    return None if row is None else state_hash(table, dict(row))


_FIELDS = (
    "seq",
    "at",
    "actor",
    "action",
    "table_name",
    "record_id",
    "reason",
    "details",
    "device_id",
    "prev_hash",
)


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
    if table in STATE_COLUMNS and record_id is not None:
        details = {**(details or {}), "state": _state_of(conn, table, record_id)}
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


def verify_chain(
    db: Database, batch: int = 5000, *, after_seq: int = 0, prev_hash: str = GENESIS_HASH
) -> ChainCheck:
    """Recompute every hash in order (after ``after_seq``, whose hash is ``prev_hash``);
    report the first entry that does not match."""
    prev, expected_seq, count = prev_hash, after_seq + 1, 0
    last_seq, keyed = after_seq, ":" in prev_hash
    while True:
        page = rows(
            db,
            f"SELECT {', '.join(_FIELDS)}, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
            (last_seq, batch),
        )
        if not page:
            return ChainCheck(True, count)
        for row in page:
            entry = {f: row[f] for f in _FIELDS}
            stored = row["hash"]
            if row["seq"] != expected_seq:
                return ChainCheck(False, count, row["seq"], "sequence gap")
            if row["prev_hash"] != prev:
                return ChainCheck(False, count, row["seq"], "previous hash does not match")
            if keyed and ":" not in stored:
                return ChainCheck(False, count, row["seq"], "entry is not keyed")
            good = _matches(stored, prev + canonical_json(entry))
            if good is None:
                return ChainCheck(
                    False,
                    count,
                    row["seq"],
                    f"keyed with {stored.split(':')[0]}, a key not on this device",
                )
            if not good:
                return ChainCheck(False, count, row["seq"], "entry was changed")
            keyed = keyed or ":" in stored
            prev, expected_seq, count = stored, expected_seq + 1, count + 1
            last_seq = row["seq"]


def anchor_text(db: Database) -> str:
    """The chain head as printed on a handover sheet: ``<seq>:<first 12 hex digits>`` ("" if none).

    ``cart-bedside verify --anchor`` takes it back: a log cut short below it is found.
    """
    head = db.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return "" if head is None else f"{head[0]}:{head[1].split(':')[-1][:12]}"


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
    where: list[str] = []
    params: list[Any] = []
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
