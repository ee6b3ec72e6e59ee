"""The shape of the code is checked with the tests: ruff, import-linter, pure logic."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOGIC = ROOT / "cart_bedside" / "logic"
FORBIDDEN = {"PySide6", "shiboken6", "sqlite_utils", "sqlite3", "matplotlib", "reportlab"}


def _tool(name):
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name)


def test_logic_imports_only_the_standard_library_and_itself():
    for path in LOGIC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top not in FORBIDDEN, f"{path.relative_to(ROOT)} imports {name}"
                assert top in sys.stdlib_module_names or top in ("cart_bedside", "__future__"), (
                    f"{path.relative_to(ROOT)} imports non-stdlib {name}"
                )


def test_import_linter_contracts_hold():
    tool = _tool("lint-imports")
    assert tool, "import-linter is part of the [test] extra"
    result = subprocess.run([tool], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    tool = _tool("ruff")
    assert tool, "ruff is part of the [test] extra"
    result = subprocess.run(
        [tool, "check", "."], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied():
    """`ruff format --check` passes: one layout everywhere, so diffs show only real changes."""
    tool = _tool("ruff")
    assert tool, "ruff is part of the [test] extra"
    result = subprocess.run(
        [tool, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
