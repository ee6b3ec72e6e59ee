"""The cost of encryption at rest and of ``verify``, side by side.

    .venv/bin/python benchmarks/bench_security.py [--years 2] [--beds 40] [--runs 25]

Generates one plain scale ward (``demo-db --scale``; cached in /tmp) and an
encrypted copy of it (SQLCipher, ``sqlcipher_export``), then measures on each,
in alternation so that load on a shared machine hits both alike:

- start-up as the app opens the ward: ``open_database(check="start-up")`` (the
  key, the schema, the newest audit entry) + ``Repository``; beside it the old
  start-up, ``check=True`` (``quick_check`` reads and decrypts every page), and
  the whole-file ``integrity_check`` the app now runs in the background after
  the board is shown (medians of ``--starts`` runs, the file in the OS cache);
- the ward board, one patient's 30-day timeline and one shift-entry save
  (medians of ``--runs``), as in bench_storage.py;
- ``verify`` per 10 000 records: the whole check (keyed chain, every row's
  hash, signatures, users, settings) on the demo ward, plain and encrypted.

A floor is measured in the same run: ``SELECT 1`` on an open connection.
Target: encryption adds at most 20 % to a save and to start-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault(
    "CART_BEDSIDE_KEY_DIR", str(Path(tempfile.gettempdir()) / "cart_bedside_bench_keys")
)

from cart_bedside.logic.models import (
    Consciousness,
    FluidCategory,
    FluidEntry,
    NeuroAssessment,
    VitalSigns,
)
from cart_bedside.storage import Repository, cipher, open_database
from cart_bedside.storage.checks import full_integrity_check, verify_file

TARGET_PCT = 20.0


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _plain_env(on: bool) -> None:
    os.environ[cipher.ENV] = "1" if on else "0"


def build(folder: Path, years: float, beds: int) -> tuple[Path, Path]:
    """The plain scale ward and its encrypted copy (made once, kept in ``folder``)."""
    from cart_bedside.storage.demo_scale import create_scale_db

    folder.mkdir(parents=True, exist_ok=True)
    plain, enc = folder / f"plain-{years:g}y-{beds}.db", folder / f"enc-{years:g}y-{beds}.db"
    if not plain.exists():
        _plain_env(False)
        print(f"generating {years:g} years x {beds} beds …", flush=True)
        create_scale_db(plain, years=years, beds=beds, seed=1203)
    if not enc.exists():
        print("encrypting a copy …", flush=True)
        cipher.encrypt_file(plain, enc)
    return plain, enc


def _open(path: Path, check: bool | str = "start-up") -> Repository:
    db = open_database(path, check=check)
    until = datetime.fromisoformat(
        db.execute("SELECT value FROM ward_settings WHERE key = 'demo.generated_until'")
        .fetchone()[0]
        .strip('"')
    )
    now = until + timedelta(minutes=30)
    return Repository(db, clock=lambda: now)


def start_up_s(path: Path, check: bool | str = "start-up") -> float:
    start = time.perf_counter()
    repo = _open(path, check)
    seconds = time.perf_counter() - start
    repo.db.conn.close()
    return seconds


def full_check_s(path: Path) -> float:
    start = time.perf_counter()
    assert full_integrity_check(path) == []
    return time.perf_counter() - start


def operations(path: Path, runs: int) -> dict[str, float]:
    repo = _open(path)
    board = repo.queries.ward_board()
    episode = max(board, key=lambda e: len(e.vitals)).patient.id or ""
    at = repo.now()

    def save() -> None:
        repo.charting.save_shift_entry(
            episode,
            "nurse",
            vitals=VitalSigns(at, temp_c=37.2, hr=88, sbp=118, dbp=72, rr=16, spo2=98),
            neuro=NeuroAssessment(at, ice_score=10, consciousness=Consciousness.ALERT),
            fluids=[
                FluidEntry(at, FluidCategory.IV_FLUIDS, 500),
                FluidEntry(at, FluidCategory.ORAL, 200),
                FluidEntry(at, FluidCategory.URINE, 650),
            ],
        )

    out = {
        "floor (SELECT 1)": _median_ms(
            lambda: repo.db.conn.execute("SELECT 1").fetchone(), runs * 4
        ),
        "ward board": _median_ms(repo.queries.ward_board, runs),
        "30-day timeline": _median_ms(
            lambda: repo.queries.timeline(episode, at - timedelta(days=30), at), runs
        ),
        "shift-entry save": _median_ms(save, runs),
    }
    repo.db.conn.close()
    return out


def verify_rate(folder: Path) -> dict[str, tuple[float, int]]:
    """Seconds per 10 000 records of a whole verify on the demo ward, plain and encrypted."""
    from cart_bedside.storage.demo import write_demo_db

    result = {}
    for name, on in (("plain", False), ("encrypted", True)):
        path = folder / f"demo-{name}.db"
        if not path.exists():
            _plain_env(on)
            write_demo_db(path)
        times, records = [], 0
        for _ in range(3):
            report = verify_file(path, record=False)
            assert report.ok, report.findings[:3]
            times.append(report.seconds)
            records = report.records + report.entries
        result[name] = (statistics.median(times) / records * 10_000, records)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=2.0)
    parser.add_argument("--beds", type=int, default=40)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument(
        "--folder", default=str(Path(tempfile.gettempdir()) / "cart_bedside_bench_security")
    )
    parser.add_argument("--fresh", action="store_true", help="regenerate the databases")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if args.fresh:
        shutil.rmtree(folder, ignore_errors=True)
    plain, enc = build(folder, args.years, args.beds)
    print(
        f"{plain.name}: {plain.stat().st_size / 1e6:,.0f} MB; {enc.name}: "
        f"{enc.stat().st_size / 1e6:,.0f} MB; SQLCipher {cipher_version(enc)}"
    )
    starts: dict[str, list[float]] = {}
    for _ in range(args.starts * 10):  # ~2 ms each: many runs, or the median is noise
        for name, path in (("plain", plain), ("encrypted", enc)):  # alternate: load hits both
            starts.setdefault(f"app {name}", []).append(start_up_s(path))
    for _ in range(args.starts):
        for name, path in (("plain", plain), ("encrypted", enc)):
            starts.setdefault(f"old {name}", []).append(start_up_s(path, True))
    for _ in range(max(1, args.starts // 2)):
        for name, path in (("plain", plain), ("encrypted", enc)):
            starts.setdefault(f"full {name}", []).append(full_check_s(path))
    ops = {"plain": operations(plain, args.runs), "encrypted": operations(enc, args.runs)}

    def ms(key: str) -> float:
        return statistics.median(starts[key]) * 1000

    rows = [
        ("start-up (app: start-up check)", ms("app plain"), ms("app encrypted")),
        ("start-up before (quick_check)", ms("old plain"), ms("old encrypted")),
        ("integrity_check (background)", ms("full plain"), ms("full encrypted")),
    ]
    rows += [(k, ops["plain"][k], ops["encrypted"][k]) for k in ops["plain"]]
    print(f"\n{'operation':<30} {'plain ms':>10} {'encrypted ms':>13} {'added':>8}")
    for name, p, e in rows:
        print(f"{name:<30} {p:>10.3f} {e:>13.3f} {(e / p - 1) * 100:>7.0f}%")
    rates = verify_rate(folder)
    print()
    for name, (per_10k, records) in rates.items():
        print(
            f"verify, {name:<9}: {per_10k:.2f} s per 10 000 records "
            f"(demo ward: {records:,} audit entries + records)"
        )
    save_pct = (rows[-1][2] / rows[-1][1] - 1) * 100
    start_pct = (rows[0][2] / rows[0][1] - 1) * 100
    ok = save_pct <= TARGET_PCT and start_pct <= TARGET_PCT
    print(
        f"\ntarget: encryption adds ≤ {TARGET_PCT:.0f} % to a save ({save_pct:.0f} %) and "
        f"to start-up ({start_pct:.0f} %): {'met' if ok else 'NOT met'}"
    )
    return 0


def cipher_version(path: Path) -> str:
    conn = cipher.connect_file(path)
    try:
        return conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
