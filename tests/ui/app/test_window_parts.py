"""The window in parts: the menu table (ui/app/menus.py) and the export table
(reports/formats.py, ui/app/exports.py) are what the window and the command line
really offer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from collabworkshop.reports.formats import FORMATS
from collabworkshop.ui.app.exports import export_items
from collabworkshop.ui.app.menus import Act, DockToggle, Menu, menu_table


def _declared(items) -> list:
    out = []
    for item in items:
        if isinstance(item, Menu):
            out += _declared(item.items)
        elif item is not None:
            out.append(item)
    return out


def _menu_actions(menu) -> list:
    """Every action reachable from ``menu``, submenus included."""
    out = []
    for action in menu.actions():
        out.append(action)
        if action.menu() is not None:
            out += _menu_actions(action.menu())
    return out


def test_every_declared_action_is_in_the_window_with_its_keys_and_a_name(window):
    declared = _declared(menu_table())
    assert len(declared) > 40
    reachable = _menu_actions(window.menuBar())
    for spec in declared:
        action = getattr(window, spec.name)
        assert action.objectName(), spec.name
        assert action.text().replace("&", "").strip(), spec.name  # what a screen reader says
        wanted = [QKeySequence(k) for k in spec.shortcuts]
        assert [k for k in action.shortcuts()] == [k for k in wanted if not k.isEmpty()], spec.name
        listed = isinstance(spec, DockToggle) or spec.listed
        assert (action in reachable) == listed, spec.name
        if isinstance(spec, Act) and spec.on_window or isinstance(spec, DockToggle):
            assert action in window.actions(), spec.name  # its keys work with the menu bar hidden
        if isinstance(spec, Act) and spec.on_display:
            assert action in window.menus.display_actions, spec.name


def test_no_two_actions_share_a_key(window, sample_copy):
    window.open_file(sample_copy)  # the audience display exists: its keys count too
    seen: dict[str, str] = {}
    for owner in (window, window.display):
        for action in owner.actions():
            for key in action.shortcuts():
                text = key.toString()
                if text in seen and seen[text] != action.objectName():
                    raise AssertionError(f"{text} is both {seen[text]} and {action.objectName()}")
                seen[text] = action.objectName()
    assert {"Ctrl+E", "F1", "F5", "F9", "Esc", "Ctrl+9"} <= set(seen)


def test_menu_actions_are_enabled_by_their_rule(window, sample_copy):
    assert not window.save_action.isEnabled() and not window.followup_action.isEnabled()
    assert window.new_action.isEnabled() and window.shortcuts_action.isEnabled()
    window.open_file(sample_copy)
    assert window.save_action.isEnabled() and window.followup_action.isEnabled()
    assert not window.trend_action.isEnabled()  # the sample has no baseline
    assert not window.undo_action.isEnabled()
    window.close_session()
    assert not window.present_action.isEnabled() and not window.console_action.isEnabled()


def test_every_format_of_the_table_is_in_the_export_menu_and_writes_its_file(
        window, sample_copy, tmp_path: Path, monkeypatch):
    items = {item.format: item for item in export_items()}
    assert list(items) != [] and set(items) == {f.id for f in FORMATS}
    window.open_file(sample_copy)
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True))
    in_menu = window.export_menu.actions()
    for fmt in FORMATS:
        action = getattr(window, items[fmt.id].action)
        assert action in in_menu, fmt.id
        out = tmp_path / f"menu-{fmt.id}"  # no extension: the app adds the format's
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        action.trigger()
        written = out.with_name(out.name + fmt.suffix)
        assert written.is_file() and written.stat().st_size > 0, fmt.id


@pytest.mark.slow
def test_the_command_line_offers_every_format_of_the_table():
    done = subprocess.run([sys.executable, "-m", "collabworkshop", "export", "--help"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    choices = done.stdout.split("{", 1)[1].split("}", 1)[0].split(",")
    assert choices == [f.id for f in FORMATS]
