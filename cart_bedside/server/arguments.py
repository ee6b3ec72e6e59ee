"""The ``cart-bedside server …`` command line (standard library only: the main parser is
built at every start of the app, so nothing heavy may load here)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

ROLES = ("tablet", "workstation")
ENV_URL = "CART_BEDSIDE_DATABASE_URL"
ENV_PIN = "CART_BEDSIDE_ADMIN_PIN"


def add_arguments(
    parser: argparse.ArgumentParser, each: Callable[[argparse.ArgumentParser], None] | None = None
) -> None:
    """Add the server's sub-commands (init, run, enroll-code, devices, revoke, admin-user,
    admin-token);
    ``each`` is called with every sub-command's parser (the app's parser adds its global
    options there, so they work after the sub-command's name too)."""
    commands = parser.add_subparsers(dest="server_command", metavar="SERVER_COMMAND", required=True)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=text, description=text)
        if each is not None:
            each(p)
        p.add_argument(
            "--database-url",
            metavar="URL",
            default=os.environ.get(ENV_URL),
            help=f"PostgreSQL URL, e.g. postgresql://cart@localhost/cart_ward "
            f"(default: ${ENV_URL}, which keeps a password out of ps)",
        )
        return p

    p = command("init", "create or migrate the server's schema and the ward")
    p.add_argument("--ward", required=True, metavar="NAME")
    p = command("run", "serve the API: HTTPS, or plain HTTP on loopback only")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--certfile", metavar="PEM", help="TLS certificate (chain), PEM")
    p.add_argument("--keyfile", metavar="PEM", help="TLS private key, PEM")
    p.add_argument(
        "--discharged-days",
        type=float,
        default=14.0,
        metavar="N",
        help="tablets receive episodes open or discharged in the last N days (default 14)",
    )
    p = command("enroll-code", "print a one-time enrolment code (valid 15 min)")
    p.add_argument("--ward", required=True, metavar="NAME")
    p.add_argument("--role", choices=ROLES, default="tablet")
    command("devices", "list enrolled devices, their last sync and clock skew")
    p = command("revoke", "revoke a device's token at once")
    p.add_argument("--device", required=True, metavar="ID")
    p = command(
        "admin-user",
        f"make or reset a ward admin in the server's directory (PIN from ${ENV_PIN} or asked)",
    )
    p.add_argument("--ward", required=True, metavar="NAME")
    p.add_argument("--username", required=True)
    p.add_argument("--display-name", required=True)
    p = command("admin-token", "print a new admin token for the API's admin endpoints")
    p.add_argument("--note", default="", help="what the token is for (stored with it)")
