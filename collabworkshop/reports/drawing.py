"""Small shapes drawn the same way wherever the app draws a figure: the
report's pictures (gapchart.py) and the app's board and charts (ui, which
may import reports; reports never import ui)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF


def arrow_head(tip: QPointF, direction: float, length: float, half_width: float) -> QPolygonF:
    """The head of a horizontal arrow pointing right (``direction`` 1) or
    left (-1): its point at ``tip``, then the two corners of its base,
    ``length`` behind the point and ``half_width`` either side of the shaft."""
    base = tip.x() - direction * length
    return QPolygonF([QPointF(tip), QPointF(base, tip.y() - half_width), QPointF(base, tip.y() + half_width)])


def add_open_arrow_head(path: QPainterPath, tip: QPointF, direction: float, length: float,
                        half_width: float) -> None:
    """:func:`arrow_head` as two strokes back from the point, for arrows
    drawn with a pen rather than filled."""
    head = arrow_head(tip, direction, length, half_width)
    for corner in (head[1], head[2]):
        path.moveTo(head[0])
        path.lineTo(corner)
