"""The one place a :class:`SessionController` is built.

A controller needs parts that must be made in the right order and undone
if a later one fails: the session file's lock, the working copy (a store),
the working copy's guard (its lock and sidecar). The window, recovery and
the tests ask for a controller by what the user did (opened a file, started
a new session, a template, the sample, a follow-up, recovered a kept
session) and never assemble those parts themselves.

Every function raises :class:`SessionFileError` (or OSError for a working
folder that cannot be made) with a message for the user, having released
whatever it had taken.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..model import Session, SessionInfo
from ..model.template import Template, default_template
from ..storage import SessionStore
from .locks import SessionLock, WorkingCopyGuard
from .session_controller import SessionController


def new_session(working_dir: Path, template: Template | None = None, parent=None) -> SessionController:
    """A new untitled session from ``template`` (the default agenda)."""
    session = (template or default_template()).new_session(SessionInfo(date=dt.date.today().isoformat()))
    return SessionController(session, SessionStore.create(session, working_dir), None, parent)


def open_session(path: Path, working_dir: Path, parent=None) -> SessionController:
    """Open the session file ``path`` (locked while it is open)."""
    path = Path(path)
    lock = SessionLock.acquire(path, working_dir)
    try:
        store, session = SessionStore.open_copy(path, working_dir)
    except BaseException:
        lock.release()
        raise
    return SessionController(session, store, path, parent, file_lock=lock)


def open_untitled_copy(path: Path, working_dir: Path, parent=None) -> SessionController:
    """Open ``path`` as an untitled session (the shipped sample): Save asks
    where to keep it, and ``path`` itself is never written."""
    controller = open_session(path, working_dir, parent)
    controller.path = None  # releases the file's lock
    return controller


def start_followup(of: Session, working_dir: Path, parent=None) -> SessionController:
    """A follow-up of ``of``: the same teams and agenda, ``of``'s results as
    the baseline. Untitled and never clean, so closing asks to save it."""
    from ..planning.followup import start_followup as followup_of

    session = followup_of(of)
    controller = SessionController(session, SessionStore.create(session, working_dir), None, parent)
    controller.undo_stack.resetClean()
    return controller


def adopt_working_copy(working_path: Path, created: str | None, lock: QLockFile,
                       parent=None) -> SessionController:
    """Open a working copy a crashed run left behind, in place, under the
    working-copy ``lock`` the caller holds. Untitled and never clean: what
    was recovered is in no file yet (collabworkshop/controller/recovery.py decides
    whether it goes back to its file)."""
    store, session = SessionStore.adopt(Path(working_path))
    guard = WorkingCopyGuard(working_path, None, created or None, lock=lock)
    controller = SessionController(session, store, None, parent, guard=guard)
    controller.undo_stack.resetClean()
    return controller
