"""Replace a file whole or not at all.

Every file the app writes for the user (session files, exports) goes
through :func:`replacing`: the content is written to a temporary file in the
destination's folder, flushed to disk, given the permissions the old file
had (or the user's usual ones), and renamed over the destination. A crash
at any moment leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class DestinationError(OSError):
    """The destination cannot be written; ``str()`` is a message for the user."""


@contextmanager
def replacing(dest: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on a clean exit it replaces ``dest``.

    Raises DestinationError (an OSError) when the folder is missing or not
    writable, or ``dest`` is a folder. On an exception the temporary file is
    removed and ``dest`` is untouched.
    """
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    if not folder.is_dir():
        raise DestinationError(f"{folder}: folder does not exist")
    if dest.is_dir():
        raise DestinationError(f"{dest}: is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DestinationError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _copy_permissions(tmp, dest)
        os.replace(tmp, dest)
    except BaseException as exc:
        remove_quietly(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, DestinationError):
            raise DestinationError(f"cannot write {dest}: {exc.strerror or exc}") from exc
        raise
    fsync_dir(folder)


def write_bytes(dest: Path, data: bytes) -> None:
    with replacing(dest) as tmp:
        tmp.write_bytes(data)


def write_text(dest: Path, text: str) -> None:
    write_bytes(dest, text.encode("utf-8"))


def _copy_permissions(tmp: Path, dest: Path) -> None:
    """mkstemp makes owner-only files; the new file should have the old
    file's permissions, or the user's usual ones for a new file."""
    try:
        if dest.exists():
            os.chmod(tmp, dest.stat().st_mode & 0o7777)
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
