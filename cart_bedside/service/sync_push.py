"""The push half of a sync round: queued clinical rows, then this device's audit entries.

Each page goes with each row's content sha256 (the shared canonical JSON of
:mod:`..logic.wire`). The server answers per row: ``stored`` or ``duplicate``
(held with the same content: a resend after a lost acknowledgement) are taken
off the queue; ``conflict`` (held with other content) is reported and kept
here, marked, never pushed again and never overwritten. A row the server
cannot accept at all (422, naming the row) is marked the same way so the rest
of the queue still goes.

Audit entries travel in their lineage (:mod:`..storage.sync_audit`); an entry
the server holds with other content means this file's log was rewound (an old
backup restored): the chain continues under a new lineage from that entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..logic.wire import content_sha256
from ..storage import sync_audit, sync_rows, sync_state
from ..storage.store import Store
from .sync_http import ServerRefused, SyncTransport

_ROW_INDEX = re.compile(r"^rows\[(\d+)\]")
#: Forks of the audit chain allowed in one round (each a rewind found): more is a loop.
MAX_FORKS = 2


@dataclass
class PushTally:
    acknowledged: int = 0
    stored: int = 0
    duplicates: int = 0
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, why
    audit_acknowledged: int = 0
    lineage: str | None = None
    clock_warning: str | None = None
    anchors: list[tuple[str, int, str]] | None = None  # GET /anchor; None: not asked


def _wire(row: sync_rows.Outgoing) -> dict[str, Any]:
    return {
        "table": row.table,
        "id": row.id,
        "content": row.content,
        "sha256": content_sha256(row.content),
    }


def _send(
    transport: SyncTransport, rows: list[sync_rows.Outgoing], device_time: str, tally: PushTally
) -> list[dict[str, Any]] | int:
    """Push one page: the per-row results, or the index of a row refused as invalid."""
    try:
        body = transport.post(
            "/push", {"device_time": device_time, "rows": [_wire(r) for r in rows]}
        )
    except ServerRefused as refused:
        if refused.status == 409 and isinstance(refused.body.get("results"), list):
            body = refused.body
        elif refused.status == 422 and refused.code == "invalid_row":
            found = _ROW_INDEX.match(str(refused.body.get("field") or ""))
            if found is None or int(found.group(1)) >= len(rows):
                raise
            return int(found.group(1))
        else:
            raise
    if body.get("clock_warning"):
        tally.clock_warning = str(body["clock_warning"])
    results = body.get("results")
    return results if isinstance(results, list) else []


def push_outbox(
    store: Store, transport: SyncTransport, page_rows: int, device_time: str, tally: PushTally
) -> None:
    """Push the queued clinical rows, page by page, until the queue is empty."""
    while True:
        page = sync_rows.outbox_page(store, page_rows)
        if not page:
            return
        answer = _send(transport, page, device_time, tally)
        if isinstance(answer, int):  # one row the server cannot take: set it aside
            bad = page[answer]
            sync_rows.refuse(store, {bad.key: "invalid"})
            tally.refused.append((bad.table, bad.id, "invalid"))
            continue
        done, refused = [], {}
        for result, row in _paired(answer, page):
            status = result.get("status")
            if status in ("stored", "duplicate"):
                done.append(row.key)
                tally.stored += status == "stored"
                tally.duplicates += status == "duplicate"
            elif status == "conflict":
                refused[row.key] = str(result.get("held_sha256") or "conflict")
                tally.refused.append((row.table, row.id, refused[row.key]))
        if not done and not refused:
            raise ServerRefused(200, "no_results", "the server answered a push without results")
        sync_rows.acknowledge(store, done)
        sync_rows.refuse(store, refused)
        tally.acknowledged += len(done)


def _paired(results: list[dict[str, Any]], page: list[sync_rows.Outgoing]):
    by_index = {r.get("index"): r for r in results if isinstance(r, dict)}
    for index, row in enumerate(page):
        result = by_index.get(index)
        if result is not None and result.get("id") == row.id:
            yield result, row


def push_audit(
    store: Store,
    transport: SyncTransport,
    page_rows: int,
    device_time: str,
    tally: PushTally,
    now: Callable[[], datetime],
) -> None:
    """Push this device's audit entries after the last acknowledged one, in their lineages."""
    forks = 0
    while True:
        meta = sync_state.read(store)
        acked = int(meta.get("audit_acked") or 0)
        page = sync_rows.audit_page(store, acked, page_rows, sync_audit.chain_of(meta))
        if not page:
            return
        answer = _send(transport, page, device_time, tally)
        if isinstance(answer, int):
            raise ServerRefused(422, "invalid_row", f"audit entry {page[answer].id} refused")
        statuses = {r.get("index"): r.get("status") for r in answer if isinstance(r, dict)}
        last = acked
        rewound_at = None
        for index, row in enumerate(page):
            status = statuses.get(index)
            if status in ("stored", "duplicate"):
                last = row.key
                continue
            if status == "conflict":
                rewound_at = row.key
            break
        if last > acked:
            sync_state.save(store, {"audit_acked": last})
            tally.audit_acknowledged += last - acked
        if rewound_at is not None:
            forks += 1
            if forks > MAX_FORKS:
                raise ServerRefused(409, "audit_conflict", f"audit entry {rewound_at} refused")
            tally.lineage = sync_audit.fork(store, rewound_at, "audit log rewound", now())
        elif last == acked:
            raise ServerRefused(200, "no_results", "the server acknowledged no audit entry")


