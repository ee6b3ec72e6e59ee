"""Trend figure and handover benchmark (issue 6).

    .venv/bin/python benchmarks/bench_trends_handover.py [--db PATH] [--regenerate] [--runs N]

1. The full trend figure (all ten panels, "since infusion") of a patient with
   30 days of hourly vital signs (720 sets), neuro checks every 4 h, fluid
   lines every shift, daily weight and labs, tocilizumab and a steroid course:
   building the figure, and building + drawing it (Agg, as the Trends tab
   shows it). Target: < 0.4 s to draw (median).
2. The ward handover for 40 occupied beds: reading and assessing every bed,
   then the PDF (ward summary + SBAR pages + one trend figure per patient),
   on a generated one-year, 40-bed database (cached at ``--db``, default
   /tmp/cart_bedside_handover_1y40.db). Target: < 3 s (median). The print's
   audit entry is not written (the benchmark leaves the database as it is). The
   floor beside it: the same PDF without figures. The 40 figures are drawn by
   one batch renderer (``cart_bedside.plots.batch``: the frame drawn once per
   distinct frame, each patient's data over it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cart_bedside.logic.models import (
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from cart_bedside.plots import TrendData, trend_figure
from cart_bedside.plots.batch import TrendBatch
from cart_bedside.plots.trends import draw
from cart_bedside.reports import gather_handover, render_handover
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.demo_scale import create_scale_db

TARGETS_S = {"trend figure: draw (30 days hourly)": 0.4, "ward handover, 40 beds": 3.0}


def median_s(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and worst wall time of ``fn`` in seconds (one warm-up call first)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def thirty_days(seed: int = 1203) -> TrendData:
    """A patient 30 days after infusion with hourly vitals, CRS 2–3 on D+2–D+5."""
    rng = random.Random(seed)
    infusion = datetime(2026, 10, 24, 10, 0)
    now = infusion + timedelta(days=30)
    patient = Patient(
        age_years=56,
        weight_kg=70.0,
        weight_time=infusion,
        sex="M",
        name="基准",
        bed="01",
        diagnosis="b_nhl",
        infusion_time=infusion,
    )
    vitals, neuro, fluids, labs, weights, doses = [], [], [], [], [], []
    t = infusion - timedelta(hours=2)
    while t <= now:
        day = (t - infusion) / timedelta(days=1)
        crs = 3 if 3 <= day < 4.5 else 2 if 2 <= day < 5.5 else 1 if 1.5 <= day < 6 else 0
        hot = crs >= 1
        vitals.append(
            VitalSigns(
                t,
                round(rng.uniform(38.1, 39.4) if hot else rng.uniform(36.4, 37.3), 1),
                rng.randint(70, 120),
                rng.randint(82, 92) if crs >= 2 else rng.randint(105, 135),
                rng.randint(45, 60),
                rng.randint(14, 24),
                float(rng.randint(91, 99)),
                O2Device.NASAL_CANNULA if crs >= 2 else O2Device.ROOM_AIR,
                3.0 if crs >= 2 else None,
                ("norepinephrine",) if crs >= 3 else (),
            )
        )
        if t.hour % 4 == 2:
            neuro.append(NeuroAssessment(t, ice_score=7 if crs >= 3 else 10))
        if t.hour in (6, 14, 22):
            fluids += [
                FluidEntry(t, FluidCategory.IV_FLUIDS, rng.randrange(400, 1200, 50)),
                FluidEntry(t, FluidCategory.URINE, rng.randrange(300, 1000, 25)),
            ]
        if t.hour == 6:
            weights.append(WeightMeasurement(t, round(70 + rng.uniform(-1, 2), 1)))
            labs += [
                LabResult(t, "crp", round(10 + 40 * crs + rng.uniform(0, 10), 1)),
                LabResult(t, "ferritin", round(500 * (1 + crs) * rng.uniform(0.9, 1.1))),
                LabResult(t, "il6", round(5 + 60 * crs * crs * rng.uniform(0.8, 1.2), 1)),
            ]
        t += timedelta(hours=1)
    for h in (50, 62):
        doses.append(MedicationDose(infusion + timedelta(hours=h), "tocilizumab", 560.0))
    for h in range(74, 74 + 6 * 12, 6):
        doses.append(MedicationDose(infusion + timedelta(hours=h), "dexamethasone", 10.0))
    return TrendData.from_records(
        patient,
        now=now,
        vitals=vitals,
        neuro=neuro,
        fluids=fluids,
        medications=doses,
        labs=labs,
        weights=weights,
        admitted_at=infusion - timedelta(days=4),
    )


def floor_figure() -> None:
    """What matplotlib alone costs for a figure of this size: the same number of panels, one
    720-point line each, built and drawn by Agg (the floor the trend figure is compared with)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 15.9), dpi=100)
    FigureCanvasAgg(fig)
    x = np.arange(720) / 24
    for ax in fig.subplots(11, 1):
        ax.plot(x, np.sin(x), linewidth=1.5)
    fig.canvas.draw()


