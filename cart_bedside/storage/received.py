"""Rows received from other tablets lately: which admissions they belong to (issue 14 item 4).

:func:`~.receive.receive_rows` writes one audit entry per received row on this
device's own chain, at receive time, reason ``"received from <device>"``. The
board marks a bed that got such a row in the last minute, so this reads the
newest end of the log only: entries are walked back from the last one, a page
at a time, until one is older than ``since`` (the log has no index on ``at``
and, on a ward in use for years, millions of entries).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .schema import CLINICAL_TABLES
from .store import Store

PREFIX = "received from "
_PAGE = 200


@dataclass(frozen=True)
class ReceivedRow:
    """One row received here from ``device_id`` at ``at`` (this device's clock)."""

    episode_id: str
    table: str
    record_id: str
    device_id: str
    at: datetime


def received_since(store: Store, since: datetime) -> list[ReceivedRow]:
    """Rows of admissions received here at or after ``since``, newest first."""
    cutoff = since.replace(microsecond=0).isoformat(timespec="seconds")
    found: list[tuple[str, str, str, str]] = []
    before: int | None = None
    while True:
        page = store.rows(
            "SELECT rowid AS r, at, table_name, record_id, reason FROM audit_log "
            "WHERE device_id = ?" + (" AND rowid < ?" if before is not None else "") + " "
            "ORDER BY rowid DESC LIMIT ?",
            (store.device_id, *((before,) if before is not None else ()), _PAGE),
        )
        for row in page:
            if row["at"] < cutoff:
                return _with_episodes(store, found)
            reason = row["reason"] or ""
            if reason.startswith(PREFIX) and row["table_name"] in CLINICAL_TABLES:
                found.append(
                    (row["table_name"], row["record_id"], reason[len(PREFIX) :], row["at"])
                )
        if len(page) < _PAGE:
            return _with_episodes(store, found)
        before = page[-1]["r"]


def _with_episodes(store: Store, found: list[tuple[str, str, str, str]]) -> list[ReceivedRow]:
    out = []
    for table, record_id, device, at in found:
        if table == "patients":
            continue  # a patient row has no admission; its episode row comes with it
        row = store.one(f"SELECT episode_id FROM {table} WHERE id = ?", (record_id,))
        if row is not None:
            at_time = datetime.fromisoformat(at)
            out.append(ReceivedRow(row["episode_id"], table, record_id, device, at_time))
    return out
