"""The spectrum board: one row per dimension, one draggable token per placer
(a team, or in participant mode a participant in the team's colour).

One module per concern (docs/board.md says more):

- ``geometry``: where things go, in plain numbers (no Qt): the line, the
  tray, row heights, token sizes, lanes, the swarm of a crowded line, the
  legend's flow, and the size profiles (console, display, report);
- ``style``: colours, the board's words and translation context;
- ``token``: a token: painting, mouse, keys, pending keyboard moves, what it
  says for accessibility;
- ``scene``: the rows, trays, tokens and legend of a round (``show_round``),
  kept in step with the model; blind placement;
- ``overlays``: medians, gap arrows, team means and movement arrows, with
  figures from the analysis layer;
- ``reveal``: the animation that ends blind placement;
- ``find``: the find box that makes one person's or team's tokens stand out;
- ``view``: the widget: scaling, zoom, touch, Tab order, announcements;
- ``access``: the accessibility interfaces (one child per token);
- ``render``: the board as a picture for the reports.

Other modules import from here (``from collabworkshop.ui.board import
SpectrumBoard``); the names below are what they use.
"""

from .access import install_board_accessibility
from .geometry import (
    CONSOLE,
    DISPLAY,
    LANE_STEP,
    LINE_X0,
    LINE_X1,
    REPORT,
    ROW_HEIGHT,
    SCENE_WIDTH,
    TOKEN_RADIUS,
    TOP,
    TRAY_X0,
    TRAY_X1,
    BoardProfile,
    assign_lanes,
    lane_offsets,
    token_radius_for,
    value_to_x,
    x_to_value,
)
from .render import board_images, render_board_image
from .scene import SpectrumScene
from .style import board_help, side_text
from .token import TeamToken
from .view import SpectrumBoard

# access.py depends on the view, not the other way round: the factory is
# registered here, once, before any board can be queried.
install_board_accessibility()

__all__ = [
    "CONSOLE",
    "DISPLAY",
    "REPORT",
    "BoardProfile",
    "LANE_STEP",
    "LINE_X0",
    "LINE_X1",
    "ROW_HEIGHT",
    "SCENE_WIDTH",
    "TOKEN_RADIUS",
    "TOP",
    "TRAY_X0",
    "TRAY_X1",
    "SpectrumBoard",
    "SpectrumScene",
    "TeamToken",
    "assign_lanes",
    "board_help",
    "board_images",
    "lane_offsets",
    "render_board_image",
    "side_text",
    "token_radius_for",
    "value_to_x",
    "x_to_value",
]
