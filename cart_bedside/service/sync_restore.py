"""A ward server restored from an older backup, found by a tablet (issue 14).

Two signs, either enough:

- **its anchor went back**: the highest anchor the server holds of this
  device's audit chain is below the one it accepted from this device (or it
  holds none of that chain any more); checked at the start of a round, from
  the ``GET /anchor`` the lineage check fetched;
- **its cursor went back**: a pull page's ``next_cursor`` below this device's
  cursor (:func:`.sync_pull.pull` records the cursor it had).

Then every row held here is queued again (:func:`..storage.sync_resend.resend_all`)
and pushed in the same round, and the audit log is pushed again after the last
entry the server still holds an anchor for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..storage import sync_audit, sync_resend, sync_state
from ..storage.store import Store


def anchor_behind(
    store: Store, anchors: list[tuple[str, int, str]] | None
) -> tuple[int, int] | None:
    """(the anchor this device had accepted, the server's highest of that chain) when the
    server's is lower; None when it is not, or nothing tells (no anchor accepted yet)."""
    if anchors is None:
        return None
    meta = sync_state.read(store)
    chain, accepted = meta.get("anchored_chain"), int(meta.get("anchored") or 0)
    if not chain or accepted <= 0 or chain != meta.get("chain"):
        return None
    held = max((seq for c, seq, _ in anchors if c == chain), default=0)
    return (accepted, held) if held < accepted else None


def audit_from(store: Store, anchors: list[tuple[str, int, str]] | None) -> int:
    """The last audit entry the server certainly still holds: its highest anchor of the
    current lineage when that lineage starts at or before it, else 0 (all again)."""
    meta = sync_state.read(store)
    chain = meta.get("chain")
    held = max((seq for c, seq, _ in anchors or [] if c == chain), default=0)
    first = dict(sync_audit.lineages(meta)).get(chain or "", 1)
    return held if held >= first else 0


def resend(
    store: Store,
    anchors: list[tuple[str, int, str]] | None,
    now: Callable[[], datetime],
    *,
    cursor_was: int | None = None,
    server_cursor: int | None = None,
    anchored_was: int | None = None,
) -> int:
    """Queue every row again and rewind the audit acknowledgement; returns the rows queued."""
    return sync_resend.resend_all(
        store,
        audit_from=audit_from(store, anchors),
        cursor_was=cursor_was,
        server_cursor=server_cursor,
        anchored_was=anchored_was,
        at=now(),
    )
