"""The entry point, the controller and recovery sit in no import circle, and
nothing below the ui imports it: every import counts, also one inside a
function (it still ties the two modules together)."""

from __future__ import annotations

import ast
from pathlib import Path

import collabworkshop

PACKAGE = Path(collabworkshop.__file__).resolve().parent
#: Modules that must be in no circle (issue 12: app <-> cli <-> selfcheck,
#: controller <-> recovery).
WATCHED = ("collabworkshop.app", "collabworkshop.cli", "collabworkshop.selfcheck",
           "collabworkshop.controller.session_controller", "collabworkshop.controller.recovery",
           "collabworkshop.session")
#: Below the ui: never import it, nor Qt's widgets.
BELOW_UI = ("collabworkshop.controller.session_controller", "collabworkshop.controller.recovery",
            "collabworkshop.session", "collabworkshop.model", "collabworkshop.analysis", "collabworkshop.planning",
            "collabworkshop.storage")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Modules ``path`` imports, relative imports resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # "from . import cli"
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in files and m != name} for name, path in files.items()}


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected parts with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                part.add(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(part)

    for v in graph:
        if v not in index:
            visit(v)
    return out


def _watched(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_checker_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_the_checker_resolves_relative_imports():
    graph = _graph()
    assert "collabworkshop.ui.app.main_window" in graph["collabworkshop.app"]  # a lazy "from .ui.main_window import"
    assert "collabworkshop.storage" in graph["collabworkshop.controller.session_controller"]


def test_entry_point_controller_and_recovery_are_in_no_import_circle():
    bad = [sorted(part) for part in _cycles(_graph()) if any(_watched(m, WATCHED) for m in part)]
    assert bad == []


def test_nothing_below_the_ui_imports_the_ui_or_widgets():
    offenders = []
    for name, path in ((_module_name(p), p) for p in PACKAGE.rglob("*.py")):
        if not _watched(name, BELOW_UI):
            continue
        for module in _imports(path):
            if _watched(module, ("collabworkshop.ui", "PySide6.QtWidgets")):
                offenders.append(f"{name} imports {module}")
    assert offenders == []
