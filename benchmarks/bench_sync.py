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

Not measured yet (issue 14's "done when"): the first pull of a new tablet on a
40-bed ward holding a year of data. All traffic goes to 127.0.0.1; every loop
is bounded by ``--seconds`` (at most 600).
"""

from __future__ import annotations

import argparse
import json
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
    ):
        super().__init__(daemon=True)
        self.base, self.device_id, self.episode_id = base, device_id, episode_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.until, self.interval, self.board = until, interval, board
        self.latencies: list[float] = []
        self.stored = 0
        self.errors = 0
        self.cursor = 0

    def run(self) -> None:
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=30) as client:
            next_at = time.monotonic()
            while time.monotonic() < self.until:  # bounded by --seconds
                page = shift_entry(self.device_id, self.episode_id)
                t0 = time.perf_counter()
                r = client.post("/push", json={"rows": page})
                self.latencies.append((time.perf_counter() - t0) * 1000)
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


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(devices: int, seconds: float, interval: float, database_url: str | None) -> dict:
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
            return _measure(server, database_url, ward, devices, seconds, interval)
        finally:
            server.stop()
    finally:
        if cluster is not None:
            cluster.stop()


def _measure(
    server: LiveServer, url: str, ward: int, n: int, seconds: float, interval: float
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
        Device(server.base, token, dev, ep_id, until, interval, board)
        for token, dev, ep_id in enrolled
    ]
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
    stored = sum(t.stored for t in threads)
    return {
        "devices": n,
        "seconds": round(elapsed, 1),
        "interval_s": interval,
        "pushes": len(latencies),
        "errors": sum(t.errors for t in threads),
        "push_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "push_p99_ms": round(percentile(latencies, 99), 1),
        "rows_per_s": round(stored / elapsed, 1),
        "floor_health_p50_ms": round(statistics.median(floor), 1) if floor else None,
        "converged_rows": len(board.converged),
        "acked_rows": len(board.acked),
        "convergence_p50_s": round(statistics.median(board.converged), 2)
        if board.converged
        else None,
        "convergence_p99_s": round(percentile(board.converged, 99), 2),
        "convergence_max_s": round(max(board.converged), 2) if board.converged else None,
        "server_rss_mb": round(rss_mb(server.proc.pid), 1) if server.proc else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--devices", type=int, default=40)
    p.add_argument("--seconds", type=float, default=60.0, help="bounded: at most 600")
    p.add_argument("--interval", type=float, default=1.0, help="seconds between pushes")
    p.add_argument(
        "--database-url", help="an empty PostgreSQL database (default: a throw-away cluster)"
    )
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = run(args.devices, args.seconds, args.interval, args.database_url)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>22}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
