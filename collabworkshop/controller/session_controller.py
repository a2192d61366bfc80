"""One SessionController per open session.

It owns the model (:class:`Session`), the working copy on disk
(:class:`SessionStore`) and the QUndoStack. Views call its methods, one per
user intent, and listen to its ``changed`` signal; they never change the
model themselves. Each method calls a named operation
(collabworkshop/session/operations), which checks the intent's rule and
builds a :class:`~collabworkshop.model.changes.Change`, and pushes that
change as one undo step. Every change then goes through :meth:`_execute`:
apply, write to the working copy in its own transaction, autosave a named
session atomically, and broadcast one
:class:`~collabworkshop.session.record.ChangeRecord` (what changed and the
edit's origin). The older per-part signals are derived from the record.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..analysis.stats import DimensionStats, describe
from ..common.i18n import context, translate
from ..common.userfiles import same_target, target_key
from ..model import (
    Batch,
    GapPlacement,
    Lever,
    NoteKind,
    Part,
    PlacementMode,
    ReplaceList,
    Session,
    SessionSettings,
    Step,
    clamp_position,
)
from ..model.changes import Change, touched_by
from ..model.session import clean_text
from ..session import ChangeRecord, OperationRefused, Origin, record_of
from ..session.operations import agenda, info, notes, placements, plan, rounds, teams, votes
from ..session.operations.teams import TEAM_PALETTE  # noqa: F401 (re-exported: bench and scripts colour teams)
from ..session.operations.votes import DotCount
from ..storage import SessionFileError, SessionStore
from .locks import SessionLock, WorkingCopyGuard

tr = context("SessionController")


class _ChangeCommand(QUndoCommand):
    """One user gesture on the undo stack; holds the change and its inverse.
    Its first redo carries the gesture's origin; later ones are redos."""

    def __init__(self, controller: SessionController, change: Change, origin: Origin, label: str = ""):
        super().__init__(label or change.describe(controller.session))
        self._controller = controller
        self._change = change
        self._inverse: Change | None = None
        self._origin = origin
        self.failed = False
        #: When this command last ran (the controller's clock) and the rows it
        #: wrote: the undo rule compares them with the devices' writes.
        self.stamp = 0
        self.keys: dict[Part, frozenset | None] = {}

    def _ran(self) -> None:
        record = self._controller._last_record
        if record is not None:
            for part, keys in record.keys:
                old = self.keys.get(part, frozenset())
                self.keys[part] = None if keys is None or old is None else old | keys
        self.stamp = self._controller._clock

    def redo(self) -> None:
        try:
            self._inverse = self._controller._execute(self._change, self._origin, self.text())
        except SessionFileError as exc:
            self.failed = True
            self.setObsolete(True)
            self._controller.error_occurred.emit(str(exc))
        else:
            self._ran()
        self._origin = Origin.REDO

    def undo(self) -> None:
        if self._inverse is not None:
            self._change = self._controller._execute(self._inverse, Origin.UNDO, self.text())
            self._ran()


