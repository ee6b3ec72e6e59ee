"""Issue 14's multi-tablet scenarios: three tablets (real storage on SQLite files) and a
workstation against one real ward server process on a real PostgreSQL. What the client's
own tests already show (a lost acknowledgement on one tablet, a restore from an old
backup, two tablets' round trip) is not repeated here; the server killed mid-push is in
test_scenarios_kill.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cart_bedside.logic.messages import msg, render
from cart_bedside.service import RecordService
from cart_bedside.service.errors import DoseLimitError
from cart_bedside.service.sync_http import ServerRefused, ServerUnreachable, SyncTransport
from cart_bedside.storage import sync_state
from cart_bedside.storage.sync_token import load_token
from tests.server.pg import free_port
from tests.storage.conftest import NOW, Clock, admit, vitals
from tests.sync.tablets import Tablet, server_rows, sync_all

ROOT = Path(__file__).resolve().parents[2]
PIN = "1111"  # tests.storage.conftest.add_staff


@pytest.fixture
def ward(live_ward, tmp_path):
    """Tablets a, b, c (each its own clock) and a workstation w, enrolled on one server."""
    server, url = live_ward
    devices = {}
    for name in ("a", "b", "c", "w"):
        devices[name] = Tablet(tmp_path / f"{name}.db", Clock(NOW))
        devices[name].enroll(server, url, "workstation" if name == "w" else "tablet")
    yield devices
    for device in devices.values():
        device.close()


def transport_of(tablet: Tablet, cls: type[SyncTransport] = SyncTransport, **kw) -> SyncTransport:
    """The tablet's own address and token, in a transport class of the test's choosing."""
    token = load_token(sync_state.database_id(tablet.repo.store))
    return cls(tablet.ward.sync_status().server_url, token, **kw)


def offline() -> SyncTransport:
    return SyncTransport(f"http://127.0.0.1:{free_port()}", "t", timeout=2)


def converged(devices) -> dict:
    """Every device holds the same clinical rows (returned), nothing left to push."""
    first, *rest = devices
    for device in rest:
        assert device.clinical() == first.clinical(), device.path.name
    for device in devices:
        assert device.ward.sync_status().pending_rows == 0, device.path.name
    return first.clinical()


def temps(device: Tablet, episode: str) -> list[float]:
    return [v.temp_c for v in device.repo.queries.vitals(episode)]


def test_one_tablet_offline_while_the_others_write_then_rejoins(ward, live_ward):
    _, url = live_ward
    a, b, c, w = ward.values()
    episode = admit(a.repo, bed="21")
    sync_all([a, b, c, w], rounds=1)
    for i in range(3):
        t = NOW - timedelta(minutes=10 * (3 - i))
        c.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(t, temp_c=36.0 + i))
        with pytest.raises(ServerUnreachable):
            c.sync(transport=offline())
        a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(t, temp_c=37.0 + i))
        b.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(t, temp_c=38.0 + i))
        a.sync(), b.sync(), w.sync()
    assert len(temps(w, episode)) == 6 and c.ward.sync_status().pending_rows > 0
    assert len(temps(c, episode)) == 3
    back = c.sync()
    assert back.clinical_pushed > 0 and back.pulled > 0 and not back.refused
    sync_all([a, b, w], rounds=1)
    rows = converged([a, b, c, w])
    assert len(temps(w, episode)) == 9
    assert temps(w, episode) == temps(c, episode)  # the same order everywhere
    held = server_rows(url)
    assert set(rows) <= set(held) and len(held) == len(set(held))


class Capture(SyncTransport):
    """Keeps the push bodies and sends nothing (the pages are still on their way)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.bodies: list[dict] = []

    def post(self, path, body):
        if path != "/push":
            return super().post(path, body)
        self.bodies.append(body)
        raise ServerUnreachable(
            msg("sync.error.timeout", server=self.server_url, detail="held on the way")
        )


