"""Hypothesis state machine over real edit sequences on the controller:
placements, title, teams added and removed, undo, redo, save and reopen.

A plain-Python model (placements, title, team names, with its own undo
history) says what the session must hold. After every step the controller's
session, its working copy on disk and (after a save) the saved file are
compared with the model.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from collabworkshop.controller.factory import open_session
from collabworkshop.model.template import resource_path
from collabworkshop.storage import read_session
from collabworkshop.storage.sessionfile import _read_all

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")
ROUNDS = ("today", "needed")
DIMS = ("overall", "integration", "decisions")

_APP = QApplication.instance() or QApplication([])


class Model:
    """What the user did, as plain data."""

    def __init__(self, session):
        self.placements = dict(session.placements)
        self.title = session.info.title
        self.teams = [(t.id, t.name) for t in session.teams]

    def copy(self) -> Model:
        other = object.__new__(Model)
        other.placements = dict(self.placements)
        other.title = self.title
        other.teams = list(self.teams)
        return other

    def matches(self, session) -> bool:
        return (session.placements == self.placements and session.info.title == self.title
                and [(t.id, t.name) for t in session.teams] == self.teams)


class EditSession(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="cw-stateful-"))
        self.file = self.dir / "workshop.cwsession"
        shutil.copyfile(SAMPLE, self.file)
        self.controller = open_session(self.file, self.dir / "working")
        self.history = [Model(self.controller.session)]
        self.index = 0

    @property
    def model(self) -> Model:
        return self.history[self.index]

    def _did(self, model: Model) -> None:
        del self.history[self.index + 1:]
        self.history.append(model)
        self.index += 1

    def _team_ids(self) -> list[str]:
        return [t for t, _ in self.model.teams]

    # -- edits ----------------------------------------------------------------------
    @rule(data=st.data(), rnd=st.sampled_from(ROUNDS), dim=st.sampled_from(DIMS),
          pos=st.none() | st.floats(-20, 120, allow_nan=False))
    def place(self, data, rnd, dim, pos):
        teams = self._team_ids()
        if not teams:
            return
        team = data.draw(st.sampled_from(teams))
        expected = None if pos is None else round(min(100.0, max(0.0, pos)), 1)
        key = (rnd, dim, team)
        changed = self.controller.place(rnd, dim, team, pos)
        assert changed == (self.model.placements.get(key) != expected)
        if changed:
            model = self.model.copy()
            if expected is None:
                model.placements.pop(key, None)
            else:
                model.placements[key] = expected
            self._did(model)

    @rule(title=st.sampled_from(["", "Eastport", "Board <b>review</b>", "O'Brien; --", "\u202eRTL"]))
    def retitle(self, title):
        before = self.controller.session.info.title
        self.controller.set_info("title", title)
        if title != before:
            model = self.model.copy()
            model.title = title
            self._did(model)

    @rule(name=st.sampled_from(["Port authority", "City", "Ferry co-op"]))
    def add_team(self, name):
        team_id = self.controller.add_team(name)
        model = self.model.copy()
        model.teams.append((team_id, name))
        self._did(model)

    @precondition(lambda self: len(self.model.teams) > 1)
    @rule(data=st.data())
    def remove_team(self, data):
        team = data.draw(st.sampled_from(self._team_ids()))
        self.controller.remove_team(team)
        model = self.model.copy()
        model.teams = [(t, n) for t, n in model.teams if t != team]
        model.placements = {k: v for k, v in model.placements.items() if k[2] != team}
        self._did(model)

    @precondition(lambda self: self.index > 0)
    @rule()
    def undo(self):
        self.controller.undo_stack.undo()
        self.index -= 1

    @precondition(lambda self: self.index < len(self.history) - 1)
    @rule()
    def redo(self):
        self.controller.undo_stack.redo()
        self.index += 1

    @rule()
    def save_and_reopen(self):
        assert self.controller.save_as(self.file)
        assert self.model.matches(read_session(self.file))
        # Reopen the saved file as a fresh session: what was saved is what opens.
        self.controller.close()
        self.controller = open_session(self.file, self.dir / "working")
        assert self.model.matches(self.controller.session)
        self.history = [self.model]
        self.index = 0

    # -- what must always hold --------------------------------------------------------------
    @invariant()
    def session_is_the_model(self):
        assert self.model.matches(self.controller.session)

    @invariant()
    def working_copy_is_the_model(self):
        conn = sqlite3.connect(self.controller.store.working_path)
        try:
            assert self.model.matches(_read_all(conn, self.controller.store.working_path))
        finally:
            conn.close()

    @invariant()
    def file_is_the_model(self):
        # A named session autosaves every change.
        assert self.model.matches(read_session(self.file))

    def teardown(self):
        self.controller.close()
        shutil.rmtree(self.dir, ignore_errors=True)


EditSession.TestCase.settings = settings(max_examples=10, stateful_step_count=15, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_edit_sequences_with_undo_redo_and_save = EditSession.TestCase
