"""The one database object every area repository shares.

A :class:`Store` holds the connection (a :class:`~.db.Database`), the clock,
the id factory and this device's id, and the few helpers every write needs:
reading rows, walking a record's versions, writing a version row with its
audit entry. Area repositories (:mod:`.patients`, :mod:`.records`, …) take
it in their constructor; they never inherit from each other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from ..logic.messages import msg
from . import audit, device
from .audit import AuditAction, row_sha256
from .codec import t2s
from .db import Database, configure, one, rows, transaction
from .errors import AmendmentError, RecordNotFoundError, StorageError
from .ids import IdFactory, new_id
from .migrations import migrate
from .schema import CLINICAL_TABLES

#: Meta columns of every clinical row, in the order :meth:`Store.insert_row` writes them.
ROW_META = (
    "id",
    "episode_id",
    "observed_at",
    "recorded_at",
    "recorded_by",
    "device_id",
    "save_id",
    "supersedes",
    "amend_reason",
)


class Store:
    """The database handle and what every write needs.

    ``clock`` gives "now" for recorded-at times and audit entries (tests and
    the demo generator replace it); ``ids`` makes record keys (default
    UUIDv7); ``device_id`` defaults to this database's own. ``upgrade``
    brings the schema up to date first.
    """

    def __init__(
        self,
        db: Database,
        *,
        device_id: str | None = None,
        clock: Callable[[], datetime] | None = None,
        ids: IdFactory | None = None,
        upgrade: bool = True,
    ) -> None:
        configure(db.conn)
        if upgrade:
            migrate(db)
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.new_id: IdFactory = ids or new_id
        self.device_id = device_id or device.device_id(self.conn)

    # --- the connection ------------------------------------------------------------------
    def db_file(self) -> str | None:
        """The database file written to (None for an in-memory one)."""
        row = self.conn.execute("PRAGMA database_list").fetchone()
        return row[2] or None if row else None

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group several writes into one all-or-nothing save (each write nests inside)."""
        return transaction(self.db)

    def close(self) -> None:
        """Close the connection (a restore swaps the file underneath it)."""
        self.conn.close()

    def now(self) -> datetime:
        """The current time to the second, from ``clock``."""
        return self.clock().replace(microsecond=0)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return rows(self.db, sql, params)

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        return one(self.db, sql, params)

    def one_of(self, sql: str, params: Sequence[Any], what: str) -> sqlite3.Row:
        """:meth:`one` of a row that must be there (``RecordNotFoundError`` naming ``what``)."""
        row = self.one(sql, params)
        if row is None:
            raise RecordNotFoundError(msg("storage.error.record_not_found", id=what))
        return row

    # --- checks ------------------------------------------------------------------------
    def require_user(self, username: str) -> None:
        """Refuse a write by an unknown or deactivated user."""
        row = self.one("SELECT active FROM users WHERE username = ?", (username,))
        if row is None:
            raise StorageError(msg("storage.error.unknown_user", user=username))
        if not row["active"]:
            raise StorageError(msg("storage.error.inactive_user", user=username))

    def check_amendable(self, table: str, record_id: str) -> None:
        """Only the current version may be amended, and never one entered in error."""
        newer = self.successor(table, record_id)
        if newer is not None:
            raise AmendmentError(
                msg("storage.error.already_amended", id=record_id, current=newer["id"])
            )
        sql = f"SELECT entered_in_error FROM {table} WHERE id = ?"
        if self.one_of(sql, (record_id,), record_id)["entered_in_error"]:
            raise AmendmentError(msg("storage.error.entered_in_error_final", id=record_id))

    # --- versions ----------------------------------------------------------------------
    def current(self, table: str, key: str, value: str) -> sqlite3.Row | None:
        """The current version of a versioned row (``current_<table>`` view) by its key."""
        return self.one(f"SELECT * FROM current_{table} WHERE {key} = ?", (value,))

    def current_of(self, table: str, key: str, value: str) -> sqlite3.Row:
        """:meth:`current` of a row that must be there (``RecordNotFoundError`` if not)."""
        return self.one_of(f"SELECT * FROM current_{table} WHERE {key} = ?", (value,), value)

    def find(
        self, record_id: str, tables: Sequence[str] = CLINICAL_TABLES
    ) -> tuple[str, sqlite3.Row]:
        """The table and stored row of a record version, by its id."""
        for table in tables:
            row = self.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
            if row is not None:
                return table, row
        raise RecordNotFoundError(msg("storage.error.record_not_found", id=record_id))

    def successor(self, table: str, record_id: str) -> sqlite3.Row | None:
        return self.one(f"SELECT * FROM {table} WHERE supersedes = ?", (record_id,))

    def chain(self, table: str, row: sqlite3.Row) -> list[sqlite3.Row]:
        """Every version of the record ``row`` belongs to, oldest first."""
        back = [row]
        while back[0]["supersedes"] is not None:
            earlier = back[0]["supersedes"]  # (its foreign key keeps a chain whole)
            back.insert(0, self.one_of(f"SELECT * FROM {table} WHERE id = ?", (earlier,), earlier))
        forward = self.successor(table, row["id"])
        while forward is not None:
            back.append(forward)
            forward = self.successor(table, forward["id"])
        return back

    # --- writing -----------------------------------------------------------------------
    def audit(self, conn: sqlite3.Connection, actor: str, action: str, **kwargs: Any) -> int:
        """One audit entry, inside the write transaction it describes."""
        return audit.append(
            conn, at=self.now(), actor=actor, action=action, device_id=self.device_id, **kwargs
        )

    def audit_row(
        self,
        conn: sqlite3.Connection,
        user: str,
        action: str,
        table: str,
        rid: str,
        reason: str | None,
        save_id: str,
    ) -> None:
        """Audit a stored row with its keyed hash (``details.sha256``)."""
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        row = cur.execute(f"SELECT * FROM {table} WHERE id = ?", (rid,)).fetchone()
        details = {"save_id": save_id, "sha256": row_sha256(row)}
        if row["supersedes"]:
            details["supersedes"] = row["supersedes"]
        self.audit(conn, user, action, table=table, record_id=rid, reason=reason, details=details)

    def insert_row(
        self,
        conn: sqlite3.Connection,
        table: str,
        episode_id: str,
        observed_at: str,
        user: str,
        save_id: str,
        data: dict[str, Any],
        supersedes: str | None = None,
        reason: str | None = None,
        action: str | None = None,
    ) -> str:
        """Insert one version row (meta columns + ``data``) and audit it; returns its id."""
        rid = self.new_id()
        cols = (*ROW_META, *data)
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            (
                rid,
                episode_id,
                observed_at,
                t2s(self.now()),
                user,
                self.device_id,
                save_id,
                supersedes,
                reason,
                *data.values(),
            ),
        )
        action = action or (AuditAction.AMEND if supersedes else AuditAction.INSERT)
        self.audit_row(conn, user, action, table, rid, reason, save_id)
        return rid