class StalePull(SyncTransport):
    """The first pull page comes again after the second (a late duplicate: its cursor is
    behind the one the device holds); with ``backwards`` every page's rows come reversed."""

    def __init__(self, *args, backwards: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages: list[dict] = []
        self.backwards = backwards

    def get(self, path, params=None):
        if path != "/pull" or (params or {}).get("episode"):
            return super().get(path, params)
        if len(self.pages) == 2:
            self.pages.append(self.pages[0])
            return dict(self.pages[0])
        body = super().get(path, params)
        if self.backwards:
            body["rows"] = list(reversed(body.get("rows") or []))
        self.pages.append(body)
        return dict(body)


def _corrected_reading(a: Tablet, bed: str) -> tuple[str, list[dict], str]:
    """A reading and its amendment saved on A; the push page A would send (not sent)."""
    episode = admit(a.repo, bed=bed)
    first = a.repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    a.repo.charting.amend(first, vitals(hr=97), "nurse", "re-counted")
    a.clock.advance(minutes=5)
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(NOW + timedelta(minutes=5)))
    held = transport_of(a, Capture)
    with pytest.raises(ServerUnreachable):
        a.sync(transport=held)
    (body,) = held.bodies
    return episode, body["rows"], body["device_time"]


def _everyone_has_a(a: Tablet, others, episode: str) -> None:
    mine = a.clinical()
    for device in others:
        assert {k: v for k, v in device.clinical().items() if k in mine} == mine
        assert [v.hr for v in device.repo.queries.vitals(episode)] == [97, 104]
        assert device.repo.corrections.conflicts(episode) == []


def test_duplicate_pages_and_a_stale_pull_page(ward):
    """Every push page of A reaches the server twice; B gets a pull page again after a later
    one: duplicates are no-ops on both sides, nothing refused, all converge."""
    a, b, c, w = ward.values()
    episode, rows, device_time = _corrected_reading(a, "22")
    direct = transport_of(a)
    for i in range(0, len(rows), 2):  # pages of two, in order, each twice
        answers = [
            direct.post("/push", {"device_time": device_time, "rows": rows[i : i + 2]})
            for _ in range(2)
        ]
        assert {r["status"] for r in answers[1]["results"]} == {"duplicate"}
    again = a.sync()
    assert again.server_duplicates == len(rows) and again.clinical_pushed == 0
    stale = transport_of(b, StalePull)
    first = b.sync(transport=stale, page_rows=3)
    # the stale page's lower cursor is taken and the round pulls on from it (once): the
    # rows held already come again as no-ops, nothing is refused
    assert len(stale.pages) > 3 and not first.refused
    assert first.pulled_duplicates >= 3
    later = [b.sync(page_rows=3) for _ in range(2)]
    assert not any(r.refused or r.pulled_duplicates for r in later)
    sync_all([c, w], rounds=1)
    _everyone_has_a(a, (b, c, w), episode)


def test_pages_that_arrive_out_of_order(ward):
    """A's rows reach the server one a page, last first; B pulls pages of three whose rows
    come backwards: every device stores everything, the amendment current everywhere. (Found
    a bug: an episode's history fetched page by page failed the FOREIGN KEY check when its
    rows had reached the server child-first; sync_pull.history now stores it at once.)"""
    a, b, c, w = ward.values()
    episode, rows, device_time = _corrected_reading(a, "28")
    direct = transport_of(a)
    for row in reversed(rows):
        direct.post("/push", {"device_time": device_time, "rows": [row]})
    assert a.sync().server_duplicates == len(rows)
    for device in (b, c, w):
        device.sync(transport=transport_of(device, StalePull, backwards=True), page_rows=3)
        device.sync(page_rows=3)
    _everyone_has_a(a, (b, c, w), episode)


class Tamper(SyncTransport):
    """A resend whose vital signs were changed on the way, with a matching new sha256."""

    def post(self, path, body):
        from cart_bedside.logic.wire import content_sha256

        if path == "/push":
            for row in body["rows"]:
                if row["table"] == "vital_signs":
                    row["content"] = dict(row["content"], hr=180)
                    row["sha256"] = content_sha256(row["content"])
        return super().post(path, body)


