"""Paths the user gives the app: where a write to them lands, and what may
be read from them.

* :func:`write_target` turns a path the user chose into the file the app
  writes, backs up and locks: symbolic links are followed to their target,
  as editors do, so saving ``link.cwsession`` updates the file the link
  points to and the link stays a link. One function, so the file written
  and the file locked can never differ.
* :func:`open_regular` opens a path for reading only when it is a regular
  file. A named pipe, a device or a socket would block a reader forever
  (or feed it endless bytes); they are refused before a single byte is
  read, without waiting: the file is opened non-blocking and checked on the
  open descriptor, so nothing can be swapped in between the check and the
  read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .i18n import context

tr = context("Files")


class NotRegularFileError(OSError):
    """The path is not a regular file; ``str()`` is a message for the user."""

    def __init__(self, path: object, kind: str, code: int = errno.EINVAL):
        super().__init__(code, tr("{0}: {1}, not a regular file").format(path, kind))
        #: What it is instead ("is a named pipe (FIFO)", ...).
        self.kind = kind

    def __str__(self) -> str:
        return str(self.strerror)


def write_target(path: str | os.PathLike[str]) -> Path:
    """The absolute path a write to ``path`` must replace (links followed).

    A link to a file that does not exist yet gives that file's path, so the
    first save creates it. A loop of links is refused (NotRegularFileError).
    """
    target = Path(os.path.realpath(os.fspath(path)))
    if os.path.islink(target):  # realpath stops inside a loop of links
        raise NotRegularFileError(path, tr("is a loop of symbolic links"), errno.ELOOP)
    return target


def target_key(path: str | os.PathLike[str]) -> Path:
    """:func:`write_target`, or for a loop of links the absolute path: the
    key under which the app locks and backs up a file, and compares two."""
    try:
        return write_target(path)
    except OSError:
        return Path(os.path.abspath(os.fspath(path)))


def same_target(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether writes to ``a`` and to ``b`` land on the same file."""
    return target_key(a) == target_key(b)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return tr("is a folder")
    if stat.S_ISFIFO(mode):
        return tr("is a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return tr("is a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr("is a device")
    return tr("is something other than a file")


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open ``path`` for binary reading; only a regular file is opened.

    Raises NotRegularFileError (an OSError) for anything else, and the usual
    OSError (FileNotFoundError, PermissionError, ...) when it cannot be
    opened at all.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(os.fspath(path), flags)
    except OSError as exc:
        # Opening a socket fails with ENXIO ("no such device"); say what it is.
        if exc.errno == errno.ENXIO:
            try:
                mode = os.stat(path).st_mode
            except OSError:
                raise exc from None
            raise NotRegularFileError(path, _kind(mode), exc.errno) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, _kind(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file never blocks; keep reads ordinary
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit + 1`` when a
    limit is given, so a caller can tell that the file is too large)."""
    with open_regular(path) as fh:
        return fh.read() if limit is None else fh.read(limit + 1)
