"""Pictures of the board as PNG files, one per round, for slides and
e-mails, each round after the first drawn over the one before it, as in the
report. Needs a QGuiApplication.

The picture itself is drawn by the app's own board; reports never import
ui, so the caller passes the drawing function in (``board_image``, a
:data:`BoardImage`: the command line and the window pass
``collabworkshop.ui.board.render_board_image``).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from ..common.i18n import context
from ..model.session import Session
from ..storage.atomic import DestinationError, write_bytes, write_files
from .progress import Progress, Steps, check

tr = context("Reports")

DEFAULT_WIDTH = 1800

#: Draws the board: (session, round id, compare round id or "", width in
#: pixels) -> the picture.
BoardImage = Callable[[Session, str, str, int], QImage]


class RoundNotFound(ValueError):
    """``--round`` names no round; ``str()`` is a message for the user."""


def find_round(session: Session, text: str) -> str:
    """A round id from its number (1-based), id or name (case-insensitive)."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(session.rounds):
        return session.rounds[int(text) - 1].id
    for rnd in session.rounds:
        if rnd.id == text:
            return rnd.id
    for rnd in session.rounds:
        if rnd.name.casefold() == text.casefold():
            return rnd.id
    choices = ", ".join(f"{i} ({r.name})" for i, r in enumerate(session.rounds, start=1))
    raise RoundNotFound(f"no round {text!r}; the rounds are {choices}")


def _slug(text: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()
    return slug[:40] or "round"


def round_paths(session: Session, dest: Path) -> dict[str, Path]:
    """One file per round beside ``dest``: ``board.png`` gives
    ``board-1-today.png``, ``board-2-needed.png``, ..."""
    dest = Path(dest)
    suffix = dest.suffix or ".png"
    return {
        rnd.id: dest.with_name(f"{dest.stem}-{i}-{_slug(rnd.name)}{suffix}")
        for i, rnd in enumerate(session.rounds, start=1)
    }


def compare_round(session: Session, round_id: str) -> str:
    """The round a round's picture is drawn over: the one before it ("" for the first)."""
    index = [r.id for r in session.rounds].index(round_id)
    return session.rounds[index - 1].id if index > 0 else ""


def draw_board(board_image: BoardImage, session: Session, round_id: str, width: int) -> QImage:
    """One round's picture (over the round before it), and the drawing's
    scene freed at once: its items hold reference cycles, so without a
    collection each picture of a big room kept tens of megabytes alive until
    Python's cyclic collector happened to run (the C++ side of the scene does
    not count towards its thresholds)."""
    image = board_image(session, round_id, compare_round(session, round_id), width)
    gc.collect()
    return image


def round_images(session: Session, board_image: BoardImage, width: int = DEFAULT_WIDTH) -> dict[str, QImage]:
    """Every round's picture, by round id."""
    return {rnd.id: draw_board(board_image, session, rnd.id, width) for rnd in session.rounds}


def board_png(session: Session, round_id: str, board_image: BoardImage, width: int = DEFAULT_WIDTH) -> bytes:
    image = draw_board(board_image, session, round_id, width)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise DestinationError(tr("cannot encode the board picture as PNG"))
    buffer.close()
    return bytes(data.data())


def write_board_png(session: Session, dest: Path, round_id: str, width: int = DEFAULT_WIDTH, *,
                    board_image: BoardImage) -> None:
    """Raises OSError (DestinationError) with a message for the user."""
    write_bytes(Path(dest), board_png(session, round_id, board_image, width))


def write_board_pngs(session: Session, dest: Path, round_id: str | None = None, *,
                     board_image: BoardImage, progress: Progress | None = None) -> list[Path]:
    """One round to ``dest``, or (``round_id`` None) every round to
    :func:`round_paths`; returns the files written. ``progress`` hears of
    each picture and may cancel before anything is written."""
    if round_id is not None:
        check(progress, 0.0)
        data = board_png(session, round_id, board_image)
        check(progress, 1.0)
        write_bytes(Path(dest), data)
        return [Path(dest)]
    paths = round_paths(session, dest)
    steps = Steps(progress, len(paths))
    steps.report()
    pictures = {}
    for rid, path in paths.items():
        pictures[path] = board_png(session, rid, board_image)
        steps.step()
    # Every round's picture, or none: a full disk leaves the old set whole.
    write_files(pictures)
    return list(paths.values())
