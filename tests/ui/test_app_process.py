"""The app as a real process: SIGINT/SIGTERM quit cleanly, no display exits 2 in one line.

A driver script starts the real ``cart-bedside`` command (``cli.main``,
``--offscreen``); once the window is up (it wraps ``build_window``) it signs
the nurse in, opens a bed's shift entry, types a temperature and stops the
autosave timer, so only the closing path can write the draft; then it prints
READY and the test sends the signal.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BED = "09"

DRIVER = f"""
import os, sys
from PySide6.QtCore import QTimer
from cart_bedside.ui import app as app_module

def drive(window):
    try:
        prepare(window)
    except BaseException:  # say so on stdout: the test reads one line
        import traceback
        print("FAILED", traceback.format_exc().replace(chr(10), " | "), flush=True)
        os._exit(3)
    print("READY", flush=True)

def prepare(window):
    window.session.sign_in("nurse", "1111")
    card = next(c for c in window.board.cards() if c.card().bed == "{BED}")
    window.open_patient(card.card().episode_id)
    entry = window.patient.entry
    keypad = entry.vitals.keypad
    for key in "38.3":
        keypad.button(key).click()
    keypad.button("ok").click()
    for timer in entry.findChildren(QTimer):  # the autosave has not run: only closing
        if timer.isSingleShot():  # can write the draft
            timer.stop()

build_window = app_module.build_window

def build_and_drive(*args, **kwargs):  # the real start-up, then drive() once the loop runs
    built = build_window(*args, **kwargs)
    QTimer.singleShot(0, lambda: drive(built[1]))
    return built

app_module.build_window = build_and_drive
from cart_bedside.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(tmp_path: Path, *argv: str) -> tuple[subprocess.Popen, dict]:
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    env.pop("QT_QPA_PLATFORM", None)  # --offscreen does it
    (tmp_path / "tmp").mkdir(exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "--offscreen", "--lang", "en", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    watchdog = threading.Timer(120, proc.kill)  # a start-up that hangs fails, never blocks
    watchdog.start()
    try:
        line = proc.stdout.readline()
    finally:
        watchdog.cancel()
    if line.strip() != "READY":
        proc.kill()
        raise AssertionError(line + proc.stdout.read() + proc.stderr.read())
    return proc, env


def stop(proc: subprocess.Popen, signum: int) -> tuple[int, str]:
    proc.send_signal(signum)
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err


def draft_temperature(db: Path) -> float | None:
    from cart_bedside.storage import open_database

    database = open_database(db, check=False)
    try:
        rows = list(database.conn.execute("SELECT data FROM drafts WHERE username = 'nurse'"))
    finally:
        database.conn.close()
    for (data,) in rows:
        vitals = json.loads(data).get("vitals") or {}
        if vitals.get("temp_c") is not None:
            return float(vitals["temp_c"])
    return None


SIGNALS = [pytest.param(signal.SIGINT, id="SIGINT"), pytest.param(signal.SIGTERM, id="SIGTERM")]


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
@pytest.mark.parametrize("signum", SIGNALS)
def test_a_signal_saves_the_draft_takes_the_exit_backup_and_exits_0(
    tmp_path, demo_template, signum
):
    db = tmp_path / "ward" / "ward.db"
    db.parent.mkdir()
    shutil.copy(demo_template, db)
    proc, _env = start(tmp_path, "--db", str(db))
    code, err = stop(proc, signum)
    assert code == 0, err
    assert f"stopped by {signal.Signals(signum).name}" in err
    assert draft_temperature(db) == 38.3
    backups = list((db.parent / "backups").glob("*.db"))
    assert len(backups) == 1, err  # the exit backup


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
@pytest.mark.parametrize("signum", SIGNALS)
def test_a_signal_removes_the_demo_ward_and_exits_0(tmp_path, signum):
    proc, _env = start(tmp_path, "--demo")
    demo = list((tmp_path / "tmp").glob("cart-bedside-demo-*"))
    assert len(demo) == 1 and any(demo[0].iterdir())
    code, err = stop(proc, signum)
    assert code == 0, err
    assert not list((tmp_path / "tmp").glob("cart-bedside-demo-*")), err


def test_no_display_says_so_in_one_line_and_exits_2(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--lang", "en", "--db", str(tmp_path / "w.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0] and "--offscreen" in lines[0]
    assert not (tmp_path / "w.db").exists()  # nothing created


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display names")
def test_a_display_qt_cannot_open_says_why_in_one_line_and_exits_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":97"  # no X server there
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--lang", "en", "--db", str(tmp_path / "w.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cart-bedside: cannot open the display :97")
    assert "Reinstalling" not in result.stderr


FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QTimer
from cart_bedside.ui import app as app_module

HEAVY = ("sqlite_utils", "numpy", "matplotlib", "reportlab", "cart_bedside.plots",
         "cart_bedside.reports", "cart_bedside.ui.admin", "cart_bedside.ui.admission",
         "cart_bedside.ui.handover_screen", "cart_bedside.ui.patient_screen",
         "cart_bedside.ui.record", "cart_bedside.ui.shift_entry", "cart_bedside.ui.trends_tab",
         "cart_bedside.interop", "hl7")

def painted(window):
    from PySide6.QtWidgets import QApplication
    window.session.sign_in("nurse", "1111")
    QApplication.processEvents()
    window.grab()
    print(len(window.board.cards()), [m for m in HEAVY if m in sys.modules], flush=True)
    os._exit(0)

build_window = app_module.build_window

def build_and_measure(*args, **kwargs):
    built = build_window(*args, **kwargs)
    QTimer.singleShot(0, lambda: painted(built[1]))
    return built

app_module.build_window = build_and_measure
from cart_bedside.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
def test_nothing_heavy_is_imported_before_the_board_is_painted(tmp_path, demo_template):
    """Screens are imported when first opened; no sqlite_utils, numpy, matplotlib or
    reportlab on the way to the first painted board (benchmarks/bench_startup.py)."""
    db = tmp_path / "ward.db"
    shutil.copy(demo_template, db)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, "--offscreen", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "12 []", result.stdout + result.stderr
