"""The rows a sync round moves: what to push (the outbox and the audit log), what was
acknowledged, and storing a pulled page (the sync client's SQL; no network here).

- :func:`enrol` records the enrolment (``sync.*`` keys) and queues every
  clinical row already held, parents first (patients, episodes, then the
  records in the order they were written): the first sync pushes the whole
  history, so a ward that started on one tablet joins a server with
  everything in it.
- :func:`outbox_page` / :func:`acknowledge` / :func:`refuse`: the queue
  (:mod:`.sync_schema`), read oldest first, emptied as the server answers.
- :func:`audit_page`: this device's audit entries after the last one
  acknowledged, each with the chain lineage it belongs to (:mod:`.sync_audit`).
- :func:`receive_page`: a pulled page stored with :func:`.receive.receive_rows`,
  its rows taken off the queue (they are on the server) and the pull cursor
  moved, in one transaction: a crash leaves either all of it or none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..logic.wire import decode_content, encode_content
from . import sync_audit, sync_state
from .receive import ReceiveReport, receive_rows
from .schema import CLINICAL_TABLES
from .store import Store

#: Push order of the first sync: a row's parents before it.
_FIRST = ("patients", "episodes")
_LAST = ("signatures", "resolutions")


@dataclass(frozen=True)
class Outgoing:
    """One row to push: ``key`` is its outbox number (clinical) or sequence (audit)."""

    key: int
    table: str
    id: str
    content: dict[str, Any]


def push_order() -> list[str]:
    middle = [t for t in CLINICAL_TABLES if t not in _FIRST and t not in _LAST]
    return [*_FIRST, *middle, *_LAST]


def enrol(
    store: Store,
    *,
    server_url: str,
    device_id: str,
    role: str,
    ca_file: str | None,
    at: datetime,
) -> int:
    """Record the enrolment and queue every clinical row held; returns the rows queued."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM sync_outbox")
        for table in push_order():
            conn.execute(
                "INSERT INTO sync_outbox (table_name, row_id) "
                f"SELECT ?, id FROM {table} ORDER BY rowid",
                (table,),
            )
        sync_state.write(
            conn,
            {
                "server_url": server_url,
                "device_id": device_id,
                "role": role,
                "ca_file": ca_file,
                "enrolled_at": at.isoformat(timespec="seconds"),
                "pull_cursor": 0,
                "audit_acked": 0,
                "anchored": None,
                "anchored_chain": None,
                "server_restored": None,
                "directory_version": None,
                "last_ok_at": None,
                "last_error": None,
                "last_error_at": None,
            },
        )
        sync_audit.begin(conn, device_id)
        queued = conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    return int(queued)


def outbox_page(store: Store, limit: int) -> list[Outgoing]:
    """The oldest ``limit`` queued rows (not refused), as wire content."""
    queued = store.rows(
        "SELECT n, table_name, row_id FROM sync_outbox WHERE refused IS NULL ORDER BY n LIMIT ?",
        (limit,),
    )
    by_table: dict[str, list[Any]] = {}
    for entry in queued:
        by_table.setdefault(entry["table_name"], []).append(entry)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for table, entries in by_table.items():
        if table not in CLINICAL_TABLES:
            continue
        ids = [e["row_id"] for e in entries]
        marks = ",".join("?" * len(ids))
        for row in store.rows(f"SELECT * FROM {table} WHERE id IN ({marks})", ids):
            rows[(table, row["id"])] = encode_content(dict(row))
    out = []
    for entry in queued:
        content = rows.get((entry["table_name"], entry["row_id"]))
        if content is not None:
            out.append(Outgoing(entry["n"], entry["table_name"], entry["row_id"], content))
    return out


def acknowledge(store: Store, keys: Iterable[int]) -> None:
    """The server holds these queued rows: take them off the queue."""
    with store.transaction() as conn:
        conn.executemany("DELETE FROM sync_outbox WHERE n = ?", [(k,) for k in keys])


def refuse(store: Store, refusals: Mapping[int, str]) -> None:
    """The server holds these rows' ids with other content (its hash given): keep them
    here, marked, never pushed again."""
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE sync_outbox SET refused = ? WHERE n = ?",
            [(held, k) for k, held in refusals.items()],
        )


def refused_rows(store: Store) -> list[tuple[str, str, str]]:
    """(table, id, the server's hash) of every row the server refused."""
    found = store.rows(
        "SELECT table_name, row_id, refused FROM sync_outbox WHERE refused IS NOT NULL ORDER BY n"
    )
    return [(r["table_name"], r["row_id"], r["refused"]) for r in found]


