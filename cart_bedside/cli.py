"""Command-line entry point: the GUI and the headless tools. Wiring only.

Every sub-command imports what it needs lazily, so ``cart-bedside assess``
never loads Qt, the database, matplotlib or reportlab.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__

LANGS = ("zh_CN", "en")


def _add_db_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="database file (default: the per-user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cart-bedside",
        description="CAR-T bedside charting: CRS/ICANS grading, trends and handover sheets.",
    )
    parser.add_argument("--version", action="version", version=f"cart-bedside {__version__}")
    _add_db_args(parser)
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo ward")
    parser.add_argument("--lang", choices=LANGS, help="language of the app (default: the ward's)")
    parser.add_argument("--fullscreen", action="store_true", default=None,
                        help="open full screen (default: this tablet's setting)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installed copy (modules, database, fonts, translations, "
                             "grading, trend figure, PDF) in a temporary folder; exit 0 or 1")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("assess", help="grade one case (JSON) and print the assessment (JSON)")
    p.add_argument("case", help="case file, or - for standard input")
    p.add_argument("--protocol", help="protocol id (wins over the case's)")
    p.add_argument("--lang", dest="assess_lang", choices=LANGS, default="en",
                   help="language of reasons, steps and alerts (default: en)")

    p = sub.add_parser("backup", help="write a verified online backup of the database")
    _add_db_args(p)
    p.add_argument("--out", required=True, metavar="FILE")

    p = sub.add_parser("restore", help="replace the database with a backup (the old one is kept)")
    _add_db_args(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--allow-unkeyed", action="store_true",
                   help="accept a backup made before the audit log was keyed (older version)")

    p = sub.add_parser("verify", help="check the database: integrity, audit chain, every "
                                      "record's hash and signature, users and settings")
    _add_db_args(p)
    p.add_argument("--anchor", action="append", metavar="SEQ:HASH",
                   help="a chain head printed on a handover sheet (repeatable)")

    from .handover_cli import add_handover_parser

    add_handover_parser(sub, LANGS)

    from .interop.cli import add_parsers as add_interop_parsers

    add_interop_parsers(sub, LANGS)

    p = sub.add_parser("demo-db", help="write a demo ward database")
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--scale", action="store_true",
                   help="years of a 40-bed unit, for benchmarks (about 2 million vital-sign rows)")
    p.add_argument("--years", type=float, default=10.0, help="with --scale: years to generate")
    p.add_argument("--beds", type=int, default=40, help="with --scale: beds")
    p.add_argument("--seed", type=int, default=1203, help="random seed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file and folder the app writes is private (docs/security.md)
    args = build_parser().parse_args(argv)
    if args.selftest:
        from .selftest import run_selftest

        return run_selftest()
    if args.command == "assess":
        from .assess_cli import run_assess

        return run_assess(args.case, protocol=args.protocol, lang=args.assess_lang)
    if args.command == "handover":
        from .handover_cli import run_handover

        return run_handover(args)
    if args.command in ("import-labs", "export"):
        from .interop import cli as interop_cli

        return interop_cli.run(args)
    if args.command in ("backup", "restore", "verify", "demo-db"):
        from .storage import commands

        return commands.run(args)
    from .ui.app import run_app

    return run_app(db=args.db, demo=args.demo, lang=args.lang, fullscreen=args.fullscreen)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
