"""Online backups (SQLite backup API), verified and rotated; restore keeps the old file.

A backup is taken from a live database without stopping the app: the copy is
made inside one read transaction, so its row counts can be compared with the
source's at that same moment. It is written as ``*.partial``, checked
(``quick_check`` + row counts), synced, and only then renamed into place.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..logic import audit_reasons
from ..logic.messages import msg
from . import audit, cipher, rotation
from .db import connect, transaction
from .device import device_id
from .errors import BackupError, StorageError

DEFAULT_KEEP = 14
_STAMP = "%Y%m%d-%H%M%S-%f"
# what a failed copy raises (sqlite3 and SQLCipher errors included)
_FAILURES: tuple[type[Exception], ...] = (StorageError, OSError, *cipher.ALL_ERRORS)
_STAMP_RE = r"\d{8}-\d{6}-\d{6}"


@dataclass(frozen=True)
class BackupResult:
    """A verified backup: its path, the row count of every table, rotated-out files."""

    path: Path
    counts: dict[str, int]
    removed: tuple[Path, ...] = field(default=())
    mirror: Path | None = None  # the copy in the second location, when one is set
    mirror_error: str | None = None  # why that copy failed (audited)


@dataclass(frozen=True)
class RestoreResult:
    """A restore: the database written, the backup it came from, where the old one went."""

    db_path: Path
    source: Path
    aside: Path | None
    counts: dict[str, int]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row count of every table."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def verify_backup(path: Path | str, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Check a backup file: quick_check ok, a cart_bedside schema, and (if given) the counts."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(msg("storage.error.no_such_file", path=str(path)))
    try:
        conn = cipher.connect_file(path, readonly=True)
        try:
            result = conn.execute("PRAGMA quick_check(5)").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            counts = table_counts(conn) if result == "ok" else {}
        finally:
            conn.close()
    except cipher.DB_ERRORS as exc:
        raise BackupError(
            msg("storage.error.backup_invalid", path=str(path), detail=str(exc))
        ) from exc
    if result != "ok":
        raise BackupError(msg("storage.error.backup_invalid", path=str(path), detail=result))
    if version < 1 or "audit_log" not in counts:
        raise BackupError(msg("storage.error.not_our_database", path=str(path)))
    if expected is not None and counts != expected:
        changed = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
        raise BackupError(
            msg(
                "storage.error.backup_invalid",
                path=str(path),
                detail="row counts differ: " + ", ".join(changed),
            )
        )
    return counts


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # directories cannot be synced on every platform
        pass
    finally:
        os.close(fd)


def backup_to(
    db_path: Path | str, out: Path | str, *, actor: str = "system", reason: str | None = None
) -> BackupResult:
    """Write a verified backup of ``db_path`` to the file ``out`` (never overwritten)."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.is_file():
        raise BackupError(msg("storage.error.no_such_file", path=str(db_path)))
    if out.exists():
        raise BackupError(msg("storage.error.file_exists", path=str(out)))
    if not out.parent.exists():
        out.parent.mkdir(parents=True, mode=0o700)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    src = connect(db_path)
    try:
        src.conn.execute("BEGIN")  # one read snapshot for the counts and the copy
        counts = table_counts(src.conn)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        # The copy has the source's format: encrypted with the same key, or plain.
        dst = cipher.connect_file(partial, encrypt=cipher.is_encrypted(db_path))
        try:
            src.conn.backup(dst)
            # A self-contained file: no -wal/-shm beside it, readable read-only anywhere.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        src.conn.execute("COMMIT")
        _fsync(partial)
        verify_backup(partial, counts)
        os.replace(partial, out)
        _fsync(out.parent)
        with transaction(src) as conn:
            audit.append(
                conn,
                at=datetime.now(),
                actor=actor,
                action=audit.AuditAction.BACKUP,
                device_id=device_id(conn),
                reason=reason,
                details={"path": str(out), "rows": sum(counts.values())},
            )
    finally:
        for leftover in ("", "-wal", "-shm", "-journal"):
            Path(str(partial) + leftover).unlink(missing_ok=True)
        src.conn.close()
    return BackupResult(out, counts)


