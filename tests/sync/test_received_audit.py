"""One audit entry a received page, not one a row (issue 14 tail 1), and still verifiable.

Until schema 8 every received row got an audit entry on each tablet, and those entries
were pushed to the server again: the server's audit traffic was tablets x rows. Now a
page is one entry (count, id range, sha256 of its rows' keyed hashes) and each row's
keyed hash sits in the append-only ``sync_received``; ``verify`` checks both.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from cart_bedside.storage import Repository, StorageError, open_database
from cart_bedside.storage.receive import receive_rows
from cart_bedside.storage.received import page_sha256
from cart_bedside.storage.schema import CLINICAL_TABLES
from cart_bedside.storage.verify import verify_database
from tests.storage.conftest import NOW, add_staff, admit, vitals
from tests.storage.forgery import open_raw


def _rows(repo: Repository) -> list[tuple[str, dict]]:
    out = []
    for table in CLINICAL_TABLES:
        out += [(table, dict(r)) for r in repo.store.rows(f"SELECT * FROM {table} ORDER BY rowid")]
    return out


@pytest.fixture
def page(tmp_path, clock):
    """Tablet A's admission with 30 readings, received by tablet B as one page."""
    a = Repository(open_database(tmp_path / "a.db"), clock=clock, device_id="tablet-a")
    b = Repository(open_database(tmp_path / "b.db"), clock=clock, device_id="tablet-b")
    for repo in (a, b):
        add_staff(repo)
    episode = admit(a)
    for i in range(30):
        a.charting.save_record(episode, vitals(NOW - timedelta(minutes=10 * i)), "nurse")
    rows = _rows(a)
    before = b.store.one("SELECT max(seq) AS s FROM audit_log")["s"]
    report = receive_rows(b.store, rows)
    yield a, b, rows, before, report, tmp_path / "b.db"
    a.close()
    b.close()


def test_a_received_page_is_one_audit_entry_naming_its_rows(page):
    _, b, rows, before, report, _ = page
    assert len(report.stored) == len(rows) > 30
    new = b.store.rows("SELECT * FROM audit_log WHERE seq > ?", (before,))
    assert [e["action"] for e in new] == ["receive"]  # was one entry a row
    details = json.loads(new[0]["details"])
    ids = sorted(rid for _, rid in report.stored)
    assert details["rows"] == len(rows)
    assert (details["first_id"], details["last_id"]) == (ids[0], ids[-1])
    assert details["devices"] == ["tablet-a"]
    lines = b.store.rows("SELECT table_name, row_id, sha256 FROM sync_received")
    assert details["sha256"] == page_sha256([(t, i, h) for t, i, h in lines])
    assert receive_rows(b.store, rows).stored == []  # a resend: no entry at all
    assert b.store.one("SELECT max(seq) AS s FROM audit_log")["s"] == new[0]["seq"]
    report = verify_database(b.db)
    assert report.ok, report.findings
    assert all(b.audit_log.verify_record(r["id"]) for _, r in rows)


def test_a_received_row_changed_afterwards_is_found(page):
    _, b, rows, _, _, path = page
    b.close()
    raw = open_raw(path)
    rid = next(r["id"] for t, r in rows if t == "vital_signs")
    raw.execute("UPDATE vital_signs SET hr = 150 WHERE id = ?", (rid,))
    raw.close()
    db = open_database(path)
    codes = [f.code for f in verify_database(db).findings]
    db.conn.close()
    assert codes == ["verify.row_changed"]


@pytest.mark.parametrize("forgery", ["drop_line", "drop_row", "move_line"])
def test_a_page_index_line_removed_or_moved_is_found(page, forgery):
    _, b, rows, _, _, path = page
    b.close()
    raw = open_raw(path)
    rid = next(r["id"] for t, r in rows if t == "vital_signs")
    if forgery == "drop_line":  # the row then looks like an unaudited one
        raw.execute("DELETE FROM sync_received WHERE row_id = ?", (rid,))
    elif forgery == "drop_row":
        raw.execute("DELETE FROM vital_signs WHERE id = ?", (rid,))
    else:  # claims the row came in another (made-up) page
        raw.execute("UPDATE sync_received SET audit_seq = 1 WHERE row_id = ?", (rid,))
    raw.close()
    db = open_database(path)
    codes = {f.code for f in verify_database(db).findings}
    db.conn.close()
    expected = {
        "drop_line": {"verify.row_unaudited", "verify.received_page"},
        "drop_row": {"verify.row_missing"},
        "move_line": {"verify.received_page"},
    }[forgery]
    assert expected <= codes, codes


def test_a_tablet_pulling_rows_pushes_one_audit_entry_a_page(live_ward, tmp_path, clock):
    """Through a real server: tablet B pulls A's rows in pages of 20; what B then pushes of
    its own audit chain is one entry a page (it was one a row), and both chains verify."""
    from tests.sync.tablets import Tablet

    server, url = live_ward
    a, b = Tablet(tmp_path / "ta.db", clock), Tablet(tmp_path / "tb.db", clock)
    try:
        a.enroll(server, url)
        b.enroll(server, url)
        b.sync()  # B's own history first (its staff, its enrolment)
        episode = admit(a.repo, bed="21")
        for i in range(40):
            a.repo.charting.save_record(episode, vitals(NOW - timedelta(minutes=5 * i)), "nurse")
        a.sync()
        before = b.repo.store.one("SELECT max(seq) AS s FROM audit_log")["s"]
        got = b.sync(page_rows=20)
        assert got.pulled >= 42
        entries = b.repo.store.rows("SELECT action FROM audit_log WHERE seq > ?", (before,))
        pages = -(-got.pulled // 20)  # pages carrying A's rows (other modules' rows add some)
        assert [e["action"] for e in entries] == ["receive"] * len(entries)
        assert len(entries) <= pages + 1 and got.audit_pushed == len(entries)
        for tablet in (a, b):
            report = verify_database(tablet.repo.db)
            assert report.ok, report.findings
    finally:
        a.close()
        b.close()


def test_a_received_row_with_a_column_this_tablet_lacks_is_refused_whole(page):
    _, b, rows, _, _, _ = page
    table, row = next((t, r) for t, r in rows if t == "vital_signs")
    odd = {**row, "id": b.store.new_id(), "spo2_source": "finger"}
    before = b.store.one("SELECT count(*) AS n FROM vital_signs")["n"]
    with pytest.raises(StorageError) as raised:
        receive_rows(b.store, [(table, odd)])
    assert raised.value.message.code == "storage.error.unknown_column"
    assert raised.value.message.params["column"] == "spo2_source"
    assert b.store.one("SELECT count(*) AS n FROM vital_signs")["n"] == before
