"""Schema versions: ``PRAGMA user_version`` and an ordered list of migrations.

Each migration runs in one transaction with its version bump and an audit
entry, so a database is always at a whole version. Add a migration by
appending to :data:`MIGRATIONS`; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ..logic.messages import msg
from . import audit, schema
from .db import transaction
from .errors import SchemaTooNewError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: Callable[[], tuple[str, ...]]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", schema.v1),
    Migration(2, "indexes for the ward board and the audit viewer", schema.v2),
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
            conn.execute(f"PRAGMA user_version = {migration.version}")
            audit.append(
                conn,
                at=datetime.now(),
                actor=actor,
                action=audit.AuditAction.MIGRATE,
                device_id=_device_id(conn),
                details={"version": migration.version, "name": migration.name},
            )
        applied.append(migration.version)
    return applied


def _device_id(conn) -> str:
    from .device import device_id

    return device_id(conn)
