"""Ward-server sync on loopback: N simulated tablets pushing and pulling (issue 14).

    .venv/bin/python benchmarks/bench_sync.py [--devices 40] [--seconds 60] [--interval 1]
                                              [--database-url URL] [--json]

Starts a throw-away PostgreSQL cluster (as in tests/server, but with fsync on; or uses
``--database-url``, which must be an empty database) and the ward server as a
real uvicorn process on 127.0.0.1, enrolls N devices, then for a bounded time
each device, every ``interval`` seconds, pushes one shift entry (vital signs,
a neuro check and three fluid lines: 5 rows) and pulls what is new. Reports:

- push latency p50/p99 (ms) and rows stored per second;
- the floor measured in the same run: ``GET /health`` latency (HTTP + one
  ``SELECT``, no write), so a shared machine's noise shows;
- convergence: for each row, time from its push being acknowledged to the
  moment the *last* device has pulled it (p50/p99/max);
- the server process's resident memory at the end.

``--first-pull-beds N`` times a new tablet's first pull of an N-bed year ward over
HTTP only (synthetic rows, hashes checked, nothing stored); the whole join as a nurse
waits for it (pull, SQLite writes, verify) is ``bench_sync_join.py``. All traffic goes
to 127.0.0.1; every loop is bounded by ``--seconds`` (at most 600).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from cart_bedside.server import schema, store  # noqa: E402
from cart_bedside.storage.ids import new_id  # noqa: E402
from tests.server.live import LiveServer  # noqa: E402
from tests.server.pg import find_bindir, start_cluster  # noqa: E402
from tests.server.rows import episode, row, vitals  # noqa: E402


def shift_entry(device: str, episode_id: str) -> list[dict]:
    save = new_id()
    base = {
        "episode_id": episode_id,
        "observed_at": "2026-12-06T08:00:00",
        "recorded_at": "2026-12-06T08:01:00",
        "recorded_by": "nurse",
        "device_id": device,
        "save_id": save,
        "supersedes": None,
        "amend_reason": None,
        "entered_in_error": 0,
    }
    out = [
        vitals(device, episode_id, save_id=save),
        row(
            "neuro_assessments",
            {"id": new_id(), **base, "ice_score": 10, "seizure": "none", "cerebral_edema": "none"},
        ),
    ]
    for category, direction, ml in (
        ("iv", "intake", 500.0),
        ("oral", "intake", 250.0),
        ("urine", "output", 600.0),
    ):
        out.append(
            row(
                "fluid_entries",
                {
                    "id": new_id(),
                    **base,
                    "category": category,
                    "direction": direction,
                    "volume_ml": ml,
                    "note": "",
                },
            )
        )
    return out


def server_timing(headers: httpx.Headers) -> tuple[float, float]:
    """(app, db) milliseconds of the server's ``Server-Timing`` headers (nan if absent)."""
    found = {"app": float("nan"), "db": float("nan")}
    for value in headers.get_list("server-timing"):
        for part in value.split(","):
            name, _, dur = part.strip().partition(";dur=")
            if name in found and dur:
                found[name] = float(dur)
    return found["app"], found["db"]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class Device(threading.Thread):
    def __init__(
        self,
        base: str,
        token: str,
        device_id: str,
        episode_id: str,
        until: float,
        interval: float,
        board: Board,
        phase: float = 0.0,
    ):
        super().__init__(daemon=True)
        self.base, self.device_id, self.episode_id = base, device_id, episode_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.until, self.interval, self.board = until, interval, board
        self.phase = phase
        self.latencies: list[float] = []
        self.server_ms: list[tuple[float, float]] = []  # (app, db) of each push
        self.stored = 0
        self.errors = 0
        self.cursor = 0

    def run(self) -> None:
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=30) as client:
            time.sleep(self.phase)
            next_at = time.monotonic()
            while time.monotonic() < self.until:  # bounded by --seconds
                page = shift_entry(self.device_id, self.episode_id)
                t0 = time.perf_counter()
                r = client.post("/push", json={"rows": page})
                self.latencies.append((time.perf_counter() - t0) * 1000)
                self.server_ms.append(server_timing(r.headers))
                if r.status_code == 200:
                    self.stored += r.json()["stored"]
                    self.board.pushed([x["id"] for x in page])
                else:
                    self.errors += 1
                self.pull(client)
                next_at += self.interval
                time.sleep(max(0.0, next_at - time.monotonic()))
            try:  # every device has pushed its last entry: one more pull reaches everything
                self.board.done.wait(timeout=60)
            except threading.BrokenBarrierError:
                pass
            self.pull(client)

    def pull(self, client: httpx.Client) -> None:
        for _ in range(100):  # bounded: at most 100 pages per round
            body = client.get("/pull", params={"cursor": self.cursor, "limit": 5000}).json()
            self.cursor = body["next_cursor"]
            self.board.pulled(self.device_id, [x["id"] for x in body["rows"]])
            if not body["more"]:
                return


