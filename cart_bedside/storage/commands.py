"""The storage sub-commands of ``cart-bedside``: backup, restore, demo-db.

Each prints one line (the result on stdout, or ``error: …`` on stderr) and
returns the exit status: 0 done, 1 the operation failed (damaged file,
verification failed), 2 bad input (missing or existing file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..logic.messages import DEFAULT_LANGUAGE, Message, msg, render
from .errors import StorageError

_BAD_INPUT = {"storage.error.no_such_file", "storage.error.file_exists",
              "storage.error.not_our_database", "storage.error.restore_onto_itself",
              "storage.demo.file_exists"}


def run(args: argparse.Namespace) -> int:
    """Run ``args.command`` (``backup``, ``restore`` or ``demo-db``); returns the exit status."""
    lang = getattr(args, "lang", None) or DEFAULT_LANGUAGE
    handlers = {"backup": _backup, "restore": _restore, "demo-db": _demo_db}
    try:
        message = handlers[args.command](args)
    except StorageError as exc:
        return _fail(exc.message, lang)
    except FileExistsError as exc:
        return _fail(msg("storage.demo.file_exists", path=str(exc.args[0])), lang)
    print(render(message, lang))
    return 0


def _fail(message: Message, lang: str) -> int:
    print(f"error: {render(message, lang)}", file=sys.stderr)
    return 2 if message.code in _BAD_INPUT else 1


def _db_path(args: argparse.Namespace) -> Path:
    from .paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _backup(args: argparse.Namespace) -> Message:
    from .backup import backup_now, backup_to

    db, out = _db_path(args), Path(args.out)
    result = backup_now(db, out) if out.is_dir() else backup_to(db, out)
    return msg("storage.backup.done", path=str(result.path), rows=sum(result.counts.values()),
               tables=len(result.counts))


def _restore(args: argparse.Namespace) -> Message:
    from .backup import restore

    result = restore(_db_path(args), args.file)
    if result.aside is None:
        return msg("storage.restore.done_new", file=str(result.source), db=str(result.db_path))
    return msg("storage.restore.done", file=str(result.source), db=str(result.db_path),
               aside=str(result.aside))


def _demo_db(args: argparse.Namespace) -> Message:
    out = Path(args.out)
    if out.exists():
        raise FileExistsError(str(out))
    if getattr(args, "scale", False):
        from .demo_scale import create_scale_db

        summary = create_scale_db(out, years=args.years, beds=args.beds, seed=args.seed)
        return msg("storage.demo.scale_done", path=str(out), years=f"{args.years:g}",
                   beds=args.beds, vitals=summary.counts.get("vital_signs", 0),
                   seconds=f"{summary.seconds:.0f}")
    from .demo import write_demo_db

    summary = write_demo_db(out, seed=args.seed)
    return msg("storage.demo.done", path=str(out), beds=summary.beds, records=summary.records)
