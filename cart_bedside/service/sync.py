"""One sync round of a tablet with its ward server (issue 14 item 3): :func:`sync_once`.

A round: the audit chain's lineage is checked against the server's last
anchor; the queued clinical rows are pushed, then this device's audit
entries (:mod:`.sync_push`); the rows after the server cursor are pulled and
stored (:mod:`.sync_pull`); the directory is seeded or applied; the head the
server acknowledged is anchored (``POST /anchor``, issue 15). Every page's
acknowledgement is saved as it arrives, so a round cut short (network down,
app closed) resumes where it stopped and a resend is a no-op on the server.

The end of a round is written to the device-local ``local_meta`` keys the
sync status shows: ``last_ok_at`` after a whole round, otherwise
``last_error`` (a catalogue message) and ``last_error_at``.

Public API (a later helper builds the multi-tablet scenarios on it):
``sync_once(ward_or_db_path, transport=None) -> SyncReport`` and
``enroll(ward_or_db_path, server_url, code, ca_file=None, name="") -> Enrolment``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..logic.messages import Message, msg
from ..storage import locks, sync_rows, sync_state
from ..storage.cipher import ALL_ERRORS as DB_ERRORS
from ..storage.errors import StorageError
from ..storage.sync_token import load_token, save_token
from . import sync_restore
from .sync_http import ServerRefused, SyncError, SyncTransport, base_url
from .sync_pull import PullTally, pull, sync_directory
from .sync_push import PushTally, check_anchors, post_anchor, push_audit, push_outbox
from .ward import WardService

PAGE_ROWS = 500
#: What a round may fail with besides the network: storage refusing a row, the database.
_LOCAL_ERRORS: tuple[type[Exception], ...] = (StorageError, *DB_ERRORS)


@dataclass
class SyncReport:
    """What one round did. ``pushed``: rows the server acknowledged (clinical and audit);
    ``pulled``: rows from other devices stored here; ``conflicts``: conflicting corrections
    open here after the round; ``refused``: rows whose id is held elsewhere with other
    content (table, id, the other side's hash), kept here, never overwritten."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    clinical_pushed: int = 0
    audit_pushed: int = 0
    server_duplicates: int = 0
    pulled_duplicates: int = 0
    changed_episodes: set[str] = field(default_factory=set)
    directory_changed: int = 0
    seeded_directory: bool = False
    lineage: str | None = None
    anchor_refused: str | None = None
    clock_warning: str | None = None
    server_restored: int | None = None  # rows sent again: the server was found restored
    pending: int = 0
    seconds: float = 0.0


class NotEnrolled(SyncError):
    pass


class SyncBusy(SyncError):
    """Another round on this database (the app's, or a ``cart-bedside sync``) kept the sync
    lock longer than the wait: this one did nothing, and is no error of the device."""


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    device_id: str
    role: str
    queued: int  # rows the first sync will push


@contextmanager
def _ward(target: WardService | str | Path) -> Iterator[WardService]:
    if isinstance(target, WardService):
        yield target
        return
    from ..storage import Repository, open_database

    path = Path(target)
    if not path.exists():
        raise StorageError(msg("sync.error.no_database", path=str(path)))
    db = open_database(path)
    try:
        yield WardService(Repository(db))
    finally:
        db.conn.close()


def _transport(ward: WardService, timeout: float) -> SyncTransport:
    store = ward.repo.store
    meta = sync_state.read(store)
    if not meta.get("server_url"):
        raise NotEnrolled(msg("sync.error.not_enrolled"))
    token = load_token(sync_state.database_id(store))
    if token is None:
        raise NotEnrolled(msg("sync.error.no_token"))
    return SyncTransport(meta["server_url"], token, meta.get("ca_file") or None, timeout)


def sync_once(
    ward_or_db_path: WardService | str | Path,
    transport: SyncTransport | None = None,
    *,
    page_rows: int = PAGE_ROWS,
    timeout: float = 10,
    wait_s: float = locks.SYNC_WAIT_S,
) -> SyncReport:
    """One push + pull round; raises :class:`SyncError` (``ServerUnreachable``,
    ``ServerRefused``, ``NotEnrolled``) after recording it as the device's last error.

    One round a database at a time (:func:`..storage.locks.sync_round`): a round that
    finds another running waits up to ``wait_s`` seconds, then raises :class:`SyncBusy`
    (not recorded: the other round writes the status)."""
    with (
        _ward(ward_or_db_path) as ward,
        locks.sync_round(ward.repo.store.db_file(), wait_s) as mine,
    ):
        if not mine:
            raise SyncBusy(msg("sync.error.busy"))
        store = ward.repo.store
        started = time.monotonic()
        try:
            # not enrolled, no token, a bad CA file: the last error too, as a network failure
            transport = transport or _transport(ward, timeout)
            report = _round(ward, transport, page_rows)
        except SyncError as error:
            _record_error(ward, error.message)
            raise
        except _LOCAL_ERRORS as error:
            detail = getattr(error, "message", None) or msg("sync.error.other", detail=str(error))
            _record_error(ward, msg("sync.error.receive", detail=detail))
            raise
        sync_state.save(
            store,
            {
                "last_ok_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "last_error": None,
                "last_error_at": None,
            },
        )
        for episode in report.changed_episodes:
            ward.invalidate(episode)
        if report.directory_changed:
            ward.refresh_settings()
        report.pending = sync_state.pending_rows(store)
        report.seconds = time.monotonic() - started
        return report


def _round(ward: WardService, transport: SyncTransport, page_rows: int) -> SyncReport:
    store = ward.repo.store
    device_time = datetime.now().astimezone().isoformat(timespec="seconds")
    pushed = PushTally()
    check_anchors(store, transport, pushed, ward.clock)
    resent = None
    behind = sync_restore.anchor_behind(store, pushed.anchors)
    if behind is not None:  # the server lost this device's anchor: restored from a backup
        resent = sync_restore.resend(store, pushed.anchors, ward.clock, anchored_was=behind[0])
    push_outbox(store, transport, page_rows, device_time, pushed)
    pulled = PullTally()
    pull(store, transport, page_rows, pulled)
    if pulled.rewound is not None and resent is None:  # its cursor went back
        server_cursor = int(sync_state.read(store).get("pull_cursor") or 0)
        resent = sync_restore.resend(
            store,
            pushed.anchors,
            ward.clock,
            cursor_was=pulled.rewound,
            server_cursor=server_cursor,
        )
        push_outbox(store, transport, page_rows, device_time, pushed)
    sync_directory(store, transport, pulled)
    push_audit(store, transport, page_rows, device_time, pushed, ward.clock)
    anchor = post_anchor(store, transport)
    return SyncReport(
        pushed=pushed.acknowledged + pushed.audit_acknowledged,
        pulled=pulled.stored,
        conflicts=len(ward.repo.corrections.conflicts()),
        refused=pushed.refused + pulled.refused,
        clinical_pushed=pushed.stored,
        audit_pushed=pushed.audit_acknowledged,
        server_duplicates=pushed.duplicates,
        pulled_duplicates=pulled.duplicates,
        changed_episodes=pulled.changed_episodes,
        directory_changed=pulled.directory_changed,
        seeded_directory=pulled.seeded,
        lineage=pushed.lineage,
        anchor_refused=anchor,
        clock_warning=pushed.clock_warning,
        server_restored=resent,
    )


def _plain(value: object) -> object:
    """A message (and the messages in its parameters) as JSON: ``{"code", "params"}``."""
    if isinstance(value, Message):
        return {"code": value.code, "params": dict(value.params)}
    return str(value)


def _record_error(ward: WardService, message: Message) -> None:
    try:
        sync_state.save(
            ward.repo.store,
            {
                "last_error": json.dumps(_plain(message), default=_plain),
                "last_error_at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
        )
    except DB_ERRORS:  # the database itself failed: the caller reports that
        pass


def enroll(
    ward_or_db_path: WardService | str | Path,
    server_url: str,
    code: str,
    *,
    ca_file: str | None = None,
    name: str = "",
    timeout: float = 10,
) -> Enrolment:
    """Enroll this database with a ward server using a one-time code; the token is kept
    outside the database (:mod:`..storage.sync_token`); every row held is queued."""
    with _ward(ward_or_db_path) as ward:
        store = ward.repo.store
        meta = sync_state.read(store)
        if meta.get("server_url"):
            raise NotEnrolled(msg("sync.error.already_enrolled", server=meta["server_url"]))
        url = base_url(server_url)
        answer = SyncTransport(url, None, ca_file, timeout).post(
            "/enroll", {"code": code, "name": name[:200]}
        )
        token, device, role = answer.get("token"), answer.get("device_id"), answer.get("role")
        if not (isinstance(token, str) and isinstance(device, str) and isinstance(role, str)):
            raise ServerRefused(200, "bad_answer", "the enrolment answer lacks a token or id")
        save_token(sync_state.database_id(store), token)
        queued = sync_rows.enrol(
            store,
            server_url=url,
            device_id=device,
            role=role,
            ca_file=str(Path(ca_file).resolve()) if ca_file else None,
            at=ward.clock(),
        )
        return Enrolment(url, device, role, queued)
