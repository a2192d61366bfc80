"""Persistence: the SQLite session file and the JSON interchange format."""

from .sessionfile import (
    APPLICATION_ID,
    FILE_SUFFIX,
    SCHEMA_VERSION,
    DamagedFileError,
    NewerVersionError,
    NotASessionFileError,
    SessionFileError,
    SessionStore,
    check_header,
    read_session,
    save_session,
)

__all__ = [
    "APPLICATION_ID",
    "FILE_SUFFIX",
    "SCHEMA_VERSION",
    "DamagedFileError",
    "NewerVersionError",
    "NotASessionFileError",
    "SessionFileError",
    "SessionStore",
    "check_header",
    "read_session",
    "save_session",
]
