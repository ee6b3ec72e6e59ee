"""Each device's audit chain, checked as it arrives, and the anchors devices send.

**Audit chains on receipt.** A tablet's ``audit_log`` entries travel as rows of table
``audit_log`` with the wire id ``<chain>:<seq>`` (``logic.wire.audit_row_id``: the chain
is the device's audit lineage) and the entry as content (``seq``, ``prev_hash``,
``hash`` …). In the push's transaction the server files each new entry under
(chain, seq) and checks, against the entries it holds:

- **linked**: an entry's ``prev_hash`` is the ``hash`` of the entry before it, and the
  entry after it (if held) names this one's ``hash``;
- **one entry a number**: another row for the same (chain, seq) is a *fork*;
- **contiguous**: how far the chain runs from 1 without a gap (``contiguous_to``) —
  a gap is not a break (pages may arrive out of order), it is reported as such.

A break is recorded (``audit_breaks``), logged, answered in the push response, and
listed by ``server devices``; the rows are still stored (they are the evidence).

**What the server cannot check.** The tablet's hashes are HMAC-SHA256 keyed with a
secret that never leaves the tablet (``storage.keys``); the server does not hold it, so
it cannot recompute an entry's hash from its content. That is deliberate: a server (or
a stolen copy of its database) that held every tablet's key could forge any tablet's
history. What the server proves is the shape of the chain — every entry it holds
names the one before it, none is replaced (a held row's content never changes: same id,
other content is a 409), none is dropped between two it holds — and, with anchors,
that a device's chain never goes back. Whether an entry's content matches its hash is
``cart-bedside verify`` on the device that holds the key.

A restored tablet continues under a new lineage (``<device id>.<hex>``) whose first
entry (number N) names the hash of entry N − 1 of the chain before it: the server
checks that fork point against the entry it holds and counts the new chain from N.

**Anchors** (``POST /anchor {"chain", "seq", "hash"}``; the hash with or without its
``<key id>:``): the server keeps every anchor
a device sends and answers 409 ``anchor_rewound`` when the new one is below the highest
it holds for that chain, names the same sequence number with another hash, or
disagrees with an audit entry of that chain the server holds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import psycopg

from .protocol import Row
from .store import Device

log = logging.getLogger("cart_bedside.server")


@dataclass(frozen=True)
class Entry:
    chain: str
    seq: int
    prev_hash: str
    hash: str
    row_id: str


class ChainError(ValueError):
    def __init__(self, index: int, field: str, message: str):
        super().__init__(message)
        self.index, self.field, self.message = index, field, message


def entry_of(index: int, row: Row, content: dict[str, Any]) -> Entry:
    """The chain position of one pushed ``audit_log`` row (:class:`ChainError` if unclear)."""
    chain, _, tail = row.id.rpartition(":")
    if "chain" in content and content["chain"] != chain:
        raise ChainError(index, "content.chain", "must be the chain named in the id")
    seq, prev_hash, digest = content.get("seq"), content.get("prev_hash"), content.get("hash")
    if not chain or not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise ChainError(index, "content.seq", "an audit entry needs a positive integer seq")
    if tail != str(seq):
        raise ChainError(index, "id", "an audit entry's id is <chain>:<seq>")
    if not isinstance(prev_hash, str) or not isinstance(digest, str) or not digest:
        raise ChainError(index, "content.hash", "an audit entry needs prev_hash and hash")
    return Entry(chain, seq, prev_hash, digest, row.id)


def check_on_receipt(
    conn: psycopg.Connection, device: Device, entries: list[Entry]
) -> list[dict[str, Any]]:
    """File new entries and check them (inside the push's transaction); the chains touched,
    each ``{"chain", "contiguous_to", "breaks": [...]}``."""
    if not entries:
        return []
    ward = device.ward_id
    breaks: list[dict[str, Any]] = []
    for e in sorted(entries, key=lambda x: (x.chain, x.seq)):
        held = conn.execute(
            "INSERT INTO audit_entries (ward_id, chain, seq, prev_hash, hash, row_id, device_id) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING seq",
            (ward, e.chain, e.seq, e.prev_hash, e.hash, e.row_id, device.id),
        ).fetchone()
        if held is None:
            breaks.append(_break(conn, device, e, "fork", "another entry holds this number"))
            continue
        before = _hash_at(conn, ward, e.chain, e.seq - 1)
        if before is None and e.seq > 1:
            _lineage_start(conn, device, e)
        if before is not None and before[1] != e.prev_hash:
            breaks.append(
                _break(conn, device, e, "link", f"prev_hash is not the hash of entry {e.seq - 1}")
            )
        after = _hash_at(conn, ward, e.chain, e.seq + 1)
        if after is not None and after[0] != e.hash:
            breaks.append(
                _break(conn, device, e, "link", f"entry {e.seq + 1} names another prev_hash")
            )
    out = []
    for chain in sorted({e.chain for e in entries}):
        reach = _advance(conn, device, chain)
        out.append(
            {
                "chain": chain,
                "contiguous_to": reach,
                "breaks": [b for b in breaks if b["chain"] == chain],
            }
        )
    return out


def _hash_at(conn: psycopg.Connection, ward: int, chain: str, seq: int) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT prev_hash, hash FROM audit_entries WHERE ward_id = %s AND chain = %s AND seq = %s",
        (ward, chain, seq),
    ).fetchone()
    return None if row is None else (row[0], row[1])


def _lineage_start(conn: psycopg.Connection, device: Device, e: Entry) -> None:
    """A chain whose first entry here follows an entry of another chain of the ward (a tablet
    restored from a backup continues under a new lineage, its first entry naming the hash
    of the entry before it): the new chain starts there, its fork point checked."""
    parent = conn.execute(
        "SELECT chain FROM audit_entries WHERE ward_id = %s AND seq = %s AND hash = %s "
        "AND chain <> %s LIMIT 1",
        (device.ward_id, e.seq - 1, e.prev_hash, e.chain),
    ).fetchone()
    if parent is None:
        return
    conn.execute(
        "INSERT INTO audit_chains (ward_id, chain, device_id, contiguous_to, starts_at, parent) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (ward_id, chain) DO UPDATE SET "
        "starts_at = excluded.starts_at, parent = excluded.parent, "
        "contiguous_to = greatest(audit_chains.contiguous_to, excluded.contiguous_to) "
        "WHERE audit_chains.contiguous_to < excluded.starts_at",
        (device.ward_id, e.chain, device.id, e.seq - 1, e.seq, parent[0]),
    )


def _break(
    conn: psycopg.Connection, device: Device, e: Entry, kind: str, detail: str
) -> dict[str, Any]:
    conn.execute(
        "INSERT INTO audit_breaks (ward_id, chain, seq, kind, detail, device_id) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        (device.ward_id, e.chain, e.seq, kind, detail, device.id),
    )
    log.warning("device %s: audit chain %s breaks at %d (%s)", device.id, e.chain, e.seq, kind)
    return {"chain": e.chain, "seq": e.seq, "kind": kind, "detail": detail}


def _advance(conn: psycopg.Connection, device: Device, chain: str) -> int:
    """Move the chain's ``contiguous_to`` over every entry now held without a gap."""
    row = conn.execute(
        "INSERT INTO audit_chains (ward_id, chain, device_id) VALUES (%s, %s, %s) "
        "ON CONFLICT (ward_id, chain) DO UPDATE SET chain = excluded.chain "
        "RETURNING contiguous_to",
        (device.ward_id, chain, device.id),
    ).fetchone()
    reach = int(row[0]) if row else 0
    while True:
        seqs = [
            int(s)
            for (s,) in conn.execute(
                "SELECT seq FROM audit_entries WHERE ward_id = %s AND chain = %s AND seq > %s "
                "ORDER BY seq LIMIT 1000",
                (device.ward_id, chain, reach),
            ).fetchall()
        ]
        moved = 0
        for s in seqs:
            if s != reach + 1:
                break
            reach, moved = s, moved + 1
        if moved < 1000:
            break
    conn.execute(
        "UPDATE audit_chains SET contiguous_to = %s WHERE ward_id = %s AND chain = %s",
        (reach, device.ward_id, chain),
    )
    return reach


def chain_report(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    """Per device: its chains' reach and their breaks (for ``server devices``)."""
    out: dict[str, dict[str, Any]] = {}
    for dev, chain, reach in conn.execute(
        "SELECT device_id, chain, contiguous_to FROM audit_chains ORDER BY device_id, chain"
    ).fetchall():
        out.setdefault(dev, {"chains": {}, "breaks": 0})["chains"][chain] = int(reach)
    for dev, n in conn.execute(
        "SELECT device_id, count(*) FROM audit_breaks GROUP BY device_id"
    ).fetchall():
        out.setdefault(dev, {"chains": {}, "breaks": 0})["breaks"] = int(n)
    conn.commit()
    return out


# --- anchors ---------------------------------------------------------------------------


class AnchorRewound(Exception):
    def __init__(self, message: str, held: dict[str, Any]):
        super().__init__(message)
        self.message, self.held = message, held


def put_anchor(conn: psycopg.Connection, device: Device, chain: str, seq: int, digest: str) -> None:
    """Keep a device's anchor; :class:`AnchorRewound` when it goes back or disagrees."""
    with conn.transaction():
        conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext('cart-anchor'), hashtext(%s))", (device.id,)
        )
        top = conn.execute(
            "SELECT seq, hash FROM anchors WHERE device_id = %s AND chain = %s "
            "ORDER BY seq DESC LIMIT 1",
            (device.id, chain),
        ).fetchone()
        if top is not None:
            held = {"chain": chain, "seq": int(top[0]), "hash": top[1]}
            if seq < int(top[0]):
                raise AnchorRewound(f"the chain went back: held {top[0]}, sent {seq}", held)
            if seq == int(top[0]):
                if _hex(digest) != _hex(top[1]):
                    raise AnchorRewound(f"entry {seq} now has another hash", held)
                return
        entry = _hash_at(conn, device.ward_id, chain, seq)
        if entry is not None and _hex(entry[1]) != _hex(digest):
            raise AnchorRewound(
                f"entry {seq} was received with another hash",
                {"chain": chain, "seq": seq, "hash": entry[1]},
            )
        conn.execute(
            "INSERT INTO anchors (device_id, chain, seq, hash) VALUES (%s, %s, %s, %s)",
            (device.id, chain, seq, digest),
        )


def _hex(digest: str) -> str:
    """The hex digits of a hash: a tablet's keyed hash is ``<key id>:<hex>``, its anchor
    may send the hex alone."""
    return digest.rsplit(":", 1)[-1]


def anchors(conn: psycopg.Connection, device: Device) -> list[dict[str, Any]]:
    """The device's last anchor of each chain."""
    rows = conn.execute(
        "SELECT DISTINCT ON (chain) chain, seq, hash, at FROM anchors WHERE device_id = %s "
        "ORDER BY chain, seq DESC",
        (device.id,),
    ).fetchall()
    conn.commit()
    return [{"chain": c, "seq": int(s), "hash": h, "at": a.isoformat()} for c, s, h, a in rows]
