"""Receiving rows written on other tablets (schema 7; the sync client's storage half).

:func:`receive_rows` takes rows as another tablet stores them (table, column
→ value) and stores the new ones in one transaction:

- a row already held with the same content is a no-op (a resent page);
- the same id with other content is refused, reported, and nothing of it is
  stored (a held row is never overwritten);
- device-local tables (:data:`~.merge_schema.DEVICE_LOCAL_TABLES`) are refused
  by name; only the append-only clinical tables are received.

New rows are written parents first (patients, episodes, then records; within
a table, a version before the versions that supersede it) with ``executemany``
(3x faster than sqlite-utils' ``insert_all`` from dicts: a new tablet's first pull
stores tens of thousands), so the append-only triggers check every one. The page gets
one audit entry on this tablet and each row its keyed hash in
``sync_received`` (:mod:`.received`), so ``verify`` covers received rows as
its own.
Which version is current is decided by the ``supersedes`` graph, so the order
rows arrive in changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..logic.messages import msg
from .audit import canonical_json, content_hash
from .errors import StorageError
from .merge_schema import DEVICE_LOCAL_TABLES
from .received import audit_page
from .schema import CLINICAL_TABLES
from .store import Store

_FIRST = ("patients", "episodes")
_IN = 500  # ids a query
_LAST = ("signatures", "resolutions")


@dataclass(frozen=True)
class ReceivedConflict:
    """A received row whose id is held here with other content (refused)."""

    table: str
    id: str
    held_sha256: str
    received_sha256: str


@dataclass
class ReceiveReport:
    stored: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[ReceivedConflict] = field(default_factory=list)


def _sha(row: Mapping[str, Any]) -> str:
    return content_hash([dict(row)])


def _ordered(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Group by table (parents first) and put each version after the one it supersedes."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, row in rows:
        by_table.setdefault(table, []).append(row)
    order = sorted(
        by_table,
        key=lambda t: (_FIRST.index(t) if t in _FIRST else 2 + (t in _LAST), t),
    )
    out = []
    for table in order:
        pending = by_table[table]
        ids = {r["id"] for r in pending}
        placed: set[str] = set()
        sorted_rows: list[dict[str, Any]] = []
        while pending:
            ready = [r for r in pending if r.get("supersedes") not in ids - placed]
            if not ready:  # a cycle cannot be stored anyway: let the triggers refuse it
                ready = pending
            sorted_rows += ready
            placed |= {r["id"] for r in ready}
            pending = [r for r in pending if r["id"] not in placed]
        out.append((table, sorted_rows))
    return out


def receive_rows(store: Store, rows: Iterable[tuple[str, Mapping[str, Any]]]) -> ReceiveReport:
    """Store the rows not held yet; report duplicates and conflicting ids (see the module)."""
    report = ReceiveReport()
    batch = [(table, dict(row)) for table, row in rows]
    for table, _ in batch:
        if table in DEVICE_LOCAL_TABLES:
            raise StorageError(msg("storage.error.device_local_table", table=table))
        if table not in CLINICAL_TABLES:
            raise StorageError(msg("storage.error.unknown_table", table=table))
    with store.transaction() as conn:
        held_rows = _held(store, batch)
        new: list[tuple[str, dict[str, Any]]] = []
        fresh: dict[tuple[str, str], dict[str, Any]] = {}
        for table, row in batch:
            key = (table, row["id"])
            before = held_rows.get(key) or fresh.get(key)
            if before is None:
                new.append((table, row))
                fresh[key] = row
            elif canonical_json(before) == canonical_json(row):
                report.duplicates.append(key)
            else:
                report.conflicts.append(ReceivedConflict(table, row["id"], _sha(before), _sha(row)))
        for table, group in _ordered(new):
            _insert(conn, table, group)
            report.stored += [(table, row["id"]) for row in group]
        if report.stored:
            audit_page(store, conn, report.stored)
    return report


def _held(
    store: Store, batch: list[tuple[str, dict[str, Any]]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows of ``batch`` held here already, by (table, id): one query a table."""
    ids: dict[str, list[str]] = {}
    for table, row in batch:
        ids.setdefault(table, []).append(row["id"])
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for table, wanted in ids.items():
        for i in range(0, len(wanted), _IN):
            chunk = wanted[i : i + _IN]
            marks = ",".join("?" * len(chunk))
            for held in store.rows(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
                out[(table, held["id"])] = dict(held)
    return out


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Rows in order, each run of rows with the same columns one ``executemany`` (through
    the append-only triggers); a column the table lacks is refused by name."""
    known = {r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
    start = 0
    while start < len(rows):
        cols = tuple(rows[start])
        end = start
        while end < len(rows) and tuple(rows[end]) == cols:
            end += 1
        unknown = [c for c in cols if c not in known]
        if unknown:
            raise StorageError(msg("storage.error.unknown_column", table=table, column=unknown[0]))
        names = ", ".join(f'"{c}"' for c in cols)
        conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows[start:end]],
        )
        start = end
