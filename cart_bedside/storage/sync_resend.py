"""Send every row again: the ward server was restored from an older backup (issue 14).

A restored server lacks the rows and audit entries it received after its
backup; the tablets still hold them — their own and the ones they pulled
from other tablets (a tablet may be gone for good). When a round finds the
server behind this device (its cursor below this device's, or its anchor of
this device's chain below the one it accepted), :func:`resend_all` queues
every clinical row held here again, parents first, and takes the audit
acknowledgement back to what the server still holds; the push that follows
is idempotent (a row held with the same content is a ``duplicate``; the same
id with other content stays refused and reported, as before).

The event is an audit entry of its own (action ``sync_server_restored``) and
the ``sync.server_restored`` key (JSON ``{"at", "rows"}``) the sync status shows.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ..logic import audit_reasons
from . import audit, sync_state
from .store import Store
from .sync_rows import push_order

ACTION = audit.AuditAction.SYNC_SERVER_RESTORED


def resend_all(
    store: Store,
    *,
    audit_from: int,
    cursor_was: int | None,
    server_cursor: int | None,
    anchored_was: int | None,
    at: datetime,
) -> int:
    """Queue every clinical row held here again (rows the server refused stay refused, once)
    and push the audit log again after ``audit_from``; returns the rows queued."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM sync_outbox WHERE refused IS NULL")
        for table in push_order():
            conn.execute(
                "INSERT INTO sync_outbox (table_name, row_id) "
                f"SELECT ?, t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o "
                "WHERE o.table_name = ? AND o.row_id = t.id) ORDER BY t.rowid",
                (table, table),
            )
        queued = int(
            conn.execute("SELECT count(*) FROM sync_outbox WHERE refused IS NULL").fetchone()[0]
        )
        acked = int(sync_state.read_in(conn).get("audit_acked") or 0)
        sync_state.write(
            conn,
            {
                "audit_acked": min(acked, max(0, audit_from)),
                "anchored": None,
                "server_restored": json.dumps(
                    {"at": datetime.now(UTC).isoformat(timespec="seconds"), "rows": queued}
                ),
            },
        )
        audit.append(
            conn,
            at=at,
            actor="system",
            action=ACTION,
            device_id=store.device_id,
            reason=audit_reasons.SERVER_RESTORED,
            details={
                "rows_queued": queued,
                "cursor_was": cursor_was,
                "server_cursor": server_cursor,
                "anchored_was": anchored_was,
                "audit_from": min(acked, max(0, audit_from)),
            },
        )
    return queued


def notice(store: Store) -> dict[str, object] | None:
    """The last restore found (``{"at", "rows"}``), None if none."""
    text = sync_state.read(store).get("server_restored")
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None
