"""Session locks and the working-copy guard (see docs/recovery.md).

Two kinds of lock, both :class:`QLockFile` (a small file holding the owner's
process id, host name and program name; a lock whose owner is no longer
running on this host is *stale* and is taken over):

* A **session lock** per opened session file, so the same file is never open
  twice. The lock file lives in the working folder (``locks/<hash>.lock``,
  keyed by the file's resolved path), not beside the session file: that works
  in read-only folders and leaves no clutter in synced or shared folders.
* A **working-copy lock** (``working-<id>.lock``) held for as long as a
  working copy is in use. A working copy whose lock is free after the app
  has gone belongs to a run that crashed (or was killed).

Beside each working copy a small *sidecar* ``working-<id>.json`` records
where the session came from (its file, or none when untitled), how that file
looked when the app last wrote or read it (its *stamp*: size, time, inode),
when the copy was made and by which process; :class:`WorkingCopyGuard` keeps
it while a controller has the copy open. Finding and recovering what a
crashed run left is ``collabworkshop.controller.recovery``; asking the user about it is
``collabworkshop.ui.app.recovery_dialog``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLockFile

from .. import __version__
from ..common.i18n import context
from ..common.userfiles import target_key
from ..storage import SessionFileError
from ..storage.atomic import remove_leftovers, remove_quietly, write_text

SIDECAR_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


# The context these texts had before the window was split, so their translations stay.
tr = context("Recovery")


class SessionInUseError(SessionFileError):
    """The session file is open in another CollabWorkshop (or this one)."""


def new_lock(path: Path) -> QLockFile:
    """A lock on ``path`` that only a dead owner makes stale."""
    lock = QLockFile(str(path))
    # An owner that is still running keeps its lock however long the
    # workshop lasts; only a dead owner makes a lock stale.
    lock.setStaleLockTime(0)
    return lock


#: Seconds a lock file whose owner cannot be read (empty, or not QLockFile's
#: lines) is still respected. QLockFile creates the file first and writes the
#: owner into it after, so for a moment a live owner's lock is empty; one that
#: is still unreadable after this long was left by a crash mid-write or
#: damaged, and would otherwise refuse its session for ever.
UNREADABLE_LOCK_GRACE = 10.0


def _owner_readable(lock: QLockFile) -> bool:
    info = lock.getLockInfo()  # (pid, host, app name); pid 0 when the file cannot be read
    return isinstance(info, tuple) and len(info) >= 1 and bool(info[0])


def try_lock(lock: QLockFile, path: Path) -> bool:
    """``lock.tryLock(0)``, also taking over a lock whose owner cannot be
    read once it is older than UNREADABLE_LOCK_GRACE. (A readable owner is
    judged by QLockFile itself: stale when that process is gone.)"""
    if lock.tryLock(0):
        return True
    if lock.error() != QLockFile.LockError.LockFailedError or _owner_readable(lock):
        return False
    try:
        age = time.time() - os.stat(path).st_mtime
    except OSError:
        return lock.tryLock(0)  # gone meanwhile
    if abs(age) < UNREADABLE_LOCK_GRACE:
        return False
    # removeStaleLockFile() refuses a lock a live QLockFile still holds (it
    # takes the owner's file lock first), so this cannot break a real claim.
    return lock.removeStaleLockFile() and lock.tryLock(0)


def _owner(lock: QLockFile) -> str:
    info = lock.getLockInfo()  # (pid, host, app name), or a false value when unreadable
    if not isinstance(info, tuple) or len(info) < 2 or not info[0]:
        # Only a lock made moments ago is still respected (see try_lock).
        return tr("another CollabWorkshop that is just opening it; try again in a few seconds")
    pid, host = info[0], info[1]
    return tr("process {0} on {1}").format(pid, host or socket.gethostname())


# -- session locks -------------------------------------------------------------------

#: Locks this process holds, by lock file: QLockFile is not meant to guard
#: against the same process, so a second open in this process is caught here.
_HELD: dict[str, SessionLock] = {}


def lock_file_for(session_path: Path, working_dir: Path) -> Path:
    """The lock of a session file, keyed on the file a save writes (a
    symbolic link and its target share one lock)."""
    key = hashlib.sha256(str(target_key(session_path)).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return Path(working_dir) / "locks" / f"{key}{LOCK_SUFFIX}"


@dataclass
class SessionLock:
    """Holds the lock on one session file until :meth:`release`."""

    path: Path  # the session file
    lock_path: Path
    _lock: QLockFile = field(repr=False)

    @classmethod
    def acquire(cls, session_path: Path, working_dir: Path) -> SessionLock:
        """Lock ``session_path``; raises SessionInUseError naming the owner."""
        session_path = Path(session_path)
        lock_path = lock_file_for(session_path, working_dir)
        if str(lock_path) in _HELD:
            raise SessionInUseError(
                tr("{0}: this session is already open in CollabWorkshop (process {1} on {2})").format(
                    session_path, os.getpid(), socket.gethostname()
                )
            )
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problem = exc.strerror or exc
            raise SessionFileError(tr("{0}: cannot create ({1})").format(lock_path.parent, problem)) from exc
        lock = new_lock(lock_path)
        if not try_lock(lock, lock_path):
            if lock.error() == QLockFile.LockError.LockFailedError:
                raise SessionInUseError(
                    tr("{0}: this session is already open in CollabWorkshop ({1})").format(session_path, _owner(lock))
                )
            # A lock we cannot even create (permissions): opening is still
            # safe, only the double-open guard is missing.
            return cls(session_path, lock_path, lock)
        held = cls(session_path, lock_path, lock)
        _HELD[str(lock_path)] = held
        # Holding the lock, no live writer of ours can own a temporary file
        # of this session: any found were left by a run that died.
        remove_leftovers(session_path)
        return held

    def release(self) -> None:
        if _HELD.get(str(self.lock_path)) is self:
            del _HELD[str(self.lock_path)]
        if self._lock.isLocked():
            self._lock.unlock()


# -- working copies ------------------------------------------------------------------

def sidecar_for(working_path: Path) -> Path:
    return Path(working_path).with_suffix(SIDECAR_SUFFIX)


def working_lock_for(working_path: Path) -> Path:
    return Path(working_path).with_suffix(LOCK_SUFFIX)


def file_stamp(path: Path) -> list[int] | None:
    """What tells one version of a file from another without reading it:
    size, modification time, inode and device (None when it is gone).
    Every save replaces the file, so each save has its own stamp."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev]


