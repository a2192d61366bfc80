"""Where things go on the board, in scene units and plain numbers (no Qt):
the line and the tray, row heights, token sizes, lanes and tray slots; the
size profiles (console, display, report: :class:`BoardProfile`) and the
columns they give (:func:`board_geometry`); the swarm that keeps a crowded
line readable (:func:`place_row`: :func:`beeswarm` for a handful,
:func:`swarm` for a crowd) and the token size it shrinks to
(:func:`swarm_radius`); the legend's flow and the wrapping of labels.

The scene draws in fixed units (the console's line is 900 units wide, 9 per
point) and the view scales them to the window. Everything here is a pure
function of counts and values, so the layout is tested without a scene
(tests/ui/board/test_board_geometry.py, tests/ui/board/test_board_swarm.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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
#: More tokens than this on a row make it crowded: the keyboard walks it by value.
CROWDED_ROW = 12
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


# -- profiles: the same board at the console, on the projector, in a report --------------------------
@dataclass(frozen=True)
class BoardProfile:
    """How large the board's parts are, in scene units, for one kind of
    screen. Whoever makes the scene chooses it (the console's view, the
    audience display, the report renderer); docs/board.md gives the view
    scales these sizes assume.

    - ``title_px``, ``text_px``: the dimension names and the smallest text
      (pole labels, zone names, summaries, the legend);
    - ``initials_px``: the initials on a full-size token;
    - ``token_radius`` / ``min_token_radius``: a token's full size and the
      floor it shrinks to on a crowded line;
    - ``max_lanes``: how many lanes of a swarm a row holds before its
      tokens shrink (past the floor the row grows instead);
    - ``show_empty_trays``: draw the "not placed" tray on every row (the
      console, where a token is dragged back to it) or only where a token
      waits (the line takes the width of a tray no row needs);
    - ``band_half``: the least reach of a row's band above and below its line;
    - ``min_lanes``: lanes a row of a handful of tokens always has room for
      (3 on the console, so a drop rarely reshapes the board; the display
      takes only what its tokens need);
    - ``title_column``: the width of the column left of the line that holds
      each dimension's name and summary (and under them the tray): names
      beside the line, not above it, keep the rows short;
    - ``legend_columns``: lay the team legend out in aligned columns
      rather than flowing it;
    - ``line_length``: the line's length (900 on the console: 9 units a
      point); the display's is longer, so that its tokens, the same size
      on screen, meet less often and its rows stay short.
    """

    name: str
    title_px: float
    text_px: float
    initials_px: float
    token_radius: float
    min_token_radius: float
    max_lanes: int
    show_empty_trays: bool
    band_half: float = 60.0
    min_lanes: int = 3
    title_column: float = TRAY_X1 - TRAY_X0
    legend_columns: bool = False
    tray_width: float = TRAY_X1 - TRAY_X0
    line_length: float = LINE_X1 - LINE_X0
    #: The view may fill the width and scroll the rows when the whole board
    #: would be too small to read; a screen nobody scrolls (the room's) never.
    scrolls: bool = True
    #: Where the pole labels stand: under the line's ends, on a line of their
    #: own (0), or beside them, each wrapped into a column at most this wide
    #: (no line of their own: the display's rows stay short).
    pole_column: float = 0.0
    #: Lines of the names' column kept for the row's summary under the name.
    summary_lines: int = 2
    #: The room between one row's band and the next, and between a row's
    #: tokens and its band's edge.
    row_gap: float = 6.0
    band_padding: float = 4.0


#: The facilitator's console. Sizes for a view scale of at least 0.58
#: (smallest text 19 units -> 11 px, a token 44 units -> 25.5 px); at
#: 1920x1080 a scale of 0.82 gives 36 px tokens and 15.6 px text.
CONSOLE = BoardProfile("console", title_px=22.0, text_px=19.0, initials_px=19.0, token_radius=TOKEN_RADIUS,
                       min_token_radius=5.0, max_lanes=7, show_empty_trays=True, band_half=40.0, min_lanes=2)
#: The audience display: the names and each row's figures (two lines) in a
#: column left of the line, the pole labels beside the line's ends (each
#: wrapped into 190 units), rows only as tall as their tokens and labels
#: need, so a 16:9 screen is filled across (the scene is about 2010 by
#: 990 units with the sample workshop and a compare round; the display
#: draws it at 0.93). Sizes for a view scale of at least 0.9: text 27
#: units -> 24 px, names 43 -> 39 px (40 px from 0.93), tokens 62 -> 56 px,
#: initials 25 -> 22 px.
DISPLAY = BoardProfile("display", title_px=43.0, text_px=27.0, initials_px=25.0, token_radius=31.0,
                       min_token_radius=7.0, max_lanes=7, show_empty_trays=False, band_half=39.0, min_lanes=1,
                       title_column=430.0, legend_columns=True, line_length=1020.0, scrolls=False,
                       pole_column=190.0, summary_lines=2, row_gap=2.0, band_padding=1.0)
#: Pictures in reports: the console's sizes, without empty trays.
REPORT = BoardProfile("report", title_px=22.0, text_px=19.0, initials_px=19.0, token_radius=TOKEN_RADIUS,
                      min_token_radius=5.0, max_lanes=7, show_empty_trays=False, band_half=40.0, min_lanes=2)

PROFILES = {p.name: p for p in (CONSOLE, DISPLAY, REPORT)}

#: Left margin of the scene, and the room between a title column, a tray and the line.
MARGIN = 24.0
GUTTER = 40.0
RIGHT_MARGIN = 40.0
#: The room between a pole label beside the line and a token at the line's end.
POLE_GAP = 14.0
LINE_LENGTH = LINE_X1 - LINE_X0


@dataclass(frozen=True)
class BoardGeometry:
    """Where the columns of one scene are: the title column (display), the
    tray (if drawn) and the line. ``tray_x0 == tray_x1`` when no tray is drawn."""

    title_x0: float
    tray_x0: float
    tray_x1: float
    line_x0: float
    line_x1: float
    width: float
    #: The widths of the pole labels' columns beside the line's ends, with
    #: the room between them and the line (0: the labels are under the line).
    low_pole_width: float = 0.0
    high_pole_width: float = 0.0

    @property
    def poles_beside(self) -> bool:
        return self.low_pole_width > 0 or self.high_pole_width > 0

    @property
    def has_tray(self) -> bool:
        return self.tray_x1 > self.tray_x0

    def value_to_x(self, value: float) -> float:
        return self.line_x0 + (self.line_x1 - self.line_x0) * value / 100.0

    def x_to_value(self, x: float) -> float | None:
        """Position on the line for a scene x; None over the tray."""
        if self.has_tray and x < (self.tray_x1 + self.line_x0) / 2:
            return None
        return max(0.0, min(100.0, (x - self.line_x0) * 100.0 / (self.line_x1 - self.line_x0)))

    def tray_shift(self) -> float:
        """How far this tray lies right of the console's (tray_slot's frame)."""
        return self.tray_x0 - TRAY_X0


def board_geometry(profile: BoardProfile, tray: bool, column: float | None = None,
                   poles: tuple[float, float] = (0.0, 0.0)) -> BoardGeometry:
    """The columns for a profile, with or without a tray: the names' column
    (``column`` wide, the profile's by default) with the tray under the
    names, then the line; ``poles``: the widths of the pole labels' columns
    beside the line's ends (a profile with ``pole_column``), which move the
    line right and widen the board. The console's line is the module's
    constants (LINE_X0, LINE_X1; its tray TRAY_X0, TRAY_X1)."""
    column = profile.title_column if column is None else column
    low, high = poles
    x0 = MARGIN
    left = max(column, profile.tray_width if tray else 0.0)
    tray_x1 = x0 + profile.tray_width if tray else x0
    # Pole labels beside the line stand a margin from the names and the
    # edge (their widths include the room between them and the line).
    gutter = MARGIN if low > 0 else GUTTER
    line_x0 = x0 + left + (LINE_X0 - TRAY_X1 if tray else gutter) + low
    line_x1 = line_x0 + profile.line_length
    width = line_x1 + (high + MARGIN if high > 0 else RIGHT_MARGIN)
    return BoardGeometry(x0, x0, tray_x1, line_x0, line_x1, width, low, high)


# -- crowded lines: a swarm that never overlaps -------------------------------------------------------
SWARM_GAP = 2.0
UNITS_PER_POINT = LINE_LENGTH / 100.0


def swarm_lane_offset(lane: int, step: float) -> float:
    """Offset from the line of the ``lane``-th lane: the line, then
    alternately above and below, further out each time."""
    if lane == 0:
        return 0.0
    k = (lane + 1) // 2
    return -k * step if lane % 2 else k * step


def _swarm(placed: list[tuple[float, str]], radius: float, units_per_point: float, gap: float,
           slack: float) -> tuple[dict[str, tuple[float, float]], int]:
    step = 2 * radius + gap
    reach = slack + 1e-9
    last: list[float] = []  # per lane: the x of its rightmost token
    offsets: list[float] = []  # per lane: its offset from the line
    out: dict[str, tuple[float, float]] = {}
    for value, key in sorted(placed):
        x = value * units_per_point
        for lane, lx in enumerate(last):
            pos = lx + step if lx + step > x else x
            if pos - x <= reach:
                last[lane] = pos
                out[key] = (pos - x, offsets[lane])
                break
        else:
            offsets.append(swarm_lane_offset(len(last), step))
            last.append(x)
            out[key] = (0.0, offsets[-1])
    return out, len(last)


def beeswarm(placed: list[tuple[float, str]], radius: float, units_per_point: float = UNITS_PER_POINT,
             gap: float = SWARM_GAP) -> dict[str, tuple[float, float]]:
    """(0, dy) for a handful of tokens: each, in value order, exactly at its
    value and as near the line as it can be without touching one placed
    before it (just above or below a neighbour, by no more than the circles
    need: a token half a width away sits lower than a whole lane). Above
    before below at equal distance. O(n * k^2) for k close neighbours:
    for a row of a handful; :func:`swarm` packs crowds in lanes."""
    d = 2 * radius + gap
    done: list[tuple[float, float]] = []  # (x, dy) of the tokens placed so far
    out: dict[str, tuple[float, float]] = {}
    for value, key in sorted(placed):
        x = value * units_per_point
        near = [(px, py) for px, py in done if x - px < d - 1e-9]
        candidates = [0.0]
        for px, py in near:
            lift = math.sqrt(max(0.0, d * d - (x - px) ** 2))
            candidates += [py - lift, py + lift]
        candidates.sort(key=lambda y: (round(abs(y), 6), y > 0))
        for y in candidates:
            if all((x - px) ** 2 + (y - py) ** 2 >= d * d - 1e-6 for px, py in near):
                break
        done.append((x, y))
        out[key] = (0.0, y)
    return out


def swarm(placed: list[tuple[float, str]], radius: float, units_per_point: float = UNITS_PER_POINT,
          gap: float = SWARM_GAP, slack: float = 0.0) -> dict[str, tuple[float, float]]:
    """(dx, dy) from each token's place on the line so that none overlaps
    another: each token, in value order, takes the lane nearest the line
    where it fits a token's width (plus ``gap``) right of that lane's last
    token, moved right by at most ``slack`` (0: exactly at its value). The
    stack grows outward where values are dense, so the group's shape shows
    like a dot plot; a slack of a radius packs a crowd of whole-number
    values about half as high. Deterministic (ties broken by key);
    O(n log n + n * lanes)."""
    return _swarm(placed, radius, units_per_point, gap, slack)[0]


def swarm_lanes(values: list[float], radius: float, units_per_point: float = UNITS_PER_POINT,
                gap: float = SWARM_GAP, slack: float = 0.0) -> int:
    """How many lanes :func:`swarm` uses for these values (0 for none).

    The count alone, without the offsets: tokens of equal value take the
    same lanes whichever comes first, so the keys do not matter. Remembered
    for the last few hundred inputs: a rebuild asks it of every row at a
    dozen token sizes (:func:`swarm_radius`), then again at the size found,
    and the page and the audience display ask the same of the same rows."""
    ordered = tuple(sorted(values))
    key = (ordered, radius, units_per_point, gap, slack)
    lanes = _LANES.get(key)
    if lanes is None:
        lanes = _LANES[key] = _lane_count(ordered, radius, units_per_point, gap, slack)
        if len(_LANES) > _LANES_KEPT:
            del _LANES[next(iter(_LANES))]  # the oldest
    return lanes


_LANES: dict[tuple, int] = {}
_LANES_KEPT = 256


def _lane_count(ordered: tuple[float, ...], radius: float, units_per_point: float, gap: float,
                slack: float) -> int:
    """:func:`_swarm`'s lane count for values in ascending order."""
    step = 2 * radius + gap
    reach = slack + 1e-9
    last: list[float] = []  # per lane: the x of its rightmost token
    for value in ordered:
        x = value * units_per_point
        for lane, lx in enumerate(last):
            pos = lx + step if lx + step > x else x
            if pos - x <= reach:
                last[lane] = pos
                break
        else:
            last.append(x)
    return len(last)


def place_row(placed: list[tuple[float, str]], radius: float, count: int,
              units_per_point: float = UNITS_PER_POINT) -> dict[str, tuple[float, float]]:
    """(dx, dy) of every placed token of a row of ``count`` tokens: the
    close-packed :func:`beeswarm` for a handful, the lanes of :func:`swarm`
    (with a radius of slack) for a crowd."""
    if count <= CROWDED_ROW:
        return beeswarm(placed, radius, units_per_point)
    return swarm(placed, radius, units_per_point, slack=swarm_slack(count, radius))


def row_reach(offsets: dict[str, tuple[float, float]], radius: float) -> tuple[float, float]:
    """How far above and below its line a row's tokens reach (their edge)."""
    up = max((-dy for _, dy in offsets.values()), default=0.0)
    down = max((dy for _, dy in offsets.values()), default=0.0)
    return max(0.0, up) + radius, max(0.0, down) + radius


def swarm_slack(count: int, radius: float) -> float:
    """How far a crowded row's tokens may sit right of their value (a
    radius; none on a row of a handful, where positions are read exactly)."""
    return radius if count > CROWDED_ROW else 0.0


def swarm_reach(lanes: int, radius: float, gap: float = SWARM_GAP) -> tuple[float, float]:
    """How far above and below the line the tokens of ``lanes`` lanes reach
    (their edge): the odd lanes go above, the even ones below."""
    step = 2 * radius + gap
    lanes = max(1, lanes)
    return (lanes // 2) * step + radius, ((lanes - 1) // 2) * step + radius


def swarm_half(lanes: int, radius: float, gap: float = SWARM_GAP) -> float:
    """How far from the line the tokens of ``lanes`` lanes reach (their edge)."""
    return ((max(1, lanes)) // 2) * (2 * radius + gap) + radius


def swarm_radius(rows: list[list[float]], profile: BoardProfile, units_per_point: float = UNITS_PER_POINT,
                 count: int = 0) -> float:
    """One token size for every row: the largest (between the profile's full
    size and its floor, to a quarter unit) at which no row needs more
    than the profile's lanes; the floor when even that does not do (then
    the rows grow). ``count``: tokens per row (for the slack). Found by
    halving the range (lanes grow as tokens grow): a dozen layouts per row.
    """
    def fits(r: float) -> bool:
        slack = swarm_slack(count, r)
        return all(swarm_lanes(values, r, units_per_point, slack=slack) <= profile.max_lanes for values in rows)

    lo, hi = profile.min_token_radius, profile.token_radius
    if fits(hi):
        return hi
    if not fits(lo):
        return lo
    while hi - lo > 0.25:
        mid = (lo + hi) / 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo


# -- the team legend ----------------------------------------------------------------------------------
def legend_positions(widths: list[float], available: float, gap: float, columns: bool = False
                     ) -> list[tuple[float, int]]:
    """(x, line) of each legend entry of these widths: flowed over as many
    lines as it takes, or in aligned columns (each as wide as the widest
    entry); nothing is cut. An entry wider than the line gets a line of its own."""
    out: list[tuple[float, int]] = []
    if columns and widths:
        column = max(widths) + gap
        per_line = max(1, int((available + gap) // column))
        return [((i % per_line) * column, i // per_line) for i in range(len(widths))]
    x, line = 0.0, 0
    for w in widths:
        if x > 0 and x + w > available:
            x, line = 0.0, line + 1
        out.append((x, line))
        x += w + gap
    return out


def wrap_words(text: str, width: float, measure) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` by
    ``measure(str) -> float`` (a word longer than the width gets its own
    line, whole)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and measure(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current or not lines:
        lines.append(current)
    return lines


def wrap_parts(parts: list[str], width: float, measure, separator: str = ", ") -> list[str]:
    """Figures (``parts``, joined by ``separator``) in lines no wider than
    ``width`` by ``measure(str) -> float``: as many whole parts a line as
    fit, a line ending after the separator's comma; a part wider than a
    line is wrapped at its spaces (:func:`wrap_words`)."""
    tail, space = separator.rstrip(), separator[len(separator.rstrip()):] or " "
    pieces = [p + tail for p in parts[:-1]] + parts[-1:]
    lines: list[str] = []
    current = ""
    for piece in pieces:
        trial = f"{current}{space}{piece}" if current else piece
        if measure(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        wrapped = wrap_words(piece, width, measure) if measure(piece) > width else [piece]
        lines += wrapped[:-1]
        current = wrapped[-1]
    if current or not lines:
        lines.append(current)
    return lines
