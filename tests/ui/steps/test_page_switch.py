"""Switching steps on a large room (issue 15): what the cheaper ways of
building a step page must keep, seen in the real window."""

from __future__ import annotations

import gc
import random
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from uihelpers import place_page

from collabworkshop.controller.session_controller import TEAM_PALETTE
from collabworkshop.model import (
    Participant,
    PlacementMode,
    Round,
    SessionSettings,
    Step,
    StepKind,
    Team,
    default_template,
)
from collabworkshop.storage import save_session
from collabworkshop.ui.board.layer import TokenMark
from collabworkshop.ui.steps.workshop_view import KEPT_BOARD_PAGES

TEAMS, PER_TEAM, ROUNDS = 6, 5, 6


def room(tmp_path: Path) -> Path:
    """30 people in 6 teams (crowded rows: their tokens are a layer's
    marks), ``ROUNDS`` rounds, each placed and compared with Today."""
    rng = random.Random(15)
    session = default_template().new_session()
    session.teams = [Team(f"t{i}", f"Team {i}", "", TEAM_PALETTE[i % len(TEAM_PALETTE)]) for i in range(1, TEAMS + 1)]
    session.participants = [Participant(f"p{i}-{j}", f"t{i}", f"Person {i}.{j}")
                            for i in range(1, TEAMS + 1) for j in range(1, PER_TEAM + 1)]
    session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    base = list(session.rounds)
    extra = [Round(f"r{k}", f"Round {k}") for k in range(len(base) + 1, ROUNDS + 1)]
    session.rounds = base + extra
    steps = list(session.steps)
    at = next(i for i, st in enumerate(steps) if st.kind is StepKind.VOTE)
    added = [Step(f"place-{r.id}", f"Place: {r.name}", StepKind.PLACE, "Again.", r.id, base[0].id) for r in extra]
    session.steps = steps[:at] + added + steps[at:]
    for rnd in session.rounds:
        for dim in session.dimensions:
            for person in session.participants:
                session.placements[(rnd.id, dim.id, person.id)] = float(round(rng.uniform(10, 90)))
    path = tmp_path / "room.cwsession"
    save_session(session, path)
    return path


def board_entries(window) -> list[int]:
    return [i + 1 for i, st in enumerate(window.controller.session.steps)
            if st.kind in (StepKind.PLACE, StepKind.DISCUSS) and st.round_id]


def settle() -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_dropped_board_page_frees_its_marks_without_the_garbage_collector(window, tmp_path):
    """Board pages beyond the few kept are dropped; their thousands of
    marks are freed then, not left for a full collection (which took a
    tenth of a second in the middle of a later switch)."""
    assert window.open_file(room(tmp_path))
    entries = board_entries(window)
    assert len(entries) > KEPT_BOARD_PAGES + 1
    window.workshop.show_entry(entries[0])
    settle()
    first = place_page(window)
    marks = [weakref.ref(m) for m in first.board.board_scene.tokens()]
    assert marks and all(isinstance(m(), TokenMark) for m in marks)
    gc.disable()
    try:
        for entry in entries[1:KEPT_BOARD_PAGES + 2]:
            window.workshop.show_entry(entry)
            settle()
        assert first not in window.workshop._pages.values()  # dropped
        assert all(m() is None for m in marks)
    finally:
        gc.enable()


class _Cycle:
    """Garbage only the collector can free (it refers to itself)."""

    def __init__(self):
        self.me = self


def test_a_closed_sessions_board_pages_free_their_marks_at_once(window, tmp_path):
    """Closing the session frees its board pages' marks then, as dropping a
    page does, not at some later full collection."""
    assert window.open_file(room(tmp_path))
    window.workshop.show_entry(board_entries(window)[0])
    settle()
    marks = [weakref.ref(m) for m in place_page(window).board.board_scene.tokens()]
    assert marks
    gc.disable()
    try:
        window.controller.undo_stack.setClean()
        assert window.close_session()
        settle()
        assert all(m() is None for m in marks)
    finally:
        gc.enable()


def test_garbage_is_collected_once_the_facilitator_pauses_after_a_switch(window, sample_copy, qtbot):
    """A pause after a step switch is when the window collects its garbage,
    not the middle of the next switch."""
    from collabworkshop.ui.steps.workshop_view import IDLE_COLLECT_MS

    assert window.open_file(sample_copy)
    settle()
    gc.disable()  # only the window's own collection can free it now
    try:
        ref = weakref.ref(_Cycle())
        assert ref() is not None
        window.workshop.show_entry(2)
        qtbot.waitUntil(lambda: ref() is None, timeout=IDLE_COLLECT_MS + 2000)
    finally:
        gc.enable()
