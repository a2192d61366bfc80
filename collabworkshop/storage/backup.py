"""Backups kept when a session file is overwritten.

Before the app first replaces an existing file in a run (Save As over a
file, or the first autosave to a file just opened), the file as it was is
copied beside it, atomically:

* ``<name>.cwsession.bak`` for a file in the current format;
* ``<name>.cwsession.v<N>.bak`` for a file in an older format ``N`` that is
  about to be upgraded, so the copy an older CollabWorkshop can still read
  is never replaced by a later ``.bak``.

Only one backup per file and run is kept: it is the file as it was when the
session was opened, not the state one autosave ago. For a symbolic link the
backup is of the link's target and lies beside the target, where the save
itself goes (common/userfiles.py).
"""

from __future__ import annotations

import struct
from pathlib import Path

from ..common.i18n import context
from ..common.userfiles import NotRegularFileError, open_regular, write_target
from .atomic import DestinationError, replacing
from .sessionfile import APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC, SessionFileError, copy_as_sqlite_sees

tr = context("Files")


def _file_version(path: Path) -> int | None:
    """The session format of ``path`` read from its header, or None."""
    try:
        with open_regular(path) as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        return None
    return struct.unpack(">I", header[60:64])[0]


def backup_path(path: Path) -> Path:
    """Where the backup of ``path`` goes (depends on the file's format)."""
    path = write_target(path)
    version = _file_version(path)
    if version is not None and 1 <= version < SCHEMA_VERSION:
        return path.with_name(f"{path.name}.v{version}.bak")
    return path.with_name(f"{path.name}.bak")


def keep_backup(path: Path) -> Path | None:
    """Copy ``path`` to its backup name atomically; None if there was no
    file to keep. Raises SessionFileError when the copy cannot be made (the
    caller then must not overwrite ``path``)."""
    shown = Path(path)
    try:
        path = write_target(shown)
    except NotRegularFileError as exc:
        raise SessionFileError(f"{shown}: {exc.kind}") from exc
    if not path.is_file():
        return None  # nothing to keep (a new file, or a folder the save will refuse)
    dest = backup_path(path)
    try:
        with replacing(dest) as tmp:
            # Streamed, and whole: with a -wal or hot -journal beside the
            # file, the backup is what SQLite reads there, in one file (streamed,
            # from regular files only).
            copy_as_sqlite_sees(path, tmp)
    except (OSError, DestinationError) as exc:
        raise SessionFileError(
            tr(
                "cannot keep a backup of {0} before replacing it ({1})"
            ).format(shown, getattr(exc, 'strerror', None) or exc)
        ) from exc
    return dest
