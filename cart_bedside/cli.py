"""Command-line entry point: the GUI and the headless tools. Wiring only.

One parser design. The global options (``--db``, ``--demo``, ``--lang``,
``--offscreen``) are accepted before *or* after the sub-command name, and
each sub-command's ``--help`` lists its own options with the global ones it
uses; a global option a sub-command does not use is refused (exit 2), never
silently ignored. Messages follow ``--lang``, else the system locale, else
zh_CN (``args.message_lang``).

Exit status of every command: 0 done, 2 bad input (a wrong option, a missing
file, a bad case, no display), 1 the environment failed (a damaged database,
a file that cannot be written, a failed check).

**Adding a sub-command** is one entry in :data:`COMMANDS`::

    Command("verify", "check the audit chain of the database",
            run="security_cli:run", arguments=_verify_arguments, options=("db", "lang")),

- ``run``: ``"module:function"`` under ``cart_bedside``, imported only when
  the command runs (so it may import the database, Qt, reportlab …); the
  function takes the parsed ``argparse.Namespace`` and returns the exit status;
- ``arguments``: a function adding the command's own options to its parser;
  it must live in a module that imports only the standard library at module
  level (this one, or e.g. ``handover_cli``): the parser is built at every
  start of the app;
- ``options``: the global options it uses; they arrive as ``args.db`` (str or
  None), ``args.demo`` (bool), ``args.lang`` (str or None: not given) and
  ``args.offscreen`` (bool), whether given before or after the command name.

Every sub-command imports what it needs lazily, so ``cart-bedside assess``
never loads Qt, the database, matplotlib or reportlab.
"""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from . import __version__

LANGS = ("zh_CN", "en")
FALLBACK_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: str  # "module:function" under cart_bedside; function(args) -> exit status
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    options: tuple[str, ...] = ()  # the global options it uses (GLOBAL_OPTIONS keys)
    lang_help: str = "language of the messages (default: the system's, else zh_CN)"


#: The global options: name → (flag, argparse keywords). Defaults are filled in after parsing.
GLOBAL_OPTIONS: dict[str, tuple[str, dict]] = {
    "db": (
        "--db",
        {"metavar": "PATH", "help": "database file (default: the per-user data folder)"},
    ),
    "demo": (
        "--demo",
        {"action": "store_true", "help": "a throw-away demo ward of 12 patients, removed on exit"},
    ),
    "lang": ("--lang", {"choices": LANGS}),
    "offscreen": (
        "--offscreen",
        {
            "action": "store_true",
            "help": "no window on a screen (kiosks, scripts): Qt's offscreen platform",
        },
    ),
    "fullscreen": (
        "--fullscreen",
        {"action": "store_true", "help": "open full screen (default: this tablet's setting)"},
    ),
}
GLOBAL_DEFAULTS = {"db": None, "demo": False, "lang": None, "offscreen": False, "fullscreen": None}


# --- the sub-commands' own arguments (standard library only) ---------------------------
def _assess_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", help="case file, or - for standard input")
    p.add_argument("--protocol", help="protocol id (wins over the case's)")


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the backup file to write, or a folder (a dated file in it)",
    )


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    p.add_argument(
        "--allow-unkeyed",
        action="store_true",
        help="accept a backup made before the audit log was keyed (older version)",
    )


def _verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--anchor",
        action="append",
        metavar="SEQ:HASH",
        help="a chain head printed on a handover sheet (repeatable)",
    )


def _demo_db_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="PATH", help="the database file to write")
    p.add_argument(
        "--scale",
        action="store_true",
        help="years of a 40-bed unit, for benchmarks (about 2 million vital-sign rows)",
    )
    p.add_argument("--years", type=float, default=10.0, help="with --scale: years to generate")
    p.add_argument("--beds", type=int, default=40, help="with --scale: beds")
    p.add_argument("--seed", type=int, default=1203, help="random seed")


