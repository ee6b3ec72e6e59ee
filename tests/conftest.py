"""Test set-up shared by every test: headless Qt, the demo-ward fixtures, hygiene.

- Qt offscreen, matplotlib Agg;
- the locale pinned to C.UTF-8, so messages without ``--lang`` fall back to
  zh_CN whatever the developer's locale is;
- the per-user data folder (``XDG_DATA_HOME``) is a temporary folder: no test
  ever reads or writes the real ``~/.local/share/cart-bedside``;
- only failed tests keep their ``tmp_path`` (``tmp_path_retention_policy`` in
  pyproject.toml), so a run leaves little behind in ``/tmp/pytest-of-*``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The device's audit key and anchors: a private folder per test run, never the real one.
_KEY_DIR_MADE = "CART_BEDSIDE_KEY_DIR" not in os.environ
os.environ.setdefault("CART_BEDSIDE_KEY_DIR", tempfile.mkdtemp(prefix="cart-bedside-keys-"))
# Plain files by default, so tests can read and tamper with them through sqlite3; the
# encryption tests (tests/storage/test_encryption.py) turn it on.
os.environ.setdefault("CART_BEDSIDE_ENCRYPT", "0")
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from tests.demo_ward import DEMO_NOW, Clock  # noqa: E402 (after the environment)


@pytest.fixture(scope="session", autouse=True)
def _private_user_data(tmp_path_factory):
    """The per-user data folder of every test (and its subprocesses) is a temporary one."""
    before = os.environ.get("XDG_DATA_HOME")
    config_before = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    # the app's per-tablet preferences (QSettings) of subprocesses, not the user's
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-config"))
    yield
    if config_before is None:
        os.environ.pop("XDG_CONFIG_HOME", None)
    else:
        os.environ["XDG_CONFIG_HOME"] = config_before
    if _KEY_DIR_MADE:  # tmp_path folders are pytest's to remove; this one is ours
        shutil.rmtree(os.environ["CART_BEDSIDE_KEY_DIR"], ignore_errors=True)
    if before is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = before


@pytest.fixture(autouse=True)
def _no_translation_left_installed():
    """A test that put the app in a language leaves no translator behind: the next test
    reads the words it installs itself (a Chinese translator left by one screen test made a
    later one, expecting English, fail when run after it)."""
    yield
    i18n = sys.modules.get("cart_bedside.ui.i18n")  # only where Qt was imported at all
    if i18n is not None:
        i18n.remove_translators()


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
