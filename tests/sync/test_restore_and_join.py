"""A tablet restored from an old backup syncs again (its audit sequence rewinds: the chain
goes on as a new lineage), and a ward that began on one tablet joins an empty ward server
with everything in it. Real SQLite files, a real server process, a real PostgreSQL."""

from __future__ import annotations

import shutil
import time

from cart_bedside.storage.backup import backup_to
from cart_bedside.storage.restore import restore
from cart_bedside.storage.verify import verify_database
from tests.storage.conftest import admit, vitals
from tests.sync.tablets import Tablet, server_rows, sync_all


def _audit_rows(url: str) -> dict:
    return {k: v for k, v in server_rows(url).items() if k[0] == "audit_log"}


def _rewound(tmp_path, clock, live_ward, by_copy: bool):
    server, url = live_ward
    a = Tablet(tmp_path / "a.db", clock)
    a.enroll(server, url)
    episode = admit(a.repo, bed="11")
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=37.1))
    a.sync()
    old = tmp_path / "old.db"
    backup_to(a.path, old)
    late = a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=39.1))
    a.sync()  # the server now holds entries the backup does not
    held = server_rows(url)
    a.close()
    if by_copy:  # put back by hand, outside the app
        for suffix in ("", "-wal", "-shm"):
            a.path.with_name(a.path.name + suffix).unlink(missing_ok=True)
        shutil.copy(old, a.path)
    else:
        restore(a.path, old)
    a.reopen()
    assert [v.temp_c for v in a.repo.queries.vitals(episode)] == [37.1]
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=36.9))
    report = a.sync()
    assert report.lineage is not None and not report.refused
    # the entries saved after the backup came back from the server
    assert sorted(v.temp_c for v in a.repo.queries.vitals(episode)) == [36.9, 37.1, 39.1]
    assert late.save_id in {
        r["save_id"] for r in a.repo.store.rows("SELECT save_id FROM vital_signs")
    }
    now = server_rows(url)
    assert all(now[k] == v for k, v in held.items())  # nothing the server held changed
    lineage = [k for k in _audit_rows(url) if k[1].startswith(report.lineage + ":")]
    assert lineage, "the rewound entries went up as the new lineage"
    again = a.sync()
    assert again.lineage is None and not again.refused and again.audit_pushed >= 0
    status = a.ward.sync_status()
    assert status.pending_rows == 0 and status.last_error is None
    check = verify_database(a.repo.db)
    assert check.ok or all("anchor" in str(f) for f in check.findings), check.findings
    b = Tablet(tmp_path / "b.db", clock)
    b.enroll(server, url)
    sync_all([b, a])
    assert a.clinical() == b.clinical()
    a.close()
    b.close()


def test_a_tablet_restored_from_an_old_backup_syncs_again(tmp_path, clock, live_ward):
    _rewound(tmp_path, clock, live_ward, by_copy=False)


def test_a_tablet_whose_file_was_put_back_by_hand_syncs_again(tmp_path, clock, live_ward):
    _rewound(tmp_path, clock, live_ward, by_copy=True)


def test_a_single_tablet_ward_joins_an_empty_server_with_everything(
    fresh_ward, demo_template, tmp_path
):
    from tests.demo_ward import Clock

    server, url = fresh_ward
    shutil.copy(demo_template, tmp_path / "ward.db")
    clock = Clock()
    one = Tablet(tmp_path / "ward.db", clock, staff=False)
    rows = one.clinical()
    entries = one.repo.store.one("SELECT count(*) AS n FROM audit_log")["n"]
    one.enroll(server, url)
    assert one.ward.sync_status().pending_rows == len(rows) + entries
    started = time.perf_counter()
    report = one.sync()
    seconds = time.perf_counter() - started
    assert report.clinical_pushed == len(rows) and not report.refused
    held = server_rows(url)
    assert {k for k in held if k[0] != "audit_log"} == set(rows)
    assert len(_audit_rows(url)) >= entries
    assert one.ward.sync_status().pending_rows == 0
    print(
        f"\nfirst sync of the demo ward: {len(rows)} rows + {entries} audit entries "
        f"in {seconds:.2f} s ({(len(rows) + entries) / seconds:.0f} rows/s)"
    )
    new = Tablet(tmp_path / "new.db", clock)
    new.enroll(server, url)
    new.sync()
    open_here = {e.episode_id for _, e in one.repo.patients.occupied(clock())}
    assert open_here and open_here == {e.episode_id for _, e in new.repo.patients.occupied(clock())}
    one.close()
    new.close()
