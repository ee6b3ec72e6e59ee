"""Start-up against the bare-window floor (issue 16), whole process, side by side.

    .venv/bin/python benchmarks/bench_startup.py [--runs 11] [--importtime]

- floor: a process that shows a bare 1280×800 PySide6 window and has it painted;
- app: ``cart-bedside --db WARD --offscreen`` (the real command, ``cli.main``)
  on the 12-bed demo ward, to a painted ward board with the demo nurse signed
  in (her PIN checked as at the bedside);

each timed from starting the process to the child saying "painted" (the exit
is not timed). The two alternate, one of each per round, so a busy machine
slows both alike; the bytecode is cached (``PYTHONDONTWRITEBYTECODE`` is
removed from the children's environment and one untimed round runs first).
Also reported: peak memory (max RSS) of each at that point, and which heavy
modules were loaded before the first paint (none should be). ``--importtime``
prints the slowest imports of one app start (``python -X importtime``).
All offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FLOOR = """
import os, resource, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "-", flush=True)
os._exit(0)
"""

APP = """
import os, resource, sys
from PySide6.QtCore import QTimer
from cart_bedside.ui import app as app_module

HEAVY = ("sqlite_utils", "numpy", "matplotlib", "reportlab", "cart_bedside.ui.admin",
         "cart_bedside.ui.admission", "cart_bedside.ui.handover_screen",
         "cart_bedside.ui.patient_screen", "cart_bedside.ui.record", "cart_bedside.plots",
         "cart_bedside.reports", "cart_bedside.interop", "hl7")

def painted(window):
    from PySide6.QtWidgets import QApplication
    window.session.sign_in("nurse", "1111")
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.board and len(window.board.cards()) == 12
    window.grab()
    heavy = ",".join(m for m in HEAVY if m in sys.modules) or "-"
    print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, heavy, flush=True)
    os._exit(0)

build_window = app_module.build_window

def build_and_measure(*args, **kwargs):
    built = build_window(*args, **kwargs)
    QTimer.singleShot(0, lambda: painted(built[1]))
    return built

app_module.build_window = build_and_measure
from cart_bedside.cli import main
sys.exit(main(["--db", sys.argv[1], "--lang", "zh_CN"]))
"""


@dataclass(frozen=True)
class Run:
    seconds: float  # wall clock, process start to painted
    cpu: float  # user + system CPU seconds of the child (less sensitive to a busy machine)
    max_rss_mb: float
    heavy: str


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(code: str, *args: str, extra: tuple[str, ...] = ()) -> tuple[Run, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *extra, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    line = proc.stdout.readline()
    seconds = time.perf_counter() - start
    err = proc.stderr.read()
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    word, rss, heavy = [*line.split(), "", "", ""][:3]
    if word != "painted":
        raise RuntimeError(f"the child did not paint: {line}{err}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, int(rss) / 1024, heavy), err


def ward_file(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from cart_bedside.storage.demo import write_demo_db

    path = folder / "ward.db"
    write_demo_db(path)
    return path


def measure(runs: int, ward: Path) -> tuple[list[Run], list[Run]]:
    timed(FLOOR)
    timed(APP, str(ward))  # untimed: writes the bytecode caches
    floor, app = [], []
    for _ in range(runs):
        floor.append(timed(FLOOR)[0])
        app.append(timed(APP, str(ward))[0])
    return floor, app


def importtime(ward: Path, top: int = 25) -> list[tuple[str, float, float]]:
    """(module, self ms, cumulative ms) of the slowest imports of one app start."""
    _run, err = timed(APP, str(ward), extra=("-X", "importtime"))
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "|" not in line[12:]:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[12:].split("|"))
        if self_us.isdigit():
            rows.append((name, int(self_us) / 1000, int(cumulative_us) / 1000))
    return sorted(rows, key=lambda row: -row[2])[:top]


def summary(runs: int = 11) -> dict:
    """The numbers ``benchmarks/run.py`` reports (medians, seconds and MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        ward = ward_file(Path(tmp))
        floor, app = measure(runs, ward)
    return {
        "floor": statistics.median(r.seconds for r in floor),
        "app": statistics.median(r.seconds for r in app),
        "floor_cpu": statistics.median(r.cpu for r in floor),
        "app_cpu": statistics.median(r.cpu for r in app),
        "floor_rss_mb": statistics.median(r.max_rss_mb for r in floor),
        "app_rss_mb": statistics.median(r.max_rss_mb for r in app),
        "heavy": app[-1].heavy,
        "runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument(
        "--importtime", action="store_true", help="also print the slowest imports of one app start"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ward = ward_file(Path(tmp))
        floor, app = measure(args.runs, ward)
        rows = importtime(ward) if args.importtime else []
    f = statistics.median(r.seconds for r in floor)
    a = statistics.median(r.seconds for r in app)
    fc = statistics.median(r.cpu for r in floor)
    ac = statistics.median(r.cpu for r in app)
    print(
        f"{'measure (' + str(args.runs) + ' runs, alternating)':<62}{'median':>9}{'min':>9}"
        f"{'CPU':>9}{'max RSS':>10}"
    )
    for name, runs in (
        ("bare PySide6 window, painted (floor)", floor),
        ("cart-bedside --db WARD: 12-bed board painted, nurse signed in", app),
    ):
        print(
            f"{name:<62}{statistics.median(r.seconds for r in runs):>8.3f}s"
            f"{min(r.seconds for r in runs):>8.3f}s"
            f"{statistics.median(r.cpu for r in runs):>8.3f}s"
            f"{statistics.median(r.max_rss_mb for r in runs):>7.0f} MB"
        )
    print(
        f"ratio {a / f:.2f}× the floor (wall clock, target ≤ 3×), {ac / fc:.2f}× in CPU time; "
        f"heavy modules before the first paint: {app[-1].heavy}"
    )
    if rows:
        print(f"\n{'slowest imports of one start (-X importtime)':<52}{'self':>9}{'cumul.':>9}")
        for name, self_ms, cumulative_ms in rows:
            print(f"{name:<52}{self_ms:>7.1f}ms{cumulative_ms:>7.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
