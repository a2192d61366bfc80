"""Where things go on the board, in scene units and plain numbers (no Qt):
the line and the tray, row heights, token sizes, lanes and tray slots.

The scene draws in fixed units (the line is 900 units wide, 9 per point) and
the view scales them to the window. Everything here is a pure function of
counts and values, so the layout is tested without a scene
(tests/unit/test_board_geometry.py).
"""

from __future__ import annotations

import math

LINE_X0 = 280.0
LINE_X1 = 1180.0
TRAY_X0 = 24.0
TRAY_X1 = 220.0
ROW_HEIGHT = 176.0
LEGEND_HEIGHT = 48.0
ZONE_HEADER = 28.0
TOP = LEGEND_HEIGHT + ZONE_HEADER
TOKEN_RADIUS = 22.0  # full size; crowded rows use smaller tokens
MIN_TOKEN_RADIUS = 12.0
SCENE_WIDTH = LINE_X1 + 40.0
LANE_STEP = 2 * TOKEN_RADIUS + 2
#: How far from the line a token's edge may reach (the row's band is +-72).
LANE_REACH = 68.0
#: Extra height of a crowded row (more than three lanes), and how much of it
#: goes above the line.
CROWDED_EXTRA = 24.0
CROWDED_LINE_SHIFT = 12.0
#: The line's distance below the top of its row.
LINE_BELOW_TOP = 84.0


def value_to_x(value: float) -> float:
    return LINE_X0 + (LINE_X1 - LINE_X0) * value / 100.0


def x_to_value(x: float) -> float | None:
    """Position on the line for a scene x; None in the tray (not placed)."""
    if x < (TRAY_X1 + LINE_X0) / 2:
        return None
    return max(0.0, min(100.0, (x - LINE_X0) * 100.0 / (LINE_X1 - LINE_X0)))


def token_radius_for(count: int) -> float:
    """Token radius for a row of ``count`` tokens: full size for a handful of
    teams, smaller (not below 12 units, initials still legible) for a
    room full of participants."""
    if count <= 12:
        return TOKEN_RADIUS
    return max(MIN_TOKEN_RADIUS, TOKEN_RADIUS * (12 / count) ** 0.35)


def lane_offsets(radius: float = TOKEN_RADIUS) -> tuple[float, ...]:
    """The line, then alternately just above and below, as far as the row allows."""
    step = 2 * radius + 2
    pairs = max(1, int((LANE_REACH - radius) // step))
    out = [0.0]
    for k in range(1, pairs + 1):
        out += [-k * step, k * step]
    return tuple(out)


def assign_lanes(placed: list[tuple[float, str]], radius: float = TOKEN_RADIUS) -> dict[str, float]:
    """Vertical offsets so tokens closer than a token's width stay readable:
    the line itself, then just above, then just below (and further out for
    small tokens). When every lane is taken, a token goes to the lane where
    it overlaps least (fanned, not stacked)."""
    offsets = lane_offsets(radius)
    width = 2 * radius + 2
    lanes: dict[str, float] = {}
    last_x = [-math.inf] * len(offsets)
    for value, key in sorted(placed):
        x = value_to_x(value)
        chosen = next((lane for lane in range(len(offsets)) if x - last_x[lane] >= width), None)
        if chosen is None:
            chosen = min(range(len(offsets)), key=lambda lane: last_x[lane])
        last_x[chosen] = x
        lanes[key] = offsets[chosen]
    return lanes


# -- rows ---------------------------------------------------------------------------------
def is_crowded(radius: float) -> bool:
    """Tokens this small get more than three lanes, and their rows grow."""
    return len(lane_offsets(radius)) > 3


def row_height_for(radius: float) -> float:
    return ROW_HEIGHT + (CROWDED_EXTRA if is_crowded(radius) else 0.0)


def row_top(index: int, row_height: float) -> float:
    """Scene y of the top of the ``index``-th row (under the legend and the zone names)."""
    return TOP + index * row_height


def row_line_y(top: float, radius: float) -> float:
    """Scene y of a row's line, from the top of its row."""
    return top + LINE_BELOW_TOP + (CROWDED_LINE_SHIFT if is_crowded(radius) else 0.0)


def band_half(row_height: float) -> float:
    """Half the height of the shaded zone bands around a row's line."""
    return row_height / 2 - 16


def scene_height(rows: int, row_height: float) -> float:
    return TOP + rows * row_height


# -- the tray -----------------------------------------------------------------------------
def tray_rows(count: int, radius: float) -> int:
    """One row of waiting tokens while they fit (overlapping by at most
    a fifth of a token), else up to three."""
    fits = int((TRAY_X1 - TRAY_X0 - 2 * radius) // (1.6 * radius)) + 1
    return 1 if count <= fits else min(3, len(lane_offsets(radius)))


def tray_half(count: int, radius: float) -> float:
    """Half the height of the tray of a row of ``count`` tokens."""
    return radius + 6 + (tray_rows(count, radius) // 2) * (2 * radius + 2)


def tray_slot(index: int, waiting: int, count: int, radius: float) -> tuple[float, float]:
    """Scene x and the offset from the line of the ``index``-th of
    ``waiting`` tokens in the tray of a row of ``count`` tokens: up to three
    rows of tokens, overlapping when crowded."""
    width = TRAY_X1 - TRAY_X0 - 2 * radius
    rows = min(tray_rows(waiting, radius), tray_rows(count, radius))
    offsets = sorted(lane_offsets(radius)[:rows])
    lines = len(offsets)
    per = math.ceil(waiting / lines)
    line, col = divmod(index, per) if per else (0, 0)
    step = min(2 * radius + 6, width / max(1, per - 1))
    return TRAY_X0 + radius + col * step, offsets[min(line, lines - 1)]
