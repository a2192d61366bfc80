"""Sessions for the export tests: the shipped sample, and one holding every
kind of data a session can have (participants, votes, notes of each kind,
blind, re-placement and baseline rounds, supporters, suggestions, timed
steps) with text that every format must escape."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from collabworkshop.model import Session
from collabworkshop.model.session import (
    ActionItem,
    ActionStatus,
    Lever,
    Note,
    NoteKind,
    Participant,
    PlacementMode,
    Round,
    SessionSettings,
    Team,
)
from collabworkshop.storage import read_session

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"

#: Text that CSV, Markdown, iCalendar and HTML all have to escape.
AWKWARD = 'Quay "North"; a, b \\ c | d <e> & f\nsecond line'
FORMULA_TEAM = "=HYPERLINK(\"http://x\",\"click\")"


def sample_session() -> Session:
    return read_session(SAMPLE)


def full_session() -> Session:
    """The sample plus every optional kind of data."""
    s = sample_session()
    first, second = s.rounds[0], s.rounds[1]
    dims = s.dimensions
    s.teams.append(Team("t9", FORMULA_TEAM, "-Minus Org", "#000000"))
    s.participants = [
        Participant("p1", s.teams[0].id, "Ana \u00c5lesund"),
        Participant("p2", s.teams[0].id, "+Bo Chen"),
        Participant("p3", s.teams[1].id, "C\u00e9line Dupont"),
    ]
    s.settings = SessionSettings(PlacementMode.PARTICIPANT, 4)
    s.rounds = [
        Round("base", "Last spring", baseline=True),
        first,
        second,
        Round("after", "Today, after discussion", hidden=True, follows=first.id),
    ]
    for i, dim in enumerate(dims):
        s.placements[("base", dim.id, s.teams[0].id)] = 20.0 + i
        s.placements[(first.id, dim.id, "p1")] = 10.5 + i
        s.placements[(first.id, dim.id, "p2")] = 33.25
        s.placements[("after", dim.id, "p3")] = 90.0 - i
        s.placements[(second.id, dim.id, "t9")] = 100.0
    s.steps = [
        replace(st, script=f"Say hello to step {i}", timebox=300 * (i % 3), actual=120 * (i % 2))
        for i, st in enumerate(s.steps)
    ]
    s.votes = {
        (s.teams[0].id, "L3"): 2,
        (s.teams[0].id, "L1"): 1,
        (s.teams[1].id, "L3"): 3,
        (s.teams[2].id, "L4"): 1,
    }
    s.notes = [
        Note("n1", NoteKind.DECISION, "We meet monthly, chaired in turn", s.steps[1].id, dims[0].id),
        Note("n2", NoteKind.NOTE, AWKWARD, "", dims[1].id),
        Note("n3", NoteKind.PARKING, "Budget for a shared office", s.steps[0].id, ""),
    ]
    s.actions = [
        replace(s.actions[0], supporting=(s.teams[1].id, s.teams[2].id), impact="high", effort="medium"),
        replace(s.actions[1], accepted=False, due=""),
        replace(s.actions[2], status=ActionStatus.IN_PROGRESS, due="not a date"),
        *s.actions[3:],
        ActionItem(
            "a99",
            AWKWARD,
            Lever.RIGHT_PARTNERS,
            why="@because, " + "long words " * 12,
            owner="-Owner; with semicolon",
            due="2027-02-28",
            success_measure="\u00e9t\u00e9 \u2013 done \U0001F389",
            status=ActionStatus.BLOCKED,
            dimension_id=dims[2].id,
            priority=12.5,
            impact="low",
            effort="high",
            supporting=("t9",),
        ),
    ]
    s.current_step = 2
    return s
