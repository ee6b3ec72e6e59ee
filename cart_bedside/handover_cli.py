"""``cart-bedside handover``: write the handover sheet (PDF) headless.

For the nurses'-station PC that prints the sheets at every shift change::

    cart-bedside handover --out FILE.pdf [--db PATH | --demo] [--bed BED]
                          [--lang zh_CN|en] [--shift day|evening|night]
                          [--user NAME [--pin-file FILE | --pin-stdin]]

- ``--db PATH`` the ward database (default: the per-user data folder);
  ``--demo`` a throw-away demo ward generated for "now" (deleted afterwards).
- ``--bed BED`` one patient's sheet (SBAR pages only); default the whole
  ward (summary page, then every bed).
- ``--lang`` the sheet's language (default: the ward's setting) and the
  messages' (default: the system locale, else zh_CN).
- ``--shift`` the shift handed over: the latest shift of that name that has
  started (``--shift night`` at 08:05 is the night that just ended); default
  the shift "now" falls in.
- ``--user NAME`` who prints it, for the header and the audit log: a ward
  user who proves it with their PIN, checked exactly as at sign-in (the same
  lockout: 5 wrong PINs at any prompt lock the account; every try audited).
  The PIN is never a command-line argument (``ps`` and shell history would
  show it). It is asked for without echo when the command runs at a terminal;
  a script gives it with ``--pin-file FILE`` (first line; the file must belong
  to the user running the command and be readable by them only, ``chmod
  600``, as ssh refuses a readable private key) or ``--pin-stdin`` (first
  line of standard input, e.g. piped from the hospital's secret store).
  Without ``--user`` the sheet says printed by ``system``: a scheduled print
  by this PC, naming nobody. The display name is shown, never the login.

The PDF is written atomically (a temporary file renamed over ``FILE``, so a
printer watching the folder never sees half a file; an existing file is
replaced) and the print is recorded in the audit log (action ``print``).
One line on stdout when done; exit 0. Errors: one line on stderr; exit 2 for
bad input (no such database, unknown bed or shift, --db with --demo; a wrong
PIN, an unknown, inactive or locked user, no PIN given), 1 when the database
is damaged or the file cannot be written.

Only the standard library is imported at module level: ``cart-bedside``
starts without matplotlib or reportlab until this command runs.
"""

from __future__ import annotations

import argparse
import os
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
        metavar="NAME",
        help="who prints it (header and audit log); needs that user's PIN: asked at a "
        "terminal, or --pin-file / --pin-stdin for scripts; never on the command line. "
        "Without --user: printed by 'system' (a scheduled print naming nobody)",
    )
    pins = p.add_mutually_exclusive_group()
    pins.add_argument(
        "--pin-file",
        metavar="FILE",
        help="read the PIN of --user from the first line of FILE; FILE must belong to "
        "you and be readable by you only (chmod 600)",
    )
    pins.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN of --user from the first line of standard input",
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
    user_arg = (getattr(args, "user", None) or "").strip()
    if not user_arg and (getattr(args, "pin_file", None) or getattr(args, "pin_stdin", False)):
        return _fail(msg("handover.error.pin_without_user"), say_lang, 2)

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
        repo = Repository(db)
        if not user_arg:
            return _write(repo, args, "system", lang, say_lang)
        ward = _sign_in(repo, args, user_arg, say_lang)
        if isinstance(ward, int):
            return ward
        try:
            return _write(repo, args, ward.user.username, lang, say_lang)
        finally:
            ward.sign_out()
    finally:
        db.conn.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


class _NoPin(Exception):
    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


def read_pin(args: argparse.Namespace, user: str, lang: str) -> str:
    """The PIN of ``user``: from ``--pin-file``, ``--pin-stdin``, else asked at the terminal
    (no echo). :class:`_NoPin` when there is none to read."""
    from .logic.messages import msg, render

    pin_file = getattr(args, "pin_file", None)
    if pin_file:
        path = Path(pin_file)
        try:
            st = path.stat()
            private = path.is_file() and (
                os.name == "nt" or (st.st_uid == os.geteuid() and not st.st_mode & 0o077)
            )
            if not private:
                raise _NoPin(msg("handover.error.pin_file_private", path=str(path)))
            with path.open(encoding="utf-8") as f:
                return f.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            detail = getattr(exc, "strerror", None) or str(exc)
            raise _NoPin(
                msg("handover.error.pin_file_open", path=str(path), detail=detail)
            ) from exc
    if getattr(args, "pin_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin is None or not sys.stdin.isatty():
        raise _NoPin(msg("handover.error.pin_needed", user=user))
    import getpass

    return getpass.getpass(render(msg("handover.cli.pin_prompt", user=user), lang))


def _sign_in(repo: Any, args: argparse.Namespace, user: str, lang: str) -> Any:
    """Sign ``user`` in with their PIN through the service (the sign-in lockout and audit):
    the signed-in WardService, or the exit status of a refusal (one line said)."""
    from .logic.messages import msg
    from .service import ServiceError, SignInError, WardService

    try:
        pin = read_pin(args, user, lang)
    except _NoPin as exc:
        return _fail(exc.message, lang, 2)
    except (EOFError, KeyboardInterrupt):  # the prompt closed or interrupted
        return _fail(msg("handover.error.pin_needed", user=user), lang, 2)
    ward = WardService(repo)
    try:
        ward.sign_in(user, pin)
    except SignInError as exc:
        return _fail(exc.message, lang, 2)
    except ServiceError as exc:  # the try could not be counted (disk full, locked file)
        return _fail(exc.message, lang, 1)
    return ward


def _write(repo: Any, args: argparse.Namespace, user: str, lang: str | None, say_lang: str) -> int:
    from .logic.messages import msg, render
    from .reports import UnknownBedError, write_handover

    try:
        result = write_handover(
            repo,
            args.out,
            user=user,
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
