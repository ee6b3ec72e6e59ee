"""What the take_*_screenshots.py scripts share: their options, the demo window, the grab.

A script in this folder imports it as ``shots`` (Python puts the script's folder first
on ``sys.path``); importing it puts the repository root there too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def options(parser: argparse.ArgumentParser | None = None) -> argparse.Namespace:
    """``--lang`` and ``--size`` (plus the parser's own), with ``width``, ``height`` and
    ``suffix``: the language at 1280x800, ``<width>_<lang>`` at any other size."""
    parser = parser or argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    args.width, args.height = (int(v) for v in args.size.split("x"))
    args.suffix = args.lang if args.size == "1280x800" else f"{args.width}_{args.lang}"
    return args


def demo_window(args: argparse.Namespace):
    """The app's own window on a throw-away demo ward, shown at the top left at
    ``args.size``: ``(app, window, database, path)`` as ``ui.app.build_window`` gives them."""
    from cart_bedside.ui.app import build_window

    app, window, database, path, _ = build_window(demo=True, lang=args.lang)
    window.resize(args.width, args.height)
    window.move(0, 0)
    window.show()
    return app, window, database, path


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds. Not ``QTest.qWait``: it keeps Python's GIL
    while it sleeps, so a background job (the handover preview, a save) gets ~1/10 of the
    time it gets under the app's own event loop and a wait for it times out."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(what: str, done: Callable[[], object], timeout_s: float = 30) -> None:
    """Run the event loop until ``done()`` is true; stop the script if ``timeout_s`` pass."""
    for _ in range(int(timeout_s * 20)):
        if done():
            return
        wait(50)
    raise SystemExit(f"timed out waiting for {what}")


def shooter(prefix: str, suffix: str, wait_ms: int = 400) -> Callable[..., None]:
    """``shot(name, wait_ms=…)``: let layouts settle and the screen repaint, then grab
    the whole X screen into OUT/<prefix>_<name>_<suffix>.png (no prefix: <name>_<suffix>)."""

    def shot(name: str, wait_ms: int = wait_ms) -> None:
        wait(wait_ms)
        stem = f"{prefix}_{name}" if prefix else name
        target = OUT / f"{stem}_{suffix}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target.relative_to(ROOT))

    return shot


def episode_of(session, bed: str) -> str:
    """The episode in ``bed`` on the ward board."""
    return next(c.episode_id for c in session.service.board() if c.bed == bed)


def ward_settings_panel(window):
    """Settings → Ward of the demo ward, the demo admin signed in: the panel."""
    window.session.sign_in("admin", "9000")
    window.show_settings()
    window.settings_screen.show_tab(1)
    return window.settings_screen.ward
