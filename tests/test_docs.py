"""The documentation travels with the code: every link in README.md and docs/ stays
inside the repository and points at a file that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_stays_in_the_repository(page):
    text = page.read_text(encoding="utf-8")
    for target in LINK.findall(text):
        if target.startswith("#"):
            continue
        assert "://" not in target and not target.startswith("mailto:"), (
            f"{target}: a link leaving the repository; describe it in docs/ instead"
        )
        path = (page.parent / target.split("#", 1)[0]).resolve()
        assert path.is_relative_to(ROOT), f"{target}: outside the repository"
        assert path.exists(), f"{target}: no such file"


def test_the_pages_a_hospital_needs_are_there():
    for name in ("assess-contract.md", "sources.md", "limits.md", "install.md"):
        assert (ROOT / "docs" / name).is_file(), name


def test_command_2_finds_the_whole_test_extra():
    """tests/extra_installed.py (README command 2) follows cart-bedside[server] and sees
    every package of the extra installed in the environment running the tests."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("extra", ROOT / "tests" / "extra_installed.py")
    extra = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extra)
    extras = {
        "test": ["pytest>=8", "cart-bedside[a, b]"],
        "a": ["fastapi>=1"],
        "b": ["psycopg[binary]>=3", "cart-bedside[a]"],
    }
    assert extra.requirements("test", extras, set()) == ["pytest", "fastapi", "psycopg"]
    assert extra.missing() == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/python tests/extra_installed.py ||" in readme
    assert ".venv/bin/python tests/extra_installed.py ||" in (ROOT / ".ci" / "run").read_text()
