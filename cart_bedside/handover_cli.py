"""``cart-bedside handover``: write the handover sheet (PDF) headless.

For the nurses'-station PC that prints the sheets at every shift change::

    cart-bedside handover --out FILE.pdf [--db PATH | --demo] [--bed BED]
                          [--lang zh_CN|en] [--shift day|evening|night] [--user NAME]

- ``--db PATH`` the ward database (default: the per-user data folder);
  ``--demo`` a throw-away demo ward generated for "now" (deleted afterwards).
- ``--bed BED`` one patient's sheet (SBAR pages only); default the whole
  ward (summary page, then every bed).
- ``--lang`` the sheet's language (default: the ward's setting) and the
  messages' (default: the system locale, else zh_CN).
- ``--shift`` the shift handed over: the latest shift of that name that has
  started (``--shift night`` at 08:05 is the night that just ended); default
  the shift "now" falls in.
- ``--user`` who printed it, for the header and the audit log (default
  ``system``: a scheduled print with nobody signed in). A known username is
  shown with its display name.

The PDF is written atomically (a temporary file renamed over ``FILE``, so a
printer watching the folder never sees half a file; an existing file is
replaced) and the print is recorded in the audit log (action ``print``).
One line on stdout when done; exit 0. Errors: one line on stderr; exit 2 for
bad input (no such database, unknown bed or shift, --db with --demo), 1 when
the database is damaged or the file cannot be written.

Only the standard library is imported at module level: ``cart-bedside``
starts without matplotlib or reportlab until this command runs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

SHIFT_CHOICES = ("day", "evening", "night")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The command's own options (``cli.COMMANDS``; ``--db``, ``--demo`` and ``--lang`` are
    the global options, accepted before or after ``handover``)."""
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--bed", help="one patient's sheet (default: the whole ward)")
    p.add_argument(
        "--shift", choices=SHIFT_CHOICES, help="the shift handed over (default: the shift now)"
    )
    p.add_argument(
        "--user",
        default="system",
        help="printed by, for the header and the audit log (default: system)",
    )


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status (0 done, 1 failed, 2 bad input).

    ``args.lang`` is the sheet's language (None: the ward's); messages are in
    ``args.message_lang`` (``--lang``, else the system locale, else zh_CN).
    """
    from .logic.messages import DEFAULT_LANGUAGE, msg

    lang = getattr(args, "lang", None)
    say_lang = getattr(args, "message_lang", None) or lang or DEFAULT_LANGUAGE
    db_arg = getattr(args, "db", None)
    demo = bool(getattr(args, "demo", False))
    if demo and db_arg:
        return _fail(msg("handover.error.db_and_demo"), say_lang, 2)

    from .storage import Repository, default_db_path, open_database
    from .storage.errors import StorageError

    folder: Path | None = None
    try:
        if demo:
            from .storage.demo import open_demo_database

            db, path = open_demo_database()
            folder = path.parent
        else:
            path = Path(db_arg) if db_arg else default_db_path()
            if not path.is_file():
                return _fail(msg("storage.error.no_such_file", path=str(path)), say_lang, 2)
            db = open_database(path)
    except StorageError as exc:
        return _fail(exc.message, say_lang, 1)
    try:
        return _write(Repository(db), args, lang, say_lang)
    finally:
        db.conn.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _write(repo: Any, args: argparse.Namespace, lang: str | None, say_lang: str) -> int:
    from .logic.messages import msg, render
    from .reports import UnknownBedError, write_handover

    try:
        result = write_handover(
            repo,
            args.out,
            user=getattr(args, "user", None) or "system",
            lang=lang,
            shift_name=getattr(args, "shift", None),
            bed=getattr(args, "bed", None),
        )
    except UnknownBedError as exc:
        return _fail(exc.message, say_lang, 2)
    except ValueError as exc:  # a shift name the ward does not use
        return _fail(
            msg(
                "handover.error.unknown_shift",
                shift=str(getattr(args, "shift", "")),
                detail=str(exc),
            ),
            say_lang,
            2,
        )
    except OSError as exc:
        return _fail(msg("handover.error.write", path=str(args.out), detail=str(exc)), say_lang, 1)
    print(
        render(
            msg(
                "handover.cli.done",
                path=str(result.path),
                pages=result.pages,
                beds=len(result.beds),
            ),
            say_lang,
        )
    )
    return 0


def _fail(message: Any, lang: str, status: int) -> int:
    from .logic.messages import render

    print(f"error: {render(message, lang)}", file=sys.stderr)
    return status
