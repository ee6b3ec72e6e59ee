"""The storage sub-commands of ``cart-bedside``: backup, restore, verify, demo-db.

Each failure is one line on stderr (``error: …``), never a traceback. Exit
status: 0 done (verify: clean); 1 the environment failed (disk full, folder
not writable, database open in another program or locked) or, for verify,
something was found; 2 bad input (missing or existing file, not a database,
not a cart-bedside database, newer schema, a backup that fails its checks).
"""

from __future__ import annotations

import argparse
import errno
import sys
from datetime import datetime
from pathlib import Path

from ..logic.messages import DEFAULT_LANGUAGE, Message, msg, render
from .cipher import ALL_ERRORS
from .errors import BackupError, DatabaseInUseError, SchemaTooNewError, StorageError

#: the file system or the database engine failed (exit status 1, not bad input)
_ENVIRONMENT_ERRORS: tuple[type[Exception], ...] = (OSError, *ALL_ERRORS)

_BAD_INPUT = {
    "storage.error.no_such_file",
    "storage.error.file_exists",
    "storage.error.not_our_database",
    "storage.error.not_our_database_detail",
    "storage.error.restore_onto_itself",
    "storage.demo.file_exists",
    "storage.error.not_a_database",
    "storage.error.backup_invalid",
    "storage.error.backup_tampered",
    "storage.error.schema_too_new",
    "verify.not_ours",
    "verify.bad_anchor",
}


def run(args: argparse.Namespace) -> int:
    """Run ``args.command``; returns the exit status."""
    lang = getattr(args, "message_lang", None) or getattr(args, "lang", None) or DEFAULT_LANGUAGE
    if args.command == "verify":
        return _verify(args, lang)
    handlers = {"backup": _backup, "restore": _restore, "demo-db": _demo_db}
    try:
        message = handlers[args.command](args)
    except (DatabaseInUseError, SchemaTooNewError, BackupError, StorageError) as exc:
        return _fail(exc.message, lang)
    except FileExistsError as exc:
        return _fail(msg("storage.demo.file_exists", path=str(exc.args[0])), lang)
    except OSError as exc:
        return _fail(environment_message(exc, _target(args)), lang)
    except ALL_ERRORS as exc:  # SQLite's own failures are about the database
        return _fail(environment_message(exc, _db_path(args)), lang)
    print(render(message, lang))
    return 0


def environment_message(exc: BaseException, path: Path | str) -> Message:
    """One line for an OS or SQLite failure: disk full, not writable, locked, not a database."""
    if isinstance(exc, OSError):
        where = exc.filename or path
        if exc.errno == errno.ENOSPC:
            return msg("storage.error.disk_full", path=str(where))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return msg("storage.error.unwritable", path=str(where))
        return msg("storage.error.os", path=str(where), detail=exc.strerror or str(exc))
    text = str(exc)
    if "full" in text:
        return msg("storage.error.disk_full", path=str(path))
    if "locked" in text or "busy" in text:
        return msg("storage.error.locked", path=str(path))
    if "not a database" in text or "encrypted" in text:
        return msg("storage.error.not_a_database", path=str(path))
    if "readonly" in text or "unable to open" in text:
        return msg("storage.error.unwritable", path=str(path))
    return msg("storage.error.os", path=str(path), detail=text)


def _fail(message: Message, lang: str) -> int:
    print(f"error: {render(message, lang)}", file=sys.stderr)
    return 2 if message.code in _BAD_INPUT else 1


def _target(args: argparse.Namespace) -> Path:
    out = getattr(args, "out", None)
    return Path(out) if out and args.command == "backup" else _db_path(args)


def _db_path(args: argparse.Namespace) -> Path:
    from .paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _backup(args: argparse.Namespace) -> Message:
    from .backup import backup_now, backup_to

    db, out = _db_path(args), Path(args.out)
    result = backup_now(db, out) if out.is_dir() else backup_to(db, out)
    return msg(
        "storage.backup.done",
        path=str(result.path),
        rows=sum(result.counts.values()),
        tables=len(result.counts),
    )


def _restore(args: argparse.Namespace) -> Message:
    from .restore import restore

    result = restore(_db_path(args), args.file, allow_unkeyed=getattr(args, "allow_unkeyed", False))
    if result.aside is None:
        return msg("storage.restore.done_new", file=str(result.source), db=str(result.db_path))
    return msg(
        "storage.restore.done",
        file=str(result.source),
        db=str(result.db_path),
        aside=str(result.aside),
    )


def _verify(args: argparse.Namespace, lang: str) -> int:
    """Print one line per finding (stdout), then the summary; 0 only when clean."""
    from .checks import verify_file

    path = _db_path(args)
    try:
        report = verify_file(
            path, anchors=getattr(args, "anchor", None) or (), record=True, at=datetime.now()
        )
    except StorageError as exc:
        return _fail(exc.message, lang)
    except _ENVIRONMENT_ERRORS as exc:
        return _fail(environment_message(exc, path), lang)
    for finding in report.findings:
        print(render(finding, lang))
    if report.ok:
        print(render(report.summary(), lang))
        return 0
    return 1


def _demo_db(args: argparse.Namespace) -> Message:
    out = Path(args.out)
    if out.exists():
        raise FileExistsError(str(out))
    if getattr(args, "scale", False):
        from .demo_scale import create_scale_db

        summary = create_scale_db(out, years=args.years, beds=args.beds, seed=args.seed)
        return msg(
            "storage.demo.scale_done",
            path=str(out),
            years=f"{args.years:g}",
            beds=args.beds,
            vitals=summary.counts.get("vital_signs", 0),
            seconds=f"{summary.seconds:.0f}",
        )
    from .demo import write_demo_db

    demo = write_demo_db(out, seed=args.seed)
    return msg("storage.demo.done", path=str(out), beds=demo.beds, records=demo.records)
