"""The gap chart for the report: per dimension, Today's median (a hollow
circle) and Needed's median (a filled square) on the 0..100 line, joined by
an arrow, with the gap in points and its class written beside it (Today and
Needed as ``analysis.stats.gap_rounds`` picks them).

Drawn with QPainter into a QImage in black and greys only: shapes, arrow
heads and words carry every meaning, so it reads the same printed in
greyscale. Needs a QGuiApplication.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ..analysis.stats import MAJOR_GAP, MODERATE_GAP, GapClass, SessionSummary, gap_text, session_summary
from ..common.i18n import context
from ..model.session import Session
from .drawing import arrow_head
from .text import gap_labels

INK = QColor("#000000")
GREY = QColor("#6E6E6E")
LIGHT = QColor("#D0D0D0")
BAND = QColor("#EFEFEF")

tr = context("Reports")


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def _circle(painter: QPainter, centre: QPointF, r: float, width: float) -> None:
    painter.setPen(QPen(INK, width))
    painter.setBrush(QBrush(QColor("#FFFFFF")))
    painter.drawEllipse(centre, r, r)


def _square(painter: QPainter, centre: QPointF, r: float) -> None:
    painter.setPen(QPen(INK, 1))
    painter.setBrush(QBrush(INK))
    painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))


def _arrow(painter: QPainter, start: QPointF, end: QPointF, width: float, head: float, dashed: bool) -> None:
    """A line from ``start`` with a solid head whose point touches ``end``."""
    direction = 1.0 if end.x() >= start.x() else -1.0
    base = end.x() - direction * head
    if (base - start.x()) * direction <= 0:
        return
    pen = QPen(INK, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(start, QPointF(base, end.y()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(INK))
    painter.drawPolygon(arrow_head(end, direction, head, head * 0.5))


def render_gap_chart(session: Session, width: int = 1600, summary: SessionSummary | None = None) -> QImage:
    """The chart for the gap between the session's Today and Needed (as
    ``gap_rounds`` picks them); a small notice image when there is no gap."""
    summary = summary or session_summary(session)
    u = width / 100.0  # one unit: the chart scales with its width
    label_w = 27 * u
    gap_w = 17 * u
    left = label_w + 2 * u
    right = width - gap_w - 2 * u
    row_h = 5.5 * u
    top = 8.0 * u
    dims = session.dimensions
    height = int(top + row_h * max(1, len(dims)) + 8 * u)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _draw(painter, session, summary, u, width, left, right, label_w, top, row_h, height)
    finally:
        painter.end()
    return image


def _x(value: float, left: float, right: float) -> float:
    return left + (right - left) * max(0.0, min(100.0, value)) / 100.0


def _draw(painter, session, summary, u, width, left, right, label_w, top, row_h, height) -> None:
    small = _font(1.45 * u)
    normal = _font(1.7 * u)
    bold = _font(1.7 * u, bold=True)
    if summary.gap_rounds is None:
        painter.setFont(normal)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                         tr("A gap chart needs a Today and a Needed round; this session has only one."))
        return
    first, second = gap_labels(session, summary)

    # Legend: shapes, not colours.
    painter.setFont(normal)
    metrics = QFontMetricsF(normal)
    y = 2.2 * u
    x = left
    _circle(painter, QPointF(x + u, y), 0.8 * u, 0.3 * u)
    painter.setPen(INK)
    first_label, second_label = tr("{0} median").format(first), tr("{0} median").format(second)
    painter.drawText(QPointF(x + 3 * u, y + metrics.ascent() / 2.6), first_label)
    x += 3 * u + metrics.horizontalAdvance(first_label) + 5 * u
    _square(painter, QPointF(x + u, y), 0.7 * u)
    painter.setPen(INK)
    painter.drawText(QPointF(x + 3 * u, y + metrics.ascent() / 2.6), second_label)
    x += 3 * u + metrics.horizontalAdvance(second_label) + 5 * u
    _arrow(painter, QPointF(x, y), QPointF(x + 5 * u, y), 0.3 * u, 1.3 * u, False)
    painter.setPen(INK)
    painter.drawText(QPointF(x + 6.5 * u, y + metrics.ascent() / 2.6), tr("from one to the other"))

    # Axis ticks and pole words above the rows.
    axis_y = top - 1.2 * u
    painter.setFont(small)
    small_metrics = QFontMetricsF(small)
    for value in (0, 25, 50, 75, 100):
        xv = _x(value, left, right)
        text = str(value)
        painter.setPen(GREY)
        painter.drawText(QPointF(xv - small_metrics.horizontalAdvance(text) / 2, axis_y), text)
    pole_y = top + row_h * max(1, len(session.dimensions)) + 2.2 * u
    painter.drawText(QPointF(left, pole_y), tr("\u2190 Cooperation"))
    right_pole = tr("Collaboration \u2192")
    painter.drawText(QPointF(right - small_metrics.horizontalAdvance(right_pole), pole_y), right_pole)
    header = tr("Gap (points)")
    painter.setPen(INK)
    painter.drawText(QPointF(right + 3 * u, axis_y), header)

    for i, dim in enumerate(session.dimensions):
        g = summary.gaps[dim.id]
        row_top = top + i * row_h
        cy = row_top + row_h / 2
        if i % 2 == 0:
            painter.fillRect(QRectF(0, row_top, width, row_h), BAND)
        # Dimension name, elided to its column.
        painter.setPen(INK)
        painter.setFont(normal)
        name = metrics.elidedText(dim.name, Qt.TextElideMode.ElideRight, label_w - 1 * u)
        painter.drawText(QPointF(1 * u, cy + metrics.ascent() / 2.6), name)
        # The line and its quarter marks.
        painter.setPen(QPen(LIGHT, 0.25 * u))
        for value in (25, 50, 75):
            xv = _x(value, left, right)
            painter.drawLine(QPointF(xv, cy - row_h * 0.3), QPointF(xv, cy + row_h * 0.3))
        painter.setPen(QPen(GREY, 0.3 * u))
        painter.drawLine(QPointF(left, cy), QPointF(right, cy))
        for value in (0, 100):
            xv = _x(value, left, right)
            painter.drawLine(QPointF(xv, cy - row_h * 0.22), QPointF(xv, cy + row_h * 0.22))

        today, needed = g.today.median, g.needed.median
        r = 0.95 * u
        if today is not None and needed is not None:
            a, b = QPointF(_x(today, left, right), cy), QPointF(_x(needed, left, right), cy)
            if abs(b.x() - a.x()) > 2.6 * r:
                direction = 1 if b.x() > a.x() else -1
                _arrow(painter, QPointF(a.x() + direction * r, cy), QPointF(b.x() - direction * r * 1.1, cy),
                       0.35 * u, 1.4 * u, g.gap_class is GapClass.MAINTAIN)
        if today is not None:
            _circle(painter, QPointF(_x(today, left, right), cy), r, 0.3 * u)
        if needed is not None:
            _square(painter, QPointF(_x(needed, left, right), cy), r * 0.85)

        # Gap figure and class in words; a major gap in bold.
        if g.gap is None:
            text, font = tr("no gap"), small
        else:
            cls = g.gap_class.title if g.gap_class is not None else ""
            text = f"{gap_text(g.gap)}  {cls}"
            font = bold if g.gap_class is GapClass.MAJOR else normal
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QPointF(right + 3 * u, cy + QFontMetricsF(font).ascent() / 2.6), text)

    # Caption line.
    painter.setFont(small)
    painter.setPen(GREY)
    caption = tr(
        "Arrow from the {0} median to the {1} median. Dashed: under {2} points (maintain). "
        "Bold figure: {3} points or more (major)."
    ).format(first, second, f"{MODERATE_GAP:g}", f"{MAJOR_GAP:g}")
    painter.drawText(QRectF(left, height - 5.2 * u, right - left, 5 * u),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, caption)


__all__ = ["render_gap_chart"]
