"""Test configuration: headless Qt, and no test ever touches the real
user's settings or data folder."""

from __future__ import annotations

import os
import tempfile

# Set before any Qt import: every test runs on the offscreen platform, with
# one 1920x1200 screen: the test window (1500x950) fits on it, so real mouse
# and touch events reach every part of the board (the platform's default
# 800x800 screen dropped those right of x=800).
os.environ.setdefault("QT_QUICK_BACKEND", "software")
_SANDBOX = tempfile.mkdtemp(prefix="collabworkshop-tests-")
_SCREENS = os.path.join(_SANDBOX, "screens.json")
with open(_SCREENS, "w", encoding="utf-8") as _f:
    _f.write('{"screens": [{"name": "Screen", "x": 0, "y": 0, "width": 1920, "height": 1200}]}')
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ["COLLABWORKSHOP_CONFIG_DIR"] = os.path.join(_SANDBOX, "config")
os.environ["COLLABWORKSHOP_DATA_DIR"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "xdg-config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "xdg-data")
# The assertions are written in English: every test runs in English unless it
# asks for another language (a subprocess with its own environment).
os.environ["COLLABWORKSHOP_LANGUAGE"] = "en"