class Board:
    """When each row was acknowledged, and how many devices have pulled it."""

    def __init__(self, devices: int):
        self.devices = devices
        self.done = threading.Barrier(devices)
        self.lock = threading.Lock()
        self.acked: dict[str, float] = {}
        self.seen: dict[str, int] = {}
        self.converged: list[float] = []

    def pushed(self, ids: list[str]) -> None:
        now = time.monotonic()
        with self.lock:
            for rid in ids:
                self.acked.setdefault(rid, now)

    def pulled(self, _device: str, ids: list[str]) -> None:
        now = time.monotonic()
        with self.lock:
            for rid in ids:
                self.seen[rid] = self.seen.get(rid, 0) + 1
                if self.seen[rid] == self.devices and rid in self.acked:
                    self.converged.append(now - self.acked[rid])


def phases(n: int, interval: float, burst: bool) -> list[float]:
    """When in the interval each device pushes: all at the same instant (``--burst``, the
    worst case) or spread evenly, as tablets saving at their own moments are."""
    return [0.0 if burst else interval * i / n for i in range(n)]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(
    devices: int,
    seconds: float,
    interval: float,
    database_url: str | None,
    burst: bool = False,
    first_pull_beds: int = 0,
) -> dict:
    seconds = min(seconds, 600.0)
    cluster = None
    if database_url is None:
        bindir = find_bindir()
        if bindir is None:
            raise SystemExit(
                "PostgreSQL ≥ 15 server binaries not found (apt-get install postgresql)"
            )
        cluster = start_cluster(bindir, fsync=True)  # durable commits, as on a ward server
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_sync")
        database_url = cluster.url("bench_sync")
    try:
        with psycopg.connect(database_url) as conn:
            schema.migrate(conn)
            ward, _ = store.ensure_ward(conn, "bench")
        log = Path(tempfile.mkdtemp(prefix="bench-sync-")) / "server.log"
        server = LiveServer(database_url, log).start()
        try:
            out = {"load_avg_1m_start": round(os.getloadavg()[0], 2)}
            if devices:
                out |= _measure(server, database_url, ward, devices, seconds, interval, burst)
            if first_pull_beds:
                out |= first_pull(server, database_url, first_pull_beds)
            out["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
            return out
        finally:
            server.stop()
    finally:
        if cluster is not None:
            cluster.stop()


def _measure(
    server: LiveServer, url: str, ward: int, n: int, seconds: float, interval: float, burst: bool
) -> dict:
    board = Board(n)
    enrolled = []
    for _ in range(n):
        with psycopg.connect(url) as conn:
            code, _ = store.new_enroll_code(conn, ward, "tablet")
        body = httpx.post(f"{server.base}/enroll", json={"code": code}).json()
        ep = episode(body["device_id"])
        httpx.post(
            f"{server.base}/push",
            json={"rows": [ep]},
            headers={"Authorization": f"Bearer {body['token']}"},
        )
        enrolled.append((body["token"], body["device_id"], ep["id"]))
    until = time.monotonic() + seconds
    threads = [
        Device(server.base, token, dev, ep_id, until, interval, board, phase)
        for (token, dev, ep_id), phase in zip(enrolled, phases(n, interval, burst), strict=True)
    ]
    cpu0 = cpu_seconds(server.proc.pid) if server.proc else 0.0
    floor = []
    t_start = time.monotonic()
    for t in threads:
        t.start()
    with httpx.Client() as c:
        while time.monotonic() < until:  # bounded by --seconds
            t0 = time.perf_counter()
            c.get(f"{server.base}/health")
            floor.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.25)
    for t in threads:
        t.join(timeout=60)
    elapsed = time.monotonic() - t_start
    latencies = [x for t in threads for x in t.latencies]
    app_ms = [a for t in threads for a, _ in t.server_ms if a == a]
    db_ms = [d for t in threads for _, d in t.server_ms if d == d]
    stored = sum(t.stored for t in threads)
    cpu = cpu_seconds(server.proc.pid) - cpu0 if server.proc else float("nan")
    return {
        "devices": n,
        "phases": "burst (all at once)" if burst else "spread over the interval",
        "seconds": round(elapsed, 1),
        "interval_s": interval,
        "pushes": len(latencies),
        "errors": sum(t.errors for t in threads),
        "push_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "push_p99_ms": round(percentile(latencies, 99), 1),
        "server_push_p50_ms": round(statistics.median(app_ms), 1) if app_ms else None,
        "server_push_p99_ms": round(percentile(app_ms, 99), 1),
        "server_db_p50_ms": round(statistics.median(db_ms), 1) if db_ms else None,
        "server_db_p99_ms": round(percentile(db_ms, 99), 1),
        "rows_per_s": round(stored / elapsed, 1),
        "floor_health_p50_ms": round(statistics.median(floor), 1) if floor else None,
        "floor_health_p99_ms": round(percentile(floor, 99), 1),
        "server_cpu_s_per_s": round(cpu / elapsed, 2),
        "converged_rows": len(board.converged),
        "acked_rows": len(board.acked),
        "convergence_p50_s": round(statistics.median(board.converged), 2)
        if board.converged
        else None,
        "convergence_p99_s": round(percentile(board.converged, 99), 2),
        "convergence_max_s": round(max(board.converged), 2) if board.converged else None,
        "server_rss_mb": round(rss_mb(server.proc.pid), 1) if server.proc else None,
    }


