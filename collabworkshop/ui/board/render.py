"""The board as a picture, for the reports and screenshots: the one function
that draws it, :func:`render_board_image` (a scene without a view, painted
into a QImage).

Reports never import ui: the command line, the window and the self-check
hand this function (``reports.png``'s ``board_image``) or the pictures it
makes (``reports.pdf``'s ``board_images``) to the reports.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ...model import Session
from ...reports.png import DEFAULT_WIDTH, round_images
from .geometry import REPORT, BoardProfile
from .scene import SpectrumScene


def render_board_image(session: Session, round_id: str, compare_round_id: str = "",
                       width: int = DEFAULT_WIDTH, profile: BoardProfile = REPORT) -> QImage:
    """A picture of the board for one round, with ``compare_round_id``
    ghosted when given (a ``reports.png.BoardImage``). The report profile
    by default (no empty trays; a crowded line as a swarm, as on screen)."""
    scene = SpectrumScene(profile=profile)
    # A picture for a report shows the positions even of a round never revealed.
    scene.show_round(session, round_id, compare_round_id, editable=False, hidden=False)
    rect = scene.sceneRect()
    height = int(width * rect.height() / rect.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), rect)
    painter.end()
    return image


def board_images(session: Session) -> dict[str, QImage]:
    """One picture per round; each round after the first is drawn over the
    one before it (ghosted), with the gap arrows."""
    return round_images(session, render_board_image)
