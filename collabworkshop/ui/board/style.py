"""How the board looks and what it says, shared by its parts: the colours,
the rule for the initials' colour on a token, the board's translation
context, its help text and the words for a side of the line."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...common.i18n import context

INK = QColor("#1B1F24")
MUTED = QColor("#59636E")
LINE = QColor("#404850")
GHOST = QColor("#8A939C")


tr = context("SpectrumBoard")


def board_help() -> str:
    return tr(
        "One row per dimension from cooperation (0) to collaboration (100). "
        "Tab to a token; arrow keys move it, Shift+arrow by 10, Home and End to the poles; "
        "Enter keeps the move, Escape puts the token back."
    )


def text_colour_for(background: QColor) -> QColor:
    # Relative luminance decides black or white initials (WCAG formula).
    def channel(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(
        background.blue()
    )
    return QColor("#000000") if lum > 0.28 else QColor("#FFFFFF")


def side_text(value: float, low_label: str, high_label: str) -> str:
    """Which pole a position leans to, e.g. "relational side": the pole
    label's first words when short, else the spectrum's own poles."""
    if abs(value - 50.0) < 0.5:
        return tr("midpoint")
    label = low_label if value < 50 else high_label
    clause = label
    for sep in ",;:":
        clause = clause.split(sep)[0]
    clause = clause.strip()
    if not clause or len(clause.split()) > 2:
        return tr("cooperation side") if value < 50 else tr("collaboration side")
    return tr("{0} side").format(clause.lower())
