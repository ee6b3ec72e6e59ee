"""``cart-bedside backup | restore | demo-db``: one line, exit 0/1/2."""

from __future__ import annotations

import sqlite3

from cart_bedside.cli import main
from cart_bedside.storage import list_backups


def test_backup_and_restore_commands(db_path, tmp_path, capsys):
    path, _ = db_path
    out = tmp_path / "backup.db"
    assert main(["--lang", "en", "backup", "--db", str(path), "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("backup written and verified: ") and str(out) in line
    assert main(["--lang", "en", "backup", "--db", str(path), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err

    folder = tmp_path / "rotated"
    folder.mkdir()
    assert main(["backup", "--db", str(path), "--out", str(folder)]) == 0
    assert "备份已写入并校验" in capsys.readouterr().out
    assert len(list_backups(folder, path)) == 1

    assert main(["--lang", "en", "restore", "--db", str(path), str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert "the replaced database was kept as" in line and "ward.replaced-" in line
    assert main(["--lang", "en", "restore", "--db", str(path), str(tmp_path / "nope.db")]) == 2
    assert capsys.readouterr().err.startswith("error: file not found")


def test_restore_of_a_damaged_backup_is_bad_input_2(db_path, tmp_path, capsys):
    path, _ = db_path
    before = path.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert main(["--lang", "en", "restore", "--db", str(path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a database file" in err
    assert path.read_bytes() == before


def test_demo_db_command(tmp_path, capsys):
    out = tmp_path / "ward.db"
    assert main(["--lang", "en", "demo-db", "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"demo ward written to {out}: 12 occupied beds")
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM current_episodes").fetchone()[0] == 12
    conn.close()
    assert main(["--lang", "en", "demo-db", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_demo_db_scale_command(tmp_path, capsys):
    out = tmp_path / "scale.db"
    args = [
        "--lang",
        "en",
        "demo-db",
        "--scale",
        "--years",
        "0.05",
        "--beds",
        "3",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert "benchmark ward written" in capsys.readouterr().out
