"""Crash recovery below the ui (see docs/recovery.md): finding the working
copies a crashed run left behind, comparing each with its file, and
recovering one as a session.

The locks and the sidecar a working copy keeps while it is open are
``collabworkshop.controller.locks``. A clean close removes the copy, its
sidecar and its lock; "keep for recovery" (closing a session whose file
could not take its latest change) removes only the lock. At the next start,
:func:`find_orphans` lists what a crashed run left behind, and the window
asks the user, per session, to recover, discard or decide later
(``collabworkshop.ui.app.recovery_dialog``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from ..common.i18n import context
from ..storage import SessionFileError
from ..storage.atomic import remove_leftovers, remove_quietly
from .factory import adopt_working_copy
from .locks import SIDECAR_SUFFIX, SessionLock, file_stamp, new_lock, sidecar_for, try_lock, working_lock_for

if TYPE_CHECKING:
    from ..model import Session
    from .session_controller import SessionController


tr = context("Recovery")


@dataclass
class Orphan:
    """A working copy left behind by a run that did not close it."""

    working_path: Path
    source: Path | None
    created: str
    last_change: dt.datetime
    pid: int | None
    upgrade_pending: bool
    lock: QLockFile = field(repr=False)
    session: Session | None = None
    problem: str = ""
    #: The source as the crashed run last wrote or read it (None: not recorded).
    source_stamp: list[int] | None = None

    @property
    def title(self) -> str:
        if self.session is not None and self.session.info.title.strip():
            return self.session.info.title.strip()
        if self.source is not None:
            return self.source.stem
        return tr("Untitled session")

    def describe(self) -> str:
        """\u201cEastport (untitled, last change 14:32 today, 5 teams, 37 placements)\u201d"""
        where = self.source.name if self.source else tr("untitled")
        when = _when(self.last_change)
        if self.session is None:
            return tr("\u201c{0}\u201d ({1}, last change {2}; it cannot be read: {3})").format(
                self.title, where, when, self.problem
            )
        return tr("\u201c{0}\u201d ({1}, last change {2}, {3}, {4})").format(
            self.title, where, when, tr("%n teams", len(self.session.teams)),
            tr("%n placements", len(self.session.placements)),
        )

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()

    def discard(self) -> None:
        """Delete the working copy for good."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            remove_quietly(Path(str(self.working_path) + suffix))
        remove_quietly(sidecar_for(self.working_path))
        self.release()


def _when(moment: dt.datetime) -> str:
    now = dt.datetime.now().astimezone()
    if moment.date() == now.date():
        return tr("{0} today").format(moment.strftime("%H:%M"))
    if moment.date() == (now - dt.timedelta(days=1)).date():
        return tr("{0} yesterday").format(moment.strftime("%H:%M"))
    return moment.strftime("%Y-%m-%d %H:%M")


def _last_change(working_path: Path) -> dt.datetime:
    times = []
    for suffix in ("", "-wal"):
        try:
            times.append(os.stat(str(working_path) + suffix).st_mtime)
        except OSError:
            pass
    return dt.datetime.fromtimestamp(max(times) if times else 0).astimezone()


