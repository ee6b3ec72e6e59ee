"""Storage: the only code that talks to SQLite.

``open_database()`` opens (and checks, and migrates) the ward database;
``Repository(db)`` reads and writes it, returning the logic layer's
dataclasses; ``backup_now()`` and ``restore()`` keep it safe. See
docs/storage.md.

The names below are imported when first used (PEP 562): the app's sign-in
screen needs the accounts, not every storage area (issue 16).
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, for mypy and readers; at run time see __getattr__
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

#: module → the public names it defines (tests/test_lazy_packages.py checks them
#: against the imports above)
_PROVIDERS = {
    "backup": ("backup_now", "backup_to", "latest_backup", "list_backups", "verify_backup"),
    "db": ("close_database", "connect", "quick_check", "transaction"),
    "errors": (
        "AmendmentError",
        "BackupError",
        "DatabaseCorruptError",
        "DatabaseInUseError",
        "RecordNotFoundError",
        "SchemaTooNewError",
        "StorageError",
    ),
    "opening": ("open_database",),
    "paths": ("data_dir", "default_backup_dir", "default_db_path"),
    "repository": ("Repository",),
    "restore": ("check_backup", "restore"),
    "types": (
        "AlertAck",
        "BoardEntry",
        "EpisodeInfo",
        "EpisodeProtocol",
        "PhysicianGradeRecord",
        "SaveResult",
        "Signature",
        "Task",
        "Timeline",
        "User",
    ),
}
_MODULES = {name: module for module, names in _PROVIDERS.items() for name in names}

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


class _Storage(ModuleType):
    """``storage.restore`` is the function, as when every name was imported eagerly: the
    module ``storage/restore.py``, once imported, must not take the name over (Python
    sets a package's attribute to each submodule it loads)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _MODULES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Storage

if not TYPE_CHECKING:  # hidden from mypy: a misspelt name stays an error there

    def __getattr__(name: str):
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value  # once: later lookups do not come here
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_MODULES))
