"""Sync rounds between tablets (real SQLite files) through a real ward server process on a
real PostgreSQL: round trip, lost acknowledgement, offline and back, the same reading
corrected on two tablets, the sync status after each."""

from __future__ import annotations

from datetime import datetime

import pytest

from cart_bedside.logic.messages import msg
from cart_bedside.service.sync_http import ServerUnreachable, SyncTransport
from cart_bedside.storage import sync_state
from cart_bedside.storage.sync_token import load_token
from cart_bedside.storage.verify import verify_database
from tests.server.pg import free_port
from tests.storage.conftest import admit, vitals
from tests.sync.tablets import Tablet, server_rows, sync_all


@pytest.fixture
def pair(live_ward, tmp_path, clock):
    server, url = live_ward
    a, b = Tablet(tmp_path / "a.db", clock), Tablet(tmp_path / "b.db", clock)
    a.enroll(server, url)
    b.enroll(server, url)
    yield a, b
    a.close()
    b.close()


def _mine(url: str, tablet: Tablet) -> dict:
    """The server's clinical rows this test's tablets wrote (the ward is shared per module)."""
    held = server_rows(url)
    return {k: v for k, v in held.items() if k in tablet.clinical()}


def test_two_tablets_round_trip(pair, live_ward):
    _, url = live_ward
    a, b = pair
    episode = admit(a.repo, bed="07")
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.9))
    first = a.sync()
    assert first.clinical_pushed == len(a.clinical()) > 0 and first.audit_pushed > 0
    assert first.pulled == 0 and first.conflicts == 0 and not first.refused
    assert a.ward.sync_status().pending_rows == 0
    got = b.sync()
    assert got.pulled == len(a.clinical()) and episode in got.changed_episodes
    assert b.repo.queries.vitals(episode)[0].temp_c == 38.9
    b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=37.2, hr=88))
    b.sync()
    back = a.sync()
    assert back.pulled > 0 and episode in back.changed_episodes
    assert a.clinical() == b.clinical()
    assert sorted(v.temp_c for v in a.repo.queries.vitals(episode)) == [37.2, 38.9]
    for tablet in (a, b):
        report = verify_database(tablet.repo.db)
        assert report.ok, report.findings
        status = tablet.ward.sync_status()
        assert status.level(datetime.now().astimezone()) == "ok" and status.last_error is None
    assert len(_mine(url, a)) == len(a.clinical())


class LosesAnswers(SyncTransport):
    """The real transport, but the answer to a push is lost on the way back (the server
    stored the page; the tablet never hears so)."""

    def post(self, path, body):
        answer = super().post(path, body)
        if path == "/push":
            raise ServerUnreachable(
                msg("sync.error.timeout", server=self.server_url, detail="lost")
            )
        return answer


def test_a_lost_acknowledgement_is_resent_without_duplicates(pair, live_ward):
    _, url = live_ward
    a, _ = pair
    episode = admit(a.repo, bed="08")
    for t in (36.8, 37.4, 38.2):
        a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=t))
    pending, own = a.ward.sync_status().pending_rows, len(a.clinical())
    token = load_token(sync_state.database_id(a.repo.store))
    lossy = LosesAnswers(a.ward.sync_status().server_url, token)
    with pytest.raises(ServerUnreachable):
        a.sync(transport=lossy)
    assert a.ward.sync_status().pending_rows == pending  # nothing acknowledged here …
    assert len(_mine(url, a)) == len(a.clinical())  # … but all of it stored there
    status = a.ward.sync_status()
    assert status.last_error and "lost" in status.last_error
    again = a.sync()
    assert again.server_duplicates == own and again.clinical_pushed == 0
    assert a.ward.sync_status().pending_rows == 0 and a.ward.sync_status().last_error is None
    held = server_rows(url)
    assert len(held) == len(set(held))  # one row per (table, id): 0 duplicates


def test_a_tablet_offline_then_back_converges(pair, live_ward):
    a, b = pair
    episode = admit(a.repo, bed="09")
    a.sync()
    b.sync()
    offline = SyncTransport(f"http://127.0.0.1:{free_port()}", "t", timeout=2)
    for t in (37.0, 37.6):
        b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=t))
        with pytest.raises(ServerUnreachable):
            b.sync(transport=offline)
        a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=t + 1))
        a.sync()
    status = b.ward.sync_status()
    assert status.pending_rows > 0 and status.last_error and status.last_error_at
    sync_all([b, a])
    assert a.clinical() == b.clinical()
    assert len(b.repo.queries.vitals(episode)) == 4
    assert b.ward.sync_status().pending_rows == 0