class WorkingCopyGuard:
    """Marks a working copy as in use (lock) and says where it came from
    (sidecar) while a controller has it open."""

    def __init__(self, working_path: Path, source: Path | None, created: str | None = None,
                 lock: QLockFile | None = None):
        self.working_path = Path(working_path)
        self.source = Path(source) if source else None
        #: The source as this run last wrote or read it (see file_stamp).
        self.source_stamp = file_stamp(self.source) if self.source else None
        self.created = created or dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.upgrade_pending = False
        self._lock = lock or new_lock(working_lock_for(self.working_path))
        if not self._lock.isLocked():
            try_lock(self._lock, working_lock_for(self.working_path))
        self.write()

    def write(self) -> None:
        record = {
            "source": str(self.source) if self.source else None,
            "source_stamp": self.source_stamp,
            "created": self.created,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "app_version": __version__,
            "upgrade_pending": self.upgrade_pending,
        }
        try:
            write_text(sidecar_for(self.working_path), json.dumps(record, indent=1))
        except OSError:
            pass  # the working copy itself is what matters; recovery can do without

    def set_source(self, source: Path | None) -> None:
        source = Path(source) if source else None
        if source != self.source:
            self.source = source
            self.source_stamp = file_stamp(source) if source else None
            self.write()

    def note_source(self, source: Path) -> None:
        """``source`` was just written (or attached) by this run: remember
        how it looks now, so recovery can tell it from a file put there later."""
        self.source = Path(source)
        self.source_stamp = file_stamp(self.source)
        self.write()

    def release(self, *, keep: bool = False) -> None:
        """The working copy was closed: cleanly (nothing to recover), or
        ``keep`` it with its sidecar for the next start to offer."""
        if keep:
            self.write()  # the latest source and stamp
        else:
            remove_quietly(sidecar_for(self.working_path))
        if self._lock.isLocked():
            self._lock.unlock()
