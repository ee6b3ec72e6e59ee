"""With a ward server that keeps anchors and the directory (the server half of issues 14
and 15): ``cart-bedside verify`` checks the server's anchors; a tablet put back by hand is
found by the anchor before it pushes; a single tablet seeds an empty directory and a new
tablet signs in with it. Skipped while the server in this tree has neither."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from cart_bedside.storage.backup import backup_to
from tests.storage.conftest import admit, vitals
from tests.sync.tablets import Tablet
from tests.sync.test_sync_cli import cli

ANCHORS = importlib.util.find_spec("cart_bedside.server.chains") is not None
DIRECTORY = importlib.util.find_spec("cart_bedside.storage.directory") is not None


@pytest.mark.skipif(not ANCHORS, reason="this ward server keeps no anchors yet")
def test_verify_checks_the_servers_anchors_and_a_rewound_file_forks_before_pushing(
    live_ward, tmp_path, clock
):
    server, url = live_ward
    a = Tablet(tmp_path / "a.db", clock)
    a.enroll(server, url)
    episode = admit(a.repo, bed="31")
    a.sync()
    old = tmp_path / "old.db"
    backup_to(a.path, old)
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.8))
    a.sync()
    a.close()
    clean = cli("verify", "--db", str(a.path), "--lang", "en")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    for suffix in ("", "-wal", "-shm"):
        a.path.with_name(a.path.name + suffix).unlink(missing_ok=True)
    shutil.copy(old, a.path)
    cut = cli("verify", "--db", str(a.path), "--lang", "en")
    assert cut.returncode == 1 and "the ward server holds anchor" in cut.stdout
    a.reopen()
    report = a.sync()
    assert report.lineage is not None and not report.refused and report.anchor_refused is None
    a.close()
    after = cli("verify", "--db", str(a.path), "--lang", "en")
    assert "the ward server holds anchor" not in after.stdout


@pytest.mark.skipif(not DIRECTORY, reason="this ward server keeps no directory yet")
def test_a_single_tablet_seeds_an_empty_directory_and_a_new_tablet_gets_it(
    fresh_ward, demo_template, tmp_path
):
    from tests.demo_ward import Clock

    server, url = fresh_ward
    shutil.copy(demo_template, tmp_path / "ward.db")
    clock = Clock()
    one = Tablet(tmp_path / "ward.db", clock, staff=False)
    one.enroll(server, url)
    report = one.sync()
    assert report.seeded_directory
    new = Tablet(tmp_path / "new.db", clock, staff=False)
    new.enroll(server, url)
    assert new.sync().directory_changed > 0

    def users(t: Tablet) -> set:
        return {(u.username, u.role, u.pin_hash, u.active) for u in t.repo.people.list_users()}

    assert users(new) == users(one) and users(one)
    one.close()
    new.close()
