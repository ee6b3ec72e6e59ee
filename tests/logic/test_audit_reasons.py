"""The reasons the app writes into the audit log: named once, shown in the user's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cart_bedside.logic import audit_reasons
from cart_bedside.logic.catalogue import CATALOGUE
from cart_bedside.logic.messages import render

PACKAGE = Path(audit_reasons.__file__).resolve().parents[1]


@pytest.mark.parametrize("stored", sorted(audit_reasons.CODES))
def test_each_reason_of_the_app_has_words_in_both_languages(stored):
    words = audit_reasons.reason_message(stored)
    assert words is not None and words.code in CATALOGUE
    zh, en = render(words, "zh_CN"), render(words, "en")
    assert zh and en and zh != en
    assert not any("a" <= c <= "z" for c in zh.replace("PIN", "")), zh  # no English left


@pytest.mark.parametrize("typed", ["病区更名", "wrong bed", "", None, "Backup failed"])
def test_a_reason_a_user_typed_is_shown_as_typed(typed):
    assert audit_reasons.reason_message(typed) is None


def test_no_module_writes_a_reason_of_its_own_in_english():
    """A ``reason="…"`` written as a literal anywhere else would show in English on the
    Chinese audit screen: the app's reasons are the constants of logic/audit_reasons.py."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "audit_reasons.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "reason":
                if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.value.lineno}")
    assert not found, found
