"""Test configuration: headless Qt, and no test ever touches the real
user's settings or data folder."""

from __future__ import annotations

import os
import tempfile

# Set before any Qt import: every test runs on the offscreen platform.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
_SANDBOX = tempfile.mkdtemp(prefix="collabworkshop-tests-")
os.environ["COLLABWORKSHOP_CONFIG_DIR"] = os.path.join(_SANDBOX, "config")
os.environ["COLLABWORKSHOP_DATA_DIR"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "xdg-config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "xdg-data")
# The assertions are written in English: every test runs in English unless it
# asks for another language (a subprocess with its own environment).
os.environ["COLLABWORKSHOP_LANGUAGE"] = "en"
