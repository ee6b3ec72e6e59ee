"""`cart-bedside assess` as a hospital runs it: a subprocess, JSON in, JSON out."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

VIGNETTES = Path(__file__).resolve().parent / "vignettes"
CASE = VIGNETTES / "07-tocilizumab-dose.case.json"
HEAVY = ("PySide6", "shiboken6", "sqlite_utils", "matplotlib", "reportlab", "numpy")


def run(*args, stdin=None):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cart_bedside", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def imported(stderr):
    return {
        line.split("|")[-1].strip().split(".")[0]
        for line in stderr.splitlines()
        if line.startswith("import time:")
    }


def test_assess_prints_json_and_imports_no_qt_db_plot_or_pdf():
    result = run("assess", str(CASE))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["crs"]["grade"] == 2
    assert document["tocilizumab"]["next_allowed_at"] == "2026-11-03T05:00:00"
    assert not imported(result.stderr) & set(HEAVY)


def test_assess_reads_standard_input_and_protocol_option_wins():
    result = run("assess", "--protocol", "mm-2022", "-", stdin=CASE.read_text())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["protocol"] == "mm-2022"


def test_assess_in_chinese():
    result = run("assess", "--lang", "zh_CN", str(CASE))
    assert result.returncode == 0
    assert "发热" in result.stdout


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda c: c["vitals"][0].update(temp_c=55.0), "vitals[0].temp_c"),
        (lambda c: c["vitals"][0].update(temprature=38.0), "vitals[0].temprature"),
        (lambda c: c.update(protocol="unknown"), "protocol"),
    ],
)
def test_bad_case_exits_2_with_one_line_naming_the_field(change, field):
    case = json.loads(CASE.read_text())
    change(case)
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", "-"],
        input=json.dumps(case),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {field}:")


def test_unknown_protocol_option_exits_2():
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", "--protocol", "x", str(CASE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--protocol" in result.stderr


@pytest.mark.parametrize(("content", "words"), [("{not json", "not valid JSON"), ("[]", "object")])
def test_malformed_files_exit_2(tmp_path, content, words):
    path = tmp_path / "case.json"
    path.write_text(content)
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert words in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", str(tmp_path / "nope.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error:")
