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
    opening = Opening.begin(path, working_dir)
    try:
        opening.read()
    except BaseException:
        opening.abandon()
        raise
    return opening.finish(parent)


class Opening:
    """A session file being opened, in three steps, so the window can read
    it on a worker thread and the user can cancel:

    1. :meth:`begin` (the GUI thread): the file's lock is taken (a file
       already open elsewhere is refused before any reading);
    2. :meth:`read` (any thread; no Qt object is made or touched): the file
       is read, checked and decoded, and the working copy built;
    3. :meth:`finish` (the GUI thread): the controller, which takes the
       lock and the working copy over (and writes the working copy's guard),
       or :meth:`abandon`: the working copy is removed and the lock
       released, so nothing of this opening is left behind.
    """

    def __init__(self, path: Path, working_dir: Path, lock: SessionLock) -> None:
        self.path = path
        self.working_dir = working_dir
        self._lock: SessionLock | None = lock
        self._store: SessionStore | None = None
        self._session: Session | None = None

    @classmethod
    def begin(cls, path: Path, working_dir: Path) -> Opening:
        path = Path(path)
        return cls(path, Path(working_dir), SessionLock.acquire(path, working_dir))

    def read(self, stop=None) -> None:
        """Read the file; ``stop()`` is asked at every step and, when true,
        ends the reading with ReadingCancelled (nothing made is left)."""
        self._store, self._session = SessionStore.open_copy(self.path, self.working_dir, stop=stop,
                                                            any_thread=True)

    def finish(self, parent=None) -> SessionController:
        assert self._store is not None and self._session is not None and self._lock is not None
        store, session, lock = self._store, self._session, self._lock
        self._store = self._session = self._lock = None
        try:
            return SessionController(session, store, self.path, parent, file_lock=lock)
        except BaseException:
            store.close()
            lock.release()
            raise

    def abandon(self) -> None:
        """Give up: the working copy (if read) removed, the lock released."""
        if self._store is not None:
            self._store.close(remove=True)
            self._store = None
        self._session = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


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
