"""The sync client's bookkeeping on the tablet: device-local ``local_meta`` keys.

Everything here stays on this tablet (``local_meta`` is in
:data:`~.merge_schema.DEVICE_LOCAL_TABLES`): where it is enrolled, the server
cursor it pulled up to, the last audit entry the server acknowledged, how the
last round ended. The device token is not here: it is kept outside the
database file (:mod:`.sync_token`), like the database key.

Keys (all under ``sync.``): ``server_url``, ``device_id`` (the id the server
gave), ``role``, ``ca_file``, ``enrolled_at``, ``last_ok_at``, ``last_error``
(a catalogue message as JSON), ``last_error_at``, ``pull_cursor``,
``directory_version``, ``chain``/``chains`` (the audit chain lineage, see
:mod:`.sync_audit`), ``audit_acked`` (last acknowledged sequence number),
``anchored``/``anchored_chain`` (the last anchor the server accepted),
``server_restored`` (the last time the server was found restored, :mod:`.sync_resend`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from . import device
from .store import Store

PREFIX = "sync."


def read(store: Store) -> dict[str, str]:
    """Every ``sync.*`` key of this database, without the prefix."""
    found = store.rows("SELECT key, value FROM local_meta WHERE key LIKE 'sync.%'")
    return {r["key"][len(PREFIX) :]: r["value"] for r in found}


def read_in(conn: sqlite3.Connection) -> dict[str, str]:
    """:func:`read` inside a transaction (on its connection)."""
    found = conn.execute("SELECT key, value FROM local_meta WHERE key LIKE 'sync.%'").fetchall()
    return {key[len(PREFIX) :]: value for key, value in found}


def write(conn: sqlite3.Connection, values: Mapping[str, str | int | None]) -> None:
    """Set (or with ``None`` remove) ``sync.*`` keys; call inside a transaction."""
    for key, value in values.items():
        if value is None:
            conn.execute("DELETE FROM local_meta WHERE key = ?", (PREFIX + key,))
        else:
            conn.execute(
                "INSERT INTO local_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PREFIX + key, str(value)),
            )


def save(store: Store, values: Mapping[str, str | int | None]) -> None:
    """:func:`write` in a transaction of its own."""
    with store.transaction() as conn:
        write(conn, values)


def database_id(store: Store) -> str:
    """This database's own id (``local_meta.device_id``, whatever id the store writes
    with): names its token file."""
    return device.device_id(store.conn)


def pending_rows(store: Store) -> int:
    """Rows written here the server has not acknowledged: queued clinical rows and audit
    entries after the last acknowledged one (0 when not enrolled)."""
    meta = read(store)
    if not meta.get("server_url"):
        return 0
    acked = int(meta.get("audit_acked") or 0)
    row = store.one("SELECT count(*) AS n FROM audit_log WHERE seq > ?", (acked,))
    audit = int(row["n"]) if row else 0
    has_outbox = store.one(
        "SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'"
    )
    queued = (
        store.one("SELECT count(*) AS n FROM sync_outbox WHERE refused IS NULL")
        if has_outbox
        else None
    )
    return audit + (int(queued["n"]) if queued else 0)
