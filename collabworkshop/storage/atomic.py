"""Replace a file whole or not at all.

Every file the app writes for the user (session files, exports) goes
through :func:`replacing`: the content is written to a temporary file in the
destination's folder, flushed to disk, given the permissions the old file
had (or the user's usual ones), and renamed over the destination. A crash
at any moment leaves either the old file or the new one, never a mix.

The destination is :func:`~.userfiles.write_target` of the path given: a
symbolic link is written through to its target and stays a link. (A hard
link cannot be kept: the rename gives the name a new file, so other names of
the old file keep the old content.)

Every temporary file is named ``.<name>.cw-<8 hex digits>.tmp`` beside the
file it will replace, and nothing else the app makes looks like that. A
crash (or SIGKILL) between creating and renaming it is the only way one is
left behind; :func:`remove_leftovers` removes those of one file, and is
called only while the app holds that file's session lock, so no live writer
of ours can own them.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

from ..common.i18n import context
from ..common.userfiles import NotRegularFileError, write_target

tr = context("Files")

TEMP_SUFFIX = ".tmp"
#: What follows ``.<name>`` in a temporary name: a tag no user file has by
#: chance, then a random part.
TEMP_TAG = ".cw-"


class DestinationError(OSError):
    """The destination cannot be written; ``str()`` is a message for the user."""


@contextmanager
def replacing(dest: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on a clean exit it replaces ``dest``
    (through a symbolic link, to the link's target).

    Raises DestinationError (an OSError) when the folder is missing or not
    writable, or ``dest`` is a folder. On an exception the temporary file is
    removed and ``dest`` is untouched.
    """
    shown = Path(dest)  # messages name the path the user gave
    try:
        target = write_target(shown)
    except NotRegularFileError as exc:
        raise DestinationError(f"{shown}: {exc.kind}") from exc
    folder = target.parent
    if not folder.is_dir():
        where = folder if os.path.islink(shown) else shown.parent  # the folder the user can see
        raise DestinationError(tr("{0}: folder does not exist").format(where))
    if target.is_dir():
        raise DestinationError(tr("{0}: is a folder").format(shown))
    try:
        tmp = _new_temp(folder, target.name)
    except OSError as exc:
        raise DestinationError(tr("cannot write in {0}: {1}").format(folder, exc.strerror or exc)) from exc
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _copy_permissions(tmp, target)
        os.replace(tmp, target)
    except BaseException as exc:
        remove_quietly(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, DestinationError):
            raise DestinationError(tr("cannot write {0}: {1}").format(shown, exc.strerror or exc)) from exc
        raise
    fsync_dir(folder)


def write_bytes(dest: Path, data: bytes) -> None:
    with replacing(dest) as tmp:
        write_checked(tmp, data)


def write_text(dest: Path, text: str) -> None:
    write_bytes(dest, text.encode("utf-8"))


def write_files(files: Mapping[Path, bytes]) -> None:
    """Replace several files that belong together (the CSV pair, the board
    images of every round): all are written and flushed first, and only then
    renamed, so a full disk changes none of them rather than some."""
    with ExitStack() as stack:
        for dest, data in files.items():
            tmp = stack.enter_context(replacing(dest))
            write_checked(tmp, data)


def write_checked(tmp: Path, data: bytes | bytearray) -> None:
    """Write every byte or raise: a short write (a full disk, a file-size
    limit) is an error, never a shorter file."""
    with open(tmp, "wb") as fh:
        written = fh.write(data)
        fh.flush()
    if written != len(data) or os.path.getsize(tmp) != len(data):
        raise OSError(errno.ENOSPC, tr(
            "only {0} of {1} bytes could be written"
        ).format(os.path.getsize(tmp), len(data)))


def copy_checked(source: BinaryIO, tmp: Path, chunk: int = 1 << 20) -> None:
    """Copy an open file into ``tmp`` a piece at a time (a large file never
    sits in memory whole), every write checked like :func:`write_checked`."""
    total = 0
    with open(tmp, "wb") as fh:
        while block := source.read(chunk):
            fh.write(block)
            total += len(block)
        fh.flush()
    if os.path.getsize(tmp) != total:
        raise OSError(errno.ENOSPC, tr("only {0} of {1} bytes could be written").format(os.path.getsize(tmp), total))


def temp_name(name: str) -> str:
    """A fresh temporary name for a file that will replace ``name``."""
    return f".{name}{TEMP_TAG}{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _new_temp(folder: Path, name: str) -> Path:
    for _attempt in range(100):
        tmp = folder / temp_name(name)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(tr("no free temporary name in {0}").format(folder))


def _leftover_pattern(name: str) -> re.Pattern[str]:
    """Our temporary files for ``name`` and for its backups (``name.bak``,
    ``name.v1.bak``), with any SQLite neighbour an older run may have given
    them."""
    return re.compile(
        rf"\.{re.escape(name)}(?:\.bak|\.v[0-9]+\.bak)?{re.escape(TEMP_TAG)}[0-9a-f]{{8}}"
        rf"{re.escape(TEMP_SUFFIX)}(?:-journal|-wal|-shm)?"
    )


def leftovers(path: Path) -> list[Path]:
    """Temporary files of ours left beside ``path`` (its link target) by a
    run that died while replacing it or its backup."""
    try:
        target = write_target(path)
        names = os.listdir(target.parent)
    except OSError:
        return []
    pattern = _leftover_pattern(target.name)
    found = []
    for name in sorted(names):
        if pattern.fullmatch(name):
            candidate = target.parent / name
            try:
                if stat.S_ISREG(os.lstat(candidate).st_mode):  # never a link or a folder
                    found.append(candidate)
            except OSError:
                pass
    return found


def remove_leftovers(path: Path) -> list[Path]:
    """Remove :func:`leftovers` of ``path``; returns what was removed. Call
    only while holding ``path``'s session lock."""
    removed = []
    for leftover in leftovers(path):
        try:
            os.unlink(leftover)
            removed.append(leftover)
        except OSError:
            pass  # a read-only folder: nothing we can do, and nothing lost
    return removed


def _copy_permissions(tmp: Path, dest: Path) -> None:
    """The temporary file is made owner-only; the new file should have the old
    file's permissions, or the user's usual ones for a new file."""
    try:
        if dest.exists():
            os.chmod(tmp, stat.S_IMODE(dest.stat().st_mode))
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
    except OSError:
        pass  # a courtesy; the content is what matters


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
