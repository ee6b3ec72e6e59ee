"""The one message catalogue: every code complete in zh_CN and en, same placeholders."""

from __future__ import annotations

import re

from cart_bedside.logic.catalogue import CATALOGUE
from cart_bedside.logic.messages import LANGUAGES, placeholders

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def test_catalogue_is_not_empty():
    assert CATALOGUE


def test_every_code_has_exactly_both_languages():
    bad = [code for code, texts in CATALOGUE.items() if set(texts) != set(LANGUAGES)]
    assert not bad, f"codes without exactly {LANGUAGES}: {bad}"


def test_every_text_is_a_non_empty_string():
    bad = [
        (code, lang)
        for code, texts in CATALOGUE.items()
        for lang in LANGUAGES
        if not isinstance(texts.get(lang), str) or not texts[lang].strip()
    ]
    assert not bad, f"empty or missing texts: {bad}"


def test_both_languages_use_the_same_placeholders():
    bad = []
    for code, texts in CATALOGUE.items():
        try:
            zh, en = placeholders(texts["zh_CN"]), placeholders(texts["en"])
        except (ValueError, KeyError) as err:  # a stray brace breaks rendering
            bad.append((code, str(err)))
            continue
        if zh != en:
            bad.append((code, sorted(zh ^ en)))
    assert not bad, f"placeholder mismatches: {bad}"


#: Codes whose text is only a name the ward typed, shown as typed (the ward's own shift names).
VERBATIM = {"shift.ward_name", "handover.hlh_item"}  # placeholders and CJK punctuation only


def test_chinese_texts_contain_chinese():
    bad = [
        code
        for code, texts in CATALOGUE.items()
        if code not in VERBATIM and not CJK.search(texts.get("zh_CN", ""))
    ]
    assert not bad, f"zh_CN texts without CJK characters: {bad}"


def test_codes_are_dotted_lower_case():
    pattern = re.compile(r"^[a-z0-9_][a-z0-9_.\-]*[a-z0-9_]$")
    bad = [code for code in CATALOGUE if not pattern.match(code) or ".." in code]
    assert not bad, f"malformed codes: {bad}"


def test_every_code_written_in_the_logic_layer_exists():
    """A literal code in logic/*.py that the catalogue lacks would fail only at render time."""
    from pathlib import Path

    logic = Path(__file__).resolve().parents[2] / "cart_bedside" / "logic"
    prefixes = sorted({code.split(".")[0] for code in CATALOGUE})
    literal = re.compile(r'"((?:' + "|".join(map(re.escape, prefixes)) + r')\.[A-Za-z0-9_.\-]+)"')
    missing = {
        (path.name, code)
        for path in logic.glob("*.py")
        for code in literal.findall(path.read_text(encoding="utf-8"))
        if code not in CATALOGUE and not code.endswith(".")
    }
    assert not missing, f"codes used but not in the catalogue: {sorted(missing)}"


def test_every_message_renders_in_both_languages():
    """Render each template with placeholder values: no stray braces, no format errors."""
    from cart_bedside.logic.messages import Message, render

    class Anything(float):
        def __format__(self, spec):
            return "1"

    for code, texts in CATALOGUE.items():
        params = {name: Anything(1) for name in placeholders(texts["en"])}
        for lang in LANGUAGES:
            assert render(Message(code, params), lang)
