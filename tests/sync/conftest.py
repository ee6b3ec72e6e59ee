"""Fixtures for the tablet's sync client: the ward server's real PostgreSQL cluster and a
real server process (tests/server), tablets on real SQLite files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.conftest import database_url, drop_database, new_ward, pg_cluster, ward_url
from tests.server.live import LiveServer

__all__ = ["database_url", "pg_cluster", "ward_url"]


def enroll_code(url: str, role: str = "tablet", ward: str = "7B") -> str:
    """A one-time enrolment code, as ``cart-bedside server enroll-code`` prints it."""
    import psycopg

    from cart_bedside.server import store

    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, ward), role)
    return code


@pytest.fixture(scope="module")
def live_ward(pg_cluster, tmp_path_factory) -> Iterator[tuple[LiveServer, str]]:
    """One server process on a fresh ward database, for a module's tests (each enrolls its
    own tablets): (server, database url)."""
    url = new_ward(pg_cluster)
    server = LiveServer(url, tmp_path_factory.mktemp("sync-live") / "server.log").start()
    yield server, url
    server.stop()
    drop_database(pg_cluster, url)


@pytest.fixture
def fresh_ward(pg_cluster, tmp_path) -> Iterator[tuple[LiveServer, str]]:
    """A server on an empty ward of its own (first-sync and directory tests)."""
    url = new_ward(pg_cluster)
    server = LiveServer(url, tmp_path / "server.log").start()
    yield server, url
    server.stop()
    drop_database(pg_cluster, url)


def server_url(server: LiveServer) -> str:
    """The address a tablet is given (no API path)."""
    return server.base.removesuffix("/api/v1")