def find_orphans(working_dir: Path) -> list[Orphan]:
    """Working copies in ``working_dir`` whose owner is gone, newest first.

    Each returned orphan holds its working-copy lock (so a second app
    starting at the same time does not offer it too) until it is recovered,
    discarded or released.
    """
    from ..storage.sessionfile import SessionStore

    working_dir = Path(working_dir)
    if not working_dir.is_dir():
        return []
    found = []
    for sidecar in sorted(working_dir.glob(f"working-*{SIDECAR_SUFFIX}")):
        working = sidecar.with_suffix(".cwsession")
        lock = new_lock(working_lock_for(working))
        if not try_lock(lock, working_lock_for(working)):
            continue  # in use by a running CollabWorkshop (or unusable)
        if not working.is_file():
            remove_quietly(sidecar)  # nothing left to recover
            lock.unlock()
            continue
        try:
            record = json.loads(sidecar.read_text(encoding="utf-8"))
            if not isinstance(record, dict):
                record = {}
        except (OSError, ValueError):
            record = {}
        source = record.get("source")
        pid = record.get("pid")
        stamp = record.get("source_stamp")
        orphan = Orphan(
            working_path=working,
            source=Path(source) if isinstance(source, str) and source else None,
            created=str(record.get("created", "")),
            last_change=_last_change(working),
            pid=pid if isinstance(pid, int) else None,
            upgrade_pending=bool(record.get("upgrade_pending", False)),
            lock=lock,
            source_stamp=stamp if isinstance(stamp, list) and all(isinstance(x, int) for x in stamp) else None,
        )
        try:
            store, session = SessionStore.adopt(working)
            store.close(remove=False)
            orphan.session = session
        except (SessionFileError, sqlite3.Error, OSError) as exc:
            orphan.problem = str(exc)
        _tidy_leftovers(orphan, working_dir)
        found.append(orphan)
    found.sort(key=lambda o: o.last_change, reverse=True)
    return found


def _tidy_leftovers(orphan: Orphan, working_dir: Path) -> None:
    """The run that died may have been replacing its file (or the sidecar)
    when it stopped: remove the temporary files it left. The sidecar's are
    ours alone (we hold the working copy's lock); the file's only while we
    hold its session lock, so a running CollabWorkshop that has the file
    open keeps its own."""
    remove_leftovers(sidecar_for(orphan.working_path))
    if orphan.source is None:
        return
    try:
        lock = SessionLock.acquire(orphan.source, working_dir)  # removes the file's leftovers
    except SessionFileError:
        return  # open elsewhere: not ours to tidy
    lock.release()


def source_state(orphan: Orphan) -> str:
    """How the orphan compares with its file: ``untitled``, ``missing``,
    ``same`` (the file has every change), ``copy-newer`` (the file is still
    the one the crashed run left, and the working copy has changes it lacks),
    ``file-newer`` (a session file was saved there after the working copy's
    last change) or ``replaced`` (something that is not a session this app
    can read is there now: another kind of file, a folder, a damaged or a
    newer-format file). Only ``copy-newer``, ``missing`` and ``same`` let
    Recover write to the file."""
    from ..storage import read_session

    if orphan.source is None:
        return "untitled"
    try:
        st = os.stat(orphan.source)  # not opened: a FIFO would hang
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "replaced"
    if not stat.S_ISREG(st.st_mode):
        return "replaced"
    try:
        on_disk = read_session(orphan.source)
    except SessionFileError:
        return "replaced"  # not ours to overwrite: the file is left as it is
    if orphan.session is not None and on_disk == orphan.session:
        return "same"
    if orphan.source_stamp is not None:
        # The crashed run noted the file after its last save: anything else
        # there now was put there later, however old its date looks.
        return "copy-newer" if file_stamp(orphan.source) == orphan.source_stamp else "file-newer"
    mtime = dt.datetime.fromtimestamp(st.st_mtime).astimezone()  # a sidecar from before stamps
    return "file-newer" if mtime > orphan.last_change else "copy-newer"


def recover(orphan: Orphan, working_dir: Path, parent=None) -> SessionController:
    """Open the orphaned working copy as a session.

    An untitled session opens untitled. A named session is re-attached to
    its file (which is saved at once, keeping a backup) when the working
    copy is the newer one and nobody has the file open; otherwise it opens
    untitled so nothing on disk is overwritten.
    """
    state = source_state(orphan)  # before the guard rewrites the sidecar
    # What was recovered is not saved anywhere yet (untitled) or not yet
    # upgraded: never "clean", so closing asks before throwing it away.
    controller = adopt_working_copy(orphan.working_path, orphan.created or None, orphan.lock, parent)
    if orphan.source is not None and state in ("copy-newer", "missing", "same"):
        try:
            controller.attach(orphan.source, upgrade_pending=orphan.upgrade_pending)
        except SessionFileError:
            pass  # someone has the file open: keep the recovered session untitled
    return controller
