"""`cart-bedside assess` never crashes: every malformed input exits 2 with one line naming
the field (or "input"), through the real command (issue 12, item 7)."""

import codecs
import json
import subprocess
import sys

import pytest

BASE = {
    "patient": {"age_years": 54, "weight_kg": 70.0},
    "infusion_time": "2026-11-01T10:00:00",
    "vitals": [
        {
            "time": "2026-11-03T07:30:00",
            "temp_c": 38.6,
            "hr": 118,
            "sbp": 86,
            "dbp": 50,
            "rr": 24,
            "spo2": 93,
            "o2_device": "nasal_cannula",
            "o2_flow_l_min": 3,
            "vasopressors": [],
        }
    ],
    "medications": [{"time": "2026-11-02T22:00:00", "drug": "tocilizumab", "dose_mg": 560}],
}
CASE_TEXT = json.dumps(BASE, indent=1)


def run_bytes(data: bytes, *args):
    return subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", *args, "-"],
        input=data,
        capture_output=True,
        timeout=60,
    )


def refused(result, field_prefix):
    assert result.returncode == 2, result.stderr
    assert result.stdout == b""
    line = result.stderr.decode("utf-8")
    assert line.count("\n") == 1 and line.startswith(f"error: {field_prefix}"), line
    assert "Traceback" not in line
    return line


def case_with(text_old: str, text_new: str) -> bytes:
    assert text_old in CASE_TEXT
    return CASE_TEXT.replace(text_old, text_new, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('"temp_c": 38.6', '"temp_c": NaN', "vitals[0].temp_c"),
        ('"temp_c": 38.6', '"temp_c": Infinity', "vitals[0].temp_c"),
        ('"temp_c": 38.6', '"temp_c": -Infinity', "vitals[0].temp_c"),
        ('"temp_c": 38.6', '"temp_c": 1e400', "vitals[0].temp_c"),
        ('"sbp": 86', '"sbp": NaN', "vitals[0].sbp"),
        ('"sbp": 86', '"sbp": ' + "9" * 400, "vitals[0].sbp"),
        ('"age_years": 54', '"age_years": ' + "1" * 5000, "patient.age_years"),
        ('"sbp": 86', '"sbp": 1e308', "vitals[0].sbp"),
        ('"sbp": 86', '"sbp": 86, "sbp": 120', "vitals[0].sbp"),
        (
            '"infusion_time": "2026-11-01T10:00:00"',
            '"infusion_time": "9999-01-01T00:00:00"',
            "infusion_time",
        ),
        (
            '"infusion_time": "2026-11-01T10:00:00"',
            '"infusion_time": "1899-12-31T23:59:00"',
            "infusion_time",
        ),
        (
            '"infusion_time": "2026-11-01T10:00:00"',
            '"infusion_time": "0001-01-01T00:00:00+14:00"',
            "infusion_time",
        ),
        ('"drug": "tocilizumab"', '"drug": "\\ud800"', "medications[0].drug"),
        ('"sbp": 86', '"sbp": [[[[1]]]]', "input"),
        ('"sbp": 86', '"sbp": "86\\nmmHg"', "vitals[0].sbp"),
    ],
)
def test_malformed_values_are_refused_by_name(old, new, field):
    refused(run_bytes(case_with(old, new)), field)


def test_deep_nesting_is_refused_without_recursion():
    refused(run_bytes(b"[" * 100_000 + b"]" * 100_000), "input")
    refused(run_bytes(b'{"patient": ' * 50_000), "input")


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfa",
        b'{"patient": "\xc3\x28"}',
        b"",
        b"   ",
        b"null",
        b"[]",
        b"42",
        b"\x00\x00",
        '{"a": 1}'.encode("utf-16-le"),  # UTF-16 without a BOM: refused
    ],
)
def test_garbage_is_refused_as_input(data):
    result = run_bytes(data)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode("utf-8").count("\n") == 1


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_are_decoded(bom, encoding):
    result = run_bytes(bom + CASE_TEXT.encode(encoding))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["crs"]["grade"] == 2


def test_utf16_file_with_invalid_text_after_the_bom_is_refused(tmp_path):
    path = tmp_path / "case.json"
    path.write_bytes(codecs.BOM_UTF16_LE + CASE_TEXT.encode("utf-16-le") + b"\x00\xd8")
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", str(path)], capture_output=True, timeout=60
    )
    line = refused(result, "input")
    assert "UTF-16-LE" in line


def test_deepest_shapes_of_the_contract_still_pass():
    case = json.loads(CASE_TEXT)
    case["vitals"][0]["vasopressors"] = ["norepinephrine"]
    case["patient"]["conditions"] = ["myasthenia_gravis"]
    result = run_bytes(json.dumps(case).encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["crs"]["grade"] == 3
