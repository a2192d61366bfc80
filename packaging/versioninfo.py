"""The app's version has one source, ``__version__`` in
``collabworkshop/__init__.py``. pyproject.toml reads it (setuptools dynamic
version) and the PyInstaller spec reads it through this module; the AppStream
metainfo names it in its newest release, which :func:`checked_version` compares.

Usable without importing the app: ``python packaging/versioninfo.py`` prints
the version, or fails with one line if the metainfo disagrees.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "packaging" / "linux" / "org.collabworkshop.CollabWorkshop.metainfo.xml"


def project_version(root: Path = ROOT) -> str:
    """``__version__`` as written in collabworkshop/__init__.py."""
    tree = ast.parse((root / "collabworkshop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("collabworkshop/__init__.py sets no __version__ string")


def metainfo_version(path: Path = METAINFO) -> str:
    """The version of the newest (first) release in the AppStream metainfo."""
    release = ET.parse(path).getroot().find("releases/release")
    if release is None or not release.get("version"):
        raise ValueError(f"{path.name}: no <release version=...> in <releases>")
    return str(release.get("version"))


def checked_version(root: Path = ROOT) -> str:
    """The version, after checking that the metainfo's newest release names it."""
    version = project_version(root)
    listed = metainfo_version(root / METAINFO.relative_to(ROOT))
    if listed != version:
        raise ValueError(
            f"version mismatch: collabworkshop/__init__.py says {version}, the newest release in "
            f"{METAINFO.relative_to(ROOT)} says {listed}; add a <release> for {version}"
        )
    return version


if __name__ == "__main__":
    try:
        print(checked_version())
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"versioninfo: {exc}", file=sys.stderr)
        sys.exit(1)
