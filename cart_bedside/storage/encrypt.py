"""Migrate an existing plain ward database to an encrypted one (SQLCipher), in place.

Run by :func:`~.db.open_database` when encryption is wanted and the file is
still plain: holding the database lock exclusively (skipped, and tried again
at the next start, while another process has the file open), the WAL is
folded in, an encrypted copy is written beside it (``sqlcipher_export``), its
row counts and ``quick_check`` are compared with the plain file's, and the
copy is renamed over the plain file in one step. No plain copy is kept: the
old file's name is gone with the rename (its blocks are freed, not wiped —
see docs/security.md). The first open afterwards writes an audit entry.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from . import audit, cipher, locks
from .backup import _fsync, table_counts
from .db import Database, transaction
from .device import device_id
from .errors import DatabaseInUseError

_REFUSED: tuple[type[Exception], ...] = (DatabaseInUseError, OSError, *cipher.DB_ERRORS)


def encrypt_in_place(path: Path) -> bool:
    """Encrypt a plain database file; False when it could not be done now (left plain)."""
    staged = path.with_name(f".{path.name}.encrypting")
    try:
        with locks.exclusive(path):
            conn = sqlite3.connect(path)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return False  # a damaged file is left as it is, for open_database to name
                before = table_counts(conn)
            finally:
                conn.close()
            staged.unlink(missing_ok=True)
            cipher.encrypt_file(path, staged)
            check = cipher.connect_file(staged)
            try:
                ok = (
                    check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                    and table_counts(check) == before
                )
            finally:
                check.close()
            if not ok:
                return False
            _fsync(staged)
            os.replace(staged, path)
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            _fsync(path.parent)
            return True
    except _REFUSED:
        return False
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)


def audit_encryption(db: Database) -> None:
    """Write the migration to encrypted storage into the audit log."""
    with transaction(db) as conn:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        audit.append(
            conn,
            at=datetime.now(),
            actor="system",
            action=audit.AuditAction.MIGRATE,
            device_id=device_id(conn),
            details={"encrypted": "sqlcipher", "cipher_version": version[0] if version else None},
        )
