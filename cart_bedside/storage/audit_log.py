"""The audit log as the screens use it: events, entries, chain and row checks.

The chain itself (hashing, appending, verifying) is :mod:`.audit`'s.
"""

from __future__ import annotations

import json
from typing import Any

from . import audit, received
from .audit import AuditAction
from .db import transaction
from .store import Store


class AuditRepository:
    """Audit non-write events and read and check the log."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def log_event(
        self,
        action: str,
        actor: str,
        *,
        reason: str | None = None,
        details: dict[str, Any] | None = None,
        record_id: str | None = None,
    ) -> int:
        """Audit a non-write event: sign_in, sign_out, sign_in_failed, lock, print, export …"""
        action = AuditAction(action)
        with transaction(self.store.db) as conn:
            return self.store.audit(
                conn, actor, action, record_id=record_id, reason=reason, details=details
            )

    def audit_entries(self, **filters: Any) -> list[audit.AuditEntry]:
        """Newest audit entries first; filters: actor, record_id, action, limit, before_seq."""
        return audit.entries(self.store.db, **filters)

    def verify_audit_chain(self) -> audit.ChainCheck:
        """Recompute the audit hash chain."""
        return audit.verify_chain(self.store.db)

    def verify_record(self, record_id: str) -> bool:
        """True when a stored version still hashes to what the audit log recorded at insert."""
        table, row = self.store.find(record_id)
        entry = self.store.one(
            "SELECT details FROM audit_log WHERE record_id = ? AND table_name = ? "
            "ORDER BY seq LIMIT 1",
            (record_id, table),
        )
        if entry is None:
            page = received.received_hash(self.store.conn, table, record_id)
            return page is not None and audit.row_hash_matches(page[1], dict(row))
        return json.loads(entry["details"]).get("sha256") == audit.row_sha256(row)
