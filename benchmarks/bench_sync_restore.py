"""What a ward server restored from an older backup costs the tablets (issue 14): the demo
ward sent again.

    .venv/bin/python benchmarks/bench_sync_restore.py [--json]

A tablet holding the demo ward (``storage.demo.create_demo_ward``) enrolls with an empty
ward server (a real uvicorn process on 127.0.0.1, a throw-away PostgreSQL cluster with
fsync on) and syncs everything. The server's database is then replaced by the copy taken
right after enrolment (the worst case: a backup that holds none of the ward's rows) and
the server restarted. The tablet's next round finds the server behind it and sends every
row again: timed whole (the resend, the audit log again, the pull of the rows back).
A second round then pulls back the rows the resend numbered anew (duplicates here).
The machine may be shared: the load average is reported with the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import psycopg  # noqa: E402

from tests.server.live import LiveServer  # noqa: E402
from tests.server.pg import find_bindir, start_cluster  # noqa: E402


def _copy(admin_url: str, source: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')


def _timed_round(path: Path) -> tuple[dict, float]:
    from cart_bedside.service.sync import sync_once

    t0 = time.perf_counter()
    report = sync_once(path, timeout=120)
    return report.__dict__, time.perf_counter() - t0


def _run(folder: Path) -> dict:
    from cart_bedside.server import schema, store
    from cart_bedside.service.sync import enroll
    from cart_bedside.storage import open_database
    from cart_bedside.storage.demo import create_demo_ward
    from cart_bedside.storage.verify import verify_database

    out: dict = {"load_avg_1m_start": round(os.getloadavg()[0], 2)}
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL ≥ 15 server binaries not found (apt-get install postgresql)")
    cluster = start_cluster(bindir, fsync=True)
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_restore")
        url = cluster.url("bench_restore")
        with psycopg.connect(url) as conn:
            schema.migrate(conn)
            store.ensure_ward(conn, "7B")
            code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), "tablet")
        path = folder / "demo.db"
        db = open_database(path)
        create_demo_ward(db)
        db.conn.close()
        server = LiveServer(url, folder / "server.log").start()
        enroll(path, server.base.removesuffix("/api/v1"), code, name="demo tablet")
        server.stop()
        _copy(cluster.url(), "bench_restore", "bench_restore_backup")
        server = LiveServer(url, folder / "server.log", port=server.port).start()
        first, out["first_sync_s"] = _timed_round(path)
        out["ward_rows_pushed"] = first["clinical_pushed"]
        server.stop()
        _copy(cluster.url(), "bench_restore_backup", "bench_restore")
        server = LiveServer(url, folder / "server.log", port=server.port).start()
        try:
            resend, out["resend_round_s"] = _timed_round(path)
            after, out["next_round_s"] = _timed_round(path)
        finally:
            server.stop()
        out["rows_sent_again"] = resend["server_restored"]
        out["rows_the_server_lacked"] = resend["clinical_pushed"]
        out["audit_entries_sent_again"] = resend["audit_pushed"]
        out["rows_pulled_back_next_round"] = after["pulled_duplicates"] + after["pulled"]
        db = open_database(path)
        out["verify_ok"] = verify_database(db).ok
        db.conn.close()
    finally:
        cluster.stop()
    out["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    return out


def run() -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-restore-"))
    keys_before = os.environ.get("CART_BEDSIDE_KEY_DIR")
    os.environ["CART_BEDSIDE_KEY_DIR"] = str(folder / "keys")
    try:
        return _run(folder)
    finally:
        if keys_before is None:
            os.environ.pop("CART_BEDSIDE_KEY_DIR", None)
        else:
            os.environ["CART_BEDSIDE_KEY_DIR"] = keys_before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out = run()
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for key, value in out.items():
            print(f"{key:>30}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
