"""``cart-bedside enroll`` and ``cart-bedside sync``: a tablet and its ward server.

::

    cart-bedside enroll --db PATH --server URL --code CODE [--ca-file PEM] [--name NAME]
    cart-bedside sync --db PATH

- ``enroll`` uses a one-time code (``cart-bedside server enroll-code`` on the
  server) to enroll this database; the device token it gets is kept outside
  the database (the key folder, 0600) and never printed or logged. Every
  row already held is queued: the first sync pushes the whole history. Plain
  ``http://`` is accepted only for a server on this machine (loopback).
- ``sync`` runs one push + pull round and prints ``pushed N, pulled M,
  conflicts K`` (rows the server acknowledged, rows from other devices stored
  here, conflicting corrections open here).

Exit status: 0 done; 2 bad input or no answer from the server (one line on
stderr: the device stays usable offline); 1 the server refused (a revoked
device), rows were refused (same id, other content: kept here, reported), or
the database failed, or another sync round on this database (the app's background
sync) was still running after a short wait ("sync already running"). Only the standard
library is imported at module level.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys
import urllib.parse
from pathlib import Path


def add_enroll_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--server", required=True, metavar="URL", help="https://host:port")
    p.add_argument("--code", required=True, help="the one-time enrolment code (15 min)")
    p.add_argument(
        "--ca-file", metavar="PEM", help="the certificate authority of the ward server (PEM)"
    )
    p.add_argument("--name", default=None, help="a name for this device (default: host name)")


def add_sync_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for the server (default 10)"
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _db_path(args: argparse.Namespace) -> Path:
    from .storage.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def run(args: argparse.Namespace) -> int:
    from .logic.messages import DEFAULT_LANGUAGE

    lang = getattr(args, "message_lang", None) or getattr(args, "lang", None) or DEFAULT_LANGUAGE
    handler = _enroll if args.command == "enroll" else _sync
    return handler(args, lang)


def _say(message, lang: str, *, error: bool = False) -> None:
    from .logic.messages import render

    line = render(message, lang).splitlines()[0]
    print(f"error: {line}" if error else line, file=sys.stderr if error else sys.stdout)


def _failure(exc: BaseException, lang: str, path: Path) -> int:
    """One line on stderr for whatever failed; the exit status."""
    from .service.sync import NotEnrolled, SyncBusy
    from .service.sync_http import BadCaFile, ServerRefused, ServerUnreachable
    from .storage.cipher import ALL_ERRORS
    from .storage.commands import environment_message
    from .storage.errors import StorageError

    if isinstance(exc, ServerUnreachable | NotEnrolled | BadCaFile):
        _say(exc.message, lang, error=True)
        return 2
    if isinstance(exc, SyncBusy):  # the database is busy syncing: "locked", as in the README
        _say(exc.message, lang, error=True)
        return 1
    if isinstance(exc, ServerRefused):
        _say(exc.message, lang, error=True)
        return 2 if exc.code in ("bad_code", "invalid_row") and exc.status in (401, 422) else 1
    if isinstance(exc, StorageError):
        _say(exc.message, lang, error=True)
        return 2 if exc.message.code == "sync.error.no_database" else 1
    if isinstance(exc, OSError | ALL_ERRORS):
        _say(environment_message(exc, path), lang, error=True)
        return 1
    raise exc


def _enroll(args: argparse.Namespace, lang: str) -> int:
    from .logic.messages import msg
    from .service.sync import enroll

    path = _db_path(args)
    parts = urllib.parse.urlsplit(args.server.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        _say(msg("sync.error.bad_url", url=args.server), lang, error=True)
        return 2
    if parts.scheme == "http" and not _loopback(parts.hostname):
        _say(msg("sync.error.plain_http", url=args.server), lang, error=True)
        return 2
    if args.ca_file and not Path(args.ca_file).is_file():
        _say(msg("sync.error.no_ca_file", path=args.ca_file), lang, error=True)
        return 2
    if not path.exists():
        _say(msg("sync.error.no_database", path=str(path)), lang, error=True)
        return 2
    try:
        done = enroll(
            path,
            args.server,
            args.code,
            ca_file=args.ca_file,
            name=args.name or socket.gethostname(),
        )
    except Exception as exc:  # _failure: one line per kind, anything else re-raised
        return _failure(exc, lang, path)
    _say(
        msg(
            "sync.enroll.done",
            server=done.server_url,
            role=done.role,
            device=done.device_id,
            db=str(path),
        ),
        lang,
    )
    return 0


def _sync(args: argparse.Namespace, lang: str) -> int:
    from .logic.messages import msg
    from .service.sync import sync_once

    path = _db_path(args)
    if not path.exists():
        _say(msg("sync.error.no_database", path=str(path)), lang, error=True)
        return 2
    try:
        report = sync_once(path, timeout=args.timeout)
    except Exception as exc:
        return _failure(exc, lang, path)
    _say(
        msg("sync.done", pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts),
        lang,
    )
    if report.server_restored is not None:
        _say(msg("sync.server_restored", rows=report.server_restored), lang)
    if report.refused:
        rows = ", ".join(f"{table}/{rid}" for table, rid, _ in report.refused[:5])
        _say(msg("sync.refused_rows", count=len(report.refused), rows=rows), lang, error=True)
        return 1
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """``cart-bedside verify``: the storage checks, then (enrolled) the ward server's anchors."""
    from .storage.commands import run as storage_run

    status = storage_run(args)
    path = _db_path(args)
    if status == 2 or not path.exists():
        return status
    from .logic.messages import DEFAULT_LANGUAGE
    from .service.sync_verify import anchor_findings
    from .service.wiring import worker_ward

    lang = getattr(args, "message_lang", None) or getattr(args, "lang", None) or DEFAULT_LANGUAGE
    try:
        with worker_ward(path) as ward:
            findings, note = anchor_findings(ward)
    except Exception as exc:  # one line, as every failure of this command
        return max(status, _failure(exc, lang, path))
    for finding in findings:
        _say(finding, lang)
    if note is not None:
        _say(note, lang, error=True)
    return 1 if findings else status
