"""The layout of a crowded line, the legend and the size profiles as plain
numbers (collabworkshop/ui/board/geometry.py, no scene): what a person at
the board would see go wrong is two tokens on top of each other, a token
outside its row's band, a layout that jumps from one refresh to the next,
a token drawn far from its value, a legend entry cut or on top of another."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from collabworkshop.ui.board.geometry import (
    CONSOLE,
    CROWDED_ROW,
    DISPLAY,
    LINE_X0,
    LINE_X1,
    REPORT,
    TRAY_X0,
    TRAY_X1,
    UNITS_PER_POINT,
    beeswarm,
    board_geometry,
    legend_positions,
    place_row,
    row_reach,
    swarm,
    swarm_lanes,
    swarm_radius,
    swarm_reach,
    swarm_slack,
    wrap_words,
)


def room(count: int, seed: int = 7, teams: int = 10) -> list[tuple[float, str]]:
    """``count`` whole-number placements clustered around team centres, as
    phones give them."""
    rng = random.Random(seed)
    centres = [rng.uniform(15, 85) for _ in range(teams)]
    return [(float(max(0, min(100, round(rng.gauss(centres[i % teams], 9))))), f"p{i}") for i in range(count)]


def assert_apart(placed, offsets, radius, per_point=UNITS_PER_POINT):
    points = {key: (value * per_point + offsets[key][0], offsets[key][1]) for value, key in placed}
    for (a, pa), (b, pb) in itertools.combinations(points.items(), 2):
        d2 = (pa[0] - pb[0]) ** 2 + (pa[1] - pb[1]) ** 2
        assert d2 >= (2 * radius) ** 2 - 1e-6, f"{a} and {b} overlap"


@pytest.mark.parametrize("count", (2, 5, 12, 50, 500))
def test_no_two_tokens_of_a_row_overlap(count):
    placed = room(count)
    radius = 22.0 if count <= CROWDED_ROW else 6.0
    offsets = place_row(placed, radius, count)
    assert set(offsets) == {key for _, key in placed}
    assert_apart(placed, offsets, radius)


def test_a_whole_room_on_one_value_stacks_instead_of_piling_up():
    placed = [(50.0, f"p{i}") for i in range(40)]
    for offsets in (swarm(placed, 6.0), swarm(placed, 6.0, slack=6.0)):
        assert_apart(placed, offsets, 6.0)
    few = [(50.0, f"t{i}") for i in range(5)]
    assert_apart(few, beeswarm(few, 22.0), 22.0)


def test_a_handful_stays_exactly_at_its_values_and_on_the_line_when_apart():
    apart = [(10.0 * i, f"t{i}") for i in range(10)]
    assert set(beeswarm(apart, 22.0).values()) == {(0.0, 0.0)}
    close = [(40.0, "a"), (43.0, "b"), (45.0, "c")]
    offsets = beeswarm(close, 22.0)
    assert all(dx == 0.0 for dx, _ in offsets.values())
    # Lifted only as far as the circles need: less than a whole lane.
    assert 0 < abs(offsets["b"][1]) < 2 * 22.0 + 2


@pytest.mark.parametrize("count", (50, 500))
def test_a_crowd_stays_in_the_band_its_lanes_give_and_near_its_values(count):
    placed = room(count)
    r = 6.0
    slack = swarm_slack(count, r)
    offsets = swarm(placed, r, slack=slack)
    lanes = swarm_lanes([v for v, _ in placed], r, slack=slack)
    up, down = row_reach(offsets, r)
    above, below = swarm_reach(lanes, r)
    assert up <= above + 1e-9 and down <= below + 1e-9
    # Never more than the slack (a radius) to the right of its value, never left of it.
    assert all(0.0 <= dx <= slack + 1e-9 for dx, _ in offsets.values())
    # The slack packs a crowd of whole numbers lower than exact positions would.
    assert lanes < swarm_lanes([v for v, _ in placed], r)


def test_the_layout_is_the_same_whatever_order_the_placements_come_in():
    placed = room(500)
    shuffled = placed[:]
    random.Random(3).shuffle(shuffled)
    assert place_row(placed, 6.0, 500) == place_row(shuffled, 6.0, 500)
    few = room(6)
    assert place_row(few, 22.0, 6) == place_row(list(reversed(few)), 22.0, 6)


def test_tokens_shrink_for_a_crowd_to_a_floor_and_no_further():
    rows = [[v for v, _ in room(500, seed)] for seed in range(5)]
    r = swarm_radius(rows, CONSOLE, count=500)
    assert r == CONSOLE.min_token_radius
    few = [[v for v, _ in room(5, seed, teams=5)] for seed in range(5)]
    assert swarm_radius(few, CONSOLE, count=5) == CONSOLE.token_radius
    middle = [[v for v, _ in room(50, seed, teams=5)] for seed in range(5)]
    r50 = swarm_radius(middle, CONSOLE, count=50)
    assert CONSOLE.min_token_radius <= r50 < CONSOLE.token_radius
    assert all(swarm_lanes(row, r50, slack=swarm_slack(50, r50)) <= CONSOLE.max_lanes for row in middle)


def test_the_console_line_is_where_it_always_was_and_the_display_has_no_empty_tray():
    console = board_geometry(CONSOLE, True)
    assert (console.tray_x0, console.tray_x1) == (TRAY_X0, TRAY_X1)
    assert (console.line_x0, console.line_x1) == (LINE_X0, LINE_X1)
    display = board_geometry(DISPLAY, False)
    assert not display.has_tray
    assert display.line_x1 - display.line_x0 > LINE_X1 - LINE_X0  # the room for a projector's tokens
    assert display.x_to_value(display.line_x0 - 10) == 0.0  # no tray to drop into
    report = board_geometry(REPORT, False)
    assert report.line_x0 < LINE_X0  # the line takes the width of the tray no row needs
    for value in (0, 37.5, 100):
        assert display.x_to_value(display.value_to_x(value)) == pytest.approx(value)


def test_legend_entries_never_overlap_and_stay_within_the_width():
    rng = random.Random(5)
    widths = [rng.uniform(80, 320) for _ in range(50)]
    for columns in (False, True):
        positions = legend_positions(widths, 1200.0, 24.0, columns)
        assert len(positions) == len(widths)
        for w, (x, _line) in zip(widths, positions, strict=True):
            assert x >= 0 and x + w <= 1200.0 + 1e-9
        for (wa, (xa, la)), (wb, (xb, lb)) in itertools.combinations(zip(widths, positions, strict=True), 2):
            if la == lb:
                assert xa + wa <= xb or xb + wb <= xa
    # Columns line up: as many distinct x as entries on the fullest line.
    positions = legend_positions(widths, 1200.0, 24.0, True)
    per_line = Counter(line for _, line in positions)
    assert len({x for x, _ in positions}) == max(per_line.values()) > 1


def test_wrapped_words_keep_every_word_and_fit_the_width():
    text = "Intertwined: pooled resources, shared risk and reward 100"
    lines = wrap_words(text, 200.0, lambda s: 10.0 * len(s))
    assert " ".join(lines) == text
    assert all(10.0 * len(line) <= 200.0 for line in lines)
    assert wrap_words("Supercalifragilistic", 50.0, lambda s: 10.0 * len(s)) == ["Supercalifragilistic"]


def test_the_lane_count_is_the_swarms_own_for_crowds_with_ties():
    """swarm_lanes counts lanes without laying the tokens out (and
    remembers the answer): always as many as the swarm itself uses."""
    import random

    from collabworkshop.ui.board.geometry import _swarm, swarm_lanes

    rng = random.Random(15)
    for _ in range(400):
        values = [float(round(rng.gauss(50, 15))) for _ in range(rng.randint(0, 80))]  # many ties
        radius = rng.uniform(5, 22)
        slack = rng.choice([0.0, radius])
        placed = [(v, f"p{i}") for i, v in enumerate(values)]
        expected = _swarm(placed, radius, 9.0, 2.0, slack)[1]
        assert swarm_lanes(values, radius, 9.0, 2.0, slack) == expected
        assert swarm_lanes(list(reversed(values)), radius, 9.0, 2.0, slack) == expected  # remembered, any order
