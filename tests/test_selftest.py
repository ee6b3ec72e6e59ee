"""`cart-bedside --selftest`: all green on a whole install, and a broken part is named."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from cart_bedside import resources, selftest, selftest_checks

NAMES = [name for name, _ in selftest.CHECKS]


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
def test_selftest_command_passes_and_prints_one_line_per_check():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("cart-bedside ")
    checks = lines[1:-1]
    assert [line.split()[0] for line in checks] == ["ok"] * len(NAMES)
    for name, line in zip(NAMES, checks, strict=True):
        assert line[6:].startswith(name), line
    assert lines[-1] == f"selftest: all {len(NAMES)} checks passed"


def run(**kwargs):
    out = io.StringIO()
    code = selftest.run_selftest(out=out, **kwargs)
    return code, out.getvalue().splitlines()


def line_of(lines, name):
    (line,) = [x for x in lines[1:-1] if x[6:].startswith(name + " ")]
    return line


def test_a_missing_translation_fails_that_check_only(monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "qm_path", lambda lang: tmp_path / f"gone_{lang}.qm")
    code, lines = run(keep=tmp_path / "out")
    assert code == 1
    assert line_of(lines, "translations").startswith("FAIL  translations")
    assert "gone_zh_CN.qm missing" in line_of(lines, "translations")
    for name in NAMES:
        if name != "translations":
            assert line_of(lines, name).startswith("ok  "), line_of(lines, name)
    assert lines[-1] == f"selftest: FAILED: translations (1 of {len(NAMES)} checks)"
    # kept on request: the figure and the PDF it wrote
    assert (tmp_path / "out" / "trend_figure" / "trend.png").stat().st_size > 10_000
    assert (tmp_path / "out" / "pdf" / "handover.pdf").read_bytes().startswith(b"%PDF-")


def test_a_wrong_grade_and_a_crash_are_named(monkeypatch):
    import cart_bedside.plots as plots

    monkeypatch.setattr(selftest_checks, "KNOWN_GRADES", {"crs": 3, "icans": 2})

    def broken(*args, **kwargs):
        raise RuntimeError("no canvas")

    monkeypatch.setattr(plots, "trend_figure", broken)
    checks = [c for c in selftest.CHECKS if c[0] in ("grading", "trend figure")]
    code, lines = run(checks=checks)
    assert code == 1
    assert "expected {'crs': 3, 'icans': 2}" in line_of(lines, "grading")
    assert line_of(lines, "trend figure").startswith("FAIL")
    assert "RuntimeError: no canvas at test_selftest.py" in line_of(lines, "trend figure")
    assert lines[-1] == "selftest: FAILED: grading, trend figure (2 of 2 checks)"


def test_a_runtime_only_install_skips_the_ward_server_modules(monkeypatch):
    """Command 1 installs no [server] extra: its modules are skipped, not failed."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    assert selftest_checks._optional_missing("cart_bedside.server.app") == "cart-bedside[server]"
    assert selftest_checks._optional_missing("cart_bedside.server") == "cart-bedside[server]"
    assert selftest_checks._optional_missing("cart_bedside.storage.db") is None
