"""``cart-bedside handover --user NAME`` needs that user's PIN (issue 15 item 4).

Real subprocesses on a real copy of the demo ward: the PIN from ``--pin-stdin``,
``--pin-file`` (private files only) or a terminal prompt (a pseudo-terminal);
a wrong PIN is refused with exit 2 and one line, counted by the sign-in lockout
(storage ``check_pin_attempt``), and the print is audited under the real user.
"""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cart_bedside.storage import Repository, open_database
from tests.demo_ward import PINS

ROOT = Path(__file__).resolve().parents[2]
COMMAND = (sys.executable, "-m", "cart_bedside", "handover")


@pytest.fixture
def ward(tmp_path, demo_template):
    """(environment, database path) for the command; the demo ward copied, English."""
    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"), LANG="en_US.UTF-8")
    env.pop("LC_ALL", None)
    return env, path


def handover(env, path, out, *argv, stdin: str | None = None):
    return subprocess.run(
        [*COMMAND, "--db", str(path), "--out", str(out), "--bed", "01", *argv],
        env=env,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )


def look(path: Path, what):
    db = open_database(path, check=False)
    try:
        return what(Repository(db))
    finally:
        db.conn.close()


def prints(path: Path) -> list:
    return look(
        path,
        lambda r: [
            (e.actor, e.details.get("beds")) for e in r.audit_log.audit_entries(action="print")
        ],
    )


def failed_attempts(path: Path, user: str) -> int:
    return look(path, lambda r: r.people.get_user(user).failed_attempts)


def test_the_right_pin_on_stdin_prints_as_that_user(ward, tmp_path):
    env, path = ward
    out = tmp_path / "h.pdf"
    done = handover(env, path, out, "--user", "doctor", "--pin-stdin", stdin=PINS["doctor"] + "\n")
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
    assert prints(path) == [("doctor", ["01"])]
    signed = look(
        path, lambda r: [e.action for e in r.audit_log.audit_entries(actor="doctor", limit=5)]
    )
    assert "sign_in" in signed and "sign_out" in signed


def test_a_wrong_pin_is_refused_with_one_line_and_counted_until_the_lock(ward, tmp_path):
    env, path = ward
    out = tmp_path / "h.pdf"
    for left in (4, 3, 2, 1):
        done = handover(env, path, out, "--user", "nurse", "--pin-stdin", stdin="0000\n")
        assert done.returncode == 2
        assert done.stderr == f"error: Wrong PIN: {left} tries left before the account locks\n"
        assert done.stdout == "" and not out.exists()
        assert failed_attempts(path, "nurse") == 5 - left
    done = handover(env, path, out, "--user", "nurse", "--pin-stdin", stdin="0000\n")
    assert (done.returncode, done.stderr.count("\n")) == (2, 1)
    assert "locked for 15 min" in done.stderr
    # locked: now even the right PIN is refused, and nothing was printed
    done = handover(env, path, out, "--user", "nurse", "--pin-stdin", stdin=PINS["nurse"] + "\n")
    assert done.returncode == 2 and "locked until" in done.stderr
    assert not out.exists() and prints(path) == []
    failed = look(path, lambda r: r.audit_log.audit_entries(actor="nurse", action="sign_in_failed"))
    assert len(failed) == 6


def test_a_bare_name_is_refused(ward, tmp_path):
    env, path = ward
    out = tmp_path / "h.pdf"
    done = handover(env, path, out, "--user", "ghost-user")  # no PIN, no terminal
    assert done.returncode == 2
    assert done.stderr.startswith("error: --user ghost-user needs that user's PIN")
    assert done.stderr.count("\n") == 1 and not out.exists()
    done = handover(env, path, out, "--user", "ghost-user", "--pin-stdin", stdin="1234\n")
    assert (done.returncode, done.stderr) == (2, "error: Unknown user or wrong PIN\n")
    assert prints(path) == []
    done = handover(env, path, out, "--pin-stdin", stdin="1234\n")
    assert done.returncode == 2 and "need --user" in done.stderr


def test_a_pin_file_must_be_private(ward, tmp_path):
    env, path = ward
    out = tmp_path / "h.pdf"
    pin_file = tmp_path / "pin"
    pin_file.write_text(PINS["nurse"] + "\n")
    pin_file.chmod(0o644)
    done = handover(env, path, out, "--user", "nurse", "--pin-file", str(pin_file))
    assert done.returncode == 2 and "chmod 600" in done.stderr and not out.exists()
    assert failed_attempts(path, "nurse") == 0  # not a PIN try: nothing was read
    pin_file.chmod(0o600)
    done = handover(env, path, out, "--user", "nurse", "--pin-file", str(pin_file))
    assert done.returncode == 0, done.stderr
    assert prints(path) == [("nurse", ["01"])]
    missing = handover(env, path, out, "--user", "nurse", "--pin-file", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "cannot read the PIN file" in missing.stderr


def test_at_a_terminal_the_pin_is_asked_without_echo(ward, tmp_path):
    env, path = ward
    out = tmp_path / "h.pdf"
    argv = [sys.executable, "-m", "cart_bedside", "handover", "--db", str(path)]
    argv += ["--out", str(out), "--bed", "01", "--user", "nurse"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command with the pseudo-terminal as its terminal
        os.chdir(ROOT)
        os.execve(sys.executable, argv, env)
    said = b""
    deadline = time.monotonic() + 120
    while b"PIN for nurse" not in said and time.monotonic() < deadline:
        said += os.read(fd, 1024)
    assert b"PIN for nurse: " in said
    os.write(fd, PINS["nurse"].encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        said += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, said
    assert PINS["nurse"].encode() not in said  # not echoed
    assert prints(path) == [("nurse", ["01"])]
