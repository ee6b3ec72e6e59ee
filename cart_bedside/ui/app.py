"""The GUI entry point: open the database, sign-in window, backups at shift change and exit.

Start and stop like a product:

- no display: one line saying so and how to fix it, exit 2 (never Qt's
  "Reinstalling the application may fix this" abort); ``--offscreen`` runs
  without a screen (kiosks, scripts);
- SIGINT (Ctrl-C) and SIGTERM (shutdown, logout) close every window through
  the same path as the window's close button: the open shift entry writes its
  draft, the exit backup is taken, a demo ward's temporary folder is removed,
  exit status 0.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
import socket
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported when the app starts, after the display check
    from PySide6.QtCore import QSocketNotifier

T0 = time.perf_counter()

#: Qt's X11 (xcb) platform needs these on Debian/Ubuntu besides the README's base packages.
XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
    "libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
)


class ShiftBackups:
    """A verified backup at every shift change and on exit, off the UI thread."""

    def __init__(self, db_path: Path, session) -> None:
        from ..logic.shifts import shift_of

        self.db_path = db_path
        self.session = session  # its service is replaced after a restore: read it each time
        self._shift_of = shift_of
        self._shift = shift_of(datetime.now(), session.service.shift_settings()).start
        self._lock = threading.Lock()

    def check(self) -> None:
        start = self._shift_of(datetime.now(), self.session.service.shift_settings()).start
        if start != self._shift:
            self._shift = start
            threading.Thread(target=self.run, args=("shift change",), daemon=True).start()

    def run(self, reason: str) -> None:
        from ..service.wiring import backup_database

        with self._lock:
            try:
                done = backup_database(self.db_path, reason)
            except Exception as exc:  # a failed backup must never take the app down
                print(f"cart-bedside: backup failed: {exc}", file=sys.stderr)
                self._report(False, reason, str(exc))
            else:  # the second location failing (USB stick out) is a failure to show too
                self._report(done.mirror_error is None, reason, done.mirror_error or "")

    def _report(self, ok: bool, reason: str, error: str) -> None:
        """Banner and audit (issue 11 item 7): the session hands it to the UI thread."""
        report = getattr(self.session, "report_backup", None)
        if report is not None:
            report(ok, reason, error)


# --- the display ------------------------------------------------------------------------
def _say(code: str, lang: str, **params) -> None:
    from ..logic.messages import msg, render

    print(f"cart-bedside: {render(msg(code, **params), lang)}", file=sys.stderr, flush=True)


def check_display(offscreen: bool, message_lang: str) -> int | None:
    """Before Qt starts: ``--offscreen``, or exit status 2 when Linux has no display at all."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        _say("cli.error.no_display", message_lang)
        return 2
    return None


def _display_failure(seen: list[str], fatal: str, lang: str) -> None:
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or "-"
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        _say("cli.error.no_display", lang)
    elif any("xcb-cursor" in text or 'platform plugin "xcb"' in text for text in seen):
        _say("cli.error.display_libraries", lang, display=display, packages=XCB_PACKAGES)
    else:
        detail = next((t for t in seen if "display" in t.lower()), fatal).splitlines()[0]
        _say("cli.error.display_refused", lang, display=display, detail=detail)