Row = tuple[str, float, float, float | None, str]  # name, median s, worst s, target s, note


def trend_rows(runs: int, lang: str = "zh_CN") -> list[Row]:
    """The trend figure of 30 days hourly: build, first draw, build + draw, drawn again into
    the Trends tab's figure; and the floor: plain matplotlib drawing as many points."""
    rows: list[Row] = []
    data = thirty_days()
    label = f"{len(data.vitals)} vitals, 10 panels"
    build = median_s(lambda: trend_figure(data, "since_infusion", lang), runs)
    rows.append(("trend figure: build (30 days hourly)", *build, None, label))

    draws = []
    for _ in range(runs + 1):  # the first draw of each new figure, build not timed
        fig = trend_figure(data, "since_infusion", lang)
        start = time.perf_counter()
        draw(fig)
        draws.append(time.perf_counter() - start)
    draws = draws[1:]
    rows.append(
        (
            "trend figure: draw only",
            statistics.median(draws),
            max(draws),
            None,
            "first Agg draw of a new figure",
        )
    )

    def build_and_draw() -> None:
        draw(trend_figure(data, "since_infusion", lang))

    both = median_s(build_and_draw, runs)
    rows.append(
        (
            "trend figure: draw (30 days hourly)",
            *both,
            TARGETS_S["trend figure: draw (30 days hourly)"],
            "build + draw",
        )
    )

    # the Trends tab switching range: its one figure cleared and filled again
    fig = trend_figure(data, "72h", lang)
    again = median_s(lambda: draw(trend_figure(data, "since_infusion", lang, figure=fig)), runs)
    rows.append(("trend figure: redraw (Trends tab)", *again, None, "build + draw, figure="))
    rows.append(
        (
            "trend figure: floor (plain matplotlib)",
            *median_s(floor_figure, runs),
            None,
            "11 panels × 720 points, no labels",
        )
    )
    return rows


def ensure_db(path: Path, years: float = 1.0, beds: int = 40, regenerate: bool = False) -> Path:
    """The generated ward at ``path``, written first if missing (or ``regenerate``)."""
    if regenerate:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        print(f"generating {years:g} years of {beds} beds at {path} …", flush=True)
        summary = create_scale_db(path, years=years, beds=beds)
        print(f"  done in {summary.seconds:.0f} s", flush=True)
    return path


def handover_rows(path: Path, runs: int, lang: str = "zh_CN") -> list[Row]:
    """The ward handover of every occupied bed: read + assess, and the whole PDF."""
    rows: list[Row] = []
    db = open_database(path, check=False)
    repo = Repository(db)
    now = datetime.fromisoformat(repo.ward_settings.get_setting("demo.generated_until"))
    pages: list[int] = []

    def handover() -> None:
        sheet = gather_handover(repo, now=now)
        pages.append(render_handover(sheet, lang)[1])

    def floor() -> None:
        render_handover(gather_handover(repo, now=now), lang, figures=False)

    sheet = gather_handover(repo, now=now)
    gather = median_s(lambda: gather_handover(repo, now=now), runs)
    rows.append(("handover: read + assess 40 beds", *gather, None, f"{len(sheet.patients)} beds"))
    rows.append(
        (
            "handover: floor (the PDF without figures)",
            *median_s(floor, max(3, runs // 2)),
            None,
            "read + assess + pages",
        )
    )
    whole = median_s(handover, max(3, runs // 2))
    with TrendBatch(lang) as batch:
        for ps in sheet.patients:
            batch.image(ps.trend)
        frames = batch.frames_drawn
    rows.append(
        (
            "ward handover, 40 beds",
            *whole,
            TARGETS_S["ward handover, 40 beds"],
            f"{pages[-1]} pages, with {len(sheet.patients)} figures ({frames} frames drawn)",
        )
    )
    db.conn.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/cart_bedside_handover_1y40.db")
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--beds", type=int, default=40)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)

    rows = trend_rows(args.runs, args.lang)
    path = ensure_db(Path(args.db), args.years, args.beds, args.regenerate)
    rows += handover_rows(path, args.runs, args.lang)

    print(f"\n{'operation':<40} {'median':>9} {'worst':>9} {'target':>9}  note")
    failed = False
    for name, median, worst, target, note in rows:
        mark = ""
        if target is not None:
            ok = median < target
            failed |= not ok
            mark = "ok" if ok else "SLOW"
        tgt = f"< {target:g} s" if target is not None else ""
        print(f"{name:<40} {median:>8.3f}s {worst:>8.3f}s {tgt:>9}  {note} {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
