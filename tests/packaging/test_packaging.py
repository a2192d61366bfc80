"""The packaging files agree with the app and with each other: one version,
one application id, one session file type, icons that real readers accept,
and a self-check that passes on the source tree.

The bundle itself is built and checked by ``make package`` and
``make package-test``, the wheel by ``make wheel-check``; these tests are the
fast part that runs with the rest of the suite.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from collabworkshop import __version__
from collabworkshop.storage import APPLICATION_ID, FILE_SUFFIX

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.collabworkshop.CollabWorkshop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "collabworkshop-session.xml"
SPEC = PACKAGING / "collabworkshop.spec"
MIME_TYPE = "application/x-collabworkshop-session"
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _versioninfo():
    spec = importlib.util.spec_from_file_location("versioninfo", PACKAGING / "versioninfo.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# -- one version ---------------------------------------------------------------


def test_version_has_one_source() -> None:
    versioninfo = _versioninfo()
    assert versioninfo.project_version() == __version__
    assert versioninfo.metainfo_version() == __version__, "add a <release> to the metainfo for the new version"
    assert versioninfo.checked_version() == __version__
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "collabworkshop.__version__"}


def test_spec_takes_the_version_from_the_helper() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "VERSION = checked_version(ROOT)" in text
    assert not re.search(r"""["']\d+\.\d+\.\d+["']""", text), "the spec must not write a version of its own"


def test_version_mismatch_is_reported(tmp_path: Path) -> None:
    versioninfo = _versioninfo()
    (tmp_path / "collabworkshop").mkdir()
    (tmp_path / "collabworkshop" / "__init__.py").write_text('__version__ = "9.9.9"\n', encoding="utf-8")
    meta = tmp_path / METAINFO.relative_to(REPO)
    meta.parent.mkdir(parents=True)
    meta.write_bytes(METAINFO.read_bytes())
    with pytest.raises(ValueError, match="9.9.9"):
        versioninfo.checked_version(tmp_path)


# -- one application id and file type ------------------------------------------------


def test_desktop_file_launches_the_app_with_a_session() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "collabworkshop %f"
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert "Office" in entry["Categories"].split(";")
    assert (REPO / "resources" / "icons" / f"{entry['Icon']}-256.png").is_file()
    assert (REPO / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_metainfo_names_the_desktop_file_and_the_file_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "collabworkshop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("name") == _desktop_entry()["Name"]
    spec = SPEC.read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    assert f'MIME_TYPE = "{MIME_TYPE}"' in spec


def _mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    types = root.findall("m:mime-type", MIME_NS)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    return types[0]


def _magic_matches(data: bytes) -> bool:
    """Apply the MIME file's magic rules the way shared-mime-info does (the
    two match types used here: a string, and a big-endian 32-bit number)."""

    def match(rule: ET.Element) -> bool:
        offset = int(rule.get("offset", "0"))
        kind, value = rule.get("type"), rule.get("value", "")
        if kind == "string":
            expected = value.encode("latin-1").decode("unicode_escape").encode("latin-1")
        elif kind == "big32":
            expected = int(value, 0).to_bytes(4, "big")
        else:
            raise AssertionError(f"unexpected match type {kind}")
        if data[offset:offset + len(expected)] != expected:
            return False
        children = rule.findall("m:match", MIME_NS)
        return not children or any(match(child) for child in children)

    magic = _mime_type().find("m:magic", MIME_NS)
    assert magic is not None
    return any(match(rule) for rule in magic.findall("m:match", MIME_NS))


def test_mime_type_glob_and_magic_fit_the_session_files(tmp_path: Path) -> None:
    mime = _mime_type()
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == [f"*{FILE_SUFFIX}"]
    big32 = [m for m in mime.iter(f"{{{MIME_NS['m']}}}match") if m.get("type") == "big32"]
    assert [int(m.get("value", ""), 0) for m in big32] == [APPLICATION_ID]
    assert _magic_matches(SAMPLE.read_bytes())
    # Any other SQLite database is not a session.
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert not _magic_matches(other.read_bytes())
    assert not _magic_matches(b"not a database at all" * 10)


# -- icons -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("collabworkshop.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("collabworkshop.icns", [16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024]),
    ],
)
def test_icon_containers_are_read_by_qt(qapp, name: str, sizes: list[int]) -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(PACKAGING / "icons" / name))
    assert reader.canRead(), reader.errorString()
    read = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{name} image {index}: {reader.errorString()}"
        assert image.width() == image.height()
        read.append(image.width())
    assert read == sizes


def test_ico_holds_the_same_pictures_as_the_app_pngs() -> None:
    ico = (PACKAGING / "icons" / "collabworkshop.ico").read_bytes()
    for size in (16, 32, 48, 64, 128, 256):
        png = (REPO / "resources" / "icons" / f"collabworkshop-{size}.png").read_bytes()
        assert png in ico, f"the {size} px picture differs; run 'make icons'"


# -- self-check ----------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.mark.slow
def test_self_check_passes_offscreen_on_the_source_tree() -> None:
    result = _run("self-check")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"collabworkshop {__version__} self-check (Python package)")
    assert "platform 'offscreen'" in out  # chosen by the self-check itself: QT_QPA_PLATFORM was unset
    assert re.search(r"board rendered: today \d+x\d+, needed \d+x\d+", out)
    assert re.search(r"PDF report: [\d,]+ bytes", out)
    assert out.rstrip().splitlines()[-1].startswith("self-check passed")
    assert result.stderr == ""


@pytest.mark.slow
def test_self_check_takes_no_arguments() -> None:
    result = _run("self-check", "now")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "collabworkshop: self-check takes no arguments\n"


# -- every package in the wheel ------------------------------------------------


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    # setuptools builds the wheel from the explicit list; a package folder
    # missing from it (a new ui.board, say) would be left out of the wheel,
    # and the installed app would fail only when that part is first used.
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    source = REPO / "collabworkshop"
    folders = {
        ".".join(init.parent.relative_to(REPO).parts) for init in source.rglob("__init__.py")
    }
    assert any(name.count(".") >= 2 for name in folders)  # the scan sees packages within packages
    assert folders - listed == set()


def test_every_resources_folder_is_a_listed_package_with_its_files() -> None:
    # setuptools ships data only from listed packages: a resources folder
    # missing from the list is either left out of the wheel or, through a
    # parent's glob, shipped with a "Package would be ignored" warning at
    # every install (which `make run` printed twenty times).
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    data = pyproject["tool"]["setuptools"]["package-data"]
    resources = REPO / "resources"
    for folder in sorted(p for p in resources.rglob("*") if p.is_dir() and p.name != "__pycache__"):
        name = ".".join(("collabworkshop", "resources", *folder.relative_to(resources).parts))
        assert name in listed, f"{name} is not in [tool.setuptools] packages"
        files = [f for f in folder.iterdir() if f.is_file()]
        patterns = data.get(name, [])
        unshipped = [f.name for f in files if not any(f.match(p) for p in patterns)]
        assert not unshipped, f"{name}: no package-data pattern ships {unshipped}"
    assert all("/" not in pattern for patterns in data.values() for pattern in patterns)
