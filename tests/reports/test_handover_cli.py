"""``cart-bedside handover`` end to end, and the app starting without matplotlib/reportlab."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cart_bedside.cli import parse_args
from cart_bedside.handover_cli import run as run_handover

ROOT = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    """The sub-command as the command line parses it."""
    return parse_args(["handover", *argv])


def test_demo_end_to_end(tmp_path, capsys):
    out = tmp_path / "sheets" / "ward.pdf"
    assert run_handover(parse("--out", str(out), "--demo")) == 0
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "病区汇总（12 床）" in first  # the ward's language: Chinese
    assert "打印：system" in first
    assert len(reader.pages) >= 13
    said = capsys.readouterr().out
    assert str(out) in said and "12 床" in said
    assert not list(out.parent.glob(".handover-*"))  # the temporary file was renamed


def test_db_one_bed_english_night_shift(ward, tmp_path, capsys):
    repo, path = ward
    out = tmp_path / "bed.pdf"
    out.write_bytes(b"old sheet")  # replaced, as the printer folder expects
    pin_file = tmp_path / "pin"
    pin_file.write_text("3333\n")  # the demo doctor's PIN (issue 15: never a bare --user)
    pin_file.chmod(0o600)
    status = run_handover(
        parse(
            "--out",
            str(out),
            "--db",
            str(path),
            "--bed",
            "03",
            "--lang",
            "en",
            "--shift",
            "night",
            "--user",
            "doctor",
            "--pin-file",
            str(pin_file),
        )
    )
    assert status == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Bed 03" in text and "night shift" in text and "Ward summary" not in text
    # the display name, never the login name (issue 11)
    assert "printed by 刘医生（演示）" in text and "(doctor)" not in text
    assert "1 bed(s)" in capsys.readouterr().out
    entry = repo.audit_log.audit_entries(action="print")[0]
    assert entry.actor == "doctor" and entry.details["beds"] == ["03"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--bed", "99"), "99"),
        (("--shift", "evening", "--bed", "01"), None),  # the demo ward has an evening shift: ok
    ],
)
def test_bed_and_shift_input(ward, tmp_path, capsys, argv, message):
    _, path = ward
    out = tmp_path / "x.pdf"
    status = run_handover(parse("--out", str(out), "--db", str(path), "--lang", "en", *argv))
    err = capsys.readouterr().err
    if message is None:
        assert status == 0 and out.exists()
    else:
        assert status == 2 and message in err and err.startswith("error: ")
        assert not out.exists()


def test_missing_database_is_bad_input_and_not_created(tmp_path, capsys):
    missing = tmp_path / "nope.db"
    status = run_handover(parse("--out", str(tmp_path / "x.pdf"), "--db", str(missing)))
    assert status == 2
    assert "nope.db" in capsys.readouterr().err
    assert not missing.exists()


def test_db_and_demo_together_are_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse("--out", str(tmp_path / "x.pdf"), "--db", "x.db", "--demo", "--lang", "en")
    assert exit_.value.code == 2
    assert "--db and --demo: choose one" in capsys.readouterr().err


def test_a_damaged_database_fails_with_1(tmp_path, capsys):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    assert run_handover(parse("--out", str(tmp_path / "x.pdf"), "--db", str(broken))) == 1
    assert "error:" in capsys.readouterr().err


def test_the_cli_modules_do_not_import_matplotlib_or_reportlab():
    """The app must start without matplotlib: only the handover command loads it."""
    code = (
        "import sys, cart_bedside.cli, cart_bedside.handover_cli, cart_bedside.service, "
        "cart_bedside.storage; "
        "bad = [m for m in ('matplotlib', 'reportlab', 'cart_bedside.plots', "
        "'cart_bedside.reports') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
