"""Storage: the only code that talks to SQLite.

``open_database()`` opens (and checks, and migrates) the ward database;
``Repository(db)`` reads and writes it, returning the logic layer's
dataclasses; ``backup_now()`` and ``restore()`` keep it safe. See
docs/storage.md.
"""

from __future__ import annotations

from .backup import backup_now, backup_to, latest_backup, list_backups, verify_backup
from .db import close_database, connect, quick_check, transaction
from .errors import (
    AmendmentError,
    BackupError,
    DatabaseCorruptError,
    DatabaseInUseError,
    RecordNotFoundError,
    SchemaTooNewError,
    StorageError,
)
from .opening import open_database
from .paths import data_dir, default_backup_dir, default_db_path
from .repository import Repository
from .restore import check_backup, restore
from .types import (
    AlertAck,
    BoardEntry,
    EpisodeInfo,
    EpisodeProtocol,
    PhysicianGradeRecord,
    SaveResult,
    Signature,
    Task,
    Timeline,
    User,
)

__all__ = [
    "AlertAck",
    "AmendmentError",
    "BackupError",
    "BoardEntry",
    "DatabaseCorruptError",
    "DatabaseInUseError",
    "EpisodeInfo",
    "EpisodeProtocol",
    "PhysicianGradeRecord",
    "RecordNotFoundError",
    "Repository",
    "SaveResult",
    "SchemaTooNewError",
    "Signature",
    "StorageError",
    "Task",
    "Timeline",
    "User",
    "backup_now",
    "backup_to",
    "check_backup",
    "close_database",
    "connect",
    "data_dir",
    "default_backup_dir",
    "default_db_path",
    "latest_backup",
    "list_backups",
    "open_database",
    "quick_check",
    "restore",
    "transaction",
    "verify_backup",
]
