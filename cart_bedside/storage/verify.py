"""Check everything a database (or a backup) says about itself.

:func:`verify_database` recomputes the audit chain, every clinical row's
hash against the audit entry that recorded it, every signature's content
hash, and the state of every user and ward setting against the audit entry
of its last change; with an anchor (the chain head printed on a handover
sheet, or kept on this device at the last check) it finds a log cut short
after that point. Each problem is one :class:`~cart_bedside.logic.messages.Message`
(one line). ``since`` makes the check incremental: only entries and rows
written after an already verified point are read.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..logic.messages import Message, msg
from . import audit, received
from .db import Database, rows
from .schema import CLINICAL_TABLES, V1_TABLES

#: Tables every cart-bedside database has from schema version 1 on.
REQUIRED_TABLES: tuple[str, ...] = (
    *V1_TABLES,
    "audit_log",
    "users",
    "ward_settings",
    "drafts",
    "local_meta",
)
_ROW_ACTIONS = ("insert", "amend", "entered_in_error", "sign")


@dataclass(frozen=True)
class Anchor:
    """A chain head seen outside the database: entry ``seq`` had hash ``hash`` (or its prefix)."""

    seq: int
    hash: str
    at: str = ""


@dataclass
class VerifyReport:
    """What a check found; ``ok`` when nothing."""

    findings: list[Message] = field(default_factory=list)
    entries: int = 0
    records: int = 0
    signatures: int = 0
    users: int = 0
    settings: int = 0
    head: Anchor | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> Message:
        return msg(
            "verify.clean",
            entries=self.entries,
            records=self.records,
            signatures=self.signatures,
            users=self.users,
            settings=self.settings,
        )


def structure_problems(conn: sqlite3.Connection, latest: int) -> list[Message]:
    """``integrity_check``, the schema version and the tables of a database file."""
    problems = [
        msg("verify.integrity", detail=str(r[0]))
        for r in conn.execute("PRAGMA integrity_check(5)").fetchall()
        if r[0] != "ok"
    ]
    if problems:
        return problems
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < 1:
        return [msg("verify.not_ours")]
    if version > latest:
        return [msg("storage.error.schema_too_new", found=version, supported=latest)]
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        return [msg("verify.missing_tables", tables=", ".join(missing))]
    return []


def verify_database(
    db: Database,
    *,
    since: Anchor | None = None,
    anchors: tuple[Anchor, ...] = (),
    require_keyed: bool = True,
) -> VerifyReport:
    """Check the chain, rows, signatures, users and settings; see the module docstring.

    ``require_keyed``: the newest entry must carry a keyed hash. A log whose
    every hash is plain sha256 proves nothing (anyone can recompute it): only
    a file written before keying (schema < 4) may pass with it off.
    """
    start = time.perf_counter()
    report = VerifyReport()
    from_seq = _check_start(db, since, report)
    _check_chain(db, from_seq, since, report)
    if require_keyed and report.head and ":" not in report.head.hash:
        report.findings.append(msg("verify.unkeyed", seq=report.head.seq))
    for anchor in anchors:
        _check_anchor(db, anchor, report)
    _check_rows(db, from_seq, report)
    _check_signatures(db, from_seq, report)
    _check_state(db, report)
    report.seconds = time.perf_counter() - start
    return report


def _check_start(db: Database, since: Anchor | None, report: VerifyReport) -> int:
    if since is None:
        return 0
    row = db.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (since.seq,)).fetchone()
    if row is None or not _same(row[0], since.hash):
        report.findings.append(msg("verify.anchor_changed", seq=since.seq, at=since.at))
        return 0  # the verified point itself is gone: check everything
    return since.seq


def _check_chain(db: Database, from_seq: int, since: Anchor | None, report: VerifyReport) -> None:
    prev = audit.GENESIS_HASH
    if from_seq:
        prev = db.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (from_seq,)).fetchone()[
            0
        ]
    check = audit.verify_chain(db, after_seq=from_seq, prev_hash=prev)
    report.entries = check.entries
    if not check.ok:
        report.findings.append(msg("verify.chain", seq=check.first_bad_seq, problem=check.problem))
    head = db.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    report.head = Anchor(head[0], head[1]) if head else None


def _check_anchor(db: Database, anchor: Anchor, report: VerifyReport) -> None:
    row = db.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (anchor.seq,)).fetchone()
    if row is None:
        head = report.head.seq if report.head else 0
        report.findings.append(
            msg("verify.anchor_missing", seq=anchor.seq, at=anchor.at, head=head)
        )
    elif not _same(row[0], anchor.hash):
        report.findings.append(msg("verify.anchor_changed", seq=anchor.seq, at=anchor.at))


def _same(stored: str, seen: str) -> bool:
    """Does a stored hash match a seen one (whole, or the short form printed on a sheet)?"""
    digest, wanted = stored.split(":")[-1], seen.split(":")[-1].strip().lower()
    return len(wanted) >= 8 and digest.startswith(wanted)


def short_anchor(seq: int, stored_hash: str) -> str:
    """The anchor as printed: ``<seq>:<first 12 hex digits of the hash>``."""
    return f"{seq}:{stored_hash.split(':')[-1][:12]}"


def parse_anchor(text: str) -> Anchor:
    """``SEQ:HASH`` (as printed on a handover sheet) → :class:`Anchor`; ValueError if not."""
    seq, _, digest = text.strip().partition(":")
    digest = digest.split(":")[-1]
    if (
        not seq.isdigit()
        or len(digest) < 8
        or any(c not in "0123456789abcdef" for c in digest.lower())
    ):
        raise ValueError(text)
    return Anchor(int(seq), digest.lower(), "")


def _present(db: Database, tables: tuple[str, ...]) -> list[str]:
    """The clinical tables this file has (one not yet upgraded lacks the newer ones)."""
    have = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in tables if t in have]


def _bulk_tables(db: Database) -> set[str]:
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT table_name FROM audit_log WHERE action = 'bulk_import'"
        )
    }


def _check_rows(db: Database, from_seq: int, report: VerifyReport) -> None:
    """Each clinical row against its first audit entry; each audited row still there."""
    bulk = _bulk_tables(db)
    index = received.has_index(db.conn)
    matches = audit.row_checker()
    for table in _present(db, CLINICAL_TABLES):
        for row, seq, details in _rows_with_entries(db, table, from_seq, index):
            report.records += 1
            if details is None and isinstance(seq, tuple):  # received in a page
                page, recorded = seq
                if not matches(recorded, row):
                    report.findings.append(
                        msg("verify.row_changed", table=table, id=row["id"], seq=page)
                    )
                continue
            if details is None:
                if table not in bulk:
                    report.findings.append(msg("verify.row_unaudited", table=table, id=row["id"]))
                continue
            recorded = json.loads(details).get("sha256")
            if not matches(recorded, row):
                report.findings.append(
                    msg("verify.row_changed", table=table, id=row["id"], seq=seq)
                )
        missing = db.conn.execute(
            f"SELECT a.seq, a.record_id FROM audit_log a WHERE a.seq > ? AND a.table_name = ? "
            f"AND a.action IN ({', '.join('?' * len(_ROW_ACTIONS))}) "
            f"AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.id = a.record_id)",
            (from_seq, table, *_ROW_ACTIONS),
        ).fetchall()
        for seq, record_id in missing:
            report.findings.append(msg("verify.row_missing", table=table, id=record_id, seq=seq))
    report.findings += received.check_pages(db, from_seq, _present(db, CLINICAL_TABLES))


def _rows_with_entries(
    db: Database, table: str, from_seq: int, index: bool
) -> Iterator[tuple[dict, int | tuple[int, str] | None, str | None]]:
    """Each row with its first audit entry's seq and details; a row received in a page
    (``index``: schema 9 on) without an entry of its own comes with ((its page's entry, its
    keyed hash), None)."""
    first = (
        "(SELECT a.{col} FROM audit_log a WHERE a.record_id = r.id AND a.table_name = '"
        + table
        + "' ORDER BY a.seq LIMIT 1)"
    )
    got = (
        "s.audit_seq AS _page, s.sha256 AS _received"
        if index
        else "NULL AS _page, NULL AS _received"
    )
    sql = (
        f"SELECT r.*, {first.format(col='seq')} AS _seq, {first.format(col='details')} "
        f"AS _details, {got} FROM {table} r"
    )
    if index:
        sql += f" LEFT JOIN sync_received s ON s.table_name = '{table}' AND s.row_id = r.id"
    params: tuple = ()
    if from_seq:
        sql += " WHERE r.id IN (SELECT record_id FROM audit_log WHERE seq > ? AND table_name = ?)"
        params = (from_seq, table)
        if index:
            sql += " OR s.audit_seq > ?"
            params += (from_seq,)
    cur = db.conn.cursor()
    cur.row_factory = sqlite3.Row
    for r in cur.execute(sql, params):
        row = dict(r)
        seq, details = row.pop("_seq"), row.pop("_details")
        page, hashed = row.pop("_page"), row.pop("_received")
        if details is None and hashed is not None:
            yield row, (page, hashed), None
        else:
            yield row, seq, details


def _check_signatures(db: Database, from_seq: int, report: VerifyReport) -> None:
    sql = "SELECT * FROM signatures"
    params: tuple = ()
    if from_seq:
        sql += (
            " WHERE id IN (SELECT record_id FROM audit_log WHERE seq > ? "
            "AND table_name = 'signatures')"
        )
        params = (from_seq,)
        if received.has_index(db.conn):
            sql += (
                " OR id IN (SELECT row_id FROM sync_received WHERE audit_seq > ? "
                "AND table_name = 'signatures')"
            )
            params += (from_seq,)
    clinical = set(_present(db, CLINICAL_TABLES))
    for sig in rows(db, sql, params):
        report.signatures += 1
        content: list[dict[str, Any]] = []
        complete = True
        for table, rid in json.loads(sig["records"]):
            found = (
                rows(db, f"SELECT * FROM {table} WHERE id = ?", (rid,)) if table in clinical else []
            )
            if not found:
                complete = False
                break
            content.append({"table": table, "row": dict(found[0])})
        if not complete or audit.content_hash(content) != sig["content_sha256"]:
            report.findings.append(msg("verify.signature", id=sig["id"], signer=sig["signer"]))


def _check_state(db: Database, report: VerifyReport) -> None:
    """Users and settings: their protected columns against the audit entry of the last change."""
    for table, key in (("users", "username"), ("ward_settings", "key")):
        for row in rows(db, f"SELECT * FROM {table}"):
            if table == "users":
                report.users += 1
            else:
                report.settings += 1
            last = db.conn.execute(
                "SELECT details FROM audit_log WHERE table_name = ? AND record_id = ? "
                "ORDER BY seq DESC LIMIT 1",
                (table, row[key]),
            ).fetchone()
            recorded = json.loads(last[0]).get("state") if last else None
            if recorded is None:
                if audit.state_required(db.conn):
                    report.findings.append(_state_finding(table, row[key]))
                continue
            if not audit.state_matches(recorded, table, dict(row)):
                report.findings.append(_state_finding(table, row[key]))


def _state_finding(table: str, key: str) -> Message:
    if table == "users":
        return msg("verify.user_changed", user=key)
    return msg("verify.setting_changed", key=key)