def check_anchors(
    store: Store, transport: SyncTransport, tally: PushTally, now: Callable[[], datetime]
) -> None:
    """Before pushing: is the server's last anchor of our current lineage still in this file?

    When it is not (the file was replaced by an older copy outside the app), every entry
    not acknowledged here goes under a new lineage; a restore made by the app marked its
    own fork point already (``fork_at``).
    """
    meta = sync_state.read(store)
    acked = int(meta.get("audit_acked") or 0)
    fork_at = int(meta.get("fork_at") or 0)
    if fork_at:
        tally.lineage = sync_audit.fork(store, fork_at, "restored from a backup", now())
        return
    try:
        body: Any = transport.get("/anchor")
    except ServerRefused as refused:
        if refused.status in (404, 405):  # a server without anchors yet
            return
        raise
    current = meta.get("chain")
    tally.anchors = _anchors(body)
    for chain, seq, digest in tally.anchors:
        if chain != current:
            continue
        entry = sync_rows.audit_entry(store, seq)
        mine = sync_audit.chain_of(meta)(seq)
        if (
            seq > acked
            or entry is None
            or mine != chain
            or sync_audit.hash_hex(entry["hash"]) != sync_audit.hash_hex(digest)
        ):
            tally.lineage = sync_audit.fork(store, acked + 1, "audit log rewound", now())
            return


def _anchors(body: Any) -> list[tuple[str, int, str]]:
    """(chain, seq, hash) from GET /anchor, whether a list or ``{"anchors": [...]}``."""
    items = body.get("anchors", body.get("chains", [])) if isinstance(body, dict) else body
    if isinstance(items, dict):
        items = [{"chain": k, **v} for k, v in items.items() if isinstance(v, dict)]
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            out.append((str(item["chain"]), int(item["seq"]), str(item["hash"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def post_anchor(store: Store, transport: SyncTransport) -> str | None:
    """Send the head the server acknowledged (issue 15); the refusal code if refused."""
    meta = sync_state.read(store)
    acked = int(meta.get("audit_acked") or 0)
    entry = sync_rows.audit_entry(store, acked) if acked else None
    if entry is None:
        return None
    chain = sync_audit.chain_of(meta)(acked)
    try:
        transport.post(
            "/anchor", {"chain": chain, "seq": acked, "hash": sync_audit.hash_hex(entry["hash"])}
        )
    except ServerRefused as refused:
        if refused.status in (404, 405):
            return None
        if refused.status == 409:
            return refused.code
        raise
    sync_state.save(store, {"anchored": acked, "anchored_chain": chain})
    return None
