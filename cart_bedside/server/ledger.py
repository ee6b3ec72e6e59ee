"""The ward's ledger: one sha256 hash chain a ward of every directory change (users,
roles, PIN hashes, ward settings, the seeding), with who, from which device and when.

The server holds no device's key, so this chain is plain sha256 like the receipts;
its tables are append-only in PostgreSQL (triggers refuse UPDATE and DELETE), and
:func:`verify_ledger` recomputes it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import psycopg

from .protocol import canonical_json

GENESIS_HASH = "0" * 64


def lock(conn: psycopg.Connection, ward: int) -> None:
    """Directory edits of one ward one at a time (the ledger is one chain a ward)."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext('cart-directory'), %s)", (ward,))


def append(
    conn: psycopg.Connection,
    ward: int,
    device_id: str | None,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any],
) -> int:
    last = conn.execute(
        "SELECT seq, hash FROM ledger WHERE ward_id = %s ORDER BY seq DESC LIMIT 1",
        (ward,),
    ).fetchone()
    seq, prev = (int(last[0]) + 1, last[1]) if last else (1, GENESIS_HASH)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    entry = {
        "ward_id": ward,
        "seq": seq,
        "at": at,
        "actor": actor,
        "device_id": device_id,
        "action": action,
        "subject": subject,
        "details": canonical_json(details),
        "prev_hash": prev,
    }
    conn.execute(
        "INSERT INTO ledger (ward_id, seq, at, actor, device_id, action, subject, details, "
        "prev_hash, hash) VALUES (%(ward_id)s, %(seq)s, %(at)s, %(actor)s, %(device_id)s, "
        "%(action)s, %(subject)s, %(details)s, %(prev_hash)s, %(hash)s)",
        {**entry, "hash": ledger_hash(entry)},
    )
    return seq


def ledger_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256((entry["prev_hash"] + canonical_json(entry)).encode()).hexdigest()


def verify_ledger(conn: psycopg.Connection, ward: int) -> tuple[bool, int, str | None]:
    """Recompute the ward's ledger chain: ``(ok, entries, problem)``."""
    cur = conn.execute(
        "SELECT seq, at, actor, device_id, action, subject, details, prev_hash, hash "
        "FROM ledger WHERE ward_id = %s ORDER BY seq",
        (ward,),
    )
    prev, count = GENESIS_HASH, 0
    for seq, at, actor, dev, action, subject, details, prev_hash, digest in cur.fetchall():
        entry = {
            "ward_id": ward,
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "device_id": dev,
            "action": action,
            "subject": subject,
            "details": details,
            "prev_hash": prev_hash,
        }
        if seq != count + 1 or prev_hash != prev or ledger_hash(entry) != digest:
            conn.commit()
            return False, count, f"ledger entry {seq} does not match the chain"
        prev, count = digest, count + 1
    conn.commit()
    return True, count, None
