"""backup / restore / verify fail in one line: exit 2 for bad input, 1 for the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def _one_line(run: subprocess.CompletedProcess, code: int, words: str) -> None:
    assert run.returncode == code, run.stderr
    assert run.stdout == "" and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith("error: ") and words in run.stderr
    assert "Traceback" not in run.stderr


def test_not_a_database_is_bad_input(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a shopping list, not a ward" * 200)
    _one_line(
        _run("backup", "--db", str(junk), "--out", str(tmp_path / "b.db")),
        2,
        "is not a database file",
    )
    _one_line(_run("verify", "--db", str(junk)), 2, "is not a database file")
    _one_line(_run("verify", "--db", str(tmp_path / "missing.db")), 2, "file not found")


def test_an_unwritable_place_is_an_environment_failure(db_path):
    path, _ = db_path
    _one_line(
        _run("backup", "--db", str(path), "--out", "/sys/cart-bedside-backup.db"),
        1,
        "cannot write there",
    )


def test_a_full_disk_is_an_environment_failure(db_path, tmp_path):
    path, _ = db_path
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(tiny)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        before = path.read_bytes()
        _one_line(
            _run("backup", "--db", str(path), "--out", str(tiny / "b.db")), 1, "the disk is full"
        )
        assert path.read_bytes() == before
        assert not any(tiny.iterdir())  # no partial file left behind
    finally:
        subprocess.run(["umount", str(tiny)], capture_output=True)
