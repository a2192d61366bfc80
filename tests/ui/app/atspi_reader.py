"""Read the app's accessible tree over AT-SPI with the system python3's
pyatspi (run by tests/ui/app/atspi_driver.py; the project's venv need not
have gi). Prints JSON: every slider under the board (the tokens) with its
name, description and value, and every control shown without a name."""

from __future__ import annotations

import json
import sys
import time

import pyatspi

CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button", "text", "entry",
    "list", "table", "tree table", "tree", "slider", "page tab", "menu item", "scroll bar",
}


def find_app(name: str, wait: float = 30.0):
    end = time.time() + wait
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == name:
                return child
        time.sleep(0.5)
    return None


def walk(node, out, depth=0):
    if node is None or depth > 60:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
    except Exception:  # a node going away mid-walk
        return
    if role == "slider" and out["in_board"] > 0:
        value = None
        try:
            value = node.queryValue().currentValue
        except (NotImplementedError, Exception):
            pass
        out["tokens"].append({"name": name, "description": node.description or "", "value": value})
    elif showing and role in CONTROLS and not name.strip():
        chain = []
        up = node.parent
        while up is not None and len(chain) < 4:
            chain.append(f"{up.getRoleName()} {up.name!r}")
            up = up.parent
        out["unnamed"].append(f"{role} in " + " < ".join(chain))
    board = name == "Spectrum board"
    if board:
        out["in_board"] += 1
        out["boards"] += 1
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), out, depth + 1)
    if board:
        out["in_board"] -= 1


def main() -> int:
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "the app never showed on the AT-SPI bus"}))
        return 1
    out = {"tokens": [], "unnamed": [], "in_board": 0, "boards": 0}
    out = {"tokens": [], "unnamed": [], "in_board": 0, "boards": 0}
    walk(app, out)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