# A year of a ward: stays of STAY_DAYS back to back in every bed, ROWS_PER_DAY rows a day
# (vitals q4h, neuro checks, fluid lines each shift, medications, labs, tasks).
STAY_DAYS = 21
ROWS_PER_DAY = 60
_TABLES = ("vital_signs", "neuro_assessments", "fluid_entries", "medications", "lab_results")

_YEAR_SQL = """
CREATE TEMP TABLE eps AS
SELECT b, k, gen_random_uuid()::text AS eid, gen_random_uuid()::text AS pid,
       now() - make_interval(days => 365 - k * %(stay)s - b %% 7) AS admitted,
       CASE WHEN 365 - (k + 1) * %(stay)s - b %% 7 > 0
            THEN now() - make_interval(days => 365 - (k + 1) * %(stay)s - b %% 7) END AS discharged
FROM generate_series(1, %(beds)s) AS b, generate_series(0, 365 / %(stay)s) AS k
WHERE 365 - k * %(stay)s - b %% 7 > 0;
INSERT INTO rows (ward_id, table_name, row_id, device_id, episode_id, patient_id, content,
                  content_sha256)
SELECT %(ward)s, 'patients', pid, %(dev)s, NULL, pid, c,
       encode(sha256(convert_to(c, 'UTF8')), 'hex')
FROM (SELECT pid, format('{"id":%%s,"mrn":%%s,"name":"Demo","patient_id":%%s}',
      to_json(pid), to_json('MRN' || b || '-' || k), to_json(pid)) AS c FROM eps) AS p;
INSERT INTO rows (ward_id, table_name, row_id, device_id, episode_id, patient_id, content,
                  content_sha256)
SELECT %(ward)s, 'episodes', eid, %(dev)s, eid, pid, c,
       encode(sha256(convert_to(c, 'UTF8')), 'hex')
FROM (SELECT eid, pid, format('{"admitted_at":%%s,"bed":%%s,"discharged_at":%%s,"episode_id":%%s,'
      '"id":%%s,"patient_id":%%s}', to_json(admitted), to_json(lpad(b::text, 2, '0')),
      coalesce(to_json(discharged)::text, 'null'), to_json(eid), to_json(eid), to_json(pid)) AS c
      FROM eps) AS e;
INSERT INTO episode_versions (ward_id, row_id, episode_id, patient_id, supersedes,
                              discharged_at, entered_in_error)
SELECT %(ward)s, eid, eid, pid, NULL, discharged, false FROM eps;
INSERT INTO rows (ward_id, table_name, row_id, device_id, episode_id, patient_id, content,
                  content_sha256)
SELECT %(ward)s, t, rid, %(dev)s, eid, NULL, c, encode(sha256(convert_to(c, 'UTF8')), 'hex')
FROM (SELECT (%(tables)s::text[])[1 + n %% 5] AS t, gen_random_uuid()::text AS rid, eid,
        format('{"device_id":%%s,"entered_in_error":0,"episode_id":%%s,"id":%%s,'
               '"observed_at":%%s,"recorded_by":"nurse","value":%%s}', to_json(%(dev)s::text),
               to_json(eid), to_json(gen_random_uuid()::text),
               to_json(admitted + make_interval(mins => n * 24 * 60 / %(per_day)s)), n) AS c
      FROM eps, generate_series(0, %(per_day)s * extract(day FROM coalesce(discharged, now())
                                                       - admitted)::int - 1) AS n
      ORDER BY admitted, n) AS x;
"""


