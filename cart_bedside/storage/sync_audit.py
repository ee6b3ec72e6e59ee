"""The audit log on the wire: one hash chain per device *lineage*, keyed (chain, seq).

The tablet's audit log is one chain numbered 1, 2, 3 … in its file. On the
ward server each device's entries travel as ``<chain>:<seq>`` with the chain
id in the content, so two tablets' chains never collide (the chain id starts
as the device id the server gave at enrolment).

**A tablet restored from an old backup rewinds its sequence**: after the
restore its next entries reuse numbers the server already holds with other
content. So the chain continues under a new *lineage* id
(``<device id>.<8 random hex digits>``) from the first entry that differs,
recorded in the chain itself by a ``sync_lineage`` audit entry naming the old
and new lineage and the first sequence number of the new one. The new
lineage's first entry still carries the ``prev_hash`` of the entry before it,
so the server can check where it forks from the old one. A fork is started

- by a restore (:func:`mark_restored`: the restored copy's own restore entry
  is the first of the new lineage),
- when the server's last anchor of the current lineage is not in this file
  (a file copied back by hand), or
- when the server answers that an entry's id is held with other content.

The lineages are ``local_meta`` keys (``sync.chain``, ``sync.chains``: a JSON
list of ``[chain id, first seq]``); the id is random, so restoring the same
backup twice never reuses one.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime

from ..logic.wire import audit_row_id
from . import audit, sync_state
from .store import Store

LINEAGE_ACTION = audit.AuditAction.SYNC_LINEAGE


def wire_id(chain: str, seq: int) -> str:
    return audit_row_id(chain, seq)


def begin(conn: sqlite3.Connection, device_id: str) -> None:
    """The first lineage of a device just enrolled: its whole log, from entry 1."""
    sync_state.write(
        conn, {"chain": device_id, "chains": json.dumps([[device_id, 1]]), "fork_at": None}
    )


def lineages(meta: Mapping[str, str]) -> list[tuple[str, int]]:
    try:
        found = json.loads(meta.get("chains") or "[]")
        return [(str(c), int(s)) for c, s in found]
    except (ValueError, TypeError):
        return []


def chain_of(meta: Mapping[str, str]) -> Callable[[int], str]:
    """seq → the lineage it belongs to (the last one starting at or before it)."""
    known = sorted(lineages(meta), key=lambda cs: cs[1])
    default = meta.get("chain") or meta.get("device_id") or "unknown"

    def of(seq: int) -> str:
        found = [c for c, first in known if first <= seq]
        return found[-1] if found else default

    return of


def hash_hex(stored: str) -> str:
    """The hex digits of an entry's hash (a keyed hash is ``<key id>:<hex>``)."""
    return stored.split(":")[-1]


def fork(store: Store, from_seq: int, reason: str, at: datetime) -> str:
    """Continue the chain as a new lineage from ``from_seq``; returns its id.

    Entries before ``from_seq`` stay acknowledged as they were; from it on they are
    pushed again under the new lineage. The fork is an audit entry of its own.
    """
    meta = sync_state.read(store)
    old = meta.get("chain") or meta.get("device_id") or "unknown"
    base = meta.get("device_id") or old.split(".")[0]
    new = f"{base}.{secrets.token_hex(4)}"
    known = [(c, s) for c, s in lineages(meta) if s < from_seq]
    acked = min(int(meta.get("audit_acked") or 0), from_seq - 1)
    with store.transaction() as conn:
        sync_state.write(
            conn,
            {
                "chain": new,
                "chains": json.dumps([*known, (new, from_seq)]),
                "audit_acked": acked,
                "fork_at": None,
            },
        )
        audit.append(
            conn,
            at=at,
            actor="system",
            action=LINEAGE_ACTION,
            device_id=store.device_id,
            reason=reason,
            details={"chain": new, "forks_from": old, "first_seq": from_seq},
        )
    return new


def mark_restored(conn: sqlite3.Connection, restore_seq: int) -> None:
    """A restored copy (inside the restore's transaction): if it is enrolled, its next sync
    starts a new lineage at its restore entry."""
    enrolled = conn.execute(
        "SELECT 1 FROM local_meta WHERE key = ?", (sync_state.PREFIX + "server_url",)
    ).fetchone()
    if enrolled:
        sync_state.write(conn, {"fork_at": restore_seq})
