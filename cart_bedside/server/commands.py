"""``cart-bedside server init | run | enroll-code | devices | revoke | admin-user |
admin-token``: what each does (the command line itself is in ``arguments``).

Each prints one result (stdout) or ``error: …`` (stderr) and returns the exit
status: 0 done, 1 the database could not be used, 2 bad input. The database
URL may come from ``CART_BEDSIDE_DATABASE_URL`` so a password never shows in
the process list.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence
from typing import Any

from ..logic.messages import DEFAULT_LANGUAGE, Message, msg, render
from .arguments import add_arguments


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m cart_bedside.server [--lang L] COMMAND …`` = ``cart-bedside server …``."""
    parser = argparse.ArgumentParser(prog="cart-bedside server")
    parser.add_argument("--lang", choices=("zh_CN", "en"))
    add_arguments(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run ``args.server_command``; returns the exit status."""
    import psycopg

    lang = getattr(args, "message_lang", None) or getattr(args, "lang", None) or DEFAULT_LANGUAGE
    if not args.database_url:
        return _fail(msg("server.error.no_database_url"), lang, 2)
    handler = {
        "init": _init,
        "run": _run,
        "enroll-code": _enroll_code,
        "devices": _devices,
        "revoke": _revoke,
        "admin-user": _admin_user,
        "admin-token": _admin_token,
    }[args.server_command]
    try:
        result = handler(args, lang)
    except _BadInput as exc:
        return _fail(exc.message, lang, 2)
    except (psycopg.Error, RuntimeError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return _fail(msg("server.error.database", detail=detail), lang, 1)
    if isinstance(result, int):
        return result
    print(result)
    return 0


class _BadInput(Exception):
    def __init__(self, message: Message):
        super().__init__(message.code)
        self.message = message


def _fail(message: Message, lang: str, status: int) -> int:
    print(f"error: {render(message, lang)}", file=sys.stderr)
    return status


def _connect(url: str):
    import psycopg

    return psycopg.connect(url, connect_timeout=10, application_name="cart-bedside-admin")


def _ward(conn: Any, name: str) -> int:
    from . import store

    found = store.ward_id(conn, name)
    if found is None:
        raise _BadInput(msg("server.error.no_such_ward", ward=name))
    return found


def _init(args: argparse.Namespace, lang: str) -> str:
    from . import schema, store

    if not args.ward.strip():
        raise _BadInput(msg("server.error.empty_ward"))
    with _connect(args.database_url) as conn:
        applied = schema.migrate(conn)
        _, created = store.ensure_ward(conn, args.ward.strip())
    what = (
        render(msg("server.init.applied", versions=", ".join(map(str, applied))), lang)
        if applied
        else render(msg("server.init.up_to_date"), lang)
    )
    state = render(msg("server.init.created" if created else "server.init.exists"), lang)
    return render(
        msg(
            "server.init.done",
            version=schema.LATEST,
            applied=what,
            ward=args.ward.strip(),
            state=state,
        ),
        lang,
    )


def _run(args: argparse.Namespace, lang: str) -> int:
    import uvicorn

    from .app import ServerSettings, create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise _BadInput(msg("server.error.tls_pair"))
    if not args.certfile and not _loopback(args.host):
        raise _BadInput(msg("server.error.needs_tls", host=args.host))
    app = create_app(args.database_url, ServerSettings(discharged_days=args.discharged_days))
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
        server_header=False,
    )
    return 0


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _enroll_code(args: argparse.Namespace, lang: str) -> str:
    from . import store

    with _connect(args.database_url) as conn:
        code, until = store.new_enroll_code(conn, _ward(conn, args.ward), args.role)
    return render(
        msg(
            "server.enroll_code.done",
            ward=args.ward,
            role=args.role,
            enroll_code=code,
            until=until.astimezone().strftime("%Y-%m-%d %H:%M"),
        ),
        lang,
    )


def _devices(args: argparse.Namespace, lang: str) -> str:
    from . import store
    from .chains import chain_report
    from .protocol import SKEW_WARN_S

    with _connect(args.database_url) as conn:
        found = store.list_devices(conn)
        audit = chain_report(conn)
    if not found:
        return render(msg("server.devices.none"), lang)
    lines = []
    for d in found:
        skew = d["last_clock_skew_s"]
        text = "—" if skew is None else f"{skew:+.0f} s"
        if skew is not None and abs(skew) > SKEW_WARN_S:
            text += " " + render(msg("server.devices.skew_warning"), lang)
        seen = (
            d["last_seen_at"].astimezone().strftime("%Y-%m-%d %H:%M") if d["last_seen_at"] else "—"
        )
        state = "server.devices.revoked" if d["revoked_at"] else "server.devices.active"
        chains = audit.get(d["id"], {"chains": {}, "breaks": 0})
        if chains["breaks"]:
            held = msg("server.devices.audit_breaks", count=chains["breaks"])
        elif chains["chains"]:
            held = msg("server.devices.audit_to", seq=max(chains["chains"].values()))
        else:
            held = msg("server.devices.audit_none")
        lines.append(
            render(
                msg(
                    "server.devices.line",
                    device=d["id"],
                    ward=d["ward"],
                    role=render(msg(f"server.role.{d['role']}"), lang),
                    name=d["name"] or "—",
                    seen=seen,
                    skew=text,
                    audit=render(held, lang),
                    state=render(msg(state), lang),
                ),
                lang,
            )
        )
    return "\n".join(lines)


def _revoke(args: argparse.Namespace, lang: str) -> str:
    from . import store

    with _connect(args.database_url) as conn:
        if not store.revoke(conn, args.device):
            raise _BadInput(msg("server.error.no_such_device", device=args.device))
    return render(msg("server.revoke.done", device=args.device), lang)


def _admin_user(args: argparse.Namespace, lang: str) -> str:
    import getpass
    import os

    from . import directory
    from .arguments import ENV_PIN

    pin = os.environ.get(ENV_PIN) or getpass.getpass("PIN: ")
    with _connect(args.database_url) as conn:
        ward = _ward(conn, args.ward)
        try:
            version = directory.server_admin(
                conn, ward, args.username.strip(), args.display_name, pin
            )
        except directory.DirectoryError as exc:
            raise _BadInput(
                msg("server.error.admin_user", field=exc.field, detail=exc.message)
            ) from None
    return render(
        msg("server.admin_user.done", user=args.username.strip(), ward=args.ward, version=version),
        lang,
    )


def _admin_token(args: argparse.Namespace, lang: str) -> str:
    from . import store

    with _connect(args.database_url) as conn:
        token = store.new_admin_token(conn, args.note)
    return render(msg("server.admin_token.done", token=token), lang)
