"""The shape of the code is checked with the tests: ruff, import-linter, pure logic."""

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cart_bedside"
LOGIC = PACKAGE / "logic"
UI = ROOT / "cart_bedside" / "ui"
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


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _imported(node: ast.AST, module: str) -> list[str]:
    """The absolute module names an import statement in ``module`` names."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".")[: -node.level]  # a module's level 1 is its package
        base = ".".join([*package, *([node.module] if node.module else [])])
    # ``from .. import storage`` names a module too
    return [base, *(f"{base}.{a.name}" for a in node.names)]


def ui_reaches_storage(source: str, module: str) -> list[str]:
    """What in ``source`` (a module of cart_bedside.ui) goes around the services: any
    ``.repo`` attribute (also ``getattr(x, "repo")``) or any import of cart_bedside.storage."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "repo":
            found.append(f"line {node.lineno}: .repo")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr", "hasattr")
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value == "repo"
        ):
            found.append(f"line {node.lineno}: {node.func.id}(…, 'repo')")
        for name in _imported(node, module):
            if name == "cart_bedside.storage" or name.startswith("cart_bedside.storage."):
                found.append(f"line {node.lineno}: imports {name}")
                break
    return found


def test_the_ui_talks_to_services_only():
    """No widget reaches the repository past the services' role checks (issue 13 item 3),
    nor do the plots and reports the screens draw (they read through the services)."""
    bad = {}
    package = ROOT / "cart_bedside"
    paths = [p for d in (UI, package / "plots", package / "reports") for p in d.rglob("*.py")]
    for path in sorted(paths):
        found = ui_reaches_storage(path.read_text(encoding="utf-8"), _module_of(path))
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert not bad, bad


def test_the_ui_check_finds_each_way_around_the_services():
    module = "cart_bedside.ui.record.some_tab"
    for source in (
        "x = self.session.service.repo.patients.get_patient(e)",
        "repo = service.repo",
        "r = getattr(service, 'repo')",
        "from ...storage import Repository",
        "from ... import storage",
        "from ...storage.audit import AuditEntry",
        "import cart_bedside.storage.db",
        "from cart_bedside.storage import open_database",
        "def f():\n    from ...storage import User\n",
    ):
        assert ui_reaches_storage(source, module), source
    for source in (
        "from ...service import WardService",
        "from ...service.types import User",
        "from ..storage_view import x",  # a ui module of that name is not storage
        "repository = service.patient(e)",
        "theme.repolish(w)",
    ):
        assert not ui_reaches_storage(source, module), source


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


#: The flags ``strict = true`` turns on (it cannot be set per module in [tool.mypy]).
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
    "extra_checks",
)


def test_mypy_configuration_keeps_logic_strict_and_silences_nothing_of_ours():
    """[tool.mypy]: the whole package, strict's flags on logic/, no module of the package
    with errors ignored; missing imports ignored only for third-party packages without
    type information."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["cart_bedside"]
    assert config.get("warn_unused_ignores") is True
    overrides = config.get("overrides", [])
    logic = [o for o in overrides if "cart_bedside.logic" in o["module"]]
    assert logic, "no override for cart_bedside.logic"
    for flag in STRICT_FLAGS:
        assert logic[0].get(flag) is True, f"logic/ lost strict's {flag}"
    for override in overrides:
        modules = (
            override["module"] if isinstance(override["module"], list) else [override["module"]]
        )
        assert not override.get("ignore_errors"), f"errors ignored in {modules}"
        if override.get("ignore_missing_imports"):
            ours = [m for m in modules if m.split(".")[0] == "cart_bedside"]
            assert not ours, f"ignore_missing_imports is for third-party packages: {ours}"


def test_type_ignores_name_the_error_and_say_why():
    """A ``# type: ignore`` names its error code and says why (a library's stub that is
    wrong, an optional module's fallback), on its line or the line above."""
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if "type: ignore" not in line:
                continue
            where = f"{path.relative_to(ROOT)}:{number}"
            match = re.search(r"# type: ignore\[[a-z-]+(,[a-z-]+)*\](.*)", line)
            assert match, f"{where}: a bare type: ignore"
            reason = match.group(2).strip() or lines[number - 2].strip()
            assert reason.startswith("#") and len(reason) > 10, f"{where}: say why"


def test_mypy_whole_package_is_clean():
    """`mypy cart_bedside` reports 0 errors: mypy's defaults for the package, strict's flags
    for logic/ ([tool.mypy] in pyproject.toml; issue 13 item 9).

    Incremental, its cache in .mypy_cache (what a plain `mypy` run uses too): a first
    run checks all ~350 modules (about 30 s on an idle 2-core machine, 100 s on a busy one),
    a later run only what changed (about 3 s).
    """
    tool = _tool("mypy")
    assert tool, "mypy is part of the [test] extra"
    result = subprocess.run(
        [tool, "--cache-dir", str(ROOT / ".mypy_cache"), "cart_bedside"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
