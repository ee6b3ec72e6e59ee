"""Kill test: a saver SIGKILLed at random moments never loses a save it reported."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cart_bedside.storage import Repository, open_database, quick_check

from .conftest import add_staff, admit

CHILD = r"""
import sys
from datetime import datetime, timedelta
from cart_bedside.logic.models import FluidCategory, FluidEntry, NeuroAssessment, VitalSigns
from cart_bedside.storage import Repository, open_database

repo = Repository(open_database(sys.argv[1]))
episode = sys.argv[2]
print("ready", flush=True)
while True:
    t = datetime.now().replace(microsecond=0) - timedelta(minutes=1)
    result = repo.charting.save_shift_entry(
        episode, "nurse",
        vitals=VitalSigns(t, temp_c=38.1, hr=101, sbp=110, dbp=70, rr=18, spo2=97),
        neuro=NeuroAssessment(t, ice_score=9),
        fluids=[FluidEntry(t, FluidCategory.IV_FLUIDS, 500), FluidEntry(t, FluidCategory.ORAL, 150),
                FluidEntry(t, FluidCategory.URINE, 400)],
    )
    print(result.save_id, " ".join(result.ids.values()), flush=True)
"""

ROUNDS = 22


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_save(tmp_path):
    path = tmp_path / "kill.db"
    db = open_database(path)
    repo = Repository(db)
    add_staff(repo)
    episode = admit(repo)
    db.conn.close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(20261103)
    reported: dict[str, list[str]] = {}
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), episode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.1, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        for line in out.splitlines(keepends=True):
            fields = line.split()
            if line.endswith("\n") and len(fields) == 6:
                reported[fields[0]] = fields[1:]
    assert len(reported) >= ROUNDS, len(reported)  # the saver got work done between kills
    print(f"{len(reported)} saves reported over {ROUNDS} kills")

    db = open_database(path)
    assert quick_check(db) == "ok"
    repo = Repository(db)
    stored = {
        table: {r[0] for r in db.execute(f"SELECT id FROM {table}")}
        for table in ("vital_signs", "neuro_assessments", "fluid_entries")
    }
    for save_id, (vid, nid, *fids) in reported.items():
        assert vid in stored["vital_signs"], save_id
        assert nid in stored["neuro_assessments"], save_id
        assert set(fids) <= stored["fluid_entries"], save_id
    # all or nothing: every stored save has its vitals, neuro and three fluid lines
    per_save = db.execute(
        "SELECT v.save_id, (SELECT count(*) FROM neuro_assessments n WHERE n.save_id = v.save_id),"
        " (SELECT count(*) FROM fluid_entries f WHERE f.save_id = v.save_id) FROM vital_signs v"
    ).fetchall()
    assert per_save and all((n, f) == (1, 3) for _, n, f in per_save)
    assert repo.audit_log.verify_audit_chain().ok
    db.conn.close()
