"""Schema 8 (the sync outbox) from a version-7 file: nothing stored changes, a tablet never
enrolled queues nothing, enrolment queues the whole history parents first, a new save is
queued, a row received from the server is not (it is there already)."""

from __future__ import annotations

from cart_bedside.storage import Repository, open_database, sync_rows
from cart_bedside.storage.backup import table_counts
from cart_bedside.storage.merge_schema import DEVICE_LOCAL_TABLES
from cart_bedside.storage.migrations import LATEST_VERSION, migrate, schema_version
from cart_bedside.storage.schema import CLINICAL_TABLES
from cart_bedside.storage.verify import verify_database
from tests.storage.conftest import add_staff, admit, other_tablets_row, vitals


def _queued(repo: Repository) -> list[tuple[str, str]]:
    return [
        (r["table_name"], r["row_id"])
        for r in repo.store.rows("SELECT table_name, row_id FROM sync_outbox ORDER BY n")
    ]


def _v7_tablet(path, clock) -> tuple[Repository, str]:
    db = open_database(path, migrate=False)
    migrate(db, target=7)
    repo = Repository(db, clock=clock, upgrade=False)
    add_staff(repo)
    episode = admit(repo)
    original = repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    repo.charting.amend(original, vitals(hr=95), "nurse", "re-counted")
    return repo, episode


def test_versions_8_and_9_from_a_version_7_file(tmp_path, clock):
    repo, episode = _v7_tablet(tmp_path / "v7.db", clock)
    before = table_counts(repo.conn)
    assert migrate(repo.db) == [8, 9] and schema_version(repo.db) == LATEST_VERSION == 9
    after = table_counts(repo.conn)
    assert after["audit_log"] == before["audit_log"] + 2  # the migrations' own entries
    assert after.pop("sync_received") == 0
    assert {t: after[t] for t in before if t != "audit_log"} == {
        t: n for t, n in before.items() if t != "audit_log"
    }  # every stored row as it was
    assert {"sync_outbox", "sync_received"} <= DEVICE_LOCAL_TABLES and _queued(repo) == []
    repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=37.5))
    assert _queued(repo) == []  # never enrolled: a single tablet queues nothing
    assert verify_database(repo.db).ok
    repo.close()


def test_enrolment_queues_everything_parents_first_then_each_new_row(tmp_path, clock):
    repo, episode = _v7_tablet(tmp_path / "v7.db", clock)
    migrate(repo.db)
    held = sum(len(repo.store.rows(f"SELECT id FROM {t}")) for t in CLINICAL_TABLES)
    queued = sync_rows.enrol(
        repo.store,
        server_url="https://ward:8443",
        device_id="dev-1",
        role="tablet",
        ca_file=None,
        at=clock(),
    )
    order = _queued(repo)
    assert queued == held == len(order)
    tables = [t for t, _ in order]
    assert tables.index("episodes") > tables.index("patients")
    assert max(i for i, t in enumerate(tables) if t in ("patients", "episodes")) < min(
        i for i, t in enumerate(tables) if t not in ("patients", "episodes")
    )
    versions = [rid for t, rid in order if t == "vital_signs"]
    amended = repo.store.one("SELECT id, supersedes FROM vital_signs WHERE supersedes IS NOT NULL")
    assert versions.index(amended["supersedes"]) < versions.index(amended["id"])
    result = repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.0))
    assert _queued(repo)[-1] == ("vital_signs", result.ids["vitals"])
    theirs = other_tablets_row(repo, "vital_signs", result.ids["vitals"])
    page = sync_rows.outbox_page(repo.store, 1000)
    assert [(r.table, r.id) for r in page] == _queued(repo)
    report, changed = sync_rows.receive_page(
        repo.store, [("vital_signs", theirs)], {"pull_cursor": 7}
    )
    assert report.stored == [("vital_signs", theirs["id"])] and changed == {episode}
    assert ("vital_signs", theirs["id"]) not in _queued(repo)
    assert sync_rows.outbox_page(repo.store, 1000)[-1].id == result.ids["vitals"]
    sync_rows.acknowledge(repo.store, [r.key for r in page])
    assert _queued(repo) == []
    repo.close()
