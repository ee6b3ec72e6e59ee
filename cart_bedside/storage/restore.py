"""Restore that cannot hurt: every check runs on a copy before the live file is touched.

1. The backup is copied (SQLite backup API, read-only source) to a hidden
   file beside the database, mode 0600.
2. The copy is checked: ``integrity_check``, a cart-bedside schema not newer
   than this app, every table of schema 1; then the audit chain, every row's
   hash, every signature, users and settings (:mod:`.verify`).
3. The copy is upgraded to the current schema and the restore is written to
   its audit log.
4. Only then, holding the database lock exclusively (refused while another
   process has it open, naming it), the live file's WAL is folded in, the live
   file is kept aside by a hard link (``cart_bedside.replaced-<time>.db``) and
   the copy is renamed over it in one atomic step.

Any refusal before step 4 leaves the live database byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..logic.messages import Message, msg, render
from . import audit, cipher, keys, locks, sync_audit
from .backup import _STAMP, RestoreResult, _fsync, table_counts
from .db import Database, transaction
from .device import device_id
from .errors import BackupError, SchemaTooNewError, StorageError
from .migrations import LATEST_VERSION, migrate
from .verify import structure_problems, verify_database


def restore(
    db_path: Path | str,
    backup_file: Path | str,
    *,
    actor: str = "system",
    reason: str | None = None,
    before_swap: Callable[[], None] | None = None,
    allow_unkeyed: bool = False,
) -> RestoreResult:
    """Replace ``db_path`` with a checked backup; the replaced file is kept aside, never deleted.

    ``before_swap`` runs once every check has passed, just before the swap
    (the app closes its own connections there). ``allow_unkeyed`` accepts a
    backup written before the audit log was keyed (schema < 4), whose plain
    hashes prove nothing against a forger: only by hand, knowing where the
    file came from. Raises :class:`BackupError`
    (bad or altered backup), :class:`SchemaTooNewError` or
    :class:`~.errors.DatabaseInUseError`; the live file is then unchanged.
    """
    db_path, source = Path(db_path), Path(backup_file)
    if not source.is_file():
        raise BackupError(msg("storage.error.no_such_file", path=str(source)))
    if db_path.exists() and db_path.resolve() == source.resolve():
        raise BackupError(msg("storage.error.restore_onto_itself", path=str(source)))
    if not db_path.parent.exists():
        db_path.parent.mkdir(parents=True, mode=0o700)
    stamp = datetime.now().strftime(_STAMP)
    staged = db_path.with_name(f".{db_path.name}.restoring-{stamp}")
    with locks.exclusive(db_path):
        try:
            aside = _aside_name(db_path, stamp) if db_path.exists() else None
            counts, head = stage(
                source, staged, actor=actor, reason=reason, aside=aside, allow_unkeyed=allow_unkeyed
            )
            if cipher.wanted() and not cipher.is_encrypted(staged):  # a plain backup
                plain, staged = staged, staged.with_name(staged.name + "-enc")
                cipher.encrypt_file(plain, staged)
                _fsync(staged)
                plain.unlink()
            if before_swap is not None:
                before_swap()
            aside = _swap(db_path, staged, stamp)
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(staged) + suffix).unlink(missing_ok=True)
    database_id, seq, digest = head
    keys.record_anchor(
        database_id, seq, digest, datetime.now().isoformat(timespec="seconds"), force=True
    )
    return RestoreResult(db_path, source, aside, counts)


def check_backup(source: Path | str, folder: Path | str | None = None) -> dict[str, int]:
    """Run every restore check on a throw-away copy of ``source``; returns its row counts."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(msg("storage.error.no_such_file", path=str(source)))
    folder = Path(folder) if folder else source.parent
    staged = folder / f".{source.name}.check-{datetime.now().strftime(_STAMP)}"
    try:
        return stage(source, staged, actor="system", reason=None, aside=None, audit_it=False)[0]
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(staged) + suffix).unlink(missing_ok=True)


