"""The action plan as a calendar (iCalendar, RFC 5545): one all-day event
per action that has a due date, for Outlook, Google Calendar or Apple
Calendar.

- ``UID`` is ``<action id>-<session key>@collabworkshop``, where the session
  key is a hash of the session's title, organisation and date: importing a
  later export of the same session updates the events instead of
  duplicating them (as long as those three are unchanged). An id holding
  anything but letters, digits and ``-._~`` is percent-encoded there.
- ``SUMMARY`` is the action title; ``DESCRIPTION`` holds why, owner,
  supporting teams, success measure, lever and status; ``CATEGORIES`` the
  lever.
- Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
  character; text escapes backslash, semicolon, comma and every kind of
  line break, and shows other control characters as U+FFFD.

Actions without a due date, or with one that is not an ISO date
(YYYY-MM-DD), are left out; :func:`calendar_events` says which. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..common.i18n import context
from ..common.safetext import LINE_BREAK
from ..model.session import ActionItem, Session
from ..storage.atomic import write_bytes
from .content import team_names

tr = context("Reports")

PRODID = f"-//CollabWorkshop//CollabWorkshop {__version__}//EN"
MAX_OCTETS = 75


#: Control characters a TEXT value may not hold (RFC 5545 3.3.11 allows
#: HTAB only); line breaks are found first and become escaped newlines.
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): every kind of line break (CR, LF,
    CRLF, VT, FF, NEL, U+2028 ...) becomes the escaped newline ``\\n``, any
    other control character U+FFFD, and backslash, semicolon and comma are
    escaped, so a value can neither end its content line nor add a property."""
    return "\\n".join(
        _NOT_IN_TEXT.sub("\ufffd", line).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        for line in LINE_BREAK.split(value)
    )


def uid(action: ActionItem, key: str) -> str:
    """The event's UID. The action id is the file's text, so everything but
    letters, digits and ``-._~`` is percent-encoded: the UID stays one plain
    token for every calendar, and the app's own ids (``a1``) are unchanged."""
    return f"{quote(action.id, safe='', errors='replace')}-{key}@collabworkshop"


def fold(line: str) -> str:
    """Fold a content line into CRLF-joined pieces of at most 75 octets
    (continuation lines start with a space, which counts)."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    pieces: list[str] = []
    current = b""
    limit = MAX_OCTETS
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            pieces.append(current.decode("utf-8"))
            current = b""
            limit = MAX_OCTETS - 1  # the leading space of a continuation
        current += encoded
    pieces.append(current.decode("utf-8"))
    return "\r\n ".join(pieces)


def session_key(session: Session) -> str:
    info = session.info
    text = "\x1f".join((info.title, info.organisation, info.date))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def due_date(action: ActionItem) -> dt.date | None:
    try:
        return dt.date.fromisoformat(action.due.strip()) if action.due.strip() else None
    except ValueError:
        return None


def calendar_events(session: Session) -> tuple[list[ActionItem], list[ActionItem]]:
    """(actions that become events, actions left out for want of a date)."""
    dated = [a for a in session.actions if due_date(a) is not None]
    undated = [a for a in session.actions if due_date(a) is None]
    return dated, undated


def _description(session: Session, action: ActionItem) -> str:
    lines = []
    if action.why:
        lines.append(tr("Why: {0}").format(action.why))
    lines.append(tr("Owner: {0}").format(action.owner or tr("no owner yet")))
    if action.supporting:
        lines.append(tr("Supporting: {0}").format(", ".join(team_names(session, action.supporting))))
    if action.success_measure:
        lines.append(tr("Success measure: {0}").format(action.success_measure))
    lines.append(tr("Lever: {0}").format(action.lever.label))
    lines.append(tr("Status: {0}").format(action.status.title))
    if session.info.title:
        lines.append(tr("Workshop: {0}").format(session.info.title))
    return "\n".join(lines)


def session_ics(session: Session, now: dt.datetime | None = None) -> bytes:
    """The calendar as bytes (UTF-8, CRLF line ends)."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    key = session_key(session)
    name = session.info.title or tr("Workshop actions")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(tr('{0}: action plan').format(name))}",
    ]
    dated, _ = calendar_events(session)
    for action in dated:
        day = due_date(action)
        assert day is not None
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(action, key)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(action.title)}",
            f"DESCRIPTION:{escape_text(_description(session, action))}",
            f"CATEGORIES:{escape_text(action.lever.label)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def write_ics(session: Session, dest: Path, now: dt.datetime | None = None) -> None:
    """Raises OSError (DestinationError) with a message for the user."""
    write_bytes(Path(dest), session_ics(session, now))
