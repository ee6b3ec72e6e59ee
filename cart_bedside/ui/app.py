"""The GUI entry point: open the database, sign-in window, backups at shift change and exit."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

T0 = time.perf_counter()


def open_ward(db: str | None, demo: bool):
    """(Database, path, is_demo): the user's database, the given one, or a demo ward."""
    from ..storage import default_db_path, open_database
    from ..storage.demo import open_demo_database

    if demo:
        database, path = open_demo_database(now=datetime.now().replace(second=0, microsecond=0))
        return database, Path(path), True
    path = Path(db) if db else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path), path, False


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
        from ..storage import backup_now, default_backup_dir

        with self._lock:
            try:
                backup_now(self.db_path, default_backup_dir(self.db_path), reason=reason)
            except Exception as exc:  # a failed backup must never take the app down
                print(f"cart-bedside: backup failed: {exc}", file=sys.stderr)
                self._report(False, reason, str(exc))
            else:
                self._report(True, reason, "")

    def _report(self, ok: bool, reason: str, error: str) -> None:
        """Banner and audit (issue 11 item 7): the session hands it to the UI thread."""
        report = getattr(self.session, "report_backup", None)
        if report is not None:
            report(ok, reason, error)


def build_window(db: str | None = None, demo: bool = False, lang: str | None = None):
    """Open the ward and build the main window (shown by the caller).

    Returns ``(app, window, database, path, is_demo)``; raises
    ``DatabaseCorruptError`` when the database fails its integrity check.
    """
    from PySide6.QtWidgets import QApplication

    from ..service import WardService
    from ..storage import Repository
    from . import prepare_application
    from .main_window import MainWindow
    from .session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("cart-bedside")
    database, path, is_demo = open_ward(db, demo)
    repo = Repository(database)
    service = WardService(repo)
    lang = lang or service.language()
    prepare_application(app, lang)
    session = Session(service, lang)
    minutes = float(repo.get_setting("auto_lock_minutes", 2) or 2)
    window = MainWindow(session, auto_lock_minutes=minutes, db_path=str(path))
    window.resize(1280, 800)
    return app, window, database, path, is_demo


def run_app(db: str | None = None, demo: bool = False, lang: str | None = None,
            fullscreen: bool | None = None) -> int:
    """Start the app on the user's database (or ``db``, or a throw-away demo ward);
    ``fullscreen`` None follows this tablet's setting."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..storage import DatabaseCorruptError

    try:
        app, window, _database, path, is_demo = build_window(db, demo, lang)
    except DatabaseCorruptError as exc:
        from ..logic.messages import render
        from . import prepare_application

        app = QApplication.instance() or QApplication(sys.argv)
        prepare_application(app, lang or "zh_CN")
        QMessageBox.critical(None, "cart-bedside", render(exc.message, lang or "zh_CN"))
        return 1
    window.show_for_tablet(fullscreen)
    backups = None if is_demo else ShiftBackups(path, window.session)
    if backups is not None:
        timer = QTimer(window)
        timer.timeout.connect(backups.check)
        timer.start(60_000)
        app.aboutToQuit.connect(lambda: backups.run("exit"))
    print(f"cart-bedside: window up after {time.perf_counter() - T0:.2f} s "
          f"({'demo ward' if is_demo else path})", file=sys.stderr)
    code = app.exec()
    window.session.service.repo.db.conn.close()  # a restore may have swapped the connection
    if is_demo:
        shutil.rmtree(path.parent, ignore_errors=True)
    return code