def _import_labs_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="HL7 v2 ORU^R01 or lab CSV files")
    p.add_argument("--user", default=None, help="who ran the import, for the audit log")


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("format", choices=("fhir", "registry"))
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--episode", metavar="ID", help="one admission (episode id)")
    group.add_argument("--all", action="store_true", help="every admission (the default)")
    p.add_argument("--user", default="system", help="who exported, for the audit log")


def run_interop(args: argparse.Namespace) -> int:
    """``import-labs`` and ``export`` (cart_bedside.interop.cli): their lines are English
    unless ``--lang`` (as ``assess``: files for other systems' logs)."""
    from .interop import cli as interop_cli

    args.interop_lang = args.lang or "en"
    return interop_cli.run(args)


def _server_arguments(p: argparse.ArgumentParser) -> None:
    from .server.arguments import add_arguments  # standard library only at module level

    add_arguments(p, each=lambda sub: _add_globals(sub, ("lang",), "", "language of the messages"))


def _enroll_arguments(p: argparse.ArgumentParser) -> None:
    from .sync_cli import add_enroll_arguments  # standard library only at module level

    add_enroll_arguments(p)


def _sync_arguments(p: argparse.ArgumentParser) -> None:
    from .sync_cli import add_sync_arguments  # standard library only at module level

    add_sync_arguments(p)


def _handover_arguments(p: argparse.ArgumentParser) -> None:
    from .handover_cli import add_arguments  # standard library only at module level

    add_arguments(p)


COMMANDS: tuple[Command, ...] = (
    Command(
        "assess",
        "grade one case (JSON) and print the assessment (JSON)",
        run="assess_cli:run",
        arguments=_assess_arguments,
        options=("lang",),
        lang_help="language of reasons, steps, alerts and errors (default: en)",
    ),
    Command(
        "backup",
        "write a verified online backup of the database",
        run="storage.commands:run",
        arguments=_backup_arguments,
        options=("db", "lang"),
    ),
    Command(
        "restore",
        "replace the database with a backup (the old one is kept)",
        run="storage.commands:run",
        arguments=_restore_arguments,
        options=("db", "lang"),
    ),
    Command(
        "verify",
        "check the database: integrity, audit chain, every record's hash and "
        "signature, users and settings; enrolled: the ward server's anchors",
        run="sync_cli:run_verify",
        arguments=_verify_arguments,
        options=("db", "lang"),
    ),
    Command(
        "handover",
        "write the handover sheet (PDF) without the GUI",
        run="handover_cli:run",
        arguments=_handover_arguments,
        options=("db", "demo", "lang"),
        lang_help="language of the sheet (default: the ward's) and of the messages",
    ),
    Command(
        "import-labs",
        "import lab results (HL7 v2 ORU^R01 or lab CSV)",
        run="cli:run_interop",
        arguments=_import_labs_arguments,
        options=("db", "lang"),
        lang_help="language of the result lines (default: en)",
    ),
    Command(
        "export",
        "export FHIR R4 (JSON) or the toxicity registry (CSV)",
        run="cli:run_interop",
        arguments=_export_arguments,
        options=("db", "lang"),
        lang_help="language of the result lines (default: en)",
    ),
    Command(
        "server",
        "the ward server: init, run, enroll-code, devices, revoke, admin-token "
        "(needs the [server] extra and PostgreSQL)",
        run="server.commands:run",
        arguments=_server_arguments,
        options=("lang",),
    ),
    Command(
        "enroll",
        "enroll this database with a ward server (a one-time code from the admin)",
        run="sync_cli:run",
        arguments=_enroll_arguments,
        options=("db", "lang"),
    ),
    Command(
        "sync",
        "one push + pull round with the ward server: pushed N, pulled M, conflicts K",
        run="sync_cli:run",
        arguments=_sync_arguments,
        options=("db", "lang"),
    ),
    Command(
        "demo-db",
        "write a demo ward database",
        run="storage.commands:run",
        arguments=_demo_db_arguments,
        options=("lang",),
    ),
)
#: What the app itself (no sub-command) uses.
APP_OPTIONS = ("db", "demo", "lang", "offscreen", "fullscreen")
APP_LANG_HELP = "language of the app (default: the ward's setting)"


