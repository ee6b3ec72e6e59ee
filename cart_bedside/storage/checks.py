"""Verify a database file from outside the app (``cart-bedside verify``) or off the UI thread.

- :func:`verify_file`: the whole check, read-only, against this device's
  last anchor of that database and any anchors given (``SEQ:HASH`` from a
  handover sheet). A clean check moves the device's anchor to the head.
- :func:`verify_incremental`: from the last verified point only (the chain
  and the rows written since), for the admin's audit screen; users and
  settings are always checked whole (a few rows).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from ..logic.messages import Message, msg
from . import cipher, keys
from .db import Database
from .errors import BackupError, SchemaTooNewError
from .migrations import LATEST_VERSION
from .verify import Anchor, VerifyReport, parse_anchor, structure_problems, verify_database


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise BackupError(msg("storage.error.no_such_file", path=str(path)))
    try:
        conn = cipher.connect_file(path, readonly=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DB_ERRORS as exc:
        raise BackupError(msg("storage.error.not_a_database", path=str(path))) from exc
    return conn


def _database_id(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM local_meta WHERE key = 'device_id'").fetchone()
    return row[0] if row else None


def _local_anchor(ident: str | None) -> Anchor | None:
    seen = keys.last_anchor(ident) if ident else None
    if not seen:
        return None
    return Anchor(int(seen["seq"]), seen["hash"], seen.get("at", ""))


def verify_file(
    path: Path | str,
    *,
    anchors: Iterable[str] = (),
    record: bool = True,
    at: datetime | None = None,
) -> VerifyReport:
    """Check everything in a database file; ``anchors`` as printed (``SEQ:HASH``)."""
    path = Path(path)
    try:
        given = tuple(parse_anchor(a) for a in anchors)
    except ValueError as exc:
        raise BackupError(msg("verify.bad_anchor", anchor=str(exc))) from exc
    conn = _open_read_only(path)
    try:
        problems = structure_problems(conn, LATEST_VERSION)
        if problems and problems[0].code == "storage.error.schema_too_new":
            raise SchemaTooNewError(problems[0])
        if problems and problems[0].code == "verify.not_ours":
            raise BackupError(msg("storage.error.not_our_database", path=str(path)))
        if problems:
            return VerifyReport(findings=problems)
        ident = _database_id(conn)
        local = _local_anchor(ident)
        report = verify_database(Database(conn), anchors=(*given, *([local] if local else [])))
        if record and report.ok and report.head and ident:
            keys.record_anchor(
                ident,
                report.head.seq,
                report.head.hash,
                (at or datetime.now()).isoformat(timespec="seconds"),
            )
        return report
    finally:
        conn.close()


def verify_incremental(path: Path | str, *, full: bool = False) -> VerifyReport:
    """From the last verified point (``full``: from the start); records the new point if clean."""
    path = Path(path)
    conn = _open_read_only(path)
    try:
        ident = _database_id(conn)
        local = _local_anchor(ident)
        since = None if full else local
        anchors = (local,) if (full and local) else ()
        report = verify_database(Database(conn), since=since, anchors=anchors)
        if report.ok and report.head and ident:
            keys.record_anchor(
                ident,
                report.head.seq,
                report.head.hash,
                datetime.now().isoformat(timespec="seconds"),
            )
        return report
    finally:
        conn.close()


def full_integrity_check(path: Path | str) -> list[Message]:
    """``PRAGMA integrity_check`` of the whole file through its own read-only connection:
    every page, every index against its table. Run off the UI thread after start-up
    (the app's start only runs :func:`.opening.start_up_check`). No findings: []."""
    conn = _open_read_only(Path(path))
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except cipher.DB_ERRORS as exc:
        return [msg("verify.integrity", detail=str(exc))]
    finally:
        conn.close()
    return [msg("verify.integrity", detail=str(r[0])) for r in rows if r[0] != "ok"]
