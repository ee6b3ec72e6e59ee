"""No import circles in the package (issue 13 item 2).

The graph is read from the source with :mod:`ast`, not by importing: an edge
``a → b`` for every ``import``/``from … import`` of a ``cart_bedside`` module
that runs when ``a`` is imported (module level, class bodies, ``if``/``try``
blocks; not inside functions, not under ``if TYPE_CHECKING``). ``from . import
x`` is an edge to the submodule ``x`` when there is one, else to the package.

Function-level imports are allowed (the UI defers heavy modules for start-up
time) but must not be a way round this test: in the layers that had circles
broken that way (storage, service) every import counts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "cart_bedside"
#: Packages where a function-level import counts as an edge too (no lazy dodges).
STRICT = ("cart_bedside.storage", "cart_bedside.service")


def _modules(package_dir: Path) -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in package_dir.rglob("*.py"):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found[".".join(parts)] = (path, is_package)
    return found


def _type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


def _imports(tree: ast.Module, *, everywhere: bool) -> list[ast.Import | ast.ImportFrom]:
    if everywhere:
        return [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append(node)
            elif isinstance(node, ast.If) and _type_checking(node.test):
                visit(node.orelse)
            else:
                for value in ast.iter_fields(node):
                    body = value[1]
                    if isinstance(body, list):
                        visit([n for n in body if isinstance(n, ast.stmt)])
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return found


def import_graph(package_dir: Path, strict: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """``module → modules of the package it imports`` (see the module docstring)."""
    root = package_dir.name
    modules = _modules(package_dir)
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        here = name if is_package else name.rpartition(".")[0]
        everywhere = any(name == s or name.startswith(s + ".") for s in strict)
        edges: set[str] = set()
        for node in _imports(tree, everywhere=everywhere):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name.split(".")[0] == root)
                continue
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != root:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                edges.add(sub if sub in modules else target)
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_level_import_cycle_in_the_package() -> None:
    found = cycles(import_graph(PACKAGE_DIR))
    assert found == [], "import circles (module level): " + "; ".join(" ↔ ".join(c) for c in found)


@pytest.mark.parametrize("package", STRICT)
def test_no_cycle_even_through_function_level_imports(package: str) -> None:
    graph = import_graph(PACKAGE_DIR, strict=STRICT)
    found = [c for c in cycles(graph) if all(m.startswith(package) for m in c)]
    assert found == [], "import circles dodged by lazy imports: " + "; ".join(
        " ↔ ".join(c) for c in found
    )


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "cart_bedside"


def test_the_check_finds_a_circle(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "cart_bedside/__init__.py": "",
            "cart_bedside/store/__init__.py": "",
            "cart_bedside/store/a.py": "from .b import x\n",
            "cart_bedside/store/b.py": "from . import c\nx = 1\n",
            "cart_bedside/store/c.py": "class C:\n    from cart_bedside.store.a import x\n",
            "cart_bedside/store/d.py": "def f():\n    from .a import x\n",
            "cart_bedside/store/e.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from .d import f\n",
        },
    )
    assert cycles(import_graph(package)) == [
        ["cart_bedside.store.a", "cart_bedside.store.b", "cart_bedside.store.c"]
    ]
    lazy = _write(
        tmp_path,
        {"cart_bedside/store/a.py": "from .d import f\n", "cart_bedside/store/c.py": ""},
    )
    assert cycles(import_graph(lazy)) == []
    assert cycles(import_graph(lazy, strict=("cart_bedside.store",))) == [
        ["cart_bedside.store.a", "cart_bedside.store.d"]
    ]
