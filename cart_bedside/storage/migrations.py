"""Schema versions: ``PRAGMA user_version`` and an ordered list of migrations.

Each migration runs in one transaction with its version bump and an audit
entry, so a database is always at a whole version. Add a migration by
appending to :data:`MIGRATIONS`; never edit a released one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..logic.messages import msg
from . import audit, lab_import_schema, merge_schema, schema, search_schema, sync_schema
from .db import Database, transaction
from .device import device_id
from .errors import SchemaTooNewError
from .ids import new_id


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: Callable[[], tuple[str, ...]]
    #: Data written after the statements, in the same transaction (conn, now, device id).
    backfill: Callable[[sqlite3.Connection, datetime, str], None] | None = None


def protocol_backfill(conn: sqlite3.Connection, now: datetime, device: str) -> None:
    """Give every admission stored before version 3 its protocol record (clinical-rules §10).

    Each gets the protocol its diagnosis selects (the ward's protocol
    otherwise), as a record by ``system`` with source ``migration``, observed
    at the admission. A patient whose protocol this changes needs their grades
    co-signed again (the co-signature names the protocol it acknowledged);
    a physician can change it back, with a reason.
    """
    # Here, not at the top: opening a current database (every start) needs no clinical rules.
    from ..logic import protocols
    from ..logic.patient_protocol import protocol_for_diagnosis

    row = conn.execute("SELECT value FROM ward_settings WHERE key = 'protocol'").fetchone()
    ward = json.loads(row[0]) if row else protocols.DEFAULT_PROTOCOL
    if ward not in protocols.PROTOCOL_IDS:
        ward = protocols.DEFAULT_PROTOCOL
    at = now.replace(microsecond=0).isoformat(timespec="seconds")
    episodes = conn.execute(
        "SELECT episode_id, diagnosis, admitted_at FROM current_episodes "
        "ORDER BY admitted_at, episode_id"
    ).fetchall()
    for episode_id, diagnosis, admitted_at in episodes:
        rid, save_id = new_id(), new_id()
        protocol = protocol_for_diagnosis(diagnosis, ward)
        conn.execute(
            "INSERT INTO episode_protocols (id, episode_id, observed_at, recorded_at, "
            "recorded_by, device_id, save_id, protocol, source, reason) "
            "VALUES (?, ?, ?, ?, 'system', ?, ?, ?, 'migration', ?)",
            (
                rid,
                episode_id,
                admitted_at,
                at,
                device,
                save_id,
                protocol,
                f"schema 3: protocol per admission (diagnosis {diagnosis or '—'}; ward {ward})",
            ),
        )
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        stored = cur.execute("SELECT * FROM episode_protocols WHERE id = ?", (rid,)).fetchone()
        audit.append(
            conn,
            at=now,
            actor="system",
            action=audit.AuditAction.INSERT,
            device_id=device,
            table="episode_protocols",
            record_id=rid,
            details={"save_id": save_id, "sha256": audit.row_sha256(stored)},
        )


def _state_baseline(conn: sqlite3.Connection, now: datetime, device: str) -> None:
    """One keyed audit entry per user and per ward setting: the state verify checks from now."""
    for table, key in audit.STATE_KEY.items():
        for (value,) in conn.execute(f"SELECT {key} FROM {table} ORDER BY {key}").fetchall():
            audit.append(
                conn,
                at=now,
                actor="system",
                action=audit.AuditAction.MIGRATE,
                device_id=device,
                table=table,
                record_id=value,
                details={"version": audit.STATE_SINCE_VERSION, "baseline": True},
            )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", schema.v1),
    Migration(2, "indexes for the ward board and the audit viewer", schema.v2),
    Migration(
        3,
        "protocol per admission, physician's grade, checks not done",
        schema.v3,
        protocol_backfill,
    ),
    Migration(4, "keyed audit: the state of every user and ward setting", tuple, _state_baseline),
    Migration(
        5, "lab import: messages, sources, unmatched results", lab_import_schema.lab_import_v1
    ),
    Migration(
        6, "patient search: FTS5 index of name, MRN and bed", search_schema.patient_search_v1
    ),
    Migration(7, "ready to merge: current version by the supersedes graph", merge_schema.v7),
    Migration(8, "sync: the outbox of rows to push to the ward server", sync_schema.v8),
    Migration(9, "sync: one audit entry a received page, rows indexed", sync_schema.v9),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    """The database's schema version (0 for a new, empty file)."""
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int | None = None, *, actor: str = "system") -> list[int]:
    """Apply pending migrations up to ``target`` (default: latest); returns the versions applied.

    A database newer than this app raises :class:`SchemaTooNewError` rather
    than being opened by code that does not know its tables.
    """
    target = LATEST_VERSION if target is None else target
    found = schema_version(db)
    if found > LATEST_VERSION:
        raise SchemaTooNewError(
            msg("storage.error.schema_too_new", found=found, supported=LATEST_VERSION)
        )
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        with transaction(db) as conn:
            # Read again inside the write lock: another process may have migrated.
            if schema_version(db) >= migration.version:
                continue
            for statement in migration.statements():
                conn.execute(statement)
            if migration.backfill is not None:
                migration.backfill(conn, datetime.now(), device_id(conn))
            conn.execute(f"PRAGMA user_version = {migration.version}")
            audit.append(
                conn,
                at=datetime.now(),
                actor=actor,
                action=audit.AuditAction.MIGRATE,
                device_id=device_id(conn),
                details={"version": migration.version, "name": migration.name},
            )
        applied.append(migration.version)
    return applied