def _pattern(db_path: Path | str | None) -> re.Pattern[str]:
    stem = re.escape(Path(db_path).stem) if db_path else r".+"
    return re.compile(rf"^{stem}-{_STAMP_RE}\.db$")


def list_backups(backup_dir: Path | str, db_path: Path | str | None = None) -> list[Path]:
    """Rotated backups in ``backup_dir`` (of ``db_path`` if given), newest first."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = [p for p in folder.iterdir() if pattern.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name[-len("20260101-000000-000000.db") :], reverse=True)


def latest_backup(backup_dir: Path | str, db_path: Path | str | None = None) -> Path | None:
    """The newest rotated backup, or None."""
    backups = list_backups(backup_dir, db_path)
    return backups[0] if backups else None


SECOND_LOCATION_KEY = "backup.second_location"


def backup_now(
    db_path: Path | str,
    backup_dir: Path | str,
    keep: int | None = None,
    *,
    actor: str = "system",
    reason: str | None = None,
) -> BackupResult:
    """A verified, timestamped backup in ``backup_dir``, rotated by tiers (:mod:`.rotation`).

    ``keep`` a number keeps only the newest ``keep`` instead. When the ward
    setting ``backup.second_location`` names a folder (a USB stick, a network
    share), a second backup with the same checks goes there too. Replaced
    copies beside the database expire by the same tiers. A failure is written
    to the audit log (the primary one is raised; the second location's is
    returned in ``mirror_error``). The UI calls it at every shift change and on exit.
    """
    db_path = Path(db_path)
    name = f"{db_path.stem}-{datetime.now().strftime(_STAMP)}.db"
    try:
        result = backup_to(db_path, Path(backup_dir) / name, actor=actor, reason=reason)
    except _FAILURES as exc:
        _audit_failure(db_path, actor, Path(backup_dir) / name, exc)
        raise
    removed = _rotate(backup_dir, db_path, keep)
    replaced = [p for p in db_path.parent.glob(f"{db_path.stem}.replaced-*{db_path.suffix}")]
    removed += rotation.expire(replaced, datetime.now())
    mirror, mirror_error = None, None
    second = second_location(db_path)
    if second is not None:
        try:
            if not second.is_dir():  # a USB stick pulled out: never make its folder on our disk
                raise FileNotFoundError(
                    errno.ENOENT, "second backup location not found", str(second)
                )
            mirror = backup_to(db_path, second / name, actor=actor, reason=reason).path
            removed += _rotate(second, db_path, keep)
        except _FAILURES as exc:
            mirror_error = str(exc)
            _audit_failure(db_path, actor, second / name, exc)
    return BackupResult(result.path, result.counts, tuple(removed), mirror, mirror_error)


def _rotate(folder: Path | str, db_path: Path, keep: int | None) -> list[Path]:
    found = list_backups(folder, db_path)
    if keep is not None:
        old = found[max(keep, 1) :]
        for path in old:
            path.unlink(missing_ok=True)
        return old
    return rotation.expire(found, datetime.now())


def second_location(db_path: Path | str) -> Path | None:
    """The ward's second backup folder (setting ``backup.second_location``), or None."""
    src = connect(db_path)
    try:
        row = src.conn.execute(
            "SELECT value FROM ward_settings WHERE key = ?", (SECOND_LOCATION_KEY,)
        ).fetchone()
    finally:
        src.conn.close()
    value = json.loads(row[0]) if row else None
    return Path(value) if isinstance(value, str) and value.strip() else None


def _audit_failure(db_path: Path, actor: str, where: Path, exc: BaseException) -> None:
    """Write a failed backup to the audit log (best effort: the database may be the problem)."""
    try:
        db = connect(db_path)
        try:
            with transaction(db) as conn:
                audit.append(
                    conn,
                    at=datetime.now(),
                    actor=actor,
                    action=audit.AuditAction.BACKUP,
                    device_id=device_id(conn),
                    reason=audit_reasons.BACKUP_FAILED,
                    details={"failed": True, "path": str(where), "error": str(exc)},
                )
        finally:
            db.conn.close()
    except _FAILURES:
        pass
