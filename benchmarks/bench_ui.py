"""UI benchmarks (issue 4): cold start against the bare-PySide6 floor, board refresh of 40 beds.

    .venv/bin/python benchmarks/bench_ui.py [--runs 7] [--db /tmp/cart_bedside_ui40.db]

- floor: a process that shows a bare PySide6 window and exits;
- cold start: `cart-bedside --demo` to a usable ward board — the same
  `build_window(demo=True)` the command runs (it writes the throw-away demo
  ward), the demo nurse signed in, the board built and painted — whole
  process, interpreter start included; also checks matplotlib stayed out;
- board refresh: 40 occupied beds (a generated one-year 40-bed ward), one
  bed's shift entry saved, then `notify_saved` + `refresh()` (the saved bed
  re-graded, every card updated), median.

All offscreen (QT_QPA_PLATFORM=offscreen) so the numbers do not depend on a display.
"""

from __future__ import annotations

import argparse
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
    "import shutil; shutil.rmtree(path.parent, ignore_errors=True)", "")


def whole_process(code: str, runs: int, *args: str) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                                text=True, cwd=ROOT, check=True)
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
        service.save_shift_entry(card.episode_id, "1111", vitals=VitalSigns(
            now - timedelta(minutes=1), temp_c=37.0 + (i % 10) / 10, hr=90, sbp=118, dbp=70,
            rr=18, spo2=97))
        start = time.perf_counter()
        session.notify_saved(card.episode_id)  # the board refreshes on this signal
        app.processEvents()
        times.append(time.perf_counter() - start)
    db.conn.close()
    return statistics.median(times), first, len(cards)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path("/tmp/cart_bedside_ui40.db"))
    args = parser.parse_args()
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
    print(f"{'cart-bedside --demo to a usable board (' + beds + ' beds), whole process':<58}"
          f"{cold:>9.2f}s  ratio {cold / floor:.1f}× floor; matplotlib imported: {mpl}")
    print(f"{'cart-bedside --db WARD (existing 12-bed ward) to a usable board':<58}"
          f"{cold_db:>9.2f}s  ratio {cold_db / floor:.1f}× floor")
    print(f"{'board of ' + str(n) + ' beds: first build after sign-in (all graded)':<58}"
          f"{first * 1000:>8.0f} ms")
    print(f"{'board of ' + str(n) + ' beds: refresh after a save':<58}{refresh * 1000:>8.1f} ms"
          "   (target < 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
