"""Connections to the ward database: durability settings, integrity check, transactions.

Every connection runs with ``busy_timeout``, ``journal_mode=WAL``,
``synchronous=FULL`` and ``foreign_keys=ON``. Writes go through
:func:`transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``), so a save is all or
nothing and the audit chain is extended by one writer at a time. Opening the
ward's file (check, encrypt, migrate) is :mod:`.opening`'s, which builds on this.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import cipher, locks

BUSY_TIMEOUT_MS = 10_000
_savepoints = itertools.count(1)


class Database:
    """An open ward database: its ``sqlite3`` connection, ``conn``.

    All SQL of the app is its own (storage/*.py, on ``db.conn``); this holds
    the connection the way ``sqlite_utils.Database`` does, without importing
    sqlite_utils (and numpy through it: 0.2–0.8 s) before the app's first
    paint. A ``sqlite_utils.Database`` passed in (tests) works the same way.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def table_names(self) -> list[str]:
        """The tables of the database (as ``sqlite_utils.Database.table_names``)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]


def configure(conn: sqlite3.Connection) -> None:
    """Apply the durability settings to a connection (idempotent).

    The connection is switched to autocommit mode: transactions are opened
    explicitly by :func:`transaction`.
    """
    if conn.in_transaction:
        conn.commit()
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode not in ("wal", "memory"):
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


class _Connection(sqlite3.Connection):
    """A connection that holds this process's share of the database lock while open."""

    lock_cell: list[str | None]

    def close(self) -> None:
        try:
            super().close()
        finally:
            _release_cell(getattr(self, "lock_cell", [None]))


def _release_cell(cell: list[str | None]) -> None:
    key, cell[0] = cell[0], None
    locks.release(key)


if cipher.available():

    class _CipherConnection(cipher.CipherConnection):
        """The same, for a database encrypted with SQLCipher."""

        lock_cell: list[str | None]

        def close(self) -> None:
            try:
                super().close()
            finally:
                _release_cell(getattr(self, "lock_cell", [None]))
else:  # pragma: no cover
    _CipherConnection = None  # type: ignore[assignment,misc]  # no SQLCipher: no such class


def _create_private(path: Path) -> None:
    """A new database file is created 0600 (its -wal and -shm inherit the mode)."""
    if str(path) == ":memory:" or path.exists():
        return
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def connect(path: Path | str, *, encrypt: bool | None = None) -> Database:
    """Open (or create) a database file with the durability settings applied.

    An encrypted file is opened with this device's key (:mod:`.cipher`); a new
    file is encrypted when ``encrypt`` (default :func:`cipher.wanted`). The
    connection holds this process's shared lock on the database (see
    :mod:`.locks`) until it is closed or collected, so a restore in another
    process is refused meanwhile.
    """
    # One connection per thread (the default check): backups open their own.
    key = locks.hold(path)
    try:
        if str(path) == ":memory:":
            conn = sqlite3.connect(":memory:", isolation_level=None, factory=_Connection)
        else:
            _create_private(Path(path))
            conn = cipher.connect_file(
                path,
                encrypt=encrypt,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
                factories=(_Connection, _CipherConnection),
            )
    except BaseException:
        locks.release(key)
        raise
    conn.lock_cell = cell = [key]
    weakref.finalize(conn, _release_cell, cell)  # a connection dropped without close()
    try:
        configure(conn)
    except cipher.DB_ERRORS:
        conn.close()
        raise
    return Database(conn)


def quick_check(db: Database) -> str:
    """Run ``PRAGMA quick_check``; returns ``"ok"`` or the first problems found."""
    rows = db.conn.execute("PRAGMA quick_check(5)").fetchall()
    return "; ".join(str(r[0]) for r in rows) or "no result"


def close_database(db: Database) -> None:
    """Close a connection after letting SQLite refresh its query-planner statistics."""
    try:
        db.conn.execute("PRAGMA optimize")
    finally:
        db.conn.close()


@contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One all-or-nothing write: ``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK``).

    Nested use becomes a savepoint inside the outer transaction, so several
    saves can be grouped (the demo generator does) and still roll back alone.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"sp_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
    """Run a query and return ``sqlite3.Row`` objects (columns by name)."""
    cur = db.conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params).fetchall()


def one(db: Database, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
    """The first row of a query, or None."""
    cur = db.conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params).fetchone()
