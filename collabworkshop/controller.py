"""One SessionController per open session.

It owns the model (:class:`Session`), the working copy on disk
(:class:`SessionStore`) and the QUndoStack. Views call its methods and
listen to its past-tense signals; they never change the model themselves.
Every edit goes through :meth:`_execute`, which applies a
:class:`~collabworkshop.model.changes.Change`, writes it to the working copy
in its own transaction, autosaves a named session atomically, and then
broadcasts what changed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .analysis.stats import DimensionStats, describe
from .model import (
    ActionItem,
    ActionStatus,
    AddAction,
    AddTeam,
    Change,
    Lever,
    MoveAction,
    RemoveAction,
    RemoveTeam,
    ReplaceList,
    Round,
    Session,
    SessionSettings,
    SetActions,
    SetInfo,
    SetPlacement,
    SetSettings,
    SetVote,
    Step,
    StepKind,
    Team,
    UpdateAction,
    UpdateTeam,
    clamp_position,
)
from .model.session import clean_text
from .planning import generate_plan
from .session.locks import SessionLock, WorkingCopyGuard
from .storage import SessionFileError, SessionStore
from .storage.userfiles import same_target, target_key

#: Okabe-Ito colours: distinguishable with the common colour-vision
#: deficiencies (black is left out: it is the text colour).
TEAM_PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionController", text)


def _free_id(taken: set[str]) -> str:
    n = 1
    while f"a{n}" in taken:
        n += 1
    return f"a{n}"


class _ChangeCommand(QUndoCommand):
    """One user gesture on the undo stack; holds the change and its inverse."""

    def __init__(self, controller: SessionController, change: Change):
        super().__init__(change.describe(controller.session))
        self._controller = controller
        self._change = change
        self._inverse: Change | None = None
        self.failed = False

    def redo(self) -> None:
        try:
            self._inverse = self._controller._execute(self._change)
        except SessionFileError as exc:
            self.failed = True
            self.setObsolete(True)
            self._controller.error_occurred.emit(str(exc))

    def undo(self) -> None:
        if self._inverse is not None:
            self._change = self._controller._execute(self._inverse)


class SessionController(QObject):
    # -- signals (past tense) ---------------------------------------------------
    placement_moved = Signal(str, str, str)  # round_id, dimension_id, placer_id
    placement_previewed = Signal(str, str)  # round_id, dimension_id
    teams_changed = Signal()  # teams or participants (and so the placers)
    rounds_changed = Signal()  # rounds added, renamed, hidden or revealed
    agenda_changed = Signal()  # the steps list
    notes_changed = Signal()
    votes_changed = Signal()
    settings_changed = Signal()
    info_changed = Signal()
    actions_changed = Signal()
    step_changed = Signal(int)
    path_changed = Signal(str)
    saved = Signal(str)
    error_occurred = Signal(str)
    #: The file stopped having, or has again, every change (see file_behind).
    file_state_changed = Signal()

    def __init__(self, session: Session, store: SessionStore, path: Path | None = None, parent=None,
                 *, guard=None, file_lock=None):
        super().__init__(parent)
        self.session = session
        self.store = store
        # Crash safety (session/locks.py): the lock on the file and the
        # working copy's lock and sidecar; backups kept this run. Built by
        # session/factory.py; a bare controller (benchmarks) guards its copy here.
        self._file_lock = file_lock
        self._guard = guard or WorkingCopyGuard(store.working_path, path)
        self._backed_up: set[str] = set()
        #: An older-format file is not written over until the user saves.
        self.autosave_paused = store.migrated_from is not None
        #: The backup kept by the last save that overwrote a file, if any.
        self.last_backup: Path | None = None
        self._path: Path | None = None
        self.path: Path | None = Path(path) if path else None
        if self.autosave_paused:
            self._guard.upgrade_pending = True
            self._guard.write()
        self.undo_stack = QUndoStack(self)
        #: Drags in progress (several at once on a touch screen), keyed by
        #: (round, dimension, placer); None while a token is held over the tray.
        self._previews: dict[tuple[str, str, str], float | None] = {}
        self._closed = False
        #: Why the file lacks the working copy's latest change ("" while it
        #: has every change): the last autosave to it failed.
        self.save_problem = ""

    def close(self, *, keep_for_recovery: bool = False) -> None:
        """Close the session. ``keep_for_recovery`` leaves the working copy
        and its sidecar in place, so the next start offers to recover it
        (the user's choice for work its file could not take)."""
        if not self._closed:
            self._closed = True
            self.store.close(remove=not keep_for_recovery)
            self._guard.release(keep=keep_for_recovery)
            if self._file_lock is not None:
                self._file_lock.release()
                self._file_lock = None

    # -- the file and its lock ------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = Path(value) if value else None
        lock = self._file_lock
        if lock is not None and (self._path is None or not same_target(self._path, lock.path)):
            lock.release()  # e.g. the sample opened as an untitled copy
            self._file_lock = None
        self._guard.set_source(self._path)

    @property
    def file_behind(self) -> bool:
        """The session has a file, it is meant to be autosaved, and the last
        autosave failed: the latest change is only in the working copy."""
        return self.path is not None and not self.autosave_paused and bool(self.save_problem)

    @property
    def needs_save(self) -> bool:
        """The latest change is in no file the user has: an untitled session,
        an older-format file waiting for an explicit save to be upgraded, or
        a file the last autosave could not write. Closing must ask."""
        return ((self.is_untitled or self.autosave_paused) and not self.undo_stack.isClean()) or self.file_behind

    def save_again(self) -> bool:
        """Try once more to bring a file that fell behind up to date (space
        may have been freed, the stick put back). True when the file has
        every change."""
        if not self.file_behind:
            return True
        return self._autosave()

    def attach(self, path: Path, *, upgrade_pending: bool = False) -> None:
        """Make ``path`` this session's file (crash recovery): lock it and,
        unless an upgrade waits for the user's save, save there now."""
        path = Path(path)
        lock = SessionLock.acquire(path, self.store.working_path.parent)
        if self._file_lock is not None:
            self._file_lock.release()
        self._file_lock = lock
        self.path = path
        self.autosave_paused = upgrade_pending
        self._guard.upgrade_pending = upgrade_pending
        self._guard.note_source(path)  # the file as it is now: recovery's "still the same one"
        if not upgrade_pending:
            # Like any autosave: a failure leaves the session on its file,
            # marked as behind (closing asks), instead of half attached.
            self._autosave()
        self.path_changed.emit(str(path))

    def _publish(self, dest: Path) -> None:
        """Atomically replace ``dest``; the first time this run, keep the
        file it replaces as a backup (storage/backup.py)."""
        from .storage.backup import keep_backup

        key = str(target_key(dest))  # a link and its target share one backup
        if key not in self._backed_up:
            kept = keep_backup(Path(dest))
            self._backed_up.add(key)
            if kept is not None:
                self.last_backup = kept
        self.store.publish(dest)

    def _autosave(self) -> bool:
        """After a working-copy write: publish to the session's file, if it
        has one and is autosaved. Remembers whether the file now has every
        change; the first failure of a run of them is reported (not one
        message per drop). True when the file is current."""
        if self.path is None or self.autosave_paused:
            return True
        try:
            self._publish(self.path)
        except SessionFileError as exc:
            first = not self.save_problem
            self.save_problem = str(exc)
            if first:
                self.file_state_changed.emit()
                # The change is safe in the working copy; say so, and the way out.
                self.error_occurred.emit(
                    tr("Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.").format(
                        self.path, exc
                    )
                )
            return False
        self._guard.note_source(self.path)
        if self.save_problem:
            self.save_problem = ""
            self.file_state_changed.emit()
        return True

    # -- reading ---------------------------------------------------------------------
    @property
    def title(self) -> str:
        if self.session.info.title.strip():
            return self.session.info.title.strip()
        return self.path.stem if self.path else tr("Untitled session")

    @property
    def is_untitled(self) -> bool:
        return self.path is None

    def position(self, round_id: str, dimension_id: str, team_id: str) -> float | None:
        key = (round_id, dimension_id, team_id)
        if key in self._previews:
            return self._previews[key]
        return self.session.position(round_id, dimension_id, team_id)

    def positions(self, round_id: str, dimension_id: str) -> list[float]:
        """Positions including drags in progress, so statistics run live."""
        return self.session.positions(round_id, dimension_id, self._previews)

    def previewing(self) -> list[tuple[str, str, str]]:
        """Keys of the drags in progress."""
        return list(self._previews)

    def stats(self, round_id: str, dimension_id: str) -> DimensionStats:
        return describe(self.positions(round_id, dimension_id))

    # -- placements --------------------------------------------------------------------
    def preview_placement(self, round_id: str, dimension_id: str, team_id: str, position: float | None) -> None:
        """A token is being dragged: update live views, commit nothing yet.
        Several tokens may be previewed at once (one per finger); ``None``
        means the token is held over the tray (counted as not placed)."""
        key = (round_id, dimension_id, team_id)
        self._previews[key] = None if position is None else clamp_position(position)
        self.placement_previewed.emit(round_id, dimension_id)

    def cancel_preview(self, round_id: str | None = None, dimension_id: str | None = None,
                       team_id: str | None = None) -> None:
        """Drop the preview of one token, or with no arguments of every token."""
        if round_id is None:
            keys = list(self._previews)
        else:
            keys = [(round_id, dimension_id or "", team_id or "")]
        rows = set()
        for key in keys:
            if key in self._previews:
                del self._previews[key]
                rows.add(key[:2])
        for r, d in sorted(rows):
            self.placement_previewed.emit(r, d)

    def place(self, round_id: str, dimension_id: str, team_id: str, position: float | None) -> bool:
        """Commit a placement (one undo step); ``None`` takes the token off the
        line. Returns False when the position did not change (nothing saved)."""
        self._previews.pop((round_id, dimension_id, team_id), None)
        if position is not None:
            position = round(clamp_position(position), 1)
        if self.session.position(round_id, dimension_id, team_id) == position:
            self.placement_previewed.emit(round_id, dimension_id)
            return False
        self._push(SetPlacement(round_id, dimension_id, team_id, position))
        return True

    # -- session facts and teams ----------------------------------------------------------
    def set_info(self, field_name: str, value: str) -> None:
        value = clean_text(value)
        if getattr(self.session.info, field_name) != value:
            self._push(SetInfo(field_name, value))

    def add_team(self, name: str, organisation: str = "", colour: str | None = None) -> str | None:
        name = clean_text(name)
        if not name:
            self.error_occurred.emit(tr("A team needs a name."))
            return None
        team_id = self.session.new_team_id()
        used = {t.colour.upper() for t in self.session.teams}
        if colour is None:
            free = [c for c in TEAM_PALETTE if c.upper() not in used]
            colour = free[0] if free else TEAM_PALETTE[len(self.session.teams) % len(TEAM_PALETTE)]
        team = Team(team_id, name, clean_text(organisation), colour)
        self._push(AddTeam(team, len(self.session.teams)))
        return team_id

    def remove_team(self, team_id: str) -> None:
        self._push(RemoveTeam(team_id))

    def update_team(self, team_id: str, field_name: str, value: str) -> None:
        value = clean_text(value)
        if field_name == "name" and not value:
            self.error_occurred.emit(tr("A team needs a name."))
            self.teams_changed.emit()  # views put the old name back
            return
        if getattr(self.session.team(team_id), field_name) != value:
            self._push(UpdateTeam(team_id, field_name, value))

    # -- action plan -------------------------------------------------------------------------
    def generate_plan(self, importance: dict[Lever, int] | None = None) -> None:
        if importance is None:
            importance = self.session.lever_importance()  # None when nobody voted: all levers 2
        plan = generate_plan(self.session, importance=importance)
        # Regenerating replaces only the suggestions: what the group accepted
        # or wrote itself stays, and new suggestions follow it.
        kept = [a for a in self.session.actions if a.accepted]
        titles = {a.title for a in kept}
        taken = {a.id for a in kept}
        for action in plan:
            if action.title in titles:
                continue
            new_id = _free_id(taken)
            taken.add(new_id)
            kept.append(replace(action, id=new_id))
        self._push(SetActions(tuple(kept)))

    def update_action(self, action_id: str, field_name: str, value) -> None:
        if isinstance(value, str):
            value = clean_text(value)
        if field_name == "lever" and not isinstance(value, Lever):
            value = Lever(value)
        if field_name == "status" and not isinstance(value, ActionStatus):
            value = ActionStatus(value)
        action = self.session.actions[self.session.action_index(action_id)]
        if getattr(action, field_name) != value:
            self._push(UpdateAction(action_id, field_name, value))

    def add_action(self, title: str = "", lever: Lever = Lever.SHARED_GOALS) -> str:
        action = ActionItem(
            id=self.session.new_action_id(), title=clean_text(title) or tr("New action"), lever=lever
        )
        self._push(AddAction(action, len(self.session.actions)))
        return action.id

    def remove_action(self, action_id: str) -> None:
        self._push(RemoveAction(action_id))

    def move_action(self, action_id: str, index: int) -> None:
        """Reorder the plan: move one action to ``index`` (one undo step)."""
        index = max(0, min(index, len(self.session.actions) - 1))
        if self.session.action_index(action_id) != index:
            self._push(MoveAction(action_id, index))

    def accept_actions(self, action_ids) -> None:
        """Accept generated suggestions: one undo step for all of them."""
        pending = [i for i in action_ids if not self.session.actions[self.session.action_index(i)].accepted]
        if not pending:
            return
        if len(pending) == 1:
            self._push(UpdateAction(pending[0], "accepted", True))
            return
        self.undo_stack.beginMacro(tr("Accept {0} suggestions").format(len(pending)))
        try:
            for action_id in pending:
                self._push(UpdateAction(action_id, "accepted", True))
        finally:
            self.undo_stack.endMacro()

    # -- lists, settings and votes ------------------------------------------------------------
    def replace_list(self, attr: str, items, label: str = "") -> None:
        """Replace participants, rounds, steps or notes as one undo step."""
        if tuple(items) != tuple(getattr(self.session, attr)):
            self._push(ReplaceList(attr, tuple(items), label))

    def add_replacement_round(self, after_step: int, name: str = "") -> str:
        """Add a re-placement ("after discussion") of the round that step
        ``after_step`` works on, and a place step for it right after that
        step: one undo step. Returns the new round's id."""
        session = self.session
        step = session.steps[after_step]
        follows = step.round_id
        if not follows:
            raise ValueError("the step has no round to re-place")
        earlier = sum(1 for r in session.rounds if r.follows == follows)
        if not name:
            name = tr("After discussion") if not earlier else tr("After discussion {0}").format(earlier + 1)
        round_id = session.new_round_id()
        new_round = Round(round_id, clean_text(name), follows=follows)
        title = tr("Place again") if not earlier else tr("Place again ({0})").format(earlier + 1)
        new_step = Step(session.new_step_id(), title, StepKind.PLACE,
                        prompt=tr("After the discussion: place your tokens again where you now see it."),
                        round_id=round_id, compare_round_id=follows)
        steps = list(session.steps)
        steps.insert(after_step + 1, new_step)
        label = tr("Add re-placement round")
        self.undo_stack.beginMacro(label)
        self.replace_list("rounds", [*session.rounds, new_round], label)
        self.replace_list("steps", steps, label)
        self.undo_stack.endMacro()
        return round_id

    def set_settings(self, settings: SessionSettings, label: str = "") -> None:
        if settings != self.session.settings:
            self._push(SetSettings(settings, label))

    def set_vote(self, team_id: str, lever: Lever | str, dots: int) -> None:
        code = lever.value if isinstance(lever, Lever) else Lever(lever).value
        dots = max(0, int(dots))
        if self.session.votes.get((team_id, code), 0) != dots:
            self._push(SetVote(team_id, code, dots))

    def record_step_time(self, step_id: str, seconds: int) -> None:
        """Keep the time the timer ran on a step; not an undoable edit."""
        steps = self.session.steps
        for i, step in enumerate(steps):
            if step.id == step_id:
                steps[i] = replace(step, actual=max(0, int(seconds)))
                break
        else:
            return
        try:
            self.store.write_step_time(step_id, seconds)
        except (OSError, SessionFileError, sqlite3.Error) as exc:
            self.error_occurred.emit(str(exc))
            return
        self._autosave()

    # -- steps ---------------------------------------------------------------------------------
    def set_step(self, index: int) -> None:
        index = max(0, min(index, len(self.session.steps) - 1))
        if index == self.session.current_step:
            return
        self.session.current_step = index
        try:
            self.store.write_current_step(index)
        except (OSError, SessionFileError, sqlite3.Error) as exc:
            # Where the workshop stands is worth keeping, not worth stopping for.
            self.error_occurred.emit(str(exc))
        else:
            self._autosave()
        self.step_changed.emit(index)

    def next_step(self) -> None:
        self.set_step(self.session.current_step + 1)

    def previous_step(self) -> None:
        self.set_step(self.session.current_step - 1)

    # -- saving ------------------------------------------------------------------------------------
    def save_as(self, path: Path) -> bool:
        """Write the session to ``path`` atomically and keep autosaving there."""
        lock = None
        same = self.path is not None and same_target(self.path, path)
        try:
            if not same:
                lock = SessionLock.acquire(Path(path), self.store.working_path.parent)
            self._publish(Path(path))
        except SessionFileError as exc:
            if lock is not None:
                lock.release()
            self.error_occurred.emit(str(exc))
            return False
        if lock is not None:
            if self._file_lock is not None:
                self._file_lock.release()
            self._file_lock = lock
        if self.autosave_paused:
            self.autosave_paused = False
            self._guard.upgrade_pending = False
        self.path = Path(path)
        self._guard.note_source(self.path)
        if self.save_problem:
            self.save_problem = ""  # this file has every change
            self.file_state_changed.emit()
        self.undo_stack.setClean()
        self.path_changed.emit(str(self.path))
        self.saved.emit(str(self.path))
        return True

    # -- the one mutation path ----------------------------------------------------------------------
    def _push(self, change: Change) -> None:
        self.undo_stack.push(_ChangeCommand(self, change))

    def _execute(self, change: Change) -> Change:
        """Apply, persist, autosave, broadcast. Returns the inverse change."""
        inverse = change.apply(self.session)
        try:
            self.store.write_change(change, self.session)
        except Exception as exc:
            inverse.apply(self.session)  # keep memory and disk the same
            raise SessionFileError(tr("Could not record the change: {0}").format(exc)) from exc
        if self.path is not None and not self.autosave_paused and self._autosave():
            self.saved.emit(str(self.path))
        self._broadcast(change)
        return inverse

    def _broadcast(self, change: Change) -> None:
        if isinstance(change, SetPlacement):
            self.placement_moved.emit(change.round_id, change.dimension_id, change.team_id)
        elif change.part in ("teams", "participants"):
            self.teams_changed.emit()
        elif change.part == "rounds":
            self.rounds_changed.emit()
        elif change.part == "steps":
            self.agenda_changed.emit()
            self.step_changed.emit(self.session.current_step)
        elif change.part == "notes":
            self.notes_changed.emit()
        elif change.part == "votes":
            self.votes_changed.emit()
        elif change.part == "settings":
            self.settings_changed.emit()
            self.teams_changed.emit()  # the placers may have changed
        elif change.part == "info":
            self.info_changed.emit()
        elif change.part == "actions":
            self.actions_changed.emit()
