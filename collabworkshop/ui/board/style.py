"""How the board looks and what it says, shared by its parts: the colours
(one palette per theme, :class:`BoardPalette`), the rule for the initials'
colour on a token, the board's translation context, its help text and the
words for a side of the line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ...common.i18n import context

INK = QColor("#1B1F24")
MUTED = QColor("#59636E")
LINE = QColor("#404850")
GHOST = QColor("#8A939C")


@dataclass(frozen=True)
class BoardPalette:
    """The board's colours in one theme (``#RRGGBB``). tests/ui/board and
    tests/unit/common check every text colour here against the backgrounds
    it is drawn on (WCAG AA; AAA in the projector theme)."""

    background: str  # the scene, and the zone bands in between
    band: str  # every other zone band, and the tray
    ink: str  # titles, summaries, legend names, medians, arrows
    muted: str  # pole labels, zone names, "not placed"
    line: str  # the spectrum line and its ticks
    ghost: str  # the compare round's dashed tokens and their initials
    tray_border: str
    ring: str  # the thin ring round a token at rest (sets neighbours apart)
    on_ink: str  # a mark drawn on ink (the tick of "placed, hidden")
    plate: str  # the name plate under a focused token


BOARD_PALETTES: dict[str, BoardPalette] = {
    "light": BoardPalette("#FFFFFF", "#F4F6F8", "#1B1F24", "#4A535C", "#404850", "#5F6873", "#C5CCD3",
                          "#FFFFFF", "#FFFFFF", "#FFFFFF"),
    "dark": BoardPalette("#16191D", "#22272E", "#E8EBEF", "#B3BCC6", "#9AA4AF", "#A3ADB8", "#4A525C",
                         "#16191D", "#16191D", "#16191D"),
    "projector": BoardPalette("#000000", "#1A1A1A", "#FFFFFF", "#E6E6E6", "#FFFFFF", "#C8C8C8", "#BFBFBF",
                              "#000000", "#000000", "#000000"),
}


def board_palette(theme: str) -> BoardPalette:
    """The board's palette for a theme (light for a theme it does not know)."""
    return BOARD_PALETTES.get(theme, BOARD_PALETTES["light"])


tr = context("SpectrumBoard")


def board_help() -> str:
    return tr(
        "One row per dimension from cooperation (0) to collaboration (100). "
        "Tab to a token; arrow keys move it, Shift+arrow by 10, Home and End to the poles; "
        "Enter keeps the move, Escape puts the token back."
    )


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background`` (WCAG
    formula): the two are equal at a relative luminance of
    sqrt(1.05 * 0.05) - 0.05 = 0.179, so either choice is at least 4.58:1."""
    def channel(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(
        background.blue()
    )
    return QColor("#000000") if lum > CROSSOVER else QColor("#FFFFFF")


#: The luminance at which black and white text contrast equally.
CROSSOVER = (1.05 * 0.05) ** 0.5 - 0.05


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
