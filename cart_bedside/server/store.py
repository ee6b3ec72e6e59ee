"""The ward server's SQL for wards, devices, enrolment, admin tokens and rate limits.

Pushes and receipts are in :mod:`.push`, pulls in :mod:`.pull`. Every function
takes a psycopg connection (from the pool) and commits what it writes before
it returns.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from .arguments import ROLES
from .protocol import ENROLL_CODE_MINUTES, token_sha256

_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud, typed on glass


@dataclass(frozen=True)
class Device:
    id: str
    ward_id: int
    role: str


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


def authenticate(
    conn: psycopg.Connection, token: str, source: str, window_s: float
) -> tuple[Device | str, int]:
    """The device a token belongs to (or why not: ``"unknown"``, ``"revoked"``) and the
    address's recent authentication failures, in one query (every request asks both)."""
    row = conn.execute(
        "SELECT d.id, d.ward_id, d.role, d.revoked_at, (SELECT count(*) FROM auth_failures "
        "WHERE source = %s AND at > now() - make_interval(secs => %s)) "
        "FROM (SELECT 1) AS one LEFT JOIN devices d ON d.token_sha256 = %s",
        (source, window_s, token_sha256(token)),
    ).fetchone()
    conn.commit()
    assert row is not None
    failures = int(row[4])
    if row[0] is None:
        return "unknown", failures
    if row[3] is not None:
        return "revoked", failures
    return Device(row[0], int(row[1]), row[2]), failures


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
