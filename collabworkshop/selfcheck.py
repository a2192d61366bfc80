"""``collabworkshop self-check``: prove that an installed or bundled copy of
the app can do its real work, without a display.

It reads the shipped sample session, draws the board of every round, writes
the PDF report into a temporary folder and looks at what came out. It runs
on Qt's offscreen platform (unless QT_QPA_PLATFORM says otherwise), touches
no settings and leaves no file behind. A package that lost its resources, a
Qt plugin or a library fails here with one line saying which step broke.

Used by ``make package-test`` on the PyInstaller bundle and by the wheel
check (scripts/wheel_check.sh) on a wheel installed into a fresh venv.
"""

from __future__ import annotations

import io
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from . import __version__

SAMPLE = ("sample", "eastport-alliance.cwsession")
#: Every kind of file the app loads from its resources at run time.
RESOURCES = (
    ("templates", "default.json"),
    ("actions.json",),
    ("themes", "light.qss"),
    ("icons", "collabworkshop-256.png"),
    ("translations", "collabworkshop_de.qm"),  # the window's catalogue
    ("translations", "collabworkshop_de.ts"),  # the terminal commands' (read without Qt)
    SAMPLE,
)
MIN_PDF_BYTES = 10_000


class SelfCheckError(Exception):
    """A step failed; ``str()`` names the step and what went wrong."""


def run(out: TextIO | None = None) -> None:
    """Run every step, printing one line per step to ``out`` (stdout by
    default); raise SelfCheckError at the first failure."""
    if out is None:
        # A windowed program on Windows has no stdout; the exit status still tells.
        out = sys.stdout if sys.stdout is not None else io.StringIO()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()

    def say(text: str) -> None:
        out.write(text + "\n")
        out.flush()

    frozen = bool(getattr(sys, "frozen", False))
    say(f"collabworkshop {__version__} self-check ({'bundle' if frozen else 'Python package'})")
    say(f"  python {platform.python_version()} on {sys.platform}")

    paths = _step("resources", _check_resources)
    say(f"  resources: {len(paths)} files checked in {paths[0].parent.parent}")

    session = _step("sample session", lambda: _read_sample(paths[-1]))
    placed = len(session.placements)
    say(f"  sample session: '{session.info.title}', {len(session.teams)} teams, "
        f"{len(session.rounds)} rounds, {placed} placements")
    if not session.teams or not session.rounds or not placed:
        raise SelfCheckError("sample session: it is empty (no teams, rounds or placements)")

    app = _step("Qt", _application)
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    say(f"  Qt {qVersion()} (PySide6 {pyside_version}), platform '{app.platformName()}'")

    images = _step("board", lambda: _render_board(session))
    sizes = ", ".join(f"{rid} {img.width()}x{img.height()}" for rid, img in images.items())
    say(f"  board rendered: {sizes}")

    with tempfile.TemporaryDirectory(prefix="collabworkshop-selfcheck-") as tmp:
        pdf = Path(tmp) / "report.pdf"
        size = _step("PDF report", lambda: _write_pdf(session, pdf, images))
        say(f"  PDF report: {size:,} bytes written to a temporary folder")

    say(f"self-check passed in {time.perf_counter() - started:.1f} s")


def _step(name: str, action: Callable[[], Any]) -> Any:
    try:
        return action()
    except SelfCheckError:
        raise
    except Exception as exc:
        raise SelfCheckError(f"{name}: {type(exc).__name__}: {exc}") from exc


def _check_resources() -> list[Path]:
    from .model.template import default_template, resource_path
    from .planning.generate import load_library

    paths = [resource_path(*parts) for parts in RESOURCES]
    missing = [str(p) for p in paths if not p.is_file() or p.stat().st_size == 0]
    if missing:
        raise SelfCheckError(f"resources: missing or empty: {', '.join(missing)}")
    default_template()
    load_library()
    return paths


def _read_sample(path: Path):
    from .storage import read_session

    return read_session(path)


def _application():
    from PySide6.QtWidgets import QApplication

    from .app import configure

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "collabworkshop"])
    configure(app)  # theme and icons, as the app does at start-up
    if app.windowIcon().isNull():
        raise SelfCheckError("Qt: the app icon could not be loaded")
    from PySide6.QtCore import QTranslator

    from .common.i18n import catalogue_file

    # The German catalogue loads and holds a known word (a bundle that lost
    # the .qm would quietly fall back to English).
    german = QTranslator()
    if not german.load(catalogue_file("de", ".qm")) or german.translate("Words", "Shared goals") != "Gemeinsame Ziele":
        raise SelfCheckError("Qt: the German translation could not be loaded")
    return app


def _render_board(session) -> dict:
    from .ui.board import board_images

    images = board_images(session)
    if len(images) != len(session.rounds):
        raise SelfCheckError(f"board: {len(images)} pictures for {len(session.rounds)} rounds")
    for round_id, image in images.items():
        if image.isNull() or image.width() < 100 or image.height() < 50:
            raise SelfCheckError(f"board: the picture of round '{round_id}' is empty")
        # A blank picture would mean nothing was drawn: expect more than the background.
        background = image.pixel(0, 0)
        step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
        if all(image.pixel(x, y) == background
               for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)):
            raise SelfCheckError(f"board: the picture of round '{round_id}' is blank")
    return images


def _write_pdf(session, pdf: Path, images: dict) -> int:
    from .reports.pdf import write_pdf_report

    write_pdf_report(session, pdf, images)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfCheckError("PDF report: the file written is not a PDF")
    if len(data) < MIN_PDF_BYTES:
        raise SelfCheckError(f"PDF report: only {len(data)} bytes, expected at least {MIN_PDF_BYTES}")
    if b"%%EOF" not in data[-1024:]:
        raise SelfCheckError("PDF report: the file is incomplete (no end-of-file marker)")
    return len(data)
