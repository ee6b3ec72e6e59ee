"""What the app loads before its sign-in screen is painted (issue 16 item 5).

The real ``cart-bedside --db WARD --offscreen`` process, stopped the moment Qt
has painted the sign-in screen: what a nurse waits for before she can tap her
name. Only the accounts and the ward's settings are needed there; the rest
(the board's grading, the other services, every other screen, the heavy
libraries) loads while she types (ui/warm_up.py) or when first opened.
If this fails, something on the way to the sign-in screen imports more than
it needs: defer it (benchmarks/bench_startup.py measures what it costs).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Loaded after the sign-in screen is painted, never before it.
NOT_BEFORE_SIGN_IN = (
    # libraries
    "sqlite_utils",
    "numpy",
    "matplotlib",
    "reportlab",
    "hl7",
    "ssl",
    "http.client",
    "email.parser",
    # services the sign-in screen does not use
    "cart_bedside.service.admin",
    "cart_bedside.service.directory",
    "cart_bedside.service.sync_http",
    "cart_bedside.service.record",
    "cart_bedside.service.alerts",
    "cart_bedside.service.sync_marks",
    # the board, the episode views and the grading: built while the PIN is typed
    "cart_bedside.service.board",
    "cart_bedside.service.episode_view",
    "cart_bedside.logic.assessment",
    "cart_bedside.ui.ward_board",
    "cart_bedside.ui.bed_card",
    # opening a database at the current schema version runs no migration: no protocol rules
    "cart_bedside.logic.patient_protocol",
    # screens and what only they use
    "cart_bedside.ui.admin",
    "cart_bedside.ui.admission",
    "cart_bedside.ui.handover_screen",
    "cart_bedside.ui.patient_screen",
    "cart_bedside.ui.record",
    "cart_bedside.ui.shift_entry",
    "cart_bedside.ui.trends_tab",
    "cart_bedside.plots",
    "cart_bedside.reports",
    "cart_bedside.interop",
)

ARGS = ("--offscreen", "--lang", "en", "--db")

SIGN_IN_PAINTED = """
import os, sys
from cart_bedside.ui import app as app_module

def report(window):
    loaded = sorted(set(sys.argv[1].split(",")) & set(sys.modules))
    shown = window.stack.currentWidget() is window.sign_in
    print("sign-in" if shown else "not the sign-in screen", ",".join(loaded) or "-", flush=True)
    os._exit(0)

class Watch:  # the sign-in screen's first paint event, then report
    def __init__(self, window):
        from PySide6.QtCore import QEvent, QObject, QTimer
        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, lambda: report(window))
                return False
        self.filter = Filter()
        window.sign_in.installEventFilter(self.filter)

build_window = app_module.build_window
keep = []

def build_and_watch(*args, **kwargs):
    built = build_window(*args, **kwargs)
    keep.append(Watch(built[1]))
    return built

app_module.build_window = build_and_watch
from cart_bedside.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow  # a real process (≈ 1 s): run by CI, skipped by -m "not slow"
def test_the_sign_in_screen_is_painted_without_what_only_later_screens_need(
    tmp_path, demo_template
):
    db = tmp_path / "ward.db"
    shutil.copy(demo_template, db)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SIGN_IN_PAINTED,
            ",".join(NOT_BEFORE_SIGN_IN),
            *ARGS,
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "sign-in -", result.stdout + result.stderr


def test_the_check_sees_a_module_loaded_before_the_sign_in_screen(tmp_path, demo_template):
    """The same process, told that a module it does load must not be: it says so."""
    db = tmp_path / "ward.db"
    shutil.copy(demo_template, db)
    result = subprocess.run(
        [sys.executable, "-c", SIGN_IN_PAINTED, "cart_bedside.ui.sign_in,json", *ARGS, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "sign-in cart_bedside.ui.sign_in,json", result.stderr
