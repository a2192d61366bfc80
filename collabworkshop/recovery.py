"""Crash recovery and session locks (see docs/recovery.md).

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
when the copy was made and by which process. A clean close removes the copy,
its sidecar and its lock; "keep for recovery" (closing a session whose file
could not take its latest change) removes only the lock. At the next start, :func:`find_orphans` lists what a crashed
run left behind and :func:`offer_recovery` asks the user, per session, to
recover, discard or decide later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import sqlite3
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, Qt

from . import __version__
from .i18n import context
from .storage import SessionFileError
from .storage.atomic import remove_leftovers, remove_quietly, write_text
from .storage.userfiles import target_key

if TYPE_CHECKING:
    from .controller import SessionController
    from .model import Session

SIDECAR_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


tr = context("Recovery")


class SessionInUseError(SessionFileError):
    """The session file is open in another CollabWorkshop (or this one)."""


def _new_lock(path: Path) -> QLockFile:
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


def _try_lock(lock: QLockFile, path: Path) -> bool:
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
        # Only a lock made moments ago is still respected (see _try_lock).
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
            raise SessionFileError(f"{lock_path.parent}: cannot create ({exc.strerror or exc})") from exc
        lock = _new_lock(lock_path)
        if not _try_lock(lock, lock_path):
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
        self._lock = lock or _new_lock(working_lock_for(self.working_path))
        if not self._lock.isLocked():
            _try_lock(self._lock, working_lock_for(self.working_path))
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
    from .storage.sessionfile import SessionStore

    working_dir = Path(working_dir)
    if not working_dir.is_dir():
        return []
    found = []
    for sidecar in sorted(working_dir.glob(f"working-*{SIDECAR_SUFFIX}")):
        working = sidecar.with_suffix(".cwsession")
        lock = _new_lock(working_lock_for(working))
        if not _try_lock(lock, working_lock_for(working)):
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
    from .storage import read_session

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
    from .controller import SessionController
    from .storage.sessionfile import SessionStore

    state = source_state(orphan)  # before the guard rewrites the sidecar
    store, session = SessionStore.adopt(orphan.working_path)
    guard = WorkingCopyGuard(orphan.working_path, None, orphan.created or None, lock=orphan.lock)
    controller = SessionController(session, store, None, parent, guard=guard)
    # What was recovered is not saved anywhere yet (untitled) or not yet
    # upgraded: never "clean", so closing asks before throwing it away.
    controller.undo_stack.resetClean()
    if orphan.source is not None and state in ("copy-newer", "missing", "same"):
        try:
            controller.attach(orphan.source, upgrade_pending=orphan.upgrade_pending)
        except SessionFileError:
            pass  # someone has the file open: keep the recovered session untitled
    return controller


def offer_recovery(window, working_dir: Path) -> int:
    """Ask about every orphaned working copy; returns how many were
    recovered (at most one: the window shows one session)."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.plaintext import safe

    orphans = find_orphans(working_dir)
    recovered = 0
    for orphan in orphans:
        if recovered:
            orphan.release()  # offered again at the next start
            continue
        state = source_state(orphan) if orphan.session is not None else "unreadable"
        if state == "same":
            orphan.discard()  # the file has every change: nothing was lost
            continue
        box = QMessageBox(window)
        box.setObjectName("recoveryBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Recover a session?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("CollabWorkshop did not close properly last time. A session was kept:\n\n{0}").format(
            orphan.describe()))
        details = {
            "untitled": tr("Recover opens it as an untitled session; save it to keep it."),
            "missing": tr("Its file is gone; Recover saves it there again."),
            "copy-newer": tr("It has changes its file does not have; Recover saves them to the file "
                             "(the file as it is now is kept as a backup)."),
            "file-newer": tr("Its file was changed after this copy; Recover opens the copy as an untitled "
                             "session and leaves the file as it is."),
            "replaced": tr("Its file was replaced by something that is not this session; Recover opens the "
                           "copy as an untitled session and leaves the file as it is."),
            "unreadable": tr("It cannot be opened; you can only discard it."),
        }[state]
        if orphan.source is not None:
            details = tr("Its file: {0}").format(orphan.source) + "\n\n" + details
        box.setInformativeText(details)
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 28em; }")
        recover_button = None
        if orphan.session is not None:
            recover_button = box.addButton(tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard_button = box.addButton(tr("&Discard\u2026"), QMessageBox.ButtonRole.DestructiveRole)
        later_button = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover_button or later_button)
        box.setEscapeButton(later_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if recover_button is not None and clicked is recover_button:
            try:
                controller = recover(orphan, working_dir, window)
            except SessionFileError as exc:
                orphan.release()
                QMessageBox.warning(window, tr("Could not recover the session"), str(exc))
                continue
            window.show_recovered(controller)
            recovered += 1
        elif clicked is discard_button:
            sure = QMessageBox.question(
                window, tr("Discard the session?"),
                safe(tr("Delete {0} for good? This cannot be undone.").format(orphan.describe())),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if sure == QMessageBox.StandardButton.Discard:
                orphan.discard()
            else:
                orphan.release()
        else:
            orphan.release()
    return recovered