def test_the_same_reading_corrected_on_two_tablets_is_one_conflict_on_both(pair):
    a, b = pair
    episode = admit(a.repo, bed="10")
    original = a.repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    a.sync()
    b.sync()
    a.repo.charting.amend(original, vitals(hr=95), "nurse", "re-counted")
    b.repo.charting.amend(original, vitals(hr=99), "nurse", "re-counted on B")
    sync_all([a, b])
    for tablet in (a, b):
        conflicts = tablet.repo.corrections.conflicts(episode)
        assert len(conflicts) == 1 and conflicts[0].root_id == original
        assert tablet.sync().conflicts >= 1
    assert a.clinical() == b.clinical()


def test_an_episode_reopened_after_the_pull_window_comes_with_its_history(pair):
    """The server's pull leaves out episodes discharged long ago; when one is reopened, its
    new version names a version this tablet never got: the history is fetched first."""
    from datetime import timedelta

    from cart_bedside.storage.db import transaction
    from cart_bedside.storage.patients import EPISODE_COLUMNS

    a, b = pair
    episode = admit(a.repo, bed="14")
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=37.7))
    a.repo.patients.discharge(episode, "nurse", at=datetime.now() - timedelta(days=40))
    a.sync()
    b.sync()
    assert b.repo.store.one("SELECT 1 FROM episodes WHERE episode_id = ?", (episode,)) is None
    discharged = a.repo.store.current("episodes", "episode_id", episode)
    values = {k: discharged[k] for k in EPISODE_COLUMNS} | {"discharged_at": None}
    with transaction(a.repo.db) as conn:  # reopened on tablet A (a discharge undone)
        a.repo.patients._insert_version(
            conn,
            "episodes",
            a.repo.store.new_id(),
            episode,
            values,
            "nurse",
            a.repo.store.new_id(),
            discharged["observed_at"],
            discharged["id"],
            "not discharged",
        )
    a.sync()
    got = b.sync()
    assert episode in got.changed_episodes and not got.refused
    assert episode in {e.episode_id for _, e in b.repo.patients.occupied(datetime.now())}
    assert [v.temp_c for v in b.repo.queries.vitals(episode)] == [37.7]
    assert a.clinical() == {k: v for k, v in b.clinical().items() if k in a.clinical()}


def test_the_same_id_with_other_content_is_reported_both_ways_and_never_overwritten(
    pair, live_ward, tmp_path, clock
):
    """A row whose id the server holds with other content (a tampered or broken copy) is
    refused by the server (409) and kept here, marked, never pushed again; the server's row
    is refused here the same way on the pull. Neither side is overwritten."""
    from cart_bedside.storage.receive import receive_rows
    from cart_bedside.storage.schema import CLINICAL_TABLES
    from tests.storage.conftest import other_tablets_row

    server, url = live_ward
    a, _ = pair
    episode = admit(a.repo, bed="15")
    row = a.repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    a.sync()
    c = Tablet(tmp_path / "c.db", clock)
    c.enroll(server, url)
    copies = [
        (table, dict(r))
        for table in CLINICAL_TABLES
        for r in a.repo.store.rows(f"SELECT * FROM {table} WHERE id != ?", (row,))
    ]
    forged = other_tablets_row(a.repo, "vital_signs", row, id=row, hr=140)  # same id
    receive_rows(c.repo.store, [*copies, ("vital_signs", forged)])
    report = c.sync()
    assert [(t, i) for t, i, _ in report.refused] == [("vital_signs", row)] * 2  # push, pull
    assert c.repo.store.one("SELECT hr FROM vital_signs WHERE id = ?", (row,))["hr"] == 140
    assert a.repo.store.one("SELECT hr FROM vital_signs WHERE id = ?", (row,))["hr"] == 90
    held = server_rows(url)[("vital_signs", row)]
    assert held == _sha_of(a, row)  # the server kept the first one
    assert c.ward.sync_status().pending_rows == 0  # refused: not pending, not pushed again
    assert c.sync().refused == []
    c.close()


def _sha_of(tablet: Tablet, rid: str) -> str:
    from cart_bedside.logic.wire import content_sha256, encode_content

    row = tablet.repo.store.one("SELECT * FROM vital_signs WHERE id = ?", (rid,))
    return content_sha256(encode_content(dict(row)))
