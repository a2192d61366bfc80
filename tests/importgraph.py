"""The app's import graph read from its source, for the tests that guard
its shape (tests/unit/test_boundaries.py, tests/unit/test_import_cycles.py):
every import counts, also one inside a function, with relative imports
resolved; imports for type annotations only can be left out."""

from __future__ import annotations

import ast
from pathlib import Path

import collabworkshop

PACKAGE = Path(collabworkshop.__file__).resolve().parent
REPO = PACKAGE.parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def app_modules() -> dict[str, Path]:
    return {module_name(f): f for f in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _nodes(tree: ast.AST, runtime_only: bool):
    """All nodes, or (``runtime_only``) those outside ``if TYPE_CHECKING:``."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if runtime_only and _type_checking_block(node):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))


def imported_modules(tree: ast.AST, module: str, package: bool, known: set[str] = frozenset(),
                      runtime_only: bool = False) -> set[str]:
    """Every module a module imports, anywhere in it (function bodies too),
    relative imports resolved: ``from ..ui.board import x`` in
    ``collabworkshop.reports.png`` is ``collabworkshop.ui.board``, and
    ``from . import overlays`` names the submodule when it is one of ``known``.
    ``runtime_only`` leaves out imports for type annotations only."""
    here = module.split(".") if package else module.split(".")[:-1]
    out = set()
    for node in _nodes(tree, runtime_only):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in known else target)
    return out


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def import_graph(runtime_only: bool = True) -> dict[str, set[str]]:
    """Module -> the app modules it imports (``runtime_only``: not those
    imported for annotations only)."""
    modules = app_modules()
    known = set(modules)
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = {m for m in imported_modules(tree, name, is_package(path), known, runtime_only=runtime_only)
                       if m in known}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups
