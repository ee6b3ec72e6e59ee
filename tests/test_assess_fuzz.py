"""Fuzzing the door of `cart-bedside assess` (issue 12, item 7).

Random JSON, and mutations of the vignettes (values swapped for hostile ones, keys
dropped or duplicated, bytes flipped, files cut short, re-encoded, deeply nested).
Every outcome is exit 0 with a valid assessment on stdout, or exit 2 with exactly one
line on stderr and nothing on stdout — never a traceback, never "internal error".
In-process for speed (the same ``run_assess`` the command calls), plus real
subprocess runs of a sample.
"""

import codecs
import io
import json
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cart_bedside.assess_cli import run_assess

VIGNETTES = Path(__file__).resolve().parent / "vignettes"
CASES = [p.read_bytes() for p in sorted(VIGNETTES.glob("*.case.json"))]
RUNS = {"in_process": 0, "subprocess": 0, "exit_0": 0, "exit_2": 0}

HOSTILE = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "9" * 400,
    "-" + "9" * 30,
    "1e-400",
    "0",
    "-1",
    "true",
    "null",
    '""',
    '"\\ud800"',
    '"x\\ny"',
    "[]",
    "{}",
    '"9999-12-31T23:59:59"',
    '"0001-01-01T00:00:00+14:00"',
    '"2026-11-03T07:30:00Z"',
    '"2026-13-45"',
    "[[[[[[1]]]]]]",
    '{"a": 1, "a": 2}',
    "1.5",
    "300",
    '"room_air"',
    '"norepinephrine"',
    '["vasopressin", "vasopressin"]',
    "12345678901234567890",
]


def check_outcome(code, out, err):
    RUNS["exit_0" if code == 0 else "exit_2"] += 1
    if code == 0:
        document = json.loads(out)
        assert document["crs"]["grade"] in range(5)
        assert document["icans"]["grade"] in range(5)
        assert err == ""
    else:
        assert code == 2, (code, err)
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("error: "), err
        assert "internal error" not in err and "Traceback" not in err, err


def run_in_process(data: bytes) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run_assess("-", stdin=stdin, stdout=out, stderr=err)
    RUNS["in_process"] += 1
    check_outcome(code, out.getvalue(), err.getvalue())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(json_values)
def test_random_json(value):
    run_in_process(json.dumps(value).encode())


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "patient",
                "infusion_time",
                "at",
                "protocol",
                "vitals",
                "neuro",
                "medications",
                "labs",
                "extra",
            ]
        ),
        json_values,
        max_size=8,
    )
)
def test_random_json_with_the_contract_keys(value):
    run_in_process(json.dumps(value).encode())


def _mutate(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8")
    op = rng.randrange(9)
    if op == 0:  # a value swapped for a hostile one
        spots = [i for i, c in enumerate(text) if c == ":"]
        i = rng.choice(spots) + 1
        j = i
        while j < len(text) and text[j] not in ",}]\n":
            j += 1
        return (text[:i] + " " + rng.choice(HOSTILE) + text[j:]).encode()
    if op == 1:  # a key duplicated
        i = text.find('"', rng.randrange(len(text)))
        if i < 0:
            return data
        j = text.find(",", i)
        return (text[: j + 1] + text[i : j + 1] + text[j + 1 :]).encode() if j > 0 else data
    if op == 2:  # cut short
        return data[: rng.randrange(len(data))]
    if op == 3:  # bytes flipped
        b = bytearray(data)
        for _ in range(rng.randrange(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if op == 4:  # re-encoded, with or without a BOM
        enc = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
        bom = {
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE,
            "utf-8": codecs.BOM_UTF8,
        }[enc]
        return (bom if rng.random() < 0.8 else b"") + text.encode(enc)
    if op == 5:  # deep nesting spliced in
        n = rng.choice([5, 50, 5000])
        i = text.find(":") + 1
        return (text[:i] + "[" * n + "1" + "]" * n + text[text.find(",", i) :]).encode()
    if op == 6:  # a record dropped or doubled
        case = json.loads(text)
        key = rng.choice(["vitals", "neuro", "medications", "labs"])
        rows = case.get(key) or []
        if rows:
            rows.append(rng.choice(rows)) if rng.random() < 0.5 else rows.pop()
        return json.dumps(case).encode()
    if op == 7:  # a key renamed or removed
        case = json.loads(text)
        target = case if rng.random() < 0.5 or not case.get("vitals") else case["vitals"][0]
        if target:
            key = rng.choice(list(target))
            value = target.pop(key)
            if rng.random() < 0.5:
                target[key + "_"] = value
        return json.dumps(case).encode()
    # a number nudged across a limit
    case = json.loads(text)
    for row in case.get("vitals", [])[:1]:
        for key in ("temp_c", "sbp", "spo2", "hr", "rr", "o2_flow_l_min"):
            if key in row and rng.random() < 0.5:
                row[key] = rng.choice([-1, 0, 1e9, 25, 45.1, 79.999, 1e-9, 2**63])
    return json.dumps(case).encode()


@FUZZ
@given(st.integers(0, len(CASES) - 1), st.integers(0, 2**32), st.integers(1, 3))
def test_mutated_vignettes(index, seed, rounds):
    rng = random.Random(seed)
    data = CASES[index]
    for _ in range(rounds):
        try:
            data = _mutate(rng, data)
        except (UnicodeDecodeError, json.JSONDecodeError, ValueError, IndexError, RecursionError):
            break  # an earlier mutation broke the text: feed what we have
    run_in_process(data)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(CASES) - 1), st.integers(0, 2**32))
def test_mutated_vignettes_through_the_real_command(index, seed):
    rng = random.Random(seed)
    try:
        data = _mutate(rng, CASES[index])
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, IndexError, RecursionError):
        data = CASES[index]
    result = subprocess.run(
        [sys.executable, "-m", "cart_bedside", "assess", "-"],
        input=data,
        capture_output=True,
        timeout=60,
    )
    RUNS["subprocess"] += 1
    check_outcome(result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8"))


def test_zz_report_how_many_cases_ran(capsys):
    """Printed with ``-s``: the counts for the issue note (run after the fuzz tests)."""
    with capsys.disabled():
        print(
            f"\nassess fuzz: {RUNS['in_process']} in-process cases, "
            f"{RUNS['subprocess']} subprocess runs; {RUNS['exit_0']} assessed (exit 0), "
            f"{RUNS['exit_2']} refused (exit 2)"
        )
