"""Exit 0 when the app's dependencies and the ``test`` extra are installed, else 1 naming
the missing.

The README's command 2 runs it first and installs the extra only when needed:

    .venv/bin/python tests/extra_installed.py || .venv/bin/pip install -e ".[test]" && …

Reads ``pyproject.toml`` (so an extra another change added is noticed), follows
``cart-bedside[other]`` to that extra, and checks presence only (pip checks versions
when it installs). Standard library only.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def requirements(extra: str, extras: dict[str, list[str]], seen: set[str]) -> list[str]:
    if extra in seen:
        return []
    seen.add(extra)
    names = []
    for requirement in extras.get(extra, []):
        name = re.match(r"[A-Za-z0-9._-]+", requirement)[0]
        inner = re.match(r"[A-Za-z0-9._-]+\[([^\]]+)\]", requirement)
        if name.lower().replace("_", "-") == "cart-bedside" and inner:
            for other in inner.group(1).split(","):
                names += requirements(other.strip(), extras, seen)
        else:
            names.append(name)
    return names


def missing(extra: str = "test") -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    extras = dict(project.get("optional-dependencies", {}))
    extras[""] = list(project.get("dependencies", []))  # the app's own, added by later changes too
    gone = []
    for name in requirements("", extras, set()) + requirements(extra, extras, set()):
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            gone.append(name)
    return gone


if __name__ == "__main__":
    gone = missing()
    if gone:
        print(f"test tools missing: {', '.join(gone)}", file=sys.stderr)
    sys.exit(1 if gone else 0)