def stage(
    source: Path,
    staged: Path,
    *,
    actor: str,
    reason: str | None,
    aside: Path | None,
    audit_it: bool = True,
    allow_unkeyed: bool = False,
) -> tuple[dict[str, int], tuple[str, int, str]]:
    """Copy ``source`` to ``staged`` and check, upgrade and audit the copy."""
    try:
        src = cipher.connect_file(source, readonly=True)
        try:
            fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            dst = cipher.connect_file(staged, encrypt=cipher.is_encrypted(source))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        conn = cipher.connect_file(staged, isolation_level=None)
    except cipher.DB_ERRORS as exc:
        raise BackupError(msg("storage.error.not_a_database", path=str(source))) from exc
    try:
        _check(conn, source, LATEST_VERSION, allow_unkeyed)
        db = Database(conn)
        migrate(db, actor=actor)
        if audit_it:
            with transaction(db) as c:
                details: dict[str, Any] = {
                    "from": str(source),
                    "aside": str(aside) if aside else None,
                }
                seq = audit.append(
                    c,
                    at=datetime.now(),
                    actor=actor,
                    action=audit.AuditAction.RESTORE,
                    device_id=device_id(c),
                    reason=reason,
                    details=details,
                )
                sync_audit.mark_restored(c, seq)  # enrolled: its audit chain forks here
        counts = table_counts(conn)
        head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        ident = device_id(conn) if audit_it else ""
    except cipher.DB_ERRORS as exc:
        raise BackupError(
            msg("storage.error.backup_invalid", path=str(source), detail=str(exc))
        ) from exc
    finally:
        conn.close()
    _fsync(staged)
    return counts, (ident, head[0], head[1])


def _check(conn: sqlite3.Connection, source: Path, latest: int, allow_unkeyed: bool) -> None:
    problems = structure_problems(conn, latest)
    if problems:
        first = problems[0]
        if first.code == "storage.error.schema_too_new":
            raise SchemaTooNewError(first)
        if first.code in ("verify.not_ours", "verify.missing_tables"):
            raise BackupError(
                msg("storage.error.not_our_database_detail", path=str(source), detail=_text(first))
            )
        raise BackupError(
            msg("storage.error.backup_invalid", path=str(source), detail=_text(first))
        )
    # No anchor check here: a backup may end anywhere, or come from before an earlier
    # restore (another branch of the log). The keyed hashes are what a forger cannot redo.
    old = conn.execute("PRAGMA user_version").fetchone()[0] < audit.STATE_SINCE_VERSION
    report = verify_database(Database(conn), require_keyed=not (allow_unkeyed and old))
    if not report.ok:
        more = f" (+{len(report.findings) - 1} more)" if len(report.findings) > 1 else ""
        raise BackupError(
            msg(
                "storage.error.backup_tampered",
                path=str(source),
                detail=_text(report.findings[0]) + more,
            )
        )


def _text(message: Message) -> str:
    return render(message, "en")


def _checkpoint(db_path: Path) -> None:
    """Fold the live WAL into the file so the copy kept aside is whole."""
    with contextlib.suppress(*cipher.DB_ERRORS):
        conn = cipher.connect_file(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _aside_name(db_path: Path, stamp: str) -> Path:
    return db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")


def _swap(db_path: Path, staged: Path, stamp: str) -> Path | None:
    """Keep the live file aside and rename the checked copy over it (atomic)."""
    aside = None
    if db_path.exists():
        _checkpoint(db_path)
        aside = _aside_name(db_path, stamp)
        try:
            os.link(db_path, aside)  # the live name still points at the old file
        except OSError:
            os.replace(db_path, aside)  # no hard links here: a short window without a file
        for suffix in ("-wal", "-shm"):
            extra = Path(str(db_path) + suffix)
            if extra.exists():
                os.replace(extra, Path(str(aside) + suffix))
    try:
        os.replace(staged, db_path)
    except OSError as exc:
        raise StorageError(msg("storage.error.os", path=str(db_path), detail=str(exc))) from exc
    _fsync(db_path.parent)
    return aside
