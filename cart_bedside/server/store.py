"""The ward server's SQL: wards, devices, enrolment, push, pull, receipts, rate limits.

Every function takes a psycopg connection (from the pool) and commits what it
writes before it returns. Pushes are serialised by a transaction-level advisory
lock: server sequence numbers are then handed out in commit order, so a device
that has pulled up to sequence N can never later miss a row numbered ≤ N that
committed after its pull (the classic gap of reading a sequence while
transactions commit out of order). A push is a few milliseconds, so one at a
time is far from the bottleneck for a ward (see benchmarks/bench_sync.py).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from .arguments import ROLES
from .protocol import ENROLL_CODE_MINUTES, Row, canonical_json, token_sha256
from .schema import PUSH_LOCK

GENESIS_HASH = "0" * 64
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud, typed on glass


@dataclass(frozen=True)
class Device:
    id: str
    ward_id: int
    role: str


@dataclass
class PushResult:
    results: list[dict[str, Any]] = field(default_factory=list)
    stored: int = 0
    duplicates: int = 0
    conflicts: int = 0
    receipt: dict[str, Any] | None = None
    clock_skew_s: float | None = None


# --- wards, codes, devices -------------------------------------------------------------


def ensure_ward(conn: psycopg.Connection, name: str) -> tuple[int, bool]:
    """The ward's id, creating it if needed; ``True`` when it was created."""
    with conn.transaction():
        row = conn.execute(
            "INSERT INTO wards (name) VALUES (%s) ON CONFLICT (name) DO NOTHING RETURNING id",
            (name,),
        ).fetchone()
        if row:
            return int(row[0]), True
        found = conn.execute("SELECT id FROM wards WHERE name = %s", (name,)).fetchone()
    assert found is not None
    return int(found[0]), False


def ward_id(conn: psycopg.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM wards WHERE name = %s", (name,)).fetchone()
    conn.commit()
    return int(row[0]) if row else None


def new_enroll_code(
    conn: psycopg.Connection, ward: int, role: str, minutes: float = ENROLL_CODE_MINUTES
) -> tuple[str, datetime]:
    """A one-time code (``XXXX-XXXX-XXXX``, ~59 bits) and when it expires."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    expires = datetime.now(UTC) + timedelta(minutes=minutes)
    with conn.transaction():
        conn.execute(
            "INSERT INTO enroll_codes (code_sha256, ward_id, role, expires_at) "
            "VALUES (%s, %s, %s, %s)",
            (token_sha256(raw), ward, role, expires),
        )
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}", expires


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def enroll(
    conn: psycopg.Connection, code: str, device_id: str | None, name: str
) -> tuple[Device, str] | None:
    """Use a code once: a new device and its token (returned once, stored hashed).

    ``None`` when the code is unknown, used or expired. A device id already
    enrolled raises :class:`DeviceExistsError` and leaves the code unused.
    """
    token = secrets.token_urlsafe(32)
    new_id = device_id or secrets.token_hex(16)
    with conn.transaction():
        claimed = conn.execute(
            "UPDATE enroll_codes SET used_at = now() WHERE code_sha256 = %s "
            "AND used_at IS NULL AND expires_at > now() RETURNING ward_id, role",
            (token_sha256(normalise_code(code)),),
        ).fetchone()
        if not claimed:
            return None
        if conn.execute("SELECT 1 FROM devices WHERE id = %s", (new_id,)).fetchone():
            raise DeviceExistsError(new_id)
        conn.execute(
            "INSERT INTO devices (id, ward_id, role, name, token_sha256) "
            "VALUES (%s, %s, %s, %s, %s)",
            (new_id, claimed[0], claimed[1], name, token_sha256(token)),
        )
        conn.execute(
            "UPDATE enroll_codes SET used_by = %s WHERE code_sha256 = %s",
            (new_id, token_sha256(normalise_code(code))),
        )
    return Device(new_id, int(claimed[0]), str(claimed[1])), token


class DeviceExistsError(Exception):
    pass


def authenticate(conn: psycopg.Connection, token: str) -> Device | str:
    """The device a token belongs to, or why not: ``"unknown"`` or ``"revoked"``."""
    row = conn.execute(
        "SELECT id, ward_id, role, revoked_at FROM devices WHERE token_sha256 = %s",
        (token_sha256(token),),
    ).fetchone()
    conn.commit()
    if row is None:
        return "unknown"
    if row[3] is not None:
        return "revoked"
    return Device(row[0], int(row[1]), row[2])


def revoke(conn: psycopg.Connection, device_id: str) -> bool:
    """Revoke a device's token at once; ``False`` if no such (unrevoked) device."""
    with conn.transaction():
        cur = conn.execute(
            "UPDATE devices SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL",
            (device_id,),
        )
    return cur.rowcount == 1


def list_devices(conn: psycopg.Connection) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT d.id, w.name AS ward, d.role, d.name, d.enrolled_at, d.revoked_at, "
        "d.last_seen_at, d.last_clock_skew_s FROM devices d JOIN wards w ON w.id = d.ward_id "
        "ORDER BY w.name, d.enrolled_at"
    )
    names = [c.name for c in cur.description or ()]
    out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    conn.commit()
    return out