def audit_page(
    store: Store, after_seq: int, limit: int, chain_of: Callable[[int], str]
) -> list[Outgoing]:
    """This device's audit entries after ``after_seq``, each with its lineage (``chain``)."""
    found = store.rows(
        "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, limit)
    )
    out = []
    for row in found:
        chain = chain_of(row["seq"])
        content = {**dict(row), "chain": chain}
        out.append(
            Outgoing(row["seq"], "audit_log", sync_audit.wire_id(chain, row["seq"]), content)
        )
    return out


def audit_entry(store: Store, seq: int) -> dict[str, Any] | None:
    row = store.one("SELECT * FROM audit_log WHERE seq = ?", (seq,))
    return dict(row) if row else None


def audit_head(store: Store) -> int:
    row = store.one("SELECT coalesce(max(seq), 0) AS s FROM audit_log")
    return int(row["s"]) if row else 0


def missing_history(store: Store, rows: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """Episodes a pulled page refers to whose earlier rows this tablet lacks: a record of an
    episode not held, or a version superseding one not held (an episode the server's pull
    filter left out until it was reopened). Their history is fetched first."""
    in_page = {(t, r.get("id")) for t, r in rows}
    wanted: dict[str, set[str]] = {}
    for table, row in rows:
        episode = row.get("episode_id")
        if table != "patients" and episode and ("episodes", episode) not in in_page:
            wanted.setdefault("episodes", set()).add(str(episode))
        before = row.get("supersedes")
        if before and (table, before) not in in_page:
            wanted.setdefault(table, set()).add(str(before))
    held: set[tuple[str, str]] = set()
    for table, ids in wanted.items():
        if table not in CLINICAL_TABLES:
            continue
        marks = ",".join("?" * len(ids))
        held |= {
            (table, r["id"])
            for r in store.rows(f"SELECT id FROM {table} WHERE id IN ({marks})", sorted(ids))
        }
    out: set[str] = set()
    for table, row in rows:
        episode = row.get("episode_id")
        lacks_episode = table != "patients" and episode and ("episodes", episode) not in in_page
        if lacks_episode and ("episodes", episode) not in held:
            out.add(str(episode))
        before = row.get("supersedes")
        if before and (table, before) not in in_page and (table, before) not in held and episode:
            out.add(str(episode))
    return out


def receive_page(
    store: Store, rows: list[tuple[str, dict[str, Any]]], updates: Mapping[str, str | int | None]
) -> tuple[ReceiveReport, set[str]]:
    """Store a pulled page (wire content) and write ``updates`` (the new cursor) with it;
    returns the report and the episodes whose records changed."""
    decoded = [(table, decode_content(content)) for table, content in rows]
    with store.transaction() as conn:
        report = receive_rows(store, decoded)
        held = report.stored + report.duplicates
        conn.executemany(
            "DELETE FROM sync_outbox WHERE row_id = ? AND table_name = ?",
            [(rid, table) for table, rid in held],
        )
        sync_state.write(conn, updates)
        changed = _episodes_of(store, decoded, set(report.stored))
    return report, changed


def _episodes_of(
    store: Store, rows: list[tuple[str, dict[str, Any]]], stored: set[tuple[str, str]]
) -> set[str]:
    episodes: set[str] = set()
    patients: set[str] = set()
    for table, row in rows:
        if (table, row.get("id")) not in stored:
            continue
        if table == "patients":
            patients.add(str(row.get("patient_id")))
        elif row.get("episode_id"):
            episodes.add(str(row["episode_id"]))
    for patient in patients:
        found = store.rows(
            "SELECT DISTINCT episode_id FROM episodes WHERE patient_id = ?", (patient,)
        )
        episodes |= {r["episode_id"] for r in found}
    return episodes


def directory_seed(store: Store) -> dict[str, Any]:
    """This tablet's users and ward settings, for a ward server whose directory is empty."""
    users = [
        {
            "username": r["username"],
            "display_name": r["display_name"],
            "role": r["role"],
            "pin_hash": r["pin_hash"],
            "active": bool(r["active"]),
            "changed_at": r["updated_at"],
        }
        for r in store.rows("SELECT * FROM users ORDER BY username")
    ]
    settings = {
        r["key"]: json.loads(r["value"])
        for r in store.rows("SELECT key, value FROM ward_settings ORDER BY key")
    }
    return {"users": users, "settings": settings}
