"""Opening the ward for the app: the database file (or a demo ward) and the services on it.

The UI never imports storage (tests/test_code_quality.py): the app's start-up,
a worker thread's own connection and the shift-change backups come through
here. The services are built once (:class:`Services`) and handed to the
screens; after a restore the same services read the restored file
(:meth:`WardService.reopen`). Only the ward service is built at start-up: the
sign-in screen needs nothing else, and the others (and their modules) are
built when first used, or while the PIN is typed (ui/warm_up.py, issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..storage import DatabaseCorruptError
from .ward import WardService

if TYPE_CHECKING:
    from ..storage.backup import BackupResult
    from .alerts import AlertService
    from .record import RecordService
    from .sync_marks import SyncMarksService

__all__ = [
    "DatabaseCorruptError",
    "Services",
    "backup_database",
    "open_ward",
    "worker_ward",
]


class Services:
    """The services of one ward database, each built once (when first used) and handed to
    the screens: ``ward``, ``records``, ``alerts`` and ``sync`` (conflicting corrections,
    rows received lately; issue 14)."""

    def __init__(self, ward: WardService) -> None:
        self.ward = ward

    @classmethod
    def on(cls, ward: WardService) -> Services:
        return cls(ward)

    @cached_property
    def records(self) -> RecordService:
        from .record import RecordService

        return RecordService(self.ward)

    @cached_property
    def alerts(self) -> AlertService:
        from .alerts import AlertService

        return AlertService(self.ward)

    @cached_property
    def sync(self) -> SyncMarksService:
        from .sync_marks import SyncMarksService

        return SyncMarksService(self.ward)

    def build_all(self) -> None:
        """Every service now (the app does it while the PIN is typed)."""
        for name in ("records", "alerts", "sync"):
            getattr(self, name)


def open_ward(db: str | None, demo: bool) -> tuple[WardService, Any, Path, bool]:
    """(ward service, database, path, is_demo) on the user's database, the given one, or a
    demo ward generated for now; the database handle is for scripts that close it.
    Raises ``DatabaseCorruptError`` when the file fails its integrity check."""
    from ..storage import Repository, default_db_path, open_database

    if demo:
        from ..storage.demo import open_demo_database

        database, path = open_demo_database(now=datetime.now().replace(second=0, microsecond=0))
        return WardService(Repository(database)), database, Path(path), True
    file = Path(db) if db else default_db_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    # Start-up checks what it cannot do without; the whole-file integrity check runs once the
    # board is shown, off the UI thread (ui/integrity_watch.py, service/startup_check.py).
    database = open_database(file, check="start-up")
    return WardService(Repository(database)), database, file, False


@contextmanager
def worker_ward(
    db_path: Path | str,
    *,
    clock: Callable[[], datetime] | None = None,
    username: str | None = None,
) -> Iterator[WardService]:
    """A ward service on a connection of its own, for a worker thread (a SQLite connection
    belongs to the thread that opened it); closed on leaving.

    ``username`` is the user signed in on the UI thread, who asked for the work: the
    worker acts for that account as it is stored (every role check reads it again).
    The app checked and upgraded the file at start-up: nothing is checked again here.
    """
    from ..storage import Repository, open_database

    db = open_database(db_path, check=False, migrate=False)
    try:
        ward = WardService(Repository(db, clock=clock, upgrade=False), clock=clock)
        ward.user = ward.repo.people.get_user(username) if username else None
        yield ward
    finally:
        db.conn.close()


def backup_database(db_path: Path | str, reason: str) -> BackupResult:
    """A verified backup into the database's backup folder (raises when it fails); the
    result says whether the copy in the second location failed (``mirror_error``)."""
    from ..storage.backup import backup_now
    from ..storage.paths import default_backup_dir

    return backup_now(db_path, default_backup_dir(db_path), reason=reason)
