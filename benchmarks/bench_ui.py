"""UI benchmarks (issue 4): cold start against the bare-PySide6 floor, board refresh of 40 beds.

    .venv/bin/python benchmarks/bench_ui.py [--runs 7] [--db /tmp/cart_bedside_ui40.db]

- floor: a process that shows a bare PySide6 window and exits;
- cold start: `cart-bedside --demo` to a usable ward board — the same
  `build_window(demo=True)` the command runs (it writes the throw-away demo
  ward), the demo nurse signed in, the board built and painted — whole
  process, interpreter start included; also checks matplotlib stayed out;
- board refresh: 40 occupied beds (a generated one-year 40-bed ward), one
  bed's shift entry saved, then `notify_saved` + `refresh()` (the saved bed
  re-graded, every card updated), median;
- patient open (issue 11): the demo ward's D+28 patient, window already up,
  a tap on its card until the shift entry is built and painted, median;
  beside it the floor: the same window switching to a blank page and painting;
- board→patient→board: tap the card, wait for the shift entry, tap "‹ Ward
  board", back on the painted board — the whole trip, median, and the
  longest time the UI thread did not return to its event loop (a 1 ms timer
  notes every turn; target < 100 ms).

All offscreen (QT_QPA_PLATFORM=offscreen) so the numbers do not depend on a display.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOOR = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1280, 800); w.show(); app.processEvents()
"""

COLD = """
import sys
from cart_bedside.ui.app import build_window
app, window, db, path, _ = build_window(demo=True, lang="zh_CN")
window.show(); app.processEvents()
window.session.sign_in("nurse", "1111")
app.processEvents()
assert window.stack.currentWidget() is window.board and window.board.cards()
window.board.grab()  # painted
print("matplotlib" in sys.modules, len(window.board.cards()))
db.conn.close()
import shutil; shutil.rmtree(path.parent, ignore_errors=True)
"""


COLD_DB = COLD.replace("build_window(demo=True", "build_window(db=sys.argv[1]").replace(
    "import shutil; shutil.rmtree(path.parent, ignore_errors=True)", ""
)


def whole_process(code: str, runs: int, *args: str) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        times.append(time.perf_counter() - start)
        out = result.stdout.strip()
    return statistics.median(times), out


def board_refresh(db_path: Path, runs: int) -> tuple[float, float, int]:
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from cart_bedside.logic.models import VitalSigns
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database
    from cart_bedside.storage.demo_scale import create_scale_db
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session
    from cart_bedside.ui.ward_board import WardBoardWidget

    if not db_path.exists():
        create_scale_db(db_path, years=1, beds=40)
    app = QApplication.instance() or QApplication([])
    db = open_database(db_path, check=False)
    repo = Repository(db)
    service = WardService(repo)
    prepare_application(app, "zh_CN")
    session = Session(service, "zh_CN")
    board = WardBoardWidget(session)
    board.resize(1280, 800)
    board.show()
    start = time.perf_counter()
    session.sign_in("nurse", "1111")
    app.processEvents()
    first = time.perf_counter() - start
    cards = service.board()
    times = []
    for i in range(runs):
        card = cards[i % len(cards)]
        now = service.clock()
        service.save_shift_entry(
            card.episode_id,
            "1111",
            vitals=VitalSigns(
                now - timedelta(minutes=1),
                temp_c=37.0 + (i % 10) / 10,
                hr=90,
                sbp=118,
                dbp=70,
                rr=18,
                spo2=97,
            ),
        )
        start = time.perf_counter()
        session.notify_saved(card.episode_id)  # the board refreshes on this signal
        app.processEvents()
        times.append(time.perf_counter() - start)
    db.conn.close()
    return statistics.median(times), first, len(cards)


def _until(app, done, limit_s: float = 10.0) -> None:
    end = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < end:
        app.processEvents()


