"""``cart-bedside enroll`` and ``cart-bedside sync`` as real subprocesses against a real
ward server: the summary line, exit 0 / 2 / 1, one-line errors, the token kept out of the
database and out of every output."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cart_bedside.storage import Repository, open_database, sync_state
from cart_bedside.storage.sync_token import token_path
from tests.server.pg import free_port
from tests.storage.conftest import add_staff, admit, vitals
from tests.sync.conftest import enroll_code, server_url

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cart_bedside", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
    )


@pytest.fixture
def tablet_db(tmp_path) -> Path:
    path = tmp_path / "tablet.db"
    repo = Repository(open_database(path))
    add_staff(repo)
    episode = admit(repo, bed="12")
    repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(temp_c=38.1))
    repo.close()
    return path


def _database_id(path: Path) -> str:
    repo = Repository(open_database(path))
    try:
        return sync_state.database_id(repo.store)
    finally:
        repo.close()


def test_enroll_then_sync_prints_one_line_and_keeps_the_token_outside(tablet_db, live_ward):
    server, url = live_ward
    code = enroll_code(url)
    done = cli(
        "enroll",
        "--db",
        str(tablet_db),
        "--server",
        server_url(server),
        "--code",
        code,
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("enrolled with http://127.0.0.1:") and done.stderr == ""
    token_file = token_path(_database_id(tablet_db))
    token = json.loads(token_file.read_text())["token"]
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(token_file.parent.stat().st_mode) == 0o700
    first = cli("--lang", "en", "sync", "--db", str(tablet_db))  # global option before
    assert first.returncode == 0, first.stderr
    line = first.stdout.strip()
    assert line.startswith("pushed ") and line.endswith(", pulled 0, conflicts 0"), line
    assert int(line.split()[1].rstrip(",")) > 5 and first.stderr == ""
    second = cli("sync", "--db", str(tablet_db), "--lang", "zh_CN")
    assert second.returncode == 0 and "已上传" in second.stdout and "冲突 0" in second.stdout
    for out in (done, first, second):
        assert token not in out.stdout + out.stderr
    raw = b"".join(
        p.read_bytes() for p in tablet_db.parent.iterdir() if p.name.startswith("tablet.db")
    )
    assert token.encode() not in raw
    again = cli(
        "enroll",
        "--db",
        str(tablet_db),
        "--server",
        server_url(server),
        "--code",
        code,
        "--lang",
        "en",
    )
    assert again.returncode == 2 and again.stderr.startswith("error: this database is already")
    assert len(again.stderr.strip().splitlines()) == 1


def test_unreachable_server_is_one_line_and_exit_2(tablet_db, fresh_ward):
    server, url = fresh_ward
    assert (
        cli(
            "enroll",
            "--db",
            str(tablet_db),
            "--server",
            server_url(server),
            "--code",
            enroll_code(url),
        ).returncode
        == 0
    )
    server.stop()
    gone = cli("sync", "--db", str(tablet_db), "--lang", "en", "--timeout", "3")
    assert gone.returncode == 2 and gone.stdout == ""
    lines = gone.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the ward server http://127.0.0.1:")
    assert "cannot be reached" in lines[0]
    repo = Repository(open_database(tablet_db))
    try:
        from cart_bedside.service import WardService

        status = WardService(repo).sync_status()
        assert status.last_error and status.last_error_at and "127.0.0.1" in status.last_error
        assert status.pending_rows > 0
    finally:
        repo.close()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--server", "ftp://ward", "--code", "X"], "--server must be"),
        (["--server", "http://ward.example.org:8443", "--code", "X"], "plain http"),
        (
            ["--server", "https://ward:8443", "--code", "X", "--ca-file", "/no/such.pem"],
            "--ca-file",
        ),
    ],
)
def test_enroll_bad_input_is_one_line_exit_2(tablet_db, args, expected):
    out = cli("enroll", "--db", str(tablet_db), *args, "--lang", "en")
    assert out.returncode == 2 and expected in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_wrong_code_and_a_database_not_enrolled_are_one_line(tablet_db, live_ward, tmp_path):
    server, _ = live_ward
    wrong = cli(
        "enroll",
        "--db",
        str(tablet_db),
        "--server",
        server_url(server),
        "--code",
        "AAAA-BBBB-CCCC",
        "--lang",
        "en",
    )
    assert wrong.returncode == 2 and "enrolment code" in wrong.stderr
    not_enrolled = cli("sync", "--db", str(tablet_db), "--lang", "en")
    assert not_enrolled.returncode == 2 and "not enrolled" in not_enrolled.stderr
    missing = cli("sync", "--db", str(tmp_path / "nothing.db"), "--lang", "en")
    assert missing.returncode == 2 and "no database" in missing.stderr
    for out in (wrong, not_enrolled, missing):
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    dead = cli(
        "enroll",
        "--db",
        str(tablet_db),
        "--server",
        f"http://127.0.0.1:{free_port()}",
        "--code",
        "X",
        "--lang",
        "en",
    )
    assert dead.returncode == 2 and "cannot be reached" in dead.stderr