def new_application(message_lang: str = "zh_CN"):
    """The ``QApplication``. When Qt cannot open the display, one line with the fix and
    exit status 2 instead of Qt's abort."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    seen: list[str] = []

    def handler(mode, _context, text: str) -> None:
        if mode == QtMsgType.QtFatalMsg:
            _display_failure(seen, text, message_lang)
            os._exit(2)
        seen.append(text)

    qInstallMessageHandler(handler)
    try:
        app = QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(None)
    for text in seen:  # what Qt said on the way up, as it would have said it
        print(text, file=sys.stderr)
    return app


# --- signals ----------------------------------------------------------------------------
class QuitOnSignals:
    """SIGINT and SIGTERM close every window, like the close button, then quit.

    A Python signal handler only runs when Python code runs, and Qt's event loop
    is C++: the signal's number is written to a socket (``signal.set_wakeup_fd``)
    that a ``QSocketNotifier`` watches, so the loop wakes up at once.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: list[int] = []
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno())
        self._old = {sig: signal.signal(sig, self._on_signal) for sig in self.SIGNALS}
        self._notifier: QSocketNotifier | None = None

    def _on_signal(self, signum, _frame) -> None:
        self.received.append(signum)

    def attach(self, app) -> None:
        """Watch the socket from ``app``'s event loop (signals before this wait in it)."""
        from PySide6.QtCore import QSocketNotifier

        self._app = app
        notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, app)
        notifier.activated.connect(self._wake)
        self._notifier = notifier

    def _wake(self, *_args) -> None:
        try:
            data = self._read.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        if data:
            self._app.closeAllWindows()  # each window's closeEvent/hideEvent: drafts saved
            self._app.quit()  # also leaves a dialog's nested loop

    def restore(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for sig, handler in self._old.items():
            signal.signal(sig, handler)
        self._read.close()
        self._write.close()


# --- the window -------------------------------------------------------------------------
def build_window(
    db: str | None = None, demo: bool = False, lang: str | None = None, message_lang: str = "zh_CN"
):
    """Open the ward and build the main window (shown by the caller).

    Returns ``(app, window, database, path, is_demo)``; raises
    ``DatabaseCorruptError`` when the database fails its integrity check.
    """
    from ..service.wiring import Services, open_ward
    from . import prepare_application
    from .main_window import MainWindow
    from .session import Session

    app = new_application(message_lang)
    app.setApplicationName("cart-bedside")
    ward, database, path, is_demo = open_ward(db, demo)
    services = Services.on(ward)  # built once; the screens receive them
    lang = lang or ward.language()
    prepare_application(app, lang)
    session = Session(services, lang)
    minutes = ward.auto_lock_minutes()
    window = MainWindow(session, auto_lock_minutes=minutes, db_path=str(path))
    window.resize(1280, 800)
    return app, window, database, path, is_demo


def run_app(
    db: str | None = None,
    demo: bool = False,
    lang: str | None = None,
    offscreen: bool = False,
    message_lang: str = "zh_CN",
    fullscreen: bool | None = None,
) -> int:
    """Start the app on the user's database (or ``db``, or a throw-away demo ward);
    ``fullscreen`` None follows this tablet's setting."""
    refused = check_display(offscreen, message_lang)
    if refused is not None:
        return refused
    signals = QuitOnSignals()  # before anything slow: a signal during start-up waits
    # The services (storage, logic) before Qt: once PySide6 is loaded, its import hook
    # reads the source of every module imported after it, looking for "PySide6" (≈ 40 ms).
    from ..service import wiring  # noqa: F401

    # Start-up allocates ~0.5 M long-lived objects (modules, classes, Qt wrappers): the
    # collector would walk them again and again (≈ 40 ms). Off while the window is built,
    # then those objects are frozen out of every later collection and it is on again.
    gc.disable()
    try:
        return _run(db, demo, lang, message_lang, fullscreen, signals)
    finally:
        gc.enable()
        signals.restore()


def _watch_integrity(window, path: Path) -> None:
    """The full integrity check, off the UI thread; a red banner if it fails."""
    from .integrity_watch import IntegrityWatch

    IntegrityWatch(window, path).start()


def _run(db, demo, lang, message_lang, fullscreen, signals: QuitOnSignals) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ..service.wiring import DatabaseCorruptError

    try:
        app, window, _database, path, is_demo = build_window(db, demo, lang, message_lang)
    except DatabaseCorruptError as exc:
        from ..logic.messages import render
        from . import prepare_application

        app = new_application(message_lang)
        prepare_application(app, lang or message_lang)
        QMessageBox.critical(None, "cart-bedside", render(exc.message, lang or message_lang))
        return 1
    signals.attach(app)
    gc.freeze()
    gc.enable()
    try:
        window.show_for_tablet(fullscreen)
        # What the first paint does not need: after the warm-up, or 1 s after the sign-in.
        after = [window.watch_activity]  # (the sign-in installs it at once if it comes first)
        if not is_demo:
            after.append(lambda: _watch_integrity(window, path))
        from .warm_up import WarmUp

        # The board is built in the warm-up's first step, after the sign-in screen's paint.
        window.warm_up = WarmUp(window.session, lambda: window.board, after, parent=window)
        # The board read while the PIN is typed, from the turn after the first screen's paint.
        window.warm_up.start_after_paint(window.stack.currentWidget())
        backups = None if is_demo else ShiftBackups(path, window.session)
        if backups is not None:
            timer = QTimer(window)
            timer.timeout.connect(backups.check)
            timer.start(60_000)
            app.aboutToQuit.connect(lambda: backups.run("exit"))
        print(
            f"cart-bedside: window up after {time.perf_counter() - T0:.2f} s "
            f"({'demo ward' if is_demo else path})",
            file=sys.stderr,
            flush=True,
        )
        code = app.exec()
    finally:
        window.session.service.close()  # its connection now: a restore may have swapped it
        if is_demo:
            shutil.rmtree(path.parent, ignore_errors=True)
    if signals.received:
        print(
            f"cart-bedside: stopped by {signal.Signals(signals.received[0]).name}",
            file=sys.stderr,
            flush=True,
        )
    return code
