"""``cart-bedside verify`` on an enrolled device: does this file still hold the anchors the
ward server keeps for it (issue 15)?

Each sync round sends the head the server acknowledged (``POST /anchor``); the
server keeps the highest per lineage. A file cut short after that point, or
whose anchored entry was rewritten, no longer holds it: one finding per
anchor. An anchor of a lineage this file left at a recorded fork (a restore,
:mod:`..storage.sync_audit`) is not a finding: the entries after the fork live on
under the new lineage. A server that cannot be reached is one line, not a
finding: the local checks still ran.
"""

from __future__ import annotations

from ..logic.messages import Message, msg
from ..storage import sync_audit, sync_rows, sync_state
from .sync import NotEnrolled, _transport
from .sync_http import ServerRefused, SyncError, SyncTransport
from .sync_push import _anchors
from .ward import WardService


def anchor_findings(
    ward: WardService, transport: SyncTransport | None = None, timeout: float = 10
) -> tuple[list[Message], Message | None]:
    """(findings, a note when the check could not run); both empty when not enrolled."""
    try:
        transport = transport or _transport(ward, timeout)
    except NotEnrolled:
        return [], None
    try:
        body = transport.get("/anchor")
    except ServerRefused as refused:
        if refused.status in (404, 405):
            return [], None
        return [], msg("sync.verify.not_checked", reason=refused.message)
    except SyncError as error:
        return [], msg("sync.verify.not_checked", reason=error.message)
    store = ward.repo.store
    meta = sync_state.read(store)
    of = sync_audit.chain_of(meta)
    known = {chain for chain, _ in sync_audit.lineages(meta)}
    fork_at = int(meta.get("fork_at") or 0)
    head = sync_rows.audit_head(store)
    findings: list[Message] = []
    for chain, seq, digest in _anchors(body):
        if chain not in known or (fork_at and seq >= fork_at):
            continue  # a lineage this file never had, or left by a restore not yet synced
        if of(seq) != chain:
            continue  # this file forked off that lineage before ``seq`` (recorded)
        entry = sync_rows.audit_entry(store, seq)
        where = f"{chain}:{seq}"
        if entry is None:
            findings.append(msg("sync.verify.anchor_missing", anchor=where, head=head))
        elif sync_audit.hash_hex(entry["hash"]) != sync_audit.hash_hex(digest):
            findings.append(msg("sync.verify.anchor_changed", anchor=where))
    return findings, None
