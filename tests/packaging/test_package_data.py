"""Every file in resources/ ships in the wheel.

setuptools copies into the wheel only the files that the package-data globs
of pyproject.toml name; a file in a new resources/ folder that no glob names
is silently left out, and the installed app (and the bundle, which collects
the installed package's data) starts without it. The globs are applied here
with the same rule setuptools uses ("*" does not cross a "/").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"


def _shipped() -> set[Path]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    shipped: set[Path] = set()
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        if package != "collabworkshop.resources" and not package.startswith("collabworkshop.resources."):
            continue
        folder = RESOURCES.joinpath(*package.split(".")[2:])
        shipped |= {path for pattern in patterns for path in folder.glob(pattern) if path.is_file()}
    return shipped


# Every resources folder a listed package with its files: test_packaging.py.


def test_the_phone_page_is_package_data():
    # The participation server serves these four files; without them a phone gets 404.
    shipped = {str(path.relative_to(RESOURCES)) for path in _shipped()}
    for name in ("index.html", "app.js", "style.css", "strings.json"):
        assert f"phone/{name}" in shipped
