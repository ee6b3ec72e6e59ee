"""benchmarks/run.py: its table, and one cheap section end to end (the rest is too slow)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def load_runner():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_rows_show_ratio_to_floor_and_share_of_target(capsys):
    run = load_runner()
    rows = [
        run.Row("start-up", "floor", 0.1),
        run.Row("start-up", "cold start", 0.75, floor=0.1),
        run.Row("storage", "board", 0.015, target=0.03),
        run.Row("storage", "save", 0.000_85, target=0.02),
        run.Row("handover", "ward", 3.2, target=3.0),
        run.Row("assess", "failed: boom", None),
    ]
    assert rows[1].cells()[2:5] == ["750 ms", "floor 100 ms", "7.5× floor"]
    assert rows[2].cells()[2:5] == ["15.0 ms", "< 30.0 ms", "50% of target, ok"]
    assert rows[3].cells()[2] == "850.0 µs"
    assert rows[4].cells()[4] == "107% of target, SLOW"
    assert rows[5].cells()[2] == "ERROR"
    run.print_table(rows, markdown=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("| benchmark | measure | median |")
    assert len(lines) == 2 + len(rows)


def test_a_section_runs_in_its_own_process_and_reports_json(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(RUN),
            "--section",
            "assess",
            "--runs",
            "2",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["measure"] for r in rows] == [
        "python -c pass (interpreter floor)",
        "cart-bedside assess, 30-day case, whole process",
        "grading in-process, per record",
    ]
    assert all(r["median"] > 0 for r in rows)
    assert rows[1]["target"] == 0.3
