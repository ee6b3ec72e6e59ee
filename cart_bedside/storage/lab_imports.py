"""Storing imported laboratory results: one message, one transaction, audited.

:class:`LabImportStore` works beside the :class:`Repository` on the same
database (composition: it is given the repository). A message's lab records
are written as ordinary ``lab_results`` rows through the repository's own
insert (so the rules grade them exactly as typed ones), each linked to its
message and segment in ``lab_result_sources``; its unmatched results go to
``lab_unmatched``. All of it, the message row and one ``bulk_import`` audit
entry commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..logic.models import LabResult
from .audit import AuditAction
from .bulk import insert_rows
from .codec import LAB, t2s
from .db import transaction
from .repository import Repository

#: The account imported results are recorded by (created on first import, cannot sign in).
INTERFACE_USER = "lis"
INTERFACE_DISPLAY = "检验系统接口 LIS interface"


@dataclass(frozen=True)
class ImportedLab:
    """A mapped result to store: episode, the lab record, and where it came from."""

    episode_id: str
    lab: LabResult
    position: str
    code: str
    code_system: str | None
    value_sent: str
    unit_sent: str


@dataclass(frozen=True)
class UnmatchedResult:
    """A result that did not become a lab record, and why (``reason`` is a code)."""

    reason: str
    position: str
    mrn: str
    name: str
    code: str
    code_system: str | None
    test_name: str
    value_sent: str
    unit_sent: str
    observed_at: datetime
    episode_id: str | None = None
    received_at: datetime | None = None
    control_id: str = ""
    file_name: str = ""


@dataclass(frozen=True)
class StoredMessage:
    """What an import wrote (``duplicate``: the message was there already; nothing written)."""

    message_id: str | None
    duplicate: bool
    lab_ids: tuple[str, ...] = ()
    unmatched: int = 0


@dataclass(frozen=True)
class LabSource:
    """Where an imported lab record came from."""

    control_id: str
    source: str
    position: str
    code: str
    code_system: str | None


class LabImportStore:
    """Read and write the lab import tables of the repository's database."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def ensure_interface_user(self) -> str:
        """The ``lis`` account imported labs are recorded by (no PIN: it never signs in)."""
        if self.repo.people.get_user(INTERFACE_USER) is None:
            self.repo.people.create_user(
                INTERFACE_USER, INTERFACE_DISPLAY, "nurse", None, actor="system"
            )
        return INTERFACE_USER

    def is_imported(self, source: str) -> bool:
        return (
            self.repo.store.one("SELECT 1 FROM lab_import_messages WHERE source = ?", (source,))
            is not None
        )

    def store(
        self,
        *,
        source: str,
        control_id: str,
        charset: str,
        file_name: str,
        file_sha256: str,
        actor: str,
        labs: Sequence[ImportedLab],
        unmatched: Sequence[UnmatchedResult],
        results: int,
    ) -> StoredMessage:
        """Write one message: its lab records, their sources, its unmatched results, one audit.

        Checked again inside the write lock: a message already imported (by
        another tablet, or the same file twice) writes nothing.
        """
        repo = self.repo
        user = self.ensure_interface_user()
        now = t2s(repo.now())
        with transaction(repo.db) as conn:
            if conn.execute(
                "SELECT 1 FROM lab_import_messages WHERE source = ?", (source,)
            ).fetchone():
                return StoredMessage(None, True)
            message_id, save_id = repo.store.new_id(), repo.store.new_id()
            conn.execute(
                "INSERT INTO lab_import_messages (id, source, control_id, charset, file_name, "
                "file_sha256, received_at, imported_by, device_id, results, stored, unmatched) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    source,
                    control_id,
                    charset,
                    file_name,
                    file_sha256,
                    now,
                    actor,
                    repo.device_id,
                    results,
                    len(labs),
                    len(unmatched),
                ),
            )
            ids = [
                repo.charting.insert_record(conn, LAB, item.lab, item.episode_id, user, save_id)
                for item in labs
            ]
            insert_rows(
                conn,
                "lab_result_sources",
                (
                    {
                        "lab_result_id": rid,
                        "message_id": message_id,
                        "position": item.position,
                        "code": item.code,
                        "code_system": item.code_system,
                        "value_sent": item.value_sent,
                        "unit_sent": item.unit_sent,
                    }
                    for rid, item in zip(ids, labs, strict=True)
                ),
            )
            insert_rows(
                conn,
                "lab_unmatched",
                (
                    {
                        "id": repo.store.new_id(),
                        "message_id": message_id,
                        "reason": u.reason,
                        "position": u.position,
                        "mrn": u.mrn,
                        "name": u.name,
                        "code": u.code,
                        "code_system": u.code_system,
                        "test_name": u.test_name,
                        "value_sent": u.value_sent,
                        "unit_sent": u.unit_sent,
                        "observed_at": t2s(u.observed_at),
                        "received_at": now,
                        "episode_id": u.episode_id,
                    }
                    for u in unmatched
                ),
            )
            repo.store.audit(
                conn,
                actor,
                AuditAction.BULK_IMPORT,
                table="lab_import_messages",
                record_id=message_id,
                details={
                    "source": source,
                    "control_id": control_id,
                    "file": file_name,
                    "sha256": file_sha256,
                    "charset": charset,
                    "results": results,
                    "stored": len(labs),
                    "unmatched": len(unmatched),
                    "save_id": save_id,
                },
            )
        return StoredMessage(message_id, False, tuple(ids), len(unmatched))

    def unmatched(self, limit: int = 500) -> list[UnmatchedResult]:
        """The unmatched results, newest first (the administrator's list)."""
        rows = self.repo.store.rows(
            "SELECT u.*, m.control_id, m.file_name FROM lab_unmatched AS u "
            "JOIN lab_import_messages AS m ON m.id = u.message_id "
            "ORDER BY u.received_at DESC, u.rowid DESC LIMIT ?",
            (limit,),
        )
        return [
            UnmatchedResult(
                reason=r["reason"],
                position=r["position"],
                mrn=r["mrn"],
                name=r["name"],
                code=r["code"],
                code_system=r["code_system"],
                test_name=r["test_name"],
                value_sent=r["value_sent"],
                unit_sent=r["unit_sent"],
                observed_at=datetime.fromisoformat(r["observed_at"]),
                episode_id=r["episode_id"],
                received_at=datetime.fromisoformat(r["received_at"]),
                control_id=r["control_id"],
                file_name=r["file_name"],
            )
            for r in rows
        ]

    def sources(self, lab_ids: Sequence[str]) -> dict[str, LabSource]:
        """Where each of these lab records came from (records typed by hand are absent)."""
        out: dict[str, LabSource] = {}
        ids = list(lab_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.repo.store.rows(
                "SELECT s.*, m.control_id, m.source FROM lab_result_sources AS s "
                "JOIN lab_import_messages AS m ON m.id = s.message_id "
                f"WHERE s.lab_result_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for r in rows:
                out[r["lab_result_id"]] = LabSource(
                    r["control_id"], r["source"], r["position"], r["code"], r["code_system"]
                )
        return out

    def message_count(self) -> int:
        return self.repo.store.one_of("SELECT count(*) AS n FROM lab_import_messages", (), "")["n"]
