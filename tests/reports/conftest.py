"""A repository on a copy of the demo ward, the clock fixed at DEMO_NOW."""

from __future__ import annotations

import shutil

import pytest

from tests.demo_ward import DEMO_NOW, Clock


def open_copy(template, folder):
    from cart_bedside.storage import Repository, open_database

    path = folder / "ward.db"
    shutil.copy(template, path)
    db = open_database(path)
    return db, Repository(db, clock=Clock(DEMO_NOW)), path


@pytest.fixture
def ward(demo_template, tmp_path):
    """(repository, database path) on a fresh copy of the demo ward."""
    db, repo, path = open_copy(demo_template, tmp_path)
    yield repo, path
    db.conn.close()


@pytest.fixture(scope="module")
def module_ward(demo_template, tmp_path_factory):
    db, repo, path = open_copy(demo_template, tmp_path_factory.mktemp("handover"))
    yield repo, path
    db.conn.close()