def first_pull(server: LiveServer, url: str, beds: int) -> dict:
    """A new tablet's first pull of a ``beds``-bed ward holding a year of data: every page
    over HTTP, each row's hash checked as the tablet checks it."""
    t0 = time.perf_counter()
    with psycopg.connect(url) as conn:
        ward, _ = store.ensure_ward(conn, "year")
        code, _ = store.new_enroll_code(conn, ward, "tablet")
        loader, _token = store.enroll(conn, code, None, "loader") or (None, "")
        assert loader is not None
        params = {
            "ward": ward,
            "dev": loader.id,
            "beds": beds,
            "stay": STAY_DAYS,
            "per_day": ROWS_PER_DAY,
            "tables": list(_TABLES),
        }
        for statement in _YEAR_SQL.split(";\n"):
            if statement.strip():
                conn.execute(statement, params)
        conn.execute("DROP TABLE eps")
        conn.commit()
        conn.execute("ANALYZE rows")
        conn.execute("ANALYZE episode_versions")
        held = conn.execute("SELECT count(*) FROM rows WHERE ward_id = %s", (ward,)).fetchone()
        conn.commit()
        code, _ = store.new_enroll_code(conn, ward, "tablet")
    loaded_s = time.perf_counter() - t0
    body = httpx.post(f"{server.base}/enroll", json={"code": code}).json()
    headers = {"Authorization": f"Bearer {body['token']}"}
    cursor, rows, pages, bad = 0, 0, 0, 0
    t0 = time.perf_counter()
    with httpx.Client(base_url=server.base, headers=headers, timeout=120) as client:
        for _ in range(10_000):  # bounded
            page = client.get("/pull", params={"cursor": cursor, "limit": 5000}).json()
            for r in page["rows"]:
                bad += (
                    hashlib.sha256(
                        json.dumps(
                            r["content"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
                        ).encode()
                    ).hexdigest()
                    != r["sha256"]
                )
            rows, pages, cursor = rows + len(page["rows"]), pages + 1, page["next_cursor"]
            if not page["more"]:
                break
    took = time.perf_counter() - t0
    return {
        "first_pull_beds": beds,
        "first_pull_ward_rows_held": int(held[0]) if held else 0,
        "first_pull_load_s": round(loaded_s, 1),
        "first_pull_rows": rows,
        "first_pull_pages": pages,
        "first_pull_bad_hashes": bad,
        "first_pull_s": round(took, 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--devices", type=int, default=40)
    p.add_argument("--seconds", type=float, default=60.0, help="bounded: at most 600")
    p.add_argument("--interval", type=float, default=1.0, help="seconds between pushes")
    p.add_argument(
        "--database-url", help="an empty PostgreSQL database (default: a throw-away cluster)"
    )
    p.add_argument("--burst", action="store_true", help="every device pushes at the same instant")
    p.add_argument(
        "--first-pull-beds",
        type=int,
        default=0,
        metavar="N",
        help="also time a new tablet's first pull of an N-bed ward holding a year of data",
    )
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = run(
        args.devices,
        args.seconds,
        args.interval,
        args.database_url,
        args.burst,
        args.first_pull_beds,
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>22}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
