"""The board's layout as plain numbers (collabworkshop/ui/board/geometry.py,
no scene needed): positions on the line, token sizes, lanes, the tray and
the rows, checked for what a person at the board would see go wrong: a
token off its row, two close tokens stacked, a waiting token outside the
tray."""

from __future__ import annotations

import pytest

from collabworkshop.ui.board.geometry import (
    LANE_REACH,
    LINE_X0,
    LINE_X1,
    MIN_TOKEN_RADIUS,
    TOKEN_RADIUS,
    TRAY_X0,
    TRAY_X1,
    assign_lanes,
    band_half,
    lane_offsets,
    row_height_for,
    row_line_y,
    row_top,
    scene_height,
    token_radius_for,
    tray_half,
    tray_rows,
    tray_slot,
    value_to_x,
    wrap_parts,
    x_to_value,
)

#: From one team to a room of 100 participants per row (500 tokens on five rows).
COUNTS = (1, 5, 12, 13, 30, 60, 100, 250)


def test_every_value_comes_back_from_its_place_on_the_line():
    for value in range(101):
        assert x_to_value(value_to_x(value)) == pytest.approx(value)
    assert value_to_x(0) == LINE_X0 and value_to_x(100) == LINE_X1


def test_a_token_let_go_past_the_ends_stays_on_the_line_and_in_the_tray_is_unplaced():
    assert x_to_value(LINE_X1 + 300) == 100.0
    assert x_to_value(LINE_X0 - 20) == 0.0  # just short of the line's start is still on it
    assert x_to_value(TRAY_X1) is None
    assert x_to_value(TRAY_X0) is None


def test_tokens_shrink_with_the_room_but_stay_legible():
    radii = [token_radius_for(n) for n in COUNTS]
    assert radii[:3] == [TOKEN_RADIUS] * 3  # a handful of teams: full size
    assert radii == sorted(radii, reverse=True)
    assert min(radii) >= MIN_TOKEN_RADIUS
    assert token_radius_for(100) < TOKEN_RADIUS


@pytest.mark.parametrize("count", COUNTS)
def test_every_lane_stays_inside_its_row(count):
    r = token_radius_for(count)
    lanes = lane_offsets(r)
    height = row_height_for(r)
    assert lanes[0] == 0.0  # the line itself first
    assert max(abs(o) for o in lanes) + r <= min(LANE_REACH, band_half(height))
    # neighbouring lanes do not overlap
    ordered = sorted(lanes)
    assert all(b - a >= 2 * r for a, b in zip(ordered, ordered[1:], strict=False))


@pytest.mark.parametrize("count", (5, 100))
def test_close_tokens_get_their_own_lanes_while_there_are_lanes(count):
    r = token_radius_for(count)
    lanes = lane_offsets(r)
    # As many tokens as lanes, half a point apart: all would overlap on one line.
    cluster = [(40.0 + i * 0.5, f"p{i}") for i in range(len(lanes))]
    placed = assign_lanes(cluster, r)
    assert sorted(placed.values()) == sorted(lanes)
    # Far apart, every token stays on the line.
    apart = assign_lanes([(10.0 * i, f"p{i}") for i in range(10)], r)
    assert set(apart.values()) == {0.0}


def test_a_full_lane_set_fans_the_next_token_out_rather_than_stacking_it():
    lanes = lane_offsets()
    placed = assign_lanes([(50.0, f"p{i}") for i in range(len(lanes) + 1)])
    assert set(placed.values()) == set(lanes)


@pytest.mark.parametrize("count", COUNTS)
def test_waiting_tokens_stay_inside_the_tray_and_never_on_one_spot(count):
    r = token_radius_for(count)
    half = tray_half(count, r)
    for waiting in {1, max(1, count // 2), count}:
        slots = [tray_slot(i, waiting, count, r) for i in range(waiting)]
        for x, offset in slots:
            assert x - r >= TRAY_X0 - 1e-9 and x + r <= TRAY_X1 + 1e-9
            assert abs(offset) + r <= half
        assert len(set(slots)) == waiting


def test_a_tray_uses_more_rows_only_when_one_row_would_overlap_too_much():
    assert tray_rows(5, TOKEN_RADIUS) == 1
    r = token_radius_for(100)
    assert tray_rows(100, r) == 3
    assert tray_half(100, r) > tray_half(5, r)


@pytest.mark.parametrize("count", COUNTS)
def test_rows_stack_without_overlapping_and_the_scene_holds_them_all(count):
    r = token_radius_for(count)
    height = row_height_for(r)
    for i in range(5):
        top = row_top(i, height)
        y = row_line_y(top, r)
        assert top <= y - band_half(height) and y + band_half(height) <= top + height
        assert row_top(i + 1, height) == pytest.approx(top + height)
    assert scene_height(5, height) == pytest.approx(row_top(5, height))


def test_crowded_rows_grow_to_give_their_extra_lanes_room():
    small = token_radius_for(100)
    assert len(lane_offsets(small)) > 3
    assert row_height_for(small) > row_height_for(TOKEN_RADIUS)


def test_a_rows_figures_break_between_their_parts_never_inside_one_that_fits():
    measure = len  # one unit a character
    parts = ["median 72.0", "rwg 0.96 aligned", "gap +37.0 moderate"]
    assert wrap_parts(parts, 30, measure) == ["median 72.0, rwg 0.96 aligned,", "gap +37.0 moderate"]
    assert wrap_parts(parts, 200, measure) == ["median 72.0, rwg 0.96 aligned, gap +37.0 moderate"]
    assert wrap_parts(parts, 18, measure) == ["median 72.0,", "rwg 0.96 aligned,", "gap +37.0 moderate"]
    # A part wider than the line is wrapped at its spaces, whole words kept.
    lines = wrap_parts(["no placements yet"], 8, measure)
    assert lines == ["no", "placements", "yet"]
    assert " ".join(" ".join(wrap_parts(parts, 9, measure)).split()) == ", ".join(parts)
