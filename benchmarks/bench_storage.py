"""Storage benchmark on a generated ten-year, 40-bed database.

    .venv/bin/python benchmarks/bench_storage.py [--db PATH] [--regenerate] [--runs N]

Generates the database once (``--scale`` demo mode; cached at ``--db``,
default /tmp/cart_bedside_bench.db), then prints medians of:

- the ward board the app shows (``WardService.board()``): *first* — a new
  service, every bed's episode view read, assessed and scheduled (the board
  after signing in); *refresh* — the same service again (the views cached,
  what a refresh without a save costs); beside them the floor: reading the
  same beds' records only (``Repository.timeline`` over each bed's look-back);
- one patient's 30-day timeline (every record type);
- one full shift-entry save (vitals + neuro + 3 fluid lines) with ``synchronous=FULL``.

Targets: first board < 1500 ms (40 beds), refresh < 30 ms, timeline < 50 ms,
save < 20 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cart_bedside.logic.models import (
    Consciousness,
    FluidCategory,
    FluidEntry,
    NeuroAssessment,
    VitalSigns,
)
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.demo_scale import create_scale_db

TARGETS_MS = {
    "ward board, first": 1500.0,
    "ward board, refresh": 30.0,
    "30-day timeline": 50.0,
    "shift-entry save": 20.0,
}


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` in milliseconds (one warm-up call first)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def board_ms(repo: Repository, clock: Callable[[], datetime], runs: int) -> tuple[float, ...]:
    """Medians (ms) of the first board, a refresh, and the floor (the beds' records read).

    The first board is what signing in costs: a new ward service, nothing cached.
    """
    from cart_bedside.service import WardService

    nurse = repo.people.get_user("nurse")

    def service() -> WardService:
        ward = WardService(repo, clock=clock)
        ward.user = nurse  # signed in (the PIN check is the sign-in's, not the board's)
        return ward

    warm = service()
    cards = warm.board()
    assert cards, "no occupied beds"
    first = median_ms(lambda: service().board(), max(3, runs // 5))
    refresh = median_ms(warm.board, runs)

    def records() -> None:
        for patient, episode in repo.patients.occupied(clock()):
            infusion = patient.infusion_time
            since = episode.admitted_at
            if infusion is not None:
                since = min(since, infusion - timedelta(days=8))
            repo.queries.timeline(episode.episode_id, since, None)

    return first, refresh, median_ms(records, max(3, runs // 5))


def ensure_db(
    path: Path, years: float = 10.0, beds: int = 40, seed: int = 1203, regenerate: bool = False
) -> Path:
    """The generated ward at ``path``, written first if missing (or ``regenerate``)."""
    if regenerate:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if not path.exists():
        print(f"generating {years:g} years x {beds} beds into {path} …", flush=True)
        summary = create_scale_db(path, years=years, beds=beds, seed=seed)
        print(
            f"generated in {summary.seconds:.0f} s: "
            + ", ".join(f"{k} {v:,}" for k, v in sorted(summary.counts.items()))
        )
    return path


def measure(path: Path, runs: int) -> tuple[dict[str, float], dict[str, object]]:
    """Medians (ms) of the board, the 30-day timeline and a shift-entry save; and facts."""
    start = time.perf_counter()
    db = open_database(path, check=True)
    open_s = time.perf_counter() - start
    until = datetime.fromisoformat(
        db.execute("SELECT value FROM ward_settings WHERE key = 'demo.generated_until'")
        .fetchone()[0]
        .strip('"')
    )
    clock_now = until + timedelta(minutes=30)
    repo = Repository(db, clock=lambda: clock_now)
    vitals_rows = db.execute("SELECT count(*) FROM vital_signs").fetchone()[0]
    beds = repo.patients.occupied(clock_now)
    at = clock_now
    episode = max(
        beds, key=lambda b: len(repo.queries.vitals(b[1].episode_id, at - timedelta(days=30)))
    )[1].episode_id
    first, refresh, floor = board_ms(repo, lambda: clock_now, runs)

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

    results = {
        "ward board, first": first,
        "ward board, refresh": refresh,
        "30-day timeline": median_ms(
            lambda: repo.queries.timeline(episode, at - timedelta(days=30), at), runs
        ),
        "shift-entry save": median_ms(save, runs),
    }
    info: dict[str, object] = {
        "vitals_rows": vitals_rows,
        "size_mb": path.stat().st_size / 1e6,
        "beds": len(beds),
        "board_floor_ms": floor,
        "open_s": open_s,
        "synchronous": db.execute("PRAGMA synchronous").fetchone()[0],
        "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
    }
    db.conn.close()
    return results, info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/cart_bedside_bench.db")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--beds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1203)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)
    path = ensure_db(Path(args.db), args.years, args.beds, args.seed, args.regenerate)
    results, info = measure(path, args.runs)
    print(
        f"\n{path}: {info['vitals_rows']:,} vital-sign rows, {info['size_mb']:,.0f} MB, "
        f"{info['beds']} occupied beds; open + quick_check {info['open_s']:.1f} s"
    )
    print(
        f"synchronous={info['synchronous']} (2 = FULL), journal_mode="
        f"{info['journal_mode']}, runs={args.runs}\n"
    )
    print(f"{'query':<20} {'median ms':>10} {'target ms':>10}  ok")
    for name, value in results.items():
        target = TARGETS_MS[name]
        print(f"{name:<20} {value:>10.2f} {target:>10.0f}  {'yes' if value < target else 'NO'}")
    print(f"(floor of the first board: the beds' records read, {info['board_floor_ms']:.1f} ms)")
    return 0 if all(results[k] < TARGETS_MS[k] for k in results) else 1


if __name__ == "__main__":
    sys.exit(main())
