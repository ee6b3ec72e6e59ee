"""Opening the ward's database file: integrity check, encryption, schema upgrade.

:func:`open_database` sits above :mod:`.db` (connections), :mod:`.encrypt`,
:mod:`.migrations` and :mod:`.backup` (naming the latest backup when the file
is damaged); none of those import it, so storage has no import circle.
"""

from __future__ import annotations

from pathlib import Path

from . import cipher
from .backup import latest_backup
from .db import Database, connect, quick_check
from .encrypt import audit_encryption, encrypt_in_place
from .errors import DatabaseCorruptError
from .migrations import migrate as run_migrations
from .paths import default_backup_dir, default_db_path


def open_database(
    path: Path | str | None = None,
    *,
    check: bool | str = True,
    migrate: bool = True,
    backup_dir: Path | str | None = None,
) -> Database:
    """Open the ward database, check its integrity and bring its schema up to date.

    ``path`` None means :func:`default_db_path`; the folder is created. When
    the check fails (or the file is not a database at all) a
    :class:`DatabaseCorruptError` names the file and the latest backup.
    ``check``: True runs ``PRAGMA quick_check`` (every page read and, when
    encrypted, decrypted); ``"start-up"`` only what the app's start cannot do
    without — the key opens the file, the schema and the newest audit entry
    read — and the app runs the full ``integrity_check`` in the background
    once the board is shown (:func:`.checks.full_integrity_check`); False none.
    """
    path = Path(path) if path is not None else default_db_path()
    if str(path) != ":memory:" and not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    backups = Path(backup_dir) if backup_dir else default_backup_dir(path)
    encrypted_now = False
    if migrate and str(path) != ":memory:" and cipher.wanted() and _plain_file(path):
        encrypted_now = encrypt_in_place(path)
    try:
        db = connect(path)
        if check == "start-up":
            result = start_up_check(db)
        else:
            result = quick_check(db) if check else "ok"
    except cipher.DB_ERRORS as exc:
        raise _corrupt(path, str(exc), backups) from exc
    if result != "ok":
        db.conn.close()
        raise _corrupt(path, result, backups)
    if migrate:
        run_migrations(db)
    if encrypted_now:
        audit_encryption(db)
    return db


def _plain_file(path: Path) -> bool:
    try:
        return path.stat().st_size > 0 and not cipher.is_encrypted(path)
    except OSError:
        return False


def _corrupt(path: Path, detail: str, backups: Path) -> DatabaseCorruptError:
    return DatabaseCorruptError(path, detail, latest_backup(backups, path))


def start_up_check(db: Database) -> str:
    """The cheap part of the check, for start-up: the header decrypts with this device's
    key, the schema reads, and the newest audit entry (the end of the largest
    table's B-tree) is reachable. ``"ok"``; a damaged file raises on reading."""
    db.conn.execute("PRAGMA schema_version").fetchone()
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_log" in tables:
        db.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return "ok"
