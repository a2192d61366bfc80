"""Sessions whose figures sit exactly on, or a hair either side of, the
method's thresholds (rwg 0.70 and 0.50, gaps 12.5 and 37.5), built with the
app's own API, for the tests that read every place a figure is shown.

Each helper returns the session and what a reader must see: per dimension,
the figure as printed and the word beside it.
"""

from __future__ import annotations

from dataclasses import replace

from collabworkshop.model import Dimension, Round, SessionInfo, Team, default_template
from collabworkshop.model.session import Session

TEAMS = 4

#: Today's positions per dimension (teams t1..t4; fewer values leave the
#: rest unplaced), with rwg as shown and its band.
RWG_EDGES: dict[str, tuple[list[float], str, str]] = {
    # rwg 0.695 exactly (0.6950000000000001 in floats): shows 0.70, Aligned.
    "overall": ([35.0, 37.5, 62.5, 65.0], "0.70", "Aligned"),
    # rwg 0.698944: shows 0.70, Aligned.
    "relationship": ([40.0, 62.4], "0.70", "Aligned"),
    # a hair below 0.695 (0.693797): shows 0.69, Mixed.
    "integration": ([35.0, 37.5, 62.5, 65.1], "0.69", "Mixed"),
    # rwg 0.498874: shows 0.50, Mixed.
    "outcomes": ([40.0, 68.9], "0.50", "Mixed"),
    # rwg 0.491914: shows 0.49, Divided.
    "decisions": ([40.0, 69.1], "0.49", "Divided"),
}

#: Today and Needed (every team at the same place), the gap as shown and its class.
GAP_EDGES: dict[str, tuple[float, float, str, str]] = {
    "overall": (40.0, 52.5, "+12.5", "Moderate"),  # exactly on the threshold
    "relationship": (40.0, 52.49, "+12.5", "Moderate"),  # a hair below, shown as 12.5
    "integration": (40.0, 52.44, "+12.4", "Maintain"),  # shown below the threshold
    "outcomes": (52.5, 40.0, "-12.5", "Moderate"),  # a step back of the same size
    "decisions": (20.0, 57.5, "+37.5", "Major"),  # exactly on the major threshold
    "major_below": (20.0, 57.44, "+37.4", "Moderate"),
    "step_back_hair": (52.49, 40.0, "-12.5", "Moderate"),
}


def _base(title: str) -> Session:
    s = default_template().new_session(SessionInfo(title=title, date="2026-03-02"))
    s.teams = [Team(f"t{i}", f"Team {i}") for i in range(1, TEAMS + 1)]
    return s


def rwg_edge_session() -> Session:
    """Today holds the rwg edges; Needed has everyone together at 50."""
    s = _base("rwg edges")
    for dim_id, (values, _, _) in RWG_EDGES.items():
        for team, pos in zip(s.teams, values, strict=False):
            s.placements[("today", dim_id, team.id)] = pos
        for team in s.teams:
            s.placements[("needed", dim_id, team.id)] = 50.0
    return s


def gap_edge_session() -> Session:
    """Everyone agrees in both rounds; the gaps sit on the thresholds."""
    s = _base("gap edges")
    template_ids = {d.id for d in s.dimensions}
    for dim_id in GAP_EDGES:
        if dim_id not in template_ids:
            s.dimensions.append(Dimension(dim_id, dim_id.replace("_", " ").capitalize(), "low", "high"))
    for dim_id, (today, needed, _, _) in GAP_EDGES.items():
        for team in s.teams:
            s.placements[("today", dim_id, team.id)] = today
            s.placements[("needed", dim_id, team.id)] = needed
    return s


def replacement_session(placement=None) -> Session:
    """Today 30 and Needed 50 everywhere, all agreed; then Needed is placed
    again after discussion: on Relationship the room is now split (20, 80,
    20, 80: Divided) with a median of 50, and on Integration everyone moved
    to 80 (gap +50). Only the re-placement shows either."""
    s = _base("re-placement")
    for dim in s.dimensions:
        for team in s.teams:
            s.placements[("today", dim.id, team.id)] = 30.0
            s.placements[("needed", dim.id, team.id)] = 50.0
            s.placements[("after", dim.id, team.id)] = 50.0
    for team, pos in zip(s.teams, (20.0, 80.0, 20.0, 80.0), strict=True):
        s.placements[("after", "relationship", team.id)] = pos
    for team in s.teams:
        s.placements[("after", "integration", team.id)] = 80.0
    s.rounds.append(Round("after", "After discussion", follows="needed"))
    if placement is not None:  # a GapPlacement; None keeps the session's default
        s.settings = replace(s.settings, gap_placement=placement)
    return s


def baseline_first_session() -> Session:
    """An imported follow-up whose baseline rounds come first in the file:
    the baselines put integration at 10 -> 90, the session's own rounds at
    40 -> 60."""
    s = _base("baseline first")
    own = list(s.rounds)
    s.rounds = [
        Round("base-today", "Baseline: Today (2025-10-01)", baseline=True),
        Round("base-needed", "Baseline: Needed (2025-10-01)", baseline=True),
        *own,
    ]
    for dim in s.dimensions:
        for team in s.teams:
            s.placements[("base-today", dim.id, team.id)] = 10.0
            s.placements[("base-needed", dim.id, team.id)] = 90.0
            s.placements[("today", dim.id, team.id)] = 40.0
            s.placements[("needed", dim.id, team.id)] = 60.0
    return s
