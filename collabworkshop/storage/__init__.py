"""Persistence: the SQLite session file and the JSON interchange format."""

from .interchange import (
    JSON_FORMAT,
    JSON_SCHEMA_VERSION,
    InterchangeError,
    session_from_dict,
    session_from_json,
    session_to_dict,
    session_to_json,
    write_session_json,
)
from .sessionfile import (
    APPLICATION_ID,
    FILE_SUFFIX,
    SCHEMA_VERSION,
    DamagedFileError,
    NewerVersionError,
    NotASessionFileError,
    ReadingCancelled,
    SessionFileError,
    SessionStore,
    check_header,
    read_session,
    save_session,
)

__all__ = [
    "APPLICATION_ID",
    "FILE_SUFFIX",
    "JSON_FORMAT",
    "JSON_SCHEMA_VERSION",
    "SCHEMA_VERSION",
    "DamagedFileError",
    "InterchangeError",
    "NewerVersionError",
    "NotASessionFileError",
    "ReadingCancelled",
    "SessionFileError",
    "SessionStore",
    "check_header",
    "read_session",
    "save_session",
    "session_from_dict",
    "session_from_json",
    "session_to_dict",
    "session_to_json",
    "write_session_json",
]
