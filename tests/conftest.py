"""Test set-up shared by every test: headless Qt, and the demo-ward fixtures."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The device's audit key and anchors: a private folder per test run, never the real one.
os.environ.setdefault("CART_BEDSIDE_KEY_DIR", tempfile.mkdtemp(prefix="cart-bedside-keys-"))
# Plain files by default, so tests can read and tamper with them through sqlite3; the
# encryption tests (tests/storage/test_encryption.py) turn it on.
os.environ.setdefault("CART_BEDSIDE_ENCRYPT", "0")

from tests.demo_ward import DEMO_NOW, Clock


@pytest.fixture(autouse=True)
def _fresh_anchors():
    """Every copy of the demo ward shares its database id: forget the last test's anchors."""
    shutil.rmtree(Path(os.environ["CART_BEDSIDE_KEY_DIR"]) / "anchors", ignore_errors=True)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo ward database, written once per test run."""
    from cart_bedside.storage.demo import write_demo_db

    path = tmp_path_factory.mktemp("demo") / "ward.db"
    write_demo_db(path, now=DEMO_NOW)
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(demo_template, tmp_path, clock):
    """A ward service on a fresh copy of the demo ward, clock fixed at DEMO_NOW."""
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database

    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)
    db = open_database(path)
    yield WardService(Repository(db, clock=clock), clock=clock)
    db.conn.close()
