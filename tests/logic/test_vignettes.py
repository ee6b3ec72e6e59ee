"""Every example in shared/vignettes (copied to tests/vignettes) passes, in both languages."""

import json
from pathlib import Path

import pytest

from cart_bedside.assess_cli import assess_document

VIGNETTES = Path(__file__).resolve().parents[1] / "vignettes"
CASES = sorted(p.name.removesuffix(".case.json") for p in VIGNETTES.glob("*.case.json"))


def dig(document, dotted):
    value = document
    for part in dotted.split("."):
        value = value[part]
    return value


def texts(document, dotted):
    """Every string at a dotted path; lists are walked (``alerts.message``: each message)."""
    values = [document]
    for part in dotted.split("."):
        nxt = []
        for value in values:
            value = value[part]
            nxt.extend(value if isinstance(value, list) else [value])
        values = nxt
    return [v for v in values if isinstance(v, str)]


def test_all_vignettes_are_copied():
    assert len(CASES) >= 28


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name", CASES)
def test_vignette(name, lang):
    case = json.loads((VIGNETTES / f"{name}.case.json").read_text(encoding="utf-8"))
    expected = json.loads((VIGNETTES / f"{name}.expected.json").read_text(encoding="utf-8"))
    document = assess_document(case, lang=lang)
    for path, want in expected.get("expect", {}).items():
        got = dig(document, path)
        if isinstance(want, int | float) and not isinstance(want, bool):
            assert got == pytest.approx(want, abs=0.05), path
        else:
            assert got == want, path
    if lang == "en":  # text expectations are written in English
        for path, wanted in expected.get("contains", {}).items():
            found = texts(document, path)
            for phrase in wanted:
                assert any(phrase in t for t in found), (path, phrase, found)
        for path, unwanted in expected.get("absent_text", {}).items():
            found = texts(document, path)
            for phrase in unwanted:
                assert not any(phrase in t for t in found), (path, phrase, found)
    codes = {a["code"] for a in document["alerts"]}
    assert set(expected.get("alerts_present", [])) <= codes
    assert not set(expected.get("alerts_absent", [])) & codes
