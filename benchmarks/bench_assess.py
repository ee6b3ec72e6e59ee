"""Benchmark `cart-bedside assess` (issue 2).

1. Whole process, interpreter start included, on a 30-day case with hourly
   vitals, 4-hourly neuro checks, doses and labs (target: median < 0.3 s).
2. The grading itself (parse + assess + JSON) in-process at 1×, 2×, 4×, 8×
   the records, to show it is linear.
3. Many doses (issue 12): a case with 10,000 medication doses (a quarter of
   them tocilizumab, so every limit rule is exercised), whole process
   (target < 1 s), and in-process at 1,250 … 10,000 doses to show the time
   grows linearly with the doses (it grew with their square before).

Run: ``.venv/bin/python benchmarks/bench_assess.py [--runs 15]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INFUSION = datetime(2026, 11, 1, 10, 0)


def make_case(days: int = 30) -> dict:
    """A believable case: fever from D+2, hypotension D+3, oxygen, tocilizumab, steroids."""
    vitals, neuro, meds, labs = [], [], [], []
    for hour in range(days * 24):
        t = INFUSION + timedelta(hours=hour)
        day = hour / 24
        febrile = 2 <= day % 30 < 5
        vitals.append(
            {
                "time": t.isoformat(),
                "temp_c": 38.6 if febrile else 36.9,
                "hr": 112 if febrile else 84,
                "sbp": 86 if 3 <= day < 4 else 118,
                "dbp": 50 if 3 <= day < 4 else 70,
                "rr": 20,
                "spo2": 95,
                "o2_device": "nasal_cannula" if 3 <= day < 5 else "room_air",
                **({"o2_flow_l_min": 3} if 3 <= day < 5 else {}),
                "vasopressors": ["norepinephrine"] if 3.5 <= day < 3.8 else [],
            }
        )
        if hour % 4 == 0:
            score = 7 if 5 <= day < 7 else 10
            neuro.append(
                {
                    "time": (t + timedelta(minutes=10)).isoformat(),
                    "ice_score": score,
                    "consciousness": "alert",
                    "seizure": "none",
                    "motor_weakness": False,
                    "cerebral_edema": "none",
                }
            )
        if hour % 24 == 6:
            for name, value, unit in (
                ("crp", 40 + hour % 50, "mg/L"),
                ("ferritin", 1200 + hour, "ug/L"),
                ("il6", 30, "pg/mL"),
                ("anc", 0.4 + day / 20, "10^9/L"),
            ):
                labs.append({"time": t.isoformat(), "name": name, "value": value, "unit": unit})
    for h in (60, 72, 84):
        meds.append(
            {
                "time": (INFUSION + timedelta(hours=h, minutes=30)).isoformat(),
                "drug": "tocilizumab",
                "dose_mg": 560,
            }
        )
    for h in range(84, 84 + 72, 6):
        meds.append(
            {
                "time": (INFUSION + timedelta(hours=h, minutes=15)).isoformat(),
                "drug": "dexamethasone",
                "dose_mg": 10,
            }
        )
    for h in range(48, 24 * days, 8):
        meds.append(
            {
                "time": (INFUSION + timedelta(hours=h, minutes=5)).isoformat(),
                "drug": "acetaminophen",
                "dose_mg": 500,
            }
        )
    return {
        "patient": {"age_years": 54, "weight_kg": 70.0},
        "infusion_time": INFUSION.isoformat(),
        "vitals": vitals,
        "neuro": neuro,
        "medications": meds,
        "labs": labs,
    }


def scaled(case: dict, factor: int) -> dict:
    """The case repeated ``factor`` times back to back (records × factor)."""
    span = timedelta(days=30)
    out = {**case}
    for key in ("vitals", "neuro", "medications", "labs"):
        rows = []
        for k in range(factor):
            for row in case[key]:
                rows.append(
                    {**row, "time": (datetime.fromisoformat(row["time"]) + k * span).isoformat()}
                )
        out[key] = rows
    return out


def dose_case(doses: int) -> dict:
    """200 vitals over 4 days and ``doses`` doses every 5 min cycling four drugs."""
    drugs = ("tocilizumab", "dexamethasone", "acetaminophen", "norfloxacin")
    meds = [
        {
            "time": (INFUSION + timedelta(minutes=5 * i)).isoformat(),
            "drug": drugs[i % 4],
            "dose_mg": 10,
        }
        for i in range(doses)
    ]
    vitals = [
        {
            "time": (INFUSION + timedelta(minutes=30 * i)).isoformat(),
            "temp_c": 38.5 if i % 10 < 3 else 37.0,
            "hr": 100,
            "sbp": 85,
            "rr": 20,
            "spo2": 95,
        }
        for i in range(200)
    ]
    return {
        "patient": {"age_years": 54, "weight_kg": 70.0},
        "infusion_time": INFUSION.isoformat(),
        "vitals": vitals,
        "medications": meds,
    }


def records(case: dict) -> int:
    return sum(len(case.get(k, ())) for k in ("vitals", "neuro", "medications", "labs"))


def time_process(path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "cart_bedside", "assess", str(path)],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def interpreter_floor(runs: int) -> list[float]:
    """Wall times of ``python -c pass``: what any Python command costs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return times


def time_inprocess(case: dict, runs: int) -> float:
    from cart_bedside.assess_cli import assess_document

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        assess_document(case)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    case = make_case(30)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.json"
        path.write_text(json.dumps(case))
        bare = interpreter_floor(args.runs)
        whole = time_process(path, args.runs)
    print(
        f"30-day case: {records(case)} records "
        f"({len(case['vitals'])} vitals, {len(case['neuro'])} neuro, "
        f"{len(case['medications'])} doses, {len(case['labs'])} labs)"
    )
    print(f"{'measure':<44}{'median':>10}")
    print(f"{'python -c pass (interpreter floor)':<44}{statistics.median(bare) * 1000:>8.0f} ms")
    print(
        f"{'cart-bedside assess, whole process':<44}{statistics.median(whole) * 1000:>8.0f} ms"
        "   (target < 300 ms)"
    )
    print("grading in-process (parse + assess + JSON):")
    base = None
    for factor in (1, 2, 4, 8):
        big = scaled(case, factor)
        t = time_inprocess(big, max(3, args.runs // factor))
        base = base or t / records(big)
        print(
            f"  ×{factor}: {records(big):>6} records {t * 1000:>8.1f} ms  "
            f"{t / records(big) * 1e6:>6.1f} µs/record  "
            f"(ratio to ×1 per record: {t / records(big) / base:.2f})"
        )
    many_doses(args.runs)
    return 0


def many_doses(runs: int) -> None:
    """Section 3: 10,000 doses whole process, and in-process per dose."""
    case = dose_case(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doses.json"
        path.write_text(json.dumps(case))
        floor = statistics.median(interpreter_floor(runs))
        whole = statistics.median(time_process(path, max(5, runs // 2)))
    print(
        f"10,000 doses + 200 vitals, whole process: {whole * 1000:.0f} ms "
        f"(target < 1000 ms; interpreter floor in the same run {floor * 1000:.0f} ms)"
    )
    base = None
    for n in (1250, 2500, 5000, 10_000):
        t = time_inprocess(dose_case(n), 3)
        base = base or t / n
        print(
            f"  {n:>6} doses in-process {t * 1000:>8.1f} ms  {t / n * 1e6:>6.1f} µs/dose  "
            f"(ratio to 1,250 per dose: {t / n / base:.2f})"
        )


if __name__ == "__main__":
    sys.exit(main())
