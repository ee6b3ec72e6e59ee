"""Reading back: the ward board, timelines, tasks, acknowledgements, signatures, paths."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cart_bedside.logic.models import LabResult, MedicationDose
from cart_bedside.storage import default_db_path
from cart_bedside.storage.paths import data_dir

from .conftest import NOW, admit, fluids, neuro, vitals


def _chart(repo, clock, episode):
    for hours in (30, 20, 3, 1):
        t = NOW - timedelta(hours=hours)
        clock.t = t + timedelta(minutes=5)
        repo.charting.save_shift_entry(
            episode, "nurse", vitals=vitals(t, hr=100 + hours), neuro=neuro(t), fluids=fluids(t)
        )
    clock.t = NOW
    repo.charting.save_records(
        episode,
        "doctor",
        [
            ("medications[0]", MedicationDose(NOW - timedelta(hours=40), "tocilizumab", 560.0)),
            ("medications[1]", MedicationDose(NOW - timedelta(hours=40), "acyclovir", 400.0)),
            ("medications[2]", MedicationDose(NOW - timedelta(hours=2), "acyclovir", 400.0)),
            ("labs[0]", LabResult(NOW - timedelta(days=3), "igg", 5.1, "g/L")),
            ("labs[1]", LabResult(NOW - timedelta(days=2), "ferritin", 900.0, "µg/L")),
            ("labs[2]", LabResult(NOW - timedelta(days=1), "ferritin", 1500.0, "µg/L")),
            ("labs[3]", LabResult(NOW - timedelta(hours=2), "crp", 80.0, "mg/L")),
        ],
    )


def test_ward_board(repo, clock, episode):
    other = admit(repo, bed="02")
    _chart(repo, clock, episode)
    repo.worklist.add_task(episode, "neuro", NOW - timedelta(hours=1), "nurse")
    repo.acks.acknowledge_alert(episode, "crs_suspected", "doctor", note="seen")
    board = repo.queries.ward_board()
    assert [e.patient.bed for e in board] == ["01", "02"]
    first = board[0]
    assert first.patient.id == episode and first.episode.episode_id == episode
    assert [v.hr for v in first.vitals] == [120, 103, 101]  # the 24 h window
    assert first.latest_vitals.hr == 101 and first.latest_neuro.time == NOW - timedelta(hours=1)
    assert len(first.fluids) == 9
    assert [d.drug for d in first.medications] == ["tocilizumab", "acyclovir"]
    assert [(lab.name, lab.value) for lab in first.labs] == [
        ("igg", 5.1),
        ("ferritin", 1500.0),
        ("crp", 80.0),
    ]
    assert [t.kind for t in first.open_tasks] == ["neuro"]
    assert first.alert_acks[0].note == "seen"
    assert board[1].patient.id == other and board[1].vitals == []


def test_timeline_and_windows(repo, clock, episode):
    _chart(repo, clock, episode)
    full = repo.queries.timeline(episode)
    assert len(full.vitals) == 4 and len(full.fluids) == 12 and len(full.labs) == 4
    assert [d.drug for d in full.medications] == ["tocilizumab", "acyclovir", "acyclovir"]
    recent = repo.queries.timeline(episode, since=NOW - timedelta(hours=4), until=NOW)
    assert [v.hr for v in recent.vitals] == [103, 101]
    assert recent.patient.name == "测试患者"
    assert repo.patients.latest_weight(episode) is None


def test_tasks_are_closed_by_a_new_version(repo, episode, clock):
    task = repo.worklist.add_task(episode, "vitals", NOW + timedelta(hours=1), "nurse")
    clock.advance(hours=1)
    done = repo.worklist.close_task(task, "nurse", done_record_id="v1")
    assert repo.worklist.tasks(episode) == []
    (closed,) = repo.worklist.tasks(episode, include_closed=True)
    assert (closed.status, closed.meta.id, closed.meta.supersedes) == ("done", done, task)


def test_signatures_cover_what_was_signed(repo, episode):
    saved = repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), fluids=fluids())
    cosign = repo.signing.sign(list(saved.ids.values()), "doctor", "co-sign")
    (signature,) = repo.signing.signatures(episode)
    assert signature.meta.id == cosign and signature.signer == "doctor"
    assert {rid for _, rid in signature.records} == set(saved.ids.values())
    assert repo.signing.verify_signature(cosign)
    repo.charting.amend(saved.ids["vitals"], vitals(hr=90), "nurse", "typo")
    assert repo.signing.verify_signature(cosign)  # the signed version is never changed


def test_default_paths(monkeypatch, tmp_path):
    env = {"HOME": "/home/ward"}
    assert data_dir("linux", env) == Path("/home/ward/.local/share/cart-bedside")
    assert data_dir("linux", env | {"XDG_DATA_HOME": "/data"}) == Path("/data/cart-bedside")
    assert data_dir("win32", env | {"APPDATA": "C:/Users/w/AppData/Roaming"}) == Path(
        "C:/Users/w/AppData/Roaming/cart-bedside"
    )
    assert data_dir("darwin", env) == Path("/home/ward/Library/Application Support/cart-bedside")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if not data_dir().as_posix().startswith(("C:", "/Users")):
        assert default_db_path() == tmp_path / "cart-bedside" / "cart_bedside.db"
