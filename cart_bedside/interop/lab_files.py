"""Lab files → the import service: one file at a time, or a watched folder.

A file is HL7 (starts with ``MSH``; may hold several messages) or the
ward's CSV (starts with its header). A file that cannot be read is refused
whole with one line naming the segment and field (``OBX[2]-5``) or the line
and column; nothing from it is stored. Each message is then imported in its
own transaction by :class:`~cart_bedside.service.lab_import.LabImportService`.

The watched folder (ward setting ``lab_import_folder``): every ``*.hl7``,
``*.oru``, ``*.txt`` or ``*.csv`` file directly in it is imported and moved
to ``imported/`` (or ``refused/``, with ``<name>.error.txt`` holding the
line), so the laboratory's drop folder only ever holds new files.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..logic.lab_import import LabMessage, MalformedMessage
from ..service.lab_import import ImportOutcome, LabImportService
from .csv_labs import looks_like_csv, parse_csv
from .hl7_oru import parse_file

WATCHED_SUFFIXES = (".hl7", ".oru", ".txt", ".csv")


@dataclass(frozen=True)
class FileResult:
    """One file: its messages' outcomes, or the line that refused it."""

    path: Path
    outcomes: tuple[ImportOutcome, ...] = ()
    where: str | None = None  # refused: the segment and field (``OBX[2]-5``) or line/column
    problem: str | None = None

    @property
    def error(self) -> str | None:
        """The one line that refused the file, or None."""
        return None if self.where is None else f"{self.path.name}: {self.where}: {self.problem}"

    @property
    def stored(self) -> int:
        return sum(o.stored for o in self.outcomes)

    @property
    def unmatched(self) -> int:
        return sum(o.unmatched for o in self.outcomes)

    @property
    def duplicates(self) -> int:
        return sum(1 for o in self.outcomes if o.duplicate)


@dataclass
class FolderScan:
    files: list[FileResult] = field(default_factory=list)


def parse_lab_file(raw: bytes, default_charset: str, name: str = "") -> list[LabMessage]:
    """The messages of a lab file (HL7 or CSV); :class:`MalformedMessage` if unreadable."""
    head = raw.lstrip(b"\xef\xbb\xbf\x0b\r\n ")
    if head.startswith(b"MSH"):
        return parse_file(raw, default_charset)
    if looks_like_csv(raw):
        return [parse_csv(raw, default_charset, name)]
    raise MalformedMessage(
        "MSH",
        "neither an HL7 message (MSH first) nor the lab CSV "
        "(header with mrn, name, code, value, unit, observed_at)",
    )


def import_file(service: LabImportService, path: Path, actor: str | None = None) -> FileResult:
    """Read, parse and import one file (refused whole if any message is malformed)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileResult(path, where="file", problem=f"cannot read ({exc.strerror or exc})")
    try:
        messages = parse_lab_file(raw, service.default_charset(), path.name)
    except MalformedMessage as exc:
        return FileResult(path, where=exc.where, problem=exc.problem)
    outcomes = service.import_messages(messages, file_name=path.name, raw=raw, actor=actor)
    return FileResult(path, tuple(outcomes))


def scan_folder(service: LabImportService, folder: Path, actor: str | None = None) -> FolderScan:
    """Import every new file of the watched folder and move it out of the way."""
    scan = FolderScan()
    if not folder.is_dir():
        return scan
    for path in sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in WATCHED_SUFFIXES
    ):
        result = import_file(service, path, actor)
        scan.files.append(result)
        target = folder / ("refused" if result.error else "imported")
        target.mkdir(exist_ok=True)
        destination = _free_name(target / path.name)
        shutil.move(str(path), destination)
        if result.error:
            destination.with_name(destination.name + ".error.txt").write_text(
                result.error + "\n", encoding="utf-8"
            )
    return scan


def _free_name(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
        n += 1
    return candidate