def round_trip(app, window, entry_ready, tap) -> tuple[float, float]:
    """Board → patient → board driven from inside the event loop, with a 1 ms watchdog:
    (seconds for the trip, the longest gap between two watchdog ticks)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    watchdog = QTimer()
    watchdog.setInterval(1)
    watchdog.timeout.connect(lambda: ticks.append(time.perf_counter()))
    card = next(c for c in window.board.cards() if c.card().day == 28)
    state = {"back": False}

    def back() -> None:
        tap(window.patient.back)
        state["back"] = True

    start = time.perf_counter()
    watchdog.start()
    QTimer.singleShot(0, lambda: tap(card))
    _until(app, entry_ready)
    QTimer.singleShot(0, back)
    _until(app, lambda: state["back"] and window.stack.currentWidget() is window.board)
    window.board.repaint()
    trip = time.perf_counter() - start
    for _ in range(5):
        app.processEvents()
    watchdog.stop()
    stamps = [start, *ticks]
    return trip, max(b - a for a, b in itertools.pairwise(stamps))


def patient_open(runs: int) -> dict[str, float]:
    """Medians (seconds) of the patient-open figures on the demo ward (module docstring)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from cart_bedside.ui.app import build_window

    app, window, db, path, _ = build_window(demo=True, lang="zh_CN")
    window.show()
    app.processEvents()
    window.session.sign_in("nurse", "1111")
    app.processEvents()
    card = next(c for c in window.board.cards() if c.card().day == 28)
    blank = QWidget()
    window.stack.addWidget(blank)

    def entry_ready() -> bool:
        # Painted and every page of the entry built (it builds a page per event-loop turn).
        page = window.patient and window.patient._pages["entry"]
        content = page and page.content
        return bool(content is not None and content.isVisible() and content.built())

    def tap(widget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))

    floor, opens, trips, blocks = [], [], [], []
    for _ in range(2):  # warm: first-use imports and caches
        tap(card)
        _until(app, entry_ready)
        window.show_board()
        app.processEvents()
    for _ in range(runs):
        start = time.perf_counter()
        window.stack.setCurrentWidget(blank)
        blank.repaint()
        app.processEvents()
        floor.append(time.perf_counter() - start)
        window.show_board()
        app.processEvents()
        card = next(c for c in window.board.cards() if c.card().day == 28)
        start = time.perf_counter()
        tap(card)
        _until(app, entry_ready)
        window.patient.repaint()
        opens.append(time.perf_counter() - start)
        window.show_board()
        app.processEvents()
        trip, block = round_trip(app, window, entry_ready, tap)
        trips.append(trip)
        blocks.append(block)
    db.conn.close()
    import shutil

    shutil.rmtree(path.parent, ignore_errors=True)
    return {
        "floor": statistics.median(floor),
        "open": statistics.median(opens),
        "trip": statistics.median(trips),
        "block": statistics.median(blocks),
        "block_max": max(blocks),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path("/tmp/cart_bedside_ui40.db"))
    parser.add_argument("--only-patient", action="store_true", help="only the patient-open figures")
    args = parser.parse_args()
    opened = patient_open(max(args.runs, 9))
    if args.only_patient:
        print_patient(opened)
        return 0
    floor, _ = whole_process(FLOOR, args.runs)
    cold, out = whole_process(COLD, args.runs)
    mpl, beds = out.split()
    import tempfile

    from cart_bedside.storage.demo import write_demo_db

    with tempfile.TemporaryDirectory() as tmp:
        ward = Path(tmp) / "ward.db"
        write_demo_db(ward)
        cold_db, _ = whole_process(COLD_DB, args.runs, str(ward))
    refresh, first, n = board_refresh(args.db, max(args.runs, 15))
    print(f"{'measure':<58}{'median':>10}")
    print(f"{'bare PySide6 window, whole process (floor)':<58}{floor:>9.2f}s")
    print(
        f"{'cart-bedside --demo to a usable board (' + beds + ' beds), whole process':<58}"
        f"{cold:>9.2f}s  ratio {cold / floor:.1f}× floor; matplotlib imported: {mpl}"
    )
    print(
        f"{'cart-bedside --db WARD (existing 12-bed ward) to a usable board':<58}"
        f"{cold_db:>9.2f}s  ratio {cold_db / floor:.1f}× floor"
    )
    print(
        f"{'board of ' + str(n) + ' beds: first build after sign-in (all graded)':<58}"
        f"{first * 1000:>8.0f} ms"
    )
    print(
        f"{'board of ' + str(n) + ' beds: refresh after a save':<58}{refresh * 1000:>8.1f} ms"
        "   (target < 100 ms)"
    )
    print_patient(opened)
    return 0


def print_patient(o: dict[str, float]) -> None:
    ms = 1000
    print(f"{'floor: same window, switch to a blank page and paint':<58}{o['floor'] * ms:>8.1f} ms")
    print(
        f"{'patient open (D+28 demo patient, tap → shift entry painted)':<58}"
        f"{o['open'] * ms:>8.0f} ms   (target ≤ 300 ms)"
    )
    print(
        f"{'board→patient→board (tap card, tap back, board painted)':<58}{o['trip'] * ms:>8.0f} ms"
    )
    print(
        f"{'  longest UI-thread block in that trip (median / worst)':<58}"
        f"{o['block'] * ms:>8.0f} ms / {o['block_max'] * ms:.0f} ms   (target < 100 ms)"
    )


if __name__ == "__main__":
    sys.exit(main())
