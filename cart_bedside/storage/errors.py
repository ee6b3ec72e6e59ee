"""Errors raised by the storage layer, each carrying a catalogue message.

The UI shows ``error.render(lang)``; ``str(error)`` is the English text for
logs and the command line.
"""

from __future__ import annotations

from pathlib import Path

from ..logic.messages import Message, msg, render


class StorageError(Exception):
    """A storage operation was refused or failed; ``message`` is a catalogue message."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(render(message, "en"))

    def render(self, lang: str) -> str:
        """The message in ``lang`` (``zh_CN`` or ``en``)."""
        return render(self.message, lang)


class RecordNotFoundError(StorageError):
    """No record (of the expected kind) has this id."""


class AmendmentError(StorageError):
    """An amendment or withdrawal was refused (already amended, wrong kind, no reason)."""


class DatabaseCorruptError(StorageError):
    """``PRAGMA quick_check`` failed, or the file is not a SQLite database.

    ``latest_backup`` is the newest verified backup found, or None.
    """

    def __init__(self, path: Path | str, detail: str, latest_backup: Path | None) -> None:
        self.path = Path(path)
        self.detail = detail
        self.latest_backup = latest_backup
        if latest_backup is None:
            message = msg("storage.error.corrupt_no_backup", path=str(path), detail=detail)
        else:
            message = msg(
                "storage.error.corrupt", path=str(path), detail=detail, backup=str(latest_backup)
            )
        super().__init__(message)


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the app."""


class BackupError(StorageError):
    """A backup could not be written or failed its verification, or a restore was refused."""


class DatabaseInUseError(StorageError):
    """Another process has the database open (a restore is refused), or a restore is under way."""


class TamperError(StorageError):
    """A verification found the database or a backup altered; ``findings`` lists what."""

    def __init__(self, message: Message, findings: list[str]) -> None:
        self.findings = findings
        super().__init__(message)