def test_a_tampered_resend_is_refused_and_reported(ward, live_ward):
    server, url = live_ward
    a, b, *_ = ward.values()
    episode = admit(a.repo, bed="23")
    saved = a.repo.charting.save_record(episode, vitals(hr=88), "nurse").ids["vitals"]
    held = transport_of(a, Capture)
    with pytest.raises(ServerUnreachable):
        a.sync(transport=held)
    direct = transport_of(a)
    answer = direct.post("/push", held.bodies[0])  # the first send arrived; its answer did not
    assert {r["status"] for r in answer["results"]} == {"stored"}
    original = server_rows(url)[("vital_signs", saved)]
    report = a.sync(transport=transport_of(a, Tamper))
    assert [(t, i) for t, i, _ in report.refused] == [("vital_signs", saved)]
    assert report.refused[0][2] == original  # reported with the server's own hash
    assert server_rows(url)[("vital_signs", saved)] == original  # refused: not overwritten
    assert "conflicting row" in server.log()
    assert a.ward.sync_status().pending_rows == 0  # set aside, not resent for ever
    b.sync()
    assert [v.hr for v in b.repo.queries.vitals(episode)] == [88]
    assert [v.hr for v in a.repo.queries.vitals(episode)] == [88]


def test_a_clock_7_min_fast_is_recorded_and_rows_keep_their_order(ward, live_ward, monkeypatch):
    from cart_bedside.service import sync as sync_module

    _, url = live_ward
    a, b, c, w = ward.values()
    c.clock.advance(minutes=7)

    class Fast(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(minutes=7)

    def fast_sync():  # C's own clock, the one it tells the server, is 7 min fast
        with monkeypatch.context() as patched:
            patched.setattr(sync_module, "datetime", Fast)
            return c.sync()

    episode = admit(a.repo, bed="24")
    a.sync(), b.sync(), fast_sync()
    # real 08:00 on C (its clock says 08:07), real 08:03 on B
    fast = c.repo.charting.save_record(episode, vitals(NOW, hr=91), "nurse").ids["vitals"]
    b.clock.advance(minutes=3)
    b.repo.charting.save_record(episode, vitals(NOW + timedelta(minutes=3), hr=93), "nurse")
    report = fast_sync()
    assert report.clock_warning and "7.0 min ahead" in report.clock_warning
    a.sync()
    a.clock.advance(minutes=4)  # real 08:04 on A: after C's reading, stamped before it
    a.repo.charting.amend(fast, vitals(NOW, hr=96), "nurse", "re-counted")
    for _ in range(2):
        a.sync(), b.sync(), w.sync(), fast_sync()
    converged([a, b, c, w])
    stamped = {
        r["hr"]: r["recorded_at"]
        for r in w.repo.store.rows("SELECT hr, recorded_at FROM vital_signs WHERE hr > 90")
    }
    assert stamped[96] < stamped[91]  # the correction stamped before what it corrects …
    for device in (a, b, c, w):  # … yet the correction stands and readings go by time
        assert [v.hr for v in device.repo.queries.vitals(episode)] == [96, 93]
    listed = subprocess.run(
        [sys.executable, "-m", "cart_bedside.server", "--lang", "en", "devices"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CART_BEDSIDE_DATABASE_URL": url},
    )
    assert listed.returncode == 0, listed.stderr
    warning = render(msg("server.devices.skew_warning"), "en")
    lines = listed.stdout.splitlines()
    skewed = [line for line in lines if c.ward.sync_status().device_id in line]
    assert len(skewed) == 1 and re.search(r"\+4[12]\d s", skewed[0]), skewed
    assert warning in skewed[0]
    on_time = [line for line in lines if a.ward.sync_status().device_id in line]
    assert len(on_time) == 1 and warning not in on_time[0]


def test_the_same_reading_corrected_on_two_tablets_resolved_by_a_physician(ward):
    from dataclasses import replace

    a, b, c, w = ward.values()
    episode = admit(a.repo, bed="25")
    original = a.repo.charting.save_record(episode, vitals(hr=90), "nurse").ids["vitals"]
    sync_all([a, b, c, w], rounds=1)
    a.repo.charting.amend(original, vitals(hr=95), "nurse", "re-counted on A")
    b.repo.charting.amend(original, vitals(hr=99), "nurse", "re-counted on B")
    sync_all([a, b, c, w], rounds=2)
    for device in (a, b, c, w):
        (conflict,) = device.repo.corrections.conflicts(episode)
        assert conflict.root_id == original
    w.ward.sign_in("doctor", PIN)  # the physician, from the office
    record = RecordService(w.ward)
    (conflict,) = record.cosigning.conflicting_corrections(episode)
    base = w.repo.queries.vitals(episode)[0]
    record.cosigning.resolve_conflict(
        episode, list(conflict.current_ids), replace(base, hr=92), "re-measured", pin=PIN
    )
    sync_all([w, a, b, c], rounds=2)
    converged([a, b, c, w])
    for device in (a, b, c, w):
        assert device.repo.corrections.conflicts(episode) == []
        assert [v.hr for v in device.repo.queries.vitals(episode)] == [92]
        assert device.sync().conflicts == 0


def test_two_tocilizumab_doses_on_two_offline_tablets_both_count_after_sync(ward):
    a, b, c, w = ward.values()
    episode = admit(a.repo, bed="26")
    sync_all([a, b, c, w], rounds=1)
    services = {}
    for name, device in ward.items():
        device.ward.sign_in("doctor", PIN)
        services[name] = RecordService(device.ward).medications
    b.clock.advance(hours=3)
    services["a"].record_dose(episode, "tocilizumab", None, NOW, "IV", "doctor", pin=PIN)
    services["b"].record_dose(
        episode, "tocilizumab", None, NOW + timedelta(hours=3), "IV", "doctor", pin=PIN
    )
    later = NOW + timedelta(hours=9)  # 9 h after A's dose, 6 h after B's
    for device in ward.values():
        device.clock.t = later
    alone = services["a"].check_dose(episode, "tocilizumab", None, later, ordered_by="doctor")
    assert alone.broken == ()  # A alone: its own dose was 9 h ago
    for device in (a, b):
        with pytest.raises(ServerUnreachable):
            device.sync(transport=offline())
    sync_all([a, b, c, w], rounds=2)
    for name in ward:
        status = services[name].tocilizumab_status(episode, at=later)
        assert status.ledger.doses == (NOW, NOW + timedelta(hours=3)), name
        assert status.ledger.doses_last_24h == 2
        assert status.ledger.next_allowed_at == NOW + timedelta(hours=11)
        with pytest.raises(DoseLimitError):
            services[name].check_dose(episode, "tocilizumab", None, later, ordered_by="doctor")
        check = services[name].check_dose(
            episode, "tocilizumab", None, later, override_reason="CRS 3", ordered_by="doctor"
        )
        assert check.broken == ("interval",), name


def test_a_revoked_device_is_refused_and_keeps_its_rows(ward, live_ward):
    _, url = live_ward
    a, b, c, _ = ward.values()
    episode = admit(a.repo, bed="27")
    sync_all([a, c], rounds=1)
    device = c.ward.sync_status().device_id
    done = subprocess.run(
        [sys.executable, "-m", "cart_bedside.server", "--lang", "en", "revoke", "--device", device],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CART_BEDSIDE_DATABASE_URL": url},
    )
    assert done.returncode == 0, done.stderr
    saved = c.repo.charting.save_record(episode, vitals(hr=111), "nurse").ids["vitals"]
    with pytest.raises(ServerRefused) as refused:
        c.sync()
    assert refused.value.status == 403 and refused.value.code == "device_revoked"
    status = c.ward.sync_status()
    assert status.last_error and status.pending_rows > 0
    assert ("vital_signs", saved) in c.clinical()  # kept on the tablet
    assert ("vital_signs", saved) not in server_rows(url)
    a.repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(hr=80))
    assert not a.sync().refused  # the others go on
    assert b.sync().pulled > 0 and ("vital_signs", saved) not in b.clinical()
