"""The command line: global options before or after every sub-command, each --help
its own, messages in --lang / the system locale / zh_CN, exit codes 0 / 2 / 1.

The acting tests run the real command in a subprocess against real database
files, with a per-user database present too, and check which file was used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cart_bedside import cli

ROOT = Path(__file__).resolve().parents[1]


# --- parsing: every sub-command, every global option, before and after -------------------
VALUES = {
    "db": ("--db", "/tmp/x.db", "/tmp/x.db"),
    "demo": ("--demo", None, True),
    "lang": ("--lang", "en", "en"),
    "offscreen": ("--offscreen", None, True),
    "fullscreen": ("--fullscreen", None, True),
}
OWN = {
    "assess": ["case.json"],
    "backup": ["--out", "b.db"],
    "restore": ["b.db"],
    "verify": [],
    "handover": ["--out", "h.pdf"],
    "demo-db": ["--out", "d.db"],
    "import-labs": ["labs.csv"],
    "export": ["fhir", "--out", "x.json"],
    "server": ["devices", "--database-url", "postgresql://ward@localhost/ward"],
    "enroll": ["--server", "https://ward:8443", "--code", "ABCD-EFGH-JKMN"],
    "sync": [],
}


def _cases():
    for command in cli.COMMANDS:
        assert command.name in OWN, f"add {command.name}'s required arguments to OWN"
        for option in command.options:
            yield command.name, option


@pytest.mark.parametrize(("name", "option"), list(_cases()))
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_global_option_works_before_or_after_every_command(name, option, where):
    flag, value, expected = VALUES[option]
    given = [flag] if value is None else [flag, value]
    argv = [*given, name, *OWN[name]] if where == "before" else [name, *OWN[name], *given]
    args = cli.parse_args(argv)
    assert args.command == name
    assert getattr(args, option) == expected
    for other in set(cli.GLOBAL_DEFAULTS) - {option}:  # nothing else changed by a default
        assert getattr(args, other) == cli.GLOBAL_DEFAULTS[other], other


def test_the_app_takes_every_global_option():
    args = cli.parse_args(["--db", "w.db", "--lang", "en", "--offscreen", "--fullscreen"])
    assert (args.command, args.db, args.lang, args.offscreen, args.demo, args.fullscreen) == (
        None,
        "w.db",
        "en",
        True,
        False,
        True,
    )
    assert cli.parse_args([]).fullscreen is None  # this tablet's setting


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--demo", "backup", "--out", "b.db"], "backup does not use --demo"),
        (["--offscreen", "restore", "b.db"], "restore does not use --offscreen"),
        (["--db", "a.db", "assess", "c.json"], "assess does not use --db"),
        (["--db", "a.db", "backup", "--db", "b.db", "--out", "x"], "--db given twice"),
        (["--db", "a.db", "--demo"], "--db and --demo: choose one"),
        (["handover", "--demo", "--db", "a.db", "--out", "x.pdf"], "--db and --demo: choose one"),
        (["backup"], "the following arguments are required: --out"),
    ],
)
def test_bad_option_combinations_exit_2_with_one_line(argv, says, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.parse_args(["--lang", "en", *argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert says in err
    assert err.strip().splitlines()[-1].startswith("cart-bedside")


def test_the_same_option_twice_with_the_same_value_is_fine():
    args = cli.parse_args(["--db", "a.db", "backup", "--db", "a.db", "--out", "x"])
    assert args.db == "a.db"


@pytest.mark.parametrize("command", cli.COMMANDS, ids=lambda c: c.name)
def test_each_help_lists_its_own_options(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.parse_args([command.name, "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith(f"usage: cart-bedside {command.name}")
    for option in command.options:
        assert VALUES[option][0] in text
    for option in set(cli.GLOBAL_OPTIONS) - set(command.options):
        assert VALUES[option][0] not in text, option
    others = {
        "--out": ("backup", "handover", "demo-db", "export"),
        "--protocol": ("assess",),
        "--shift": ("handover",),
        "--scale": ("demo-db",),
        "--anchor": ("verify",),
        "--allow-unkeyed": ("restore",),
    }
    for flag, owners in others.items():
        assert (flag in text) == (command.name in owners), flag


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LC_MESSAGES": "en_GB"}, "en"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "fr_FR.UTF-8"}, None),
        ({}, None),
    ],
)
def test_system_language(env, lang):
    assert cli.system_language(env) == lang


def test_message_language_follows_lang_then_locale_then_zh(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli.parse_args(["backup", "--out", "x"]).message_lang == "en"
    assert cli.parse_args(["backup", "--out", "x", "--lang", "zh_CN"]).message_lang == "zh_CN"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert cli.parse_args(["backup", "--out", "x"]).message_lang == "zh_CN"


# --- acting on the right file (real processes, real databases) ----------------------------
def _ward(path: Path, template: Path, name: str) -> Path:
    from cart_bedside.storage import Repository, open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    db = open_database(path)
    Repository(db).ward_settings.set_setting("ward.name", name, actor="admin")
    db.conn.close()
    return path


def _ward_name(path: Path) -> str:
    from cart_bedside.storage import Repository, open_database

    db = open_database(path, check=False)
    try:
        return Repository(db).ward_settings.get_setting("ward.name")
    finally:
        db.conn.close()


def _prints(path: Path) -> int:
    from cart_bedside.storage import Repository, open_database

    db = open_database(path, check=False)
    try:
        return len(Repository(db).audit_log.audit_entries(action="print"))
    finally:
        db.conn.close()


@pytest.fixture
def wards(tmp_path, demo_template):
    """Ward X (``--db``) and the per-user ward (XDG_DATA_HOME), told apart by their names."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"), LANG="en_US.UTF-8")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    user = _ward(tmp_path / "xdg" / "cart-bedside" / "cart_bedside.db", demo_template, "USER")
    x = _ward(tmp_path / "x.db", demo_template, "WARD-X")
    return env, x, user


