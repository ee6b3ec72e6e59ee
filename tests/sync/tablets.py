"""Tablets for the sync tests: real SQLite files, the real storage, the real sync client."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cart_bedside.service import WardService
from cart_bedside.service.sync import SyncReport, enroll, sync_once
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.schema import CLINICAL_TABLES
from tests.server.live import LiveServer
from tests.storage.conftest import Clock, add_staff
from tests.sync.conftest import enroll_code, server_url


class Tablet:
    """One tablet: its database file, its ward service (a fixed clock) and its name."""

    def __init__(self, path: Path, clock: Clock, *, staff: bool = True) -> None:
        self.path, self.clock = path, clock
        self.repo = Repository(open_database(path), clock=clock)
        if staff and not self.repo.people.list_users(include_inactive=True):
            add_staff(self.repo)
        self.ward = WardService(self.repo, clock=clock)

    def enroll(self, server: LiveServer, url: str, role: str = "tablet") -> None:
        enroll(self.ward, server_url(server), enroll_code(url, role), name=self.path.stem)

    def sync(self, **kwargs) -> SyncReport:
        return sync_once(self.ward, **kwargs)

    def close(self) -> None:
        self.repo.close()

    def reopen(self) -> None:
        self.repo = Repository(open_database(self.path), clock=self.clock)
        self.ward = WardService(self.repo, clock=self.clock)

    def clinical(self) -> dict[tuple[str, str], str]:
        """(table, id) → canonical content of every clinical row held."""
        from cart_bedside.storage.audit import canonical_json

        out = {}
        for table in CLINICAL_TABLES:
            for row in self.repo.store.rows(f"SELECT * FROM {table}"):
                out[(table, row["id"])] = canonical_json(dict(row))
        return out


def server_rows(url: str) -> dict[tuple[str, str], str]:
    """(table, id) → content sha256 of every row the server holds (clinical and audit)."""
    import psycopg

    with psycopg.connect(url) as conn:
        found = conn.execute("SELECT table_name, row_id, content_sha256 FROM rows").fetchall()
    return {(t, i): h for t, i, h in found}


def sync_all(tablets: Iterable[Tablet], rounds: int = 2) -> None:
    """Every tablet syncs, in turn, ``rounds`` times (enough for everyone to see everything)."""
    for _ in range(rounds):
        for tablet in tablets:
            tablet.sync()
