"""The entry point, the controller and recovery sit in no import circle, and
nothing below the ui imports it: every import counts, also one inside a
function (it still ties the two modules together)."""

from __future__ import annotations

import ast
from pathlib import Path

from importgraph import app_modules, circles, import_graph, imported_modules, is_package, module_name

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


def _graph() -> dict[str, set[str]]:
    return import_graph(runtime_only=False)


def _imports(path: Path) -> set[str]:
    known = set(app_modules())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return imported_modules(tree, module_name(path), is_package(path), known)


_cycles = circles


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
    for name, path in ((module_name(p), p) for p in PACKAGE.rglob("*.py")):
        if not _watched(name, BELOW_UI):
            continue
        for module in _imports(path):
            if _watched(module, ("collabworkshop.ui", "PySide6.QtWidgets")):
                offenders.append(f"{name} imports {module}")
    assert offenders == []
