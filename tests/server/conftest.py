"""Fixtures for the ward server: one PostgreSQL cluster per test session, a fresh
database per test, and helpers to enroll devices and build rows as a tablet would."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.server.pg import Cluster, find_bindir, start_cluster

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    if bindir is None:
        reason = "PostgreSQL ≥ 15 server binaries not found (Debian: apt-get install postgresql)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; .ci/run installs it, so in CI this is an error")
        pytest.skip(reason)
    cluster = start_cluster(bindir)
    yield cluster
    cluster.stop()


def new_database(cluster: Cluster) -> str:
    import psycopg

    name = f"ward_{os.getpid()}_{next(_names)}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return cluster.url(name)


def new_ward(cluster: Cluster) -> str:
    """A new database with the server schema and the ward ``7B``."""
    import psycopg

    from cart_bedside.server import schema, store

    url = new_database(cluster)
    with psycopg.connect(url) as conn:
        schema.migrate(conn)
        store.ensure_ward(conn, "7B")
    return url


def drop_database(cluster: Cluster, url: str) -> None:
    """Dropped at once, so the throw-away cluster stays small (30 copies are ~240 MB)."""
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def database_url(pg_cluster) -> Iterator[str]:
    """A new, empty database on the session's cluster."""
    url = new_database(pg_cluster)
    yield url
    drop_database(pg_cluster, url)


@pytest.fixture
def ward_url(pg_cluster) -> Iterator[str]:
    url = new_ward(pg_cluster)
    yield url
    drop_database(pg_cluster, url)