def run(env, *argv):
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("where", ["--db X backup", "backup --db X"])
def test_backup_backs_up_the_db_given_before_or_after(wards, tmp_path, where):
    env, x, _user = wards
    out = tmp_path / "b.db"
    argv = (
        ["--db", str(x), "backup", "--out", str(out)]
        if where.startswith("--db")
        else ["backup", "--out", str(out), "--db", str(x)]
    )
    assert "backup written and verified" in run(env, *argv)
    assert _ward_name(out) == "WARD-X"


@pytest.mark.parametrize("where", ["--db X restore", "restore --db X"])
def test_restore_replaces_the_db_given_not_the_users(wards, tmp_path, demo_template, where):
    env, x, user = wards
    backup = _ward(tmp_path / "other" / "b.db", demo_template, "FROM-BACKUP")
    argv = (
        ["--db", str(x), "restore", str(backup)]
        if where.startswith("--db")
        else ["restore", str(backup), "--db", str(x)]
    )
    said = run(env, *argv)
    assert str(x) in said
    assert _ward_name(x) == "FROM-BACKUP"
    assert _ward_name(user) == "USER"  # the per-user database is untouched


@pytest.mark.parametrize("where", ["handover --db X", "--db X handover"])
def test_handover_prints_from_the_db_given(wards, tmp_path, where):
    env, x, user = wards
    out = tmp_path / "h.pdf"
    argv = (
        ["handover", "--db", str(x), "--out", str(out), "--bed", "01"]
        if where.startswith("handover")
        else ["--db", str(x), "handover", "--out", str(out), "--bed", "01"]
    )
    run(env, *argv)
    assert out.stat().st_size > 1000
    assert (_prints(x), _prints(user)) == (1, 0)


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
def test_demo_handover_uses_a_demo_ward_and_removes_it(wards, tmp_path):
    env, x, user = wards
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "h.pdf"
    said = run(env, "--demo", "handover", "--out", str(out))
    assert "12 bed(s)" in said  # English: LANG=en_US in the environment
    assert (_prints(x), _prints(user)) == (0, 0)
    assert not list((tmp_path / "tmp").iterdir())  # the demo ward's folder is gone


def test_messages_follow_the_system_locale_without_lang(wards, tmp_path):
    env, x, _ = wards
    env["LANG"] = "C.UTF-8"
    said = run(env, "backup", "--db", str(x), "--out", str(tmp_path / "b.db"))
    assert "备份已写入并校验" in said


def test_exit_codes_are_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| 0 |" in readme and "| 1 |" in readme and "| 2 |" in readme