def new_admin_token(conn: psycopg.Connection, note: str = "") -> str:
    token = secrets.token_urlsafe(32)
    with conn.transaction():
        conn.execute(
            "INSERT INTO admin_tokens (token_sha256, note) VALUES (%s, %s)",
            (token_sha256(token), note),
        )
    return token


def admin_ok(conn: psycopg.Connection, token: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM admin_tokens WHERE token_sha256 = %s AND revoked_at IS NULL",
        (token_sha256(token),),
    ).fetchone()
    conn.commit()
    return row is not None


# --- rate limit on authentication failures ---------------------------------------------


def recent_failures(conn: psycopg.Connection, source: str, window_s: float) -> int:
    row = conn.execute(
        "SELECT count(*) FROM auth_failures WHERE source = %s "
        "AND at > now() - make_interval(secs => %s)",
        (source, window_s),
    ).fetchone()
    conn.commit()
    return int(row[0]) if row else 0


def record_failure(conn: psycopg.Connection, source: str) -> None:
    with conn.transaction():
        conn.execute("INSERT INTO auth_failures (source) VALUES (%s)", (source,))
        conn.execute("DELETE FROM auth_failures WHERE at < now() - interval '1 day'")


# --- push -----------------------------------------------------------------------------


def push(
    conn: psycopg.Connection, device: Device, rows: list[Row], device_time: datetime | None
) -> PushResult:
    """Store a page: new rows inserted, rows already held a no-op, other content a conflict."""
    result = PushResult()
    if device_time is not None:
        result.clock_skew_s = round((device_time - datetime.now(UTC)).total_seconds(), 3)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        held = _held(conn, device.ward_id, rows)
        new: list[Row] = []
        for index, row in enumerate(rows):
            key = (row.table, row.id)
            entry: dict[str, Any] = {"index": index, "table": row.table, "id": row.id}
            if key not in held:
                held[key] = row.sha256
                new.append(row)
                entry["status"] = "stored"
            elif held[key] == row.sha256:
                entry["status"] = "duplicate"
                result.duplicates += 1
            else:
                entry.update(status="conflict", held_sha256=held[key])
                result.conflicts += 1
            result.results.append(entry)
        seqs = _insert(conn, device, new)
        for entry in result.results:
            if entry["status"] == "stored":
                entry["seq"] = seqs[(entry["table"], entry["id"])]
        result.stored = len(new)
        if new:
            result.receipt = _receipt(
                conn, device, [[r.table, r.id, r.sha256, seqs[(r.table, r.id)]] for r in new]
            )
        conn.execute(
            "UPDATE devices SET last_seen_at = now(), "
            "last_clock_skew_s = coalesce(%s, last_clock_skew_s) WHERE id = %s",
            (result.clock_skew_s, device.id),
        )
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
    episodes = [r for r in new if r.episode is not None]
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


def _receipt(conn: psycopg.Connection, device: Device, rows: list[list[Any]]) -> dict[str, Any]:
    last = conn.execute(
        "SELECT seq, hash FROM receipts WHERE device_id = %s ORDER BY seq DESC LIMIT 1",
        (device.id,),
    ).fetchone()
    seq, prev = (int(last[0]) + 1, last[1]) if last else (1, GENESIS_HASH)
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
        for table, rid, sha, _ in _loads(rows_text):
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


def _loads(text: str) -> list[list[Any]]:
    return json.loads(text)
