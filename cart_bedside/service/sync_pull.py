"""The pull half of a sync round: rows after the server cursor, then the directory.

Pulled pages are stored with :func:`..storage.receive.receive_rows` (a row held
already is a no-op; the same id with other content is refused and reported,
never overwritten), each page with its new cursor in one transaction. A row
whose content does not hash to the sha256 the server sent is not stored.

The directory (users, roles, PIN hashes, ward settings) is the server's once a
device is enrolled (SYNC-INTERFACES.md §2): when its ``version`` changed it is
applied with ``storage.directory.apply_directory``. A ward server whose
directory is still empty is first seeded with this tablet's users and settings
(``POST /directory/seed``): the upgrade path of a ward that began on one tablet.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from ..logic.wire import MAX_PULL_ROWS, content_sha256, decode_content
from ..storage import sync_rows, sync_state
from ..storage.schema import CLINICAL_TABLES
from ..storage.store import Store
from .sync_http import ServerRefused, SyncTransport


@dataclass
class PullTally:
    stored: int = 0
    duplicates: int = 0
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, why
    changed_episodes: set[str] = field(default_factory=set)
    directory_version: int | None = None
    directory_changed: int = 0
    seeded: bool = False
    seed_refused: str | None = None
    rewound: int | None = None  # the cursor this device had when the server's went back


def next_cursor_of(body: dict[str, Any], cursor: int) -> int:
    """The server's ``next_cursor`` as it is, 0 included (a server restored from an older
    backup, or a new one, hands out low numbers again); ``cursor`` only when it sent none."""
    found = body.get("next_cursor")
    if isinstance(found, int) and not isinstance(found, bool) and found >= 0:
        return found
    return cursor


def pull(store: Store, transport: SyncTransport, page_rows: int, tally: PullTally) -> None:
    """Pull and store every page after this device's cursor. A cursor the server sends
    below this device's (it was restored from an older backup) is taken, and the pull
    goes on from it once: rows held already are no-ops, the rows the restored server
    numbered anew are stored."""
    limit = max(1, min(page_rows, MAX_PULL_ROWS))
    rewound = False
    while True:
        cursor = int(sync_state.read(store).get("pull_cursor") or 0)
        body = transport.get("/pull", {"cursor": cursor, "limit": limit})
        rows = _checked(body, tally)
        next_cursor = next_cursor_of(body, cursor)
        decoded = [(t, decode_content(c)) for t, c in rows]
        for episode in sorted(sync_rows.missing_history(store, decoded)):
            history(store, transport, episode, limit, tally)
        _store(store, rows, {"pull_cursor": next_cursor}, tally)
        if next_cursor < cursor and not rewound:
            rewound, tally.rewound = True, cursor
            continue
        if not body.get("more") or next_cursor <= cursor:
            return


def _checked(body: dict[str, Any], tally: PullTally) -> list[tuple[str, dict[str, Any]]]:
    rows: list[tuple[str, dict[str, Any]]] = []
    for item in body.get("rows") or []:
        table, content = item.get("table"), item.get("content")
        if table not in CLINICAL_TABLES or not isinstance(content, dict):
            continue  # audit entries and anything unknown stay on the server
        if content_sha256(content) != item.get("sha256"):
            tally.refused.append((str(table), str(item.get("id")), "sha256"))
            continue
        rows.append((table, content))
    return rows


def _store(
    store: Store,
    rows: list[tuple[str, dict[str, Any]]],
    updates: dict[str, str | int | None],
    tally: PullTally,
) -> None:
    report, changed = sync_rows.receive_page(store, rows, updates)
    tally.stored += len(report.stored)
    tally.duplicates += len(report.duplicates)
    tally.refused += [(c.table, c.id, c.held_sha256) for c in report.conflicts]
    tally.changed_episodes |= changed


def history(
    store: Store, transport: SyncTransport, episode: str, limit: int, tally: PullTally
) -> None:
    """One episode's whole history (``episode=``), whatever the pull filter left out, stored
    at once: rows that reached the server child-first (a correction before what it corrects)
    may sit pages apart, and each row needs its parent in the same transaction or before."""
    cursor, rows = 0, []
    while True:
        body = transport.get("/pull", {"cursor": cursor, "limit": limit, "episode": episode})
        rows += _checked(body, tally)
        next_cursor = next_cursor_of(body, cursor)
        if not body.get("more") or next_cursor <= cursor:
            break
        cursor = next_cursor
    _store(store, rows, {}, tally)


def _applier() -> Any:
    """``storage.directory.apply_directory`` when this build has it (the server half)."""
    try:
        module = importlib.import_module("cart_bedside.storage.directory")
    except ImportError:
        return None
    return getattr(module, "apply_directory", None)


def sync_directory(store: Store, transport: SyncTransport, tally: PullTally) -> None:
    """Seed an empty server directory from this tablet, then apply the server's if it changed."""
    try:
        body = transport.get("/directory")
    except ServerRefused as refused:
        if refused.status in (404, 405):  # a server without a directory yet
            return
        raise
    if not body.get("users"):
        seed = sync_rows.directory_seed(store)
        if seed["users"]:
            try:
                transport.post("/directory/seed", seed)
                tally.seeded = True
            except ServerRefused as refused:
                # 409: another device seeded first; 403: a workstation never seeds; 422: this
                # tablet's accounts cannot start a directory (no admin): the ward's admin
                # sets it up on the server instead. None of these stops the sync.
                if refused.status not in (403, 404, 405, 409, 422):
                    raise
                tally.seed_refused = refused.code
            body = transport.get("/directory")
    version = body.get("version")
    tally.directory_version = version if isinstance(version, int) else None
    meta = sync_state.read(store)
    if version is None or str(version) == meta.get("directory_version"):
        return
    apply = _applier()
    if apply is None or not body.get("users"):
        return  # keep the cached copy; apply it once this build can
    tally.directory_changed = int(apply(store, body) or 0)
    sync_state.save(store, {"directory_version": version})