class SessionController(QObject):
    #: How long device edits wait to be published to the file together.
    #: The working copy (what a crash recovery reads) has each of them at
    #: once; a publish (the whole file copied and synced) holds the window's
    #: thread for 10-70 ms, so 200 phones placing have it once a second.
    PUBLISH_DELAY_MS = 1000

    # -- signals (past tense) ---------------------------------------------------
    #: One ChangeRecord after every executed change (edits, undo, redo): what
    #: changed and where the edit came from. Views redraw from it.
    changed = Signal(object)
    # Derived from the record, for listeners not yet moved to ``changed``:
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
    #: A one-line notice that is not an error (an undo that stopped at a
    #: participant's own placement); the window shows it in the status bar.
    notice = Signal(str)
    #: The session is closing (its working copy about to go): what serves it
    #: from outside, like the participation server, stops.
    closing = Signal()
    #: The file stopped having, or has again, every change (see file_behind).
    file_state_changed = Signal()

    def __init__(self, session: Session, store: SessionStore, path: Path | None = None, parent=None,
                 *, guard=None, file_lock=None):
        super().__init__(parent)
        self.session = session
        self.store = store
        # Crash safety (controller/locks.py): the lock on the file and the
        # working copy's lock and sidecar; backups kept this run. Built by
        # controller/factory.py; a bare controller (benchmarks) guards its copy here.
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
        # Device edits (Origin.DEVICE): not on the undo stack; what they
        # wrote, by part and key (None: the whole part), at which tick of
        # ``_clock``, so an undo never silently takes back a participant's
        # own placement (see undo()).
        self._clock = 0
        self._last_record: ChangeRecord | None = None
        self._device_writes: dict[Part, dict] = {}
        self._device_unsaved = False  # an untitled session changed by a device
        # Many phones each placing would publish the whole file per change;
        # device edits are durable in the working copy at once and reach the
        # file together, at most PUBLISH_DELAY_MS later (and at close).
        self._devices_waiting = False  # the publish timer runs for device edits (their deadline holds)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(self.PUBLISH_DELAY_MS)
        self._publish_timer.timeout.connect(self._publish_pending)
        #: Why the file lacks the working copy's latest change ("" while it
        #: has every change): the last autosave to it failed.
        self.save_problem = ""

    def close(self, *, keep_for_recovery: bool = False) -> None:
        """Close the session. ``keep_for_recovery`` leaves the working copy
        and its sidecar in place, so the next start offers to recover it
        (the user's choice for work its file could not take)."""
        if not self._closed:
            self.closing.emit()
            if self._publish_timer.isActive() and not self._publish_pending():
                keep_for_recovery = True  # the file could not take the devices' last edits: keep them
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
        unsaved = not self.undo_stack.isClean() or self._device_unsaved
        return ((self.is_untitled or self.autosave_paused) and unsaved) or self.file_behind

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
        from ..storage.backup import keep_backup

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

    def place(self, round_id: str, dimension_id: str, team_id: str, position: float | None,
              *, origin: Origin = Origin.BOARD, on_refused=None) -> bool:
        """Commit a placement (one undo step); ``None`` takes the token off the
        line. Returns False when the position did not change (nothing saved)."""
        self._previews.pop((round_id, dimension_id, team_id), None)
        if not self._run(placements.place, round_id, dimension_id, team_id, position, origin=origin,
                         on_refused=on_refused):
            self.placement_previewed.emit(round_id, dimension_id)
            return False
        return True

    def place_many(self, items, *, origin: Origin = Origin.DEVICE, synced: bool = True) -> bool:
        """Several placements, ``items`` as (round, dimension, placer,
        position), as one change: one transaction, one record, one redraw
        (phones placing together). A token named twice takes its last
        position. False when none changed anything.

        ``synced=False`` (a device's edits only): committed to the working
        copy without waiting for the disk; the caller has ``store.sync()``
        run before it tells anyone the placements are safe."""
        latest: dict[tuple[str, str, str], float | None] = {}
        for round_id, dimension_id, placer_id, position in items:
            latest[(round_id, dimension_id, placer_id)] = position
        changes = []
        for (round_id, dimension_id, placer_id), position in latest.items():
            self._previews.pop((round_id, dimension_id, placer_id), None)
            change = placements.place(self.session, round_id, dimension_id, placer_id, position)
            if change is not None:
                changes.append(change)
        if not changes:
            return False
        change = changes[0] if len(changes) == 1 else Batch(tuple(changes))
        return self._push(change, origin, synced=synced or origin is not Origin.DEVICE)

    # -- session facts and settings -------------------------------------------------------
    def set_info(self, field_name: str, value: str, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(info.set_info, field_name, value, origin=origin)

    def set_settings(self, settings: SessionSettings, label: str = "", *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(info.set_settings, settings, label, origin=origin, label=label)

    def set_placement_mode(self, mode: PlacementMode, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Participants place tokens") if mode is PlacementMode.PARTICIPANT else tr("Teams place tokens")
        return self._run(info.set_placement_mode, mode, label, origin=origin, label=label)

    def set_vote_dots(self, dots: int, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Change dots per team")
        return self._run(info.set_vote_dots, dots, label, origin=origin, label=label)

    def set_gap_placement(self, choice: GapPlacement, *, origin: Origin = Origin.EDITOR) -> bool:
        label = (tr("Use the latest placement for gaps") if choice is GapPlacement.LATEST
                 else tr("Use the first placement for gaps"))
        return self._run(info.set_gap_placement, choice, label, origin=origin, label=label)

    # -- teams and participants -----------------------------------------------------------
    def add_team(self, name: str, organisation: str = "", colour: str | None = None,
                 *, origin: Origin = Origin.EDITOR) -> str | None:
        change = self._build(teams.add_team, name, organisation, colour)
        if change is None:
            return None
        self._push(change, origin)
        return change.team.id

    def remove_team(self, team_id: str, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(teams.remove_team, team_id, origin=origin)

    def update_team(self, team_id: str, field_name: str, value: str, *, origin: Origin = Origin.EDITOR) -> bool:
        try:
            change = teams.update_team(self.session, team_id, field_name, value)
        except OperationRefused as exc:
            self.error_occurred.emit(self._refusal_text(exc))
            self.teams_changed.emit()  # views put the old name back
            return False
        return self._push_if(change, origin)

    def add_participant(self, team_id: str, name: str, *, origin: Origin = Origin.EDITOR) -> str | None:
        label = tr("Add {0}").format(clean_text(name, 200))
        change = self._build(teams.add_participant, team_id, name, label)
        if change is None:
            return None
        self._push(change, origin)
        return change.item.id

    def add_participants(self, entries, *, origin: Origin = Origin.EDITOR) -> list[str]:
        """Several participants as one change (phones joining together):
        ``entries`` are (team id, name); returns their ids ([] if refused)."""
        entries = list(entries)
        if not entries:
            return []
        label = tr("Add {0}").format(clean_text(entries[0][1], 200)) if len(entries) == 1 else \
            tr("Add {0} participants").format(len(entries))
        try:
            change, ids = teams.add_participants(self.session, entries, label)
        except OperationRefused as exc:
            self.error_occurred.emit(self._refusal_text(exc))
            return []
        return ids if self._push(change, origin, label) else []

    def remove_participant(self, person_id: str, *, origin: Origin = Origin.EDITOR) -> bool:
        name = self._name_of(person_id)
        return self._run(teams.remove_participant, person_id, tr("Remove {0}").format(name), origin=origin)

    def rename_participant(self, person_id: str, name: str, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Rename {0}").format(self._name_of(person_id))
        return self._run(teams.rename_participant, person_id, name, label, origin=origin)

    def move_participant(self, person_id: str, team_id: str, *, origin: Origin = Origin.EDITOR) -> bool:
        try:
            team_name = self.session.team(team_id).name
        except KeyError:
            team_name = team_id
        label = tr("Move {0} to {1}").format(self._name_of(person_id), team_name)
        return self._run(teams.move_participant, person_id, team_id, label, origin=origin)

    def _name_of(self, person_id: str) -> str:
        try:
            return self.session.participant(person_id).name
        except KeyError:
            return person_id

    # -- rounds ---------------------------------------------------------------------------------
    def set_round_hidden(self, round_id: str, hidden: bool, *, origin: Origin = Origin.EDITOR) -> bool:
        """Hide (blind placement) or reveal a round; one undo step."""
        label = tr("Hide placements") if hidden else tr("Reveal placements")
        return self._run(rounds.set_round_hidden, round_id, hidden, label, origin=origin)

    def add_replacement_round(self, after_step: int, name: str = "", *, origin: Origin = Origin.EDITOR) -> str:
        """Add a re-placement ("after discussion") of the round that step
        ``after_step`` works on, and a place step for it right after that
        step: one undo step. Returns the new round's id."""
        session = self.session
        if not 0 <= after_step < len(session.steps) or not session.steps[after_step].round_id:
            raise ValueError("the step has no round to re-place")
        earlier = rounds.replacements_of(session, session.steps[after_step].round_id)
        if not name:
            name = tr("After discussion") if not earlier else tr("After discussion {0}").format(earlier + 1)
        title = tr("Place again") if not earlier else tr("Place again ({0})").format(earlier + 1)
        change, round_id = rounds.add_replacement_round(
            session, after_step, name=name, title=title,
            prompt=tr("After the discussion: place your tokens again where you now see it."),
            label=tr("Add re-placement round"),
        )
        self._push(change, origin)
        return round_id

    # -- the agenda -------------------------------------------------------------------------------
    def add_step(self, step: Step, index: int, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Add step \u201c{0}\u201d").format(step.title)
        return self._run(agenda.add_step, step, index, label, origin=origin)

    def remove_step(self, step_id: str, *, origin: Origin = Origin.EDITOR, on_refused=None) -> bool:
        label = tr("Remove step \u201c{0}\u201d").format(self._step_title(step_id))
        return self._run(agenda.remove_step, step_id, label, origin=origin, on_refused=on_refused)

    def move_step(self, step_id: str, index: int, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Move step \u201c{0}\u201d").format(self._step_title(step_id))
        return self._run(agenda.move_step, step_id, index, label, origin=origin)

    def update_step(self, step: Step, *, origin: Origin = Origin.EDITOR) -> bool:
        old = self._step_title(step.id)
        if step.title != old and step.title:
            label = tr("Rename step \u201c{0}\u201d").format(step.title)
        else:
            label = tr("Edit step \u201c{0}\u201d").format(step.title)
        return self._run(agenda.update_step, step, label, origin=origin)

    def reorder_steps(self, order, *, origin: Origin = Origin.EDITOR, on_refused=None) -> bool:
        label = tr("Reorder steps")
        return self._run(agenda.reorder_steps, list(order), label, origin=origin, label=label,
                         on_refused=on_refused)

    def _step_title(self, step_id: str) -> str:
        try:
            return self.session.step(step_id).title
        except KeyError:
            return step_id

    # -- notes ------------------------------------------------------------------------------------
    def add_note(self, text: str, kind: NoteKind = NoteKind.NOTE, step_id: str | None = None,
                 dimension_id: str = "", *, origin: Origin = Origin.EDITOR) -> str | None:
        """A note on ``step_id`` (by default the step the workshop is on)."""
        if step_id is None:
            step = self.session.active_step()
            step_id = step.id if step is not None else ""
        label = tr("Add {0}").format(kind.title.lower())
        change = self._build(notes.add_note, text, kind, step_id, dimension_id, label, quiet=True)
        if change is None:
            return None
        self._push(change, origin)
        return change.item.id

    def edit_note(self, note_id: str, text: str, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(notes.edit_note, note_id, text, tr("Edit note"), origin=origin)

    def remove_note(self, note_id: str, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(notes.remove_note, note_id, tr("Delete note"), origin=origin)

    # -- the lever vote ---------------------------------------------------------------------------
    def set_vote(self, team_id: str, lever: Lever | str, dots: int, *, origin: Origin = Origin.EDITOR,
                 on_refused=None) -> bool:
        return self._run(votes.set_vote, team_id, lever, dots, origin=origin, on_refused=on_refused)

    def spend_vote_dot(self, team_id: str, lever: Lever | str, delta: int, *, origin: Origin = Origin.EDITOR,
                       on_refused=None) -> bool:
        """Add (+1) or take off (-1) one of a team's dots; refused (False,
        with a message) when the team has no dot left to give."""
        return self._run(votes.spend_vote_dot, team_id, lever, delta, origin=origin, on_refused=on_refused)

    # -- action plan -------------------------------------------------------------------------
    def generate_plan(self, importance: dict[Lever, int] | None = None, *, origin: Origin = Origin.EDITOR) -> None:
        self._run(plan.generate_plan, importance, origin=origin)

    def update_action(self, action_id: str, field_name: str, value, *, origin: Origin = Origin.EDITOR,
                      on_refused=None) -> bool:
        label = tr("Edit action owner") if field_name == "owner" else ""
        return self._run(plan.update_action, action_id, field_name, value, origin=origin, label=label,
                         on_refused=on_refused)

    def set_action_owner(self, action_id: str, owner: str, *, origin: Origin = Origin.EDITOR) -> bool:
        label = tr("Edit action owner")
        return self._run(plan.set_action_owner, action_id, owner, label, origin=origin, label=label)

    def set_action_supporting(self, action_id: str, team_ids, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(plan.set_action_supporting, action_id, tuple(team_ids), origin=origin)

    def add_action(self, title: str = "", lever: Lever = Lever.SHARED_GOALS, *,
                   origin: Origin = Origin.EDITOR) -> str:
        change = plan.add_action(self.session, clean_text(title) or tr("New action"), lever)
        self._push(change, origin)
        return change.action.id

    def remove_action(self, action_id: str, *, origin: Origin = Origin.EDITOR) -> bool:
        return self._run(plan.remove_action, action_id, origin=origin)

    def move_action(self, action_id: str, index: int, *, origin: Origin = Origin.EDITOR) -> bool:
        """Reorder the plan: move one action to ``index`` (one undo step)."""
        return self._run(plan.move_action, action_id, index, origin=origin)

    def accept_actions(self, action_ids, *, origin: Origin = Origin.EDITOR) -> bool:
        """Accept generated suggestions: one undo step for all of them."""
        ids = list(action_ids)
        label = tr("Accept {0} suggestions").format(len(ids)) if len(ids) > 1 else ""
        return self._run(plan.accept_actions, ids, label, origin=origin, label=label)

    # -- whole lists (imports and scripts) -----------------------------------------------------
    def replace_list(self, attr: str, items, label: str = "", *, origin: Origin = Origin.IMPORT) -> None:
        """Replace participants, rounds, steps or notes as one undo step: for
        data brought in whole (an import, a test, a script). The window's
        own edits use the named operations above."""
        if tuple(items) != tuple(getattr(self.session, attr)):
            self._push(ReplaceList(attr, tuple(items), label), origin)

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
            # To the file with the next publish, once the facilitator has
            # stayed on a step for PUBLISH_DELAY_MS (and at close): a publish
            # copies and syncs the whole file, which would hold up a switch.
            # Device edits waiting keep their own deadline.
            if self.path is not None and not self.autosave_paused and not self._devices_waiting:
                self._publish_timer.start()
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
        self._device_unsaved = False
        self._publish_timer.stop()
        self._devices_waiting = False
        self.path_changed.emit(str(self.path))
        self.saved.emit(str(self.path))
        return True

    # -- undo and the participants' own edits -----------------------------------------------------
    def undo(self) -> bool:
        """Undo the last edit on the stack, unless a participant's device has
        changed its rows since: then nothing is undone and ``notice`` says
        why (the facilitator can still move the token by hand). Device edits
        are never on the stack, so undo cannot take them back directly."""
        stack = self.undo_stack
        if not stack.canUndo():
            return False
        command = stack.command(stack.index() - 1)
        if isinstance(command, _ChangeCommand) and self._device_changed_since(command):
            self.notice.emit(tr("Not undone: a participant has changed \u201c{0}\u201d from their device since. "
                                "Change it by hand if it must change.").format(command.text()))
            return False
        stack.undo()
        return True

    def redo(self) -> bool:
        """Redo, with the same rule as :meth:`undo`."""
        stack = self.undo_stack
        if not stack.canRedo():
            return False
        command = stack.command(stack.index())
        if isinstance(command, _ChangeCommand) and self._device_changed_since(command):
            self.notice.emit(tr("Not redone: a participant has changed \u201c{0}\u201d from their device since. "
                                "Change it by hand if it must change.").format(command.text()))
            return False
        stack.redo()
        return True

    def _device_changed_since(self, command: _ChangeCommand) -> bool:
        for part, keys in command.keys.items():
            writes = self._device_writes.get(part)
            if not writes:
                continue
            if writes.get(None, -1) > command.stamp:
                return True
            if keys is None:
                if any(stamp > command.stamp for stamp in writes.values()):
                    return True
            elif any(writes.get(key, -1) > command.stamp for key in keys):
                return True
        return False

    def _note_device_write(self, record: ChangeRecord) -> None:
        for part, keys in record.keys:
            writes = self._device_writes.setdefault(part, {})
            for key in (None,) if keys is None else keys:
                writes[key] = self._clock

    def _publish_pending(self) -> bool:
        """Publish the device edits waiting for the file; True when it has them."""
        self._publish_timer.stop()
        self._devices_waiting = False
        if self.path is None or self.autosave_paused:
            return True
        if self._autosave():
            self.saved.emit(str(self.path))
            return True
        return False

    def flush_publishing(self) -> bool:
        """Bring the file up to date with any device edits still waiting
        (before a check of needs_save, a close, a test reading the file)."""
        if self._publish_timer.isActive():
            return self._publish_pending()
        return True

    # -- the one mutation path ----------------------------------------------------------------------
    def _refusal_text(self, exc: OperationRefused) -> str:
        """A refusal's message in the user's language (the template is
        translated here, at the edge, then filled)."""
        args = [tr("%n dot|%n dots", int(a)) if isinstance(a, DotCount) else a for a in exc.args_]
        # The templates are marked in session/operations (context "Operations").
        return translate("Operations", exc.template).format(*args)  # i18n: looked up

    def _build(self, operation, *args, on_refused=None, quiet: bool = False):
        """Run a named operation; on refusal tell the user (or ``on_refused``,
        or nobody when ``quiet``) and return None."""
        try:
            return operation(self.session, *args)
        except OperationRefused as exc:
            if not quiet:
                (on_refused or self.error_occurred.emit)(self._refusal_text(exc))
            return None

    def _run(self, operation, *args, origin: Origin, label: str = "", on_refused=None) -> bool:
        """Build the intent's change and push it as one undo step. False when
        it was refused or there was nothing to change."""
        change = self._build(operation, *args, on_refused=on_refused)
        return self._push_if(change, origin, label)

    def _push_if(self, change: Change | None, origin: Origin, label: str = "") -> bool:
        if change is None:
            return False
        return self._push(change, origin, label)

    def _push(self, change: Change, origin: Origin = Origin.EDITOR, label: str = "", *,
              synced: bool = True) -> bool:
        """Run ``change`` as one undo step; a device's edit runs without one
        (see undo()), and may be committed without waiting for the disk
        (``synced=False``, see place_many). False when it could not be recorded."""
        if origin is Origin.DEVICE:
            try:
                self._execute(change, origin, label or change.describe(self.session), synced=synced)
            except SessionFileError as exc:
                self.error_occurred.emit(str(exc))
                return False
            return True
        command = _ChangeCommand(self, change, origin, label)
        self.undo_stack.push(command)
        return not command.failed

    def _execute(self, change: Change, origin: Origin = Origin.EDITOR, label: str = "", *,
                 synced: bool = True) -> Change:
        """Apply, persist, autosave, broadcast. Returns the inverse change."""
        inverse = change.apply(self.session)
        try:
            self.store.write_change(change, self.session, touched_by(change, inverse), synced=synced)
        except Exception as exc:
            inverse.apply(self.session)  # keep memory and disk the same
            raise SessionFileError(tr("Could not record the change: {0}").format(exc)) from exc
        self._clock += 1
        record = record_of(change, inverse, origin, label)
        self._last_record = record
        if origin is Origin.DEVICE:
            self._note_device_write(record)
            self._device_unsaved = True
            if self.path is not None and not self.autosave_paused and not self._devices_waiting:
                self._devices_waiting = True
                self._publish_timer.start()
        elif self.path is not None and not self.autosave_paused:
            self._publish_timer.stop()  # this publish takes the devices' waiting edits too
            self._devices_waiting = False
            if self._autosave():
                self.saved.emit(str(self.path))
        self._broadcast(record)
        return inverse

    def _broadcast(self, record: ChangeRecord) -> None:
        self.changed.emit(record)
        # The older signals, derived from the record.
        if record.only(Part.PLACEMENTS):
            keys = record.keys_of(Part.PLACEMENTS) or ()
            for round_id, dimension_id, placer_id in sorted(keys):
                self.placement_moved.emit(round_id, dimension_id, placer_id)
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self.teams_changed.emit()  # settings: the placers may have changed
        if record.touches(Part.ROUNDS):
            self.rounds_changed.emit()
        if record.touches(Part.STEPS):
            self.agenda_changed.emit()
            self.step_changed.emit(self.session.current_step)
        if record.touches(Part.NOTES):
            self.notes_changed.emit()
        if record.touches(Part.VOTES):
            self.votes_changed.emit()
        if record.touches(Part.SETTINGS):
            self.settings_changed.emit()
        if record.touches(Part.INFO):
            self.info_changed.emit()
        if record.touches(Part.ACTIONS):
            self.actions_changed.emit()