def _add_globals(
    p: argparse.ArgumentParser, names: Sequence[str], prefix: str, lang_help: str
) -> None:
    group = p.add_argument_group("global options (before or after the command name)")
    for name in names:
        flag, kwargs = GLOBAL_OPTIONS[name]
        kwargs = dict(kwargs)
        if name == "lang":
            kwargs["help"] = lang_help
        # SUPPRESS: an option not given leaves no attribute, so a sub-command's
        # parser never overwrites what was given before the command name.
        group.add_argument(flag, dest=prefix + name, default=argparse.SUPPRESS, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cart-bedside",
        description="CAR-T bedside charting: CRS/ICANS grading, trends and handover sheets. "
        "Without a command: the app.",
        epilog="exit status: 0 done, 2 bad input, 1 the environment failed "
        "(damaged database, unwritable file, failed check)",
    )
    parser.add_argument("--version", action="version", version=f"cart-bedside {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installed copy (modules, database, fonts, translations, "
        "grading, trend figure, PDF) in a temporary folder; exit 0 or 1",
    )
    _add_globals(parser, APP_OPTIONS, "top_", APP_LANG_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.help, description=command.help)
        if command.arguments is not None:
            command.arguments(p)
        _add_globals(p, command.options, "", command.lang_help)
    return parser


def command_named(name: str | None) -> Command | None:
    return next((c for c in COMMANDS if c.name == name), None)


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """zh_CN or en from the system locale (LC_ALL, LC_MESSAGES, LANG), else None."""
    environ = os.environ if environ is None else environ
    value = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if not value and sys.platform == "win32":  # pragma: no cover - Windows only
        value = locale.getlocale()[0] or ""
    value = value.lower()
    if value.startswith(("zh", "chinese")):
        return "zh_CN"
    if value.startswith(("en", "english")):
        return "en"
    return None


def _merge_globals(args: argparse.Namespace) -> list[tuple[str, dict]]:
    """Fold the options given before the command name into ``args``; the problems found."""
    command = command_named(args.command)
    uses = command.options if command else APP_OPTIONS
    problems: list[tuple[str, dict]] = []
    for name in GLOBAL_OPTIONS:
        flag = GLOBAL_OPTIONS[name][0]
        before = vars(args).pop("top_" + name, argparse.SUPPRESS)
        after = vars(args).get(name, argparse.SUPPRESS)
        if before is not argparse.SUPPRESS and name not in uses:
            problems.append(
                ("cli.error.option_not_used", {"option": flag, "command": args.command})
            )
        if before is not argparse.SUPPRESS and after is not argparse.SUPPRESS and before != after:
            problems.append(("cli.error.option_twice", {"option": flag}))
        value = after if after is not argparse.SUPPRESS else before
        setattr(args, name, GLOBAL_DEFAULTS[name] if value is argparse.SUPPRESS else value)
    if args.db and args.demo:
        problems.append(("cli.error.db_and_demo", {}))
    return problems


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv``; bad input prints one line and exits 2 (argparse's way)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    problems = _merge_globals(args)
    args.message_lang = args.lang or system_language() or FALLBACK_LANGUAGE
    if problems:
        from .logic.messages import msg, render

        code, params = problems[0]
        parser.error(render(msg(code, **params), args.message_lang))
    return args


def _runner(target: str) -> Callable[[argparse.Namespace], int]:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(f".{module}", __package__), function)


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file and folder the app writes is private (docs/security.md)
    args = parse_args(argv)
    if args.selftest:
        from .selftest import run_selftest

        return run_selftest()
    command = command_named(args.command)
    if command is not None:
        return _runner(command.run)(args)
    from .ui.app import run_app

    return run_app(
        db=args.db,
        demo=args.demo,
        lang=args.lang,
        offscreen=args.offscreen,
        message_lang=args.message_lang,
        fullscreen=args.fullscreen,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
