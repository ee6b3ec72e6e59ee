"""storage/ and service/ import their public names when first used (PEP 562, issue 16).

Every name the packages offered when they imported everything eagerly is still
there and is the same object as in its module; the lazy table and the
``if TYPE_CHECKING:`` imports (what mypy and tests/test_import_cycles.py read)
name the same modules; importing a package loads none of its modules.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["cart_bedside.storage", "cart_bedside.service"]


def type_checking_imports(package: str) -> dict[str, str]:
    """name → module (relative, no dot) of the ``if TYPE_CHECKING:`` imports of ``package``."""
    path = ROOT / Path(*package.split(".")) / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.level == 1
                for alias in statement.names:
                    found[alias.asname or alias.name] = str(statement.module)
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_the_lazy_table_is_the_type_checking_imports(package: str) -> None:
    module = importlib.import_module(package)
    table = type_checking_imports(package)
    assert table, "the public names are listed under if TYPE_CHECKING:"
    assert module._MODULES == table
    assert module.__all__ == sorted(table)  # what `from … import *` and ruff read


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_is_the_object_of_its_module(package: str) -> None:
    module = importlib.import_module(package)
    for name, where in module._MODULES.items():
        assert getattr(module, name) is getattr(
            importlib.import_module(f"{package}.{where}"), name
        ), name
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        module.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        exec(f"from {package} import no_such_name", {})


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_importing_the_packages_loads_none_of_their_modules() -> None:
    loaded = run(
        "import sys, cart_bedside.storage, cart_bedside.service\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cart_bedside.storage.', "
        "'cart_bedside.service.'))))"
    )
    assert loaded == "[]"


def test_a_name_imports_its_module_only() -> None:
    loaded = run(
        "import sys\n"
        "from cart_bedside.service import SignInError\n"
        "print('cart_bedside.service.admin' in sys.modules, "
        "'cart_bedside.storage.restore' in sys.modules)"
    )
    assert loaded == "False False"


def test_storage_restore_stays_the_function_after_its_module_is_imported() -> None:
    """``storage/restore.py`` defines ``restore``: loading the module first (as
    ``storage.commands`` does) must not make ``from storage import restore`` the module."""
    out = run(
        "import cart_bedside.storage.restore as module_first\n"
        "from cart_bedside.storage import restore\n"
        "from cart_bedside.service.admin import storage_restore\n"
        "print(callable(restore), restore is storage_restore, type(restore).__name__)"
    )
    assert out == "True True function"
