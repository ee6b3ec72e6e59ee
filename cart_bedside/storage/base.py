"""Shared plumbing of the repository: connection, clock, ids, audit, lookups."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from ..logic.messages import msg
from . import audit, device
from .audit import row_sha256
from .db import Database, configure, one, rows, transaction
from .errors import RecordNotFoundError, StorageError
from .ids import IdFactory, new_id
from .migrations import migrate
from .schema import CLINICAL_TABLES


class RepositoryBase:
    """Holds the database handle and the things every write needs.

    ``clock`` gives "now" for recorded-at times and audit entries (tests and
    the demo generator replace it); ``ids`` makes record keys.
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

    def db_file(self) -> str | None:
        """The database file this repository writes to (None for an in-memory one)."""
        row = self.db.conn.execute("PRAGMA database_list").fetchone()
        return row[2] or None if row else None

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group several writes into one all-or-nothing save (each write nests inside)."""
        return transaction(self.db)

    def close(self) -> None:
        """Close the connection (a restore swaps the file underneath it)."""
        self.db.conn.close()

    def now(self) -> datetime:
        """The current time to the second, from ``clock``."""
        return self.clock().replace(microsecond=0)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return rows(self.db, sql, params)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        return one(self.db, sql, params)

    def _audit(self, conn: sqlite3.Connection, actor: str, action: str, **kwargs: Any) -> int:
        return audit.append(
            conn, at=self.now(), actor=actor, action=action, device_id=self.device_id, **kwargs
        )

    def _require_user(self, username: str) -> None:
        row = self._one("SELECT active FROM users WHERE username = ?", (username,))
        if row is None:
            raise StorageError(msg("storage.error.unknown_user", user=username))
        if not row["active"]:
            raise StorageError(msg("storage.error.inactive_user", user=username))

    def _find(
        self, record_id: str, tables: Sequence[str] = CLINICAL_TABLES
    ) -> tuple[str, sqlite3.Row]:
        """The table and stored row of a record version, by its id."""
        for table in tables:
            row = self._one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
            if row is not None:
                return table, row
        raise RecordNotFoundError(msg("storage.error.record_not_found", id=record_id))

    def _successor(self, table: str, record_id: str) -> sqlite3.Row | None:
        return self._one(f"SELECT * FROM {table} WHERE supersedes = ?", (record_id,))

    def _chain(self, table: str, row: sqlite3.Row) -> list[sqlite3.Row]:
        """Every version of the record ``row`` belongs to, oldest first."""
        back = [row]
        while back[0]["supersedes"] is not None:
            older = self._one(f"SELECT * FROM {table} WHERE id = ?", (back[0]["supersedes"],))
            back.insert(0, older)
        forward = self._successor(table, row["id"])
        while forward is not None:
            back.append(forward)
            forward = self._successor(table, forward["id"])
        return back

    def _audit_row(
        self,
        conn: sqlite3.Connection,
        user: str,
        action: str,
        table: str,
        rid: str,
        reason: str | None,
        save_id: str,
    ) -> None:
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        row = cur.execute(f"SELECT * FROM {table} WHERE id = ?", (rid,)).fetchone()
        details = {"save_id": save_id, "sha256": row_sha256(row)}
        if row["supersedes"]:
            details["supersedes"] = row["supersedes"]
        self._audit(conn, user, action, table=table, record_id=rid, reason=reason, details=details)
