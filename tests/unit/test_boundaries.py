"""The Qt-free layers (common, model, analysis, planning, session, storage) stay free of Qt, so they
can be used (and tested) from the command line and without a display; the
reports never import the ui (they receive the board's picture), the board's
pure geometry is free of Qt too, and the board's modules are in no import
circle."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from importgraph import app_modules, circles, import_graph, imported_modules, is_package, module_name, within

import collabworkshop

PACKAGE = Path(collabworkshop.__file__).resolve().parent
REPO = PACKAGE.parent
LAYERS = ("common", "model", "analysis", "planning", "session", "storage", "participation")
FORBIDDEN = {"PySide6", "pyqtgraph", "shiboken6"}


def _layer_files() -> list[Path]:
    files = sorted(f for layer in LAYERS for f in (PACKAGE / layer).rglob("*.py"))
    return files


def _imported_roots(tree: ast.AST) -> set[str]:
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def test_layers_have_source_files():
    files = _layer_files()
    for layer in LAYERS:
        assert any(f.parent.name == layer for f in files), layer
    assert len(files) >= 9


def test_the_checker_sees_qt_imports():
    # guard against a checker that can never fail
    tree = ast.parse(
        "import PySide6.QtCore\nfrom pyqtgraph import PlotWidget\nimport importlib\n"
        "importlib.import_module('shiboken6')\n"
    )
    assert _imported_roots(tree) >= FORBIDDEN


@pytest.mark.parametrize("path", _layer_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_import(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert not (_imported_roots(tree) & FORBIDDEN)


BLOCKED_RUN = textwrap.dedent(
    """
    import sys
    from importlib.abc import MetaPathFinder

    BLOCKED = {"PySide6", "pyqtgraph", "shiboken6"}

    class Block(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"blocked import of {name}")
            return None

    sys.meta_path.insert(0, Block())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker does not work")

    import tempfile
    from pathlib import Path

    import collabworkshop.analysis as analysis
    import collabworkshop.model as model
    import collabworkshop.planning as planning
    import collabworkshop.session as edits
    import collabworkshop.storage as storage
    from collabworkshop.session.operations import placements

    session = model.default_template().new_session(model.SessionInfo(title="Headless", date="2025-03-10"))
    model.AddTeam(model.Team("t1", "Alpha"), 0).apply(session)
    model.AddTeam(model.Team("t2", "Beta"), 1).apply(session)
    for team, today, needed in (("t1", 20.0, 80.0), ("t2", 30.0, 70.0)):
        model.SetPlacement("today", "outcomes", team, today).apply(session)
        model.SetPlacement("needed", "outcomes", team, needed).apply(session)
    # A named operation builds its change without Qt too.
    placements.place(session, "today", "overall", "t1", 40.0).apply(session)
    assert edits.OperationRefused is not None
    summary = analysis.session_summary(session)
    assert summary.gaps["outcomes"].gap == 50.0, summary.gaps["outcomes"]
    session.actions = planning.generate_plan(session)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "headless.cwsession"
        storage.save_session(session, path)
        back = storage.read_session(path)
    assert back == session
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    assert not loaded, loaded
    print("ok", len(back.actions))
    """
)


def test_layers_work_with_qt_blocked(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN],
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


# -- imports between the app's own modules ------------------------------------------------------


def test_the_checker_resolves_relative_imports():
    # guard against a checker that can never fail
    tree = ast.parse(
        "def picture():\n    from ..ui.board import render_board_image\n"
        "from .. import ui\nimport collabworkshop.ui.board\nfrom . import drawing\n"
    )
    found = imported_modules(tree, "collabworkshop.reports.png", False,
                              {"collabworkshop.ui", "collabworkshop.reports.drawing"})
    assert found == {"collabworkshop.ui.board", "collabworkshop.ui", "collabworkshop.reports.drawing"}
    typed = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .scene import Row\n")
    assert imported_modules(typed, "collabworkshop.ui.board.token", False) == {
        "typing", "collabworkshop.ui.board.scene"}
    assert imported_modules(typed, "collabworkshop.ui.board.token", False, runtime_only=True) == {"typing"}


def _report_files() -> list[Path]:
    return sorted((PACKAGE / "reports").rglob("*.py"))


@pytest.mark.parametrize("path", _report_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_reports_never_import_ui(path):
    # The reports receive the board's picture (a function or the pictures)
    # from the command line, the window or the self-check.
    known = set(app_modules())
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = imported_modules(tree, module_name(path), is_package(path), known)
    assert not {m for m in found if within(m, "collabworkshop.ui")}


def test_board_geometry_is_free_of_qt():
    path = PACKAGE / "ui" / "board" / "geometry.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert not (_imported_roots(tree) & FORBIDDEN)


def test_the_circle_finder_findscircles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]


def test_board_modules_are_in_no_import_circle():
    # A circle (such as the board and its accessibility factory importing
    # each other) means neither part can be read or changed on its own.
    # Imports for annotations only (a token names its scene's type) do not
    # run and are left out.
    board = [group for group in circles(import_graph())
             if any(within(m, "collabworkshop.ui.board") or m.startswith("collabworkshop.ui.board_")
                    for m in group)]
    assert not board, board
