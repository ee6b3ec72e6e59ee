"""The audit log is a hash chain: any edit, removal or reordering is found."""

from __future__ import annotations

import sqlite3

import pytest

from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.audit import AuditAction

from .conftest import fluids, vitals


def _tamper(path, sql: str, table: str = "audit_log") -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"DROP TRIGGER {table}_no_update")
    conn.execute(f"DROP TRIGGER {table}_no_delete")
    conn.execute(sql)
    conn.close()


def _check(path):
    db = open_database(path)
    try:
        return Repository(db).audit_log.verify_audit_chain()
    finally:
        db.conn.close()


def test_chain_verifies(db_path):
    check = _check(db_path[0])
    assert check.ok and check.entries > 5 and check.first_bad_seq is None


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 4", "entry was changed"),
        ("UPDATE audit_log SET actor = 'doctor' WHERE seq = 4", "entry was changed"),
        ("DELETE FROM audit_log WHERE seq = 4", "sequence gap"),
        ("UPDATE audit_log SET prev_hash = hash WHERE seq = 4", "previous hash does not match"),
    ],
)
def test_chain_detects_a_tampered_row(db_path, sql, problem):
    path, _ = db_path
    _tamper(path, sql)
    check = _check(path)
    assert not check.ok
    assert check.problem == problem
    assert check.first_bad_seq in (4, 5)


def test_a_rehashed_forgery_still_breaks_the_next_link(db_path):
    from cart_bedside.storage.audit import entry_hash

    path, _ = db_path
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit_log WHERE seq = 3").fetchone())
    row["reason"] = "forged"
    forged = entry_hash({k: v for k, v in row.items() if k != "hash"})
    conn.close()
    _tamper(path, f"UPDATE audit_log SET reason = 'forged', hash = '{forged}' WHERE seq = 3")
    check = _check(path)
    assert (check.ok, check.first_bad_seq) == (False, 4)


def test_a_tampered_clinical_row_no_longer_matches_its_audit_hash(db_path):
    path, _ = db_path
    db = open_database(path)
    rid = db.execute("SELECT id FROM vital_signs").fetchone()[0]
    assert Repository(db).audit_log.verify_record(rid)
    db.conn.close()
    _tamper(path, "UPDATE vital_signs SET temp_c = 36.6", table="vital_signs")
    db = open_database(path)
    assert not Repository(db).audit_log.verify_record(rid)
    db.conn.close()


def test_events_are_logged_with_who_what_when_why(repo, episode, clock):
    for action in ("sign_in", "sign_in_failed", "lock", "print", "export", "sign_out"):
        repo.audit_log.log_event(action, "nurse", reason="test", details={"screen": "ward"})
    entries = repo.audit_log.audit_entries(actor="nurse", limit=6)
    assert [e.action for e in entries] == [
        "sign_out",
        "export",
        "print",
        "lock",
        "sign_in_failed",
        "sign_in",
    ]
    assert all(e.at == clock.t.isoformat() and e.reason == "test" for e in entries)
    with pytest.raises(ValueError):
        repo.audit_log.log_event("coffee_break", "nurse")
    assert repo.audit_log.verify_audit_chain().ok


def test_amendments_and_withdrawals_are_audited_with_their_reason(repo, episode):
    result = repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), fluids=fluids())
    amended = repo.charting.amend(result.ids["vitals"], vitals(hr=88), "doctor", "typo").ids[
        "vitals"
    ]
    withdrawn = repo.charting.mark_entered_in_error(result.ids["fluids[0]"], "nurse", "wrong bed")
    (amend,) = repo.audit_log.audit_entries(record_id=amended)
    assert (amend.action, amend.actor, amend.reason) == (AuditAction.AMEND, "doctor", "typo")
    assert amend.details["supersedes"] == result.ids["vitals"]
    (eie,) = repo.audit_log.audit_entries(record_id=withdrawn)
    assert (eie.action, eie.reason) == ("entered_in_error", "wrong bed")
    assert repo.audit_log.verify_audit_chain().ok
