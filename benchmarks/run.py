"""Every benchmark in one command, one table (issue 7).

    .venv/bin/python benchmarks/run.py [--quick] [--markdown]

Runs the measurements of the four benchmark scripts beside this file — their
own functions, imported — and prints one table of medians with, where there
is one, the floor or target and the ratio to it:

- ``bench_assess.py``: ``cart-bedside assess`` on a 30-day case, whole
  process, against the interpreter floor (``python -c pass``); the grading
  in-process per record;
- ``bench_storage.py``: the app's ward board (first, refresh), 30-day timeline, one shift-entry
  save (``synchronous=FULL``) on a generated 10-year, 40-bed ward (about
  1.7 GB; generated once, about a minute, and cached at
  /tmp/cart_bedside_bench.db);
- ``bench_ui.py`` (offscreen): start-up to a usable board, whole process,
  against the bare-PySide6 floor; the 40-bed board refreshing after a save;
  opening the D+28 demo patient and board→patient→board (longest UI block);
- ``bench_trends_handover.py``: the 30-day trend figure; the 40-bed ward
  handover PDF (on a generated one-year, 40-bed ward, cached at
  /tmp/cart_bedside_handover_1y40.db).

``--quick`` takes fewer runs and runs the storage queries on the one-year
ward instead of the ten-year one (the table says so): about a minute once the
one-year ward exists. Databases the benchmarks write to are copies, so the
cached wards stay as generated (except the ten-year one, which
``bench_storage.py`` itself adds its test saves to, as before).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_assess  # noqa: E402
import bench_storage  # noqa: E402
import bench_trends_handover  # noqa: E402
import bench_ui  # noqa: E402

TEN_YEARS = Path("/tmp/cart_bedside_bench.db")
ONE_YEAR = Path("/tmp/cart_bedside_handover_1y40.db")


@dataclass(frozen=True)
class Row:
    group: str
    measure: str
    median: float | None  # seconds; None: failed
    floor: float | None = None  # seconds: the ratio is median / floor
    target: float | None = None  # seconds: the median must stay below
    note: str = ""

    def cells(self) -> list[str]:
        ratio = ""
        if self.median is not None and self.floor:
            ratio = f"{self.median / self.floor:.1f}× floor"
        elif self.median is not None and self.target:
            verdict = "ok" if self.median < self.target else "SLOW"
            ratio = f"{self.median / self.target:.0%} of target, {verdict}"
        ref = ""
        if self.floor:
            ref = f"floor {fmt(self.floor)}"
        if self.target:
            ref = f"< {fmt(self.target)}"
        return [
            self.group,
            self.measure,
            fmt(self.median) if self.median is not None else "ERROR",
            ref,
            ratio,
            self.note,
        ]


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.2f} s"


def copy_db(path: Path, folder: Path) -> Path:
    target = folder / path.name
    shutil.copy(path, target)
    return target


# --- the sections ---------------------------------------------------------------------------
def assess_rows(runs: int) -> list[Row]:
    case = bench_assess.make_case(30)
    n = bench_assess.records(case)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.json"
        path.write_text(json.dumps(case))
        floor = statistics.median(bench_assess.interpreter_floor(runs))
        whole = statistics.median(bench_assess.time_process(path, runs))
    one = bench_assess.time_inprocess(case, runs) / n
    big = bench_assess.scaled(case, 8)
    eight = bench_assess.time_inprocess(big, max(5, runs // 2)) / bench_assess.records(big)
    return [
        Row("assess", "python -c pass (interpreter floor)", floor),
        Row(
            "assess",
            "cart-bedside assess, 30-day case, whole process",
            whole,
            target=0.3,
            note=f"{n} records; {whole / floor:.1f}× the interpreter floor",
        ),
        Row(
            "assess",
            "grading in-process, per record",
            one,
            note=f"8× the records: {eight / one:.2f}× the time per record (1.00 = linear)",
        ),
    ]


def storage_rows(path: Path, runs: int, label: str) -> list[Row]:
    results, info = bench_storage.measure(path, runs)
    facts = (
        f"{label}: {info['vitals_rows']:,} vital-sign rows, {info['size_mb']:,.0f} MB, "
        f"{info['beds']} beds"
    )
    notes = {
        "ward board, first": f"{facts}; WardService.board() with nothing cached (after "
        f"sign-in); floor (the beds' records read) {info['board_floor_ms']:.0f} ms",
        "ward board, refresh": "the same service again: the episode views cached",
        "30-day timeline": "every record type of one patient",
        "shift-entry save": f"vitals + neuro + 3 fluid lines, synchronous="
        f"{'FULL' if info['synchronous'] == 2 else info['synchronous']}",
    }
    floors = {"ward board, first": info["board_floor_ms"] / 1000}
    return [
        Row(
            "storage",
            name,
            ms / 1000,
            floor=floors.get(name),
            target=bench_storage.TARGETS_MS[name] / 1000,
            note=notes[name],
        )
        for name, ms in results.items()
    ]


def ui_rows(runs: int, refresh_db: Path, refresh_runs: int) -> list[Row]:
    from cart_bedside.storage.demo import write_demo_db

    floor, _ = bench_ui.whole_process(bench_ui.FLOOR, runs)
    cold, out = bench_ui.whole_process(bench_ui.COLD, runs)
    mpl, beds = out.split()
    with tempfile.TemporaryDirectory() as tmp:
        ward = Path(tmp) / "ward.db"
        write_demo_db(ward)
        cold_db, _ = bench_ui.whole_process(bench_ui.COLD_DB, runs, str(ward))
    refresh, first, n = bench_ui.board_refresh(refresh_db, refresh_runs)
    opened = bench_ui.patient_open(max(runs, 9))
    return [
        Row("start-up", "bare PySide6 window, whole process (the floor)", floor),
        Row(
            "start-up",
            f"cart-bedside --demo to a usable board ({beds} beds)",
            cold,
            floor=floor,
            note=f"writes the demo ward first; matplotlib imported: {mpl}",
        ),
        Row("start-up", "cart-bedside --db WARD to a usable board (12 beds)", cold_db, floor=floor),
        Row(
            "board", f"board of {n} beds: first build after sign-in", first, note="every bed graded"
        ),
        Row(
            "board",
            f"board of {n} beds: refresh after a save",
            refresh,
            target=0.1,
            note="the saved bed re-graded, every card updated",
        ),
        Row("patient", "floor: same window, switch to a blank page and paint", opened["floor"]),
        Row(
            "patient",
            "patient open (D+28 demo patient, tap → shift entry painted)",
            opened["open"],
            target=0.3,
        ),
        Row(
            "patient",
            "board→patient→board (tap card, tap back, board painted)",
            opened["trip"],
            floor=opened["floor"],
        ),
        Row(
            "patient",
            "longest UI-thread block in board→patient→board",
            opened["block"],
            target=0.1,
            note=f"worst of the runs {opened['block_max'] * 1000:.0f} ms",
        ),
    ]


def shift_entry_rows(refresh_db: Path, runs: int) -> list[Row]:
    """One shift-entry save through the ward service (PIN check, validation, one transaction)."""
    from datetime import timedelta

    from cart_bedside.logic.models import (
        Consciousness,
        FluidCategory,
        FluidEntry,
        NeuroAssessment,
        VitalSigns,
    )
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database

    db = open_database(refresh_db, check=False)
    repo = Repository(db)
    service = WardService(repo)
    service.sign_in("nurse", "1111")
    cards = [c for c in service.board() if not repo.patients.get_patient(c.episode_id).uses_capd]
    times = []
    for i in range(runs + 1):
        card = cards[i % len(cards)]
        at = service.clock() - timedelta(minutes=1)
        start = time.perf_counter()
        service.save_shift_entry(
            card.episode_id,
            "1111",
            vitals=VitalSigns(at, temp_c=37.2, hr=88, sbp=118, dbp=72, rr=16, spo2=98),
            neuro=NeuroAssessment(at, ice_score=10, consciousness=Consciousness.ALERT),
            fluids=[
                FluidEntry(at, FluidCategory.IV_FLUIDS, 500),
                FluidEntry(at, FluidCategory.URINE, 650),
            ],
        )
        times.append(time.perf_counter() - start)
    db.conn.close()
    from cart_bedside.storage.auth import hash_pin, verify_pin

    stored = hash_pin("1111")
    pin = []
    for _ in range(runs):
        start = time.perf_counter()
        verify_pin("1111", stored)
        pin.append(time.perf_counter() - start)
    return [
        Row(
            "shift entry",
            "save through the ward service (40-bed ward)",
            statistics.median(times[1:]),
            note=f"vitals + neuro + 2 fluid lines, validated, signed: includes the scrypt "
            f"PIN check ({fmt(statistics.median(pin))}, slow by design)",
        )
    ]


def trend_and_handover_rows(runs: int, db: Path) -> list[Row]:
    rows = []
    wanted = {
        "trend figure: draw only",
        "trend figure: draw (30 days hourly)",
        "trend figure: redraw (Trends tab)",
        "trend figure: floor (plain matplotlib)",
    }
    for name, median, _worst, target, note in bench_trends_handover.trend_rows(runs):
        if name in wanted:
            rows.append(
                Row(
                    "trend figure",
                    name.removeprefix("trend figure: "),
                    median,
                    target=target,
                    note=note,
                )
            )
    for name, median, _worst, target, note in bench_trends_handover.handover_rows(db, runs):
        rows.append(
            Row("handover", name.removeprefix("handover: "), median, target=target, note=note)
        )
    return rows


# --- running and printing --------------------------------------------------------------------
#: Each section runs in a fresh interpreter, as the scripts do on their own: in one process
#: the imports of the others (numpy, matplotlib, Qt) slowed the SQLite saves 4×.
SECTIONS = ("assess", "storage", "start-up", "shift entry", "trend figure")


def run_section(name: str, args: argparse.Namespace, workdir: Path) -> list[Row]:
    """One section, in this process (the child's side)."""
    runs = args.runs
    ui_db = workdir / "ui" / ONE_YEAR.name
    if name == "assess":
        return assess_rows(runs)
    if name == "storage":
        if args.quick:
            return storage_rows(copy_db(ONE_YEAR, workdir), runs, "ONE-year ward (--quick)")
        return storage_rows(
            bench_storage.ensure_db(TEN_YEARS, years=10, beds=40), runs, "10-year ward"
        )
    if name == "start-up":
        return ui_rows(max(3, runs // 2), ui_db, max(runs, 10))
    if name == "shift entry":
        return shift_entry_rows(ui_db, runs)
    if name == "trend figure":
        return trend_and_handover_rows(max(3, runs // 2), ONE_YEAR)
    raise ValueError(name)


def section(name: str, args: argparse.Namespace, workdir: Path) -> list[Row]:
    """One section in a child process (the parent's side); a failure becomes an ERROR row."""
    print(f"… {name}", file=sys.stderr, flush=True)
    start = time.perf_counter()
    command = [
        sys.executable,
        __file__,
        "--section",
        name,
        "--workdir",
        str(workdir),
        "--runs",
        str(args.runs),
        *(["--quick"] if args.quick else []),
    ]
    result = subprocess.run(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    print(f"  {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    try:
        return [Row(**row) for row in json.loads(result.stdout)]
    except (json.JSONDecodeError, TypeError):
        return [Row(name, f"failed (exit {result.returncode}): see the messages above", None)]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except OSError:
        commit = ""
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}" + (f", commit {commit}" if commit else "")
    )


def print_table(rows: list[Row], markdown: bool) -> None:
    head = ["benchmark", "measure", "median", "floor / target", "ratio", "note"]
    cells = [r.cells() for r in rows]
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" for _ in head) + "|")
        for c in cells:
            print("| " + " | ".join(c) + " |")
        return
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print("  ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer runs; storage on the one-year ward instead of ten years",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 15, quick 5)")
    parser.add_argument("--section", choices=SECTIONS, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.runs = args.runs or (5 if args.quick else 15)

    if args.section:  # the child: one section, rows as JSON on stdout
        try:
            rows = run_section(args.section, args, args.workdir)
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            rows = [Row(args.section, f"failed: {type(exc).__name__}: {exc}"[:90], None)]
        print(json.dumps([asdict(r) for r in rows]))
        return 0

    started = time.perf_counter()
    bench_trends_handover.ensure_db(ONE_YEAR, years=1, beds=40)
    if not args.quick:
        bench_storage.ensure_db(TEN_YEARS, years=10, beds=40)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cart-bedside-bench-") as tmp:
        workdir = Path(tmp)
        (workdir / "ui").mkdir()
        shutil.copy(ONE_YEAR, workdir / "ui" / ONE_YEAR.name)  # the board benchmarks save
        for name in SECTIONS:
            rows += section(name, args, workdir)

    total = time.perf_counter() - started
    runs = args.runs
    mode = "--quick: fewer runs, storage on the one-year ward" if args.quick else "full"
    print(
        f"\ncart-bedside benchmarks ({mode}); {runs} runs per measurement (start-up and "
        f"figures: {max(3, runs // 2)}); {machine()}; took {total:.0f} s\n"
    )
    print_table(rows, args.markdown)
    failed = [r for r in rows if r.median is None or (r.target and r.median >= r.target)]
    if failed:
        print(
            f"\n{len(failed)} measurement(s) failed or over target: "
            + ", ".join(r.measure for r in failed)
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
