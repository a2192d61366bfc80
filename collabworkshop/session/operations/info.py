"""The session's facts (title, organisation, date, facilitator) and settings."""

from __future__ import annotations

from dataclasses import fields, replace

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import GapPlacement, PlacementMode, Session, SessionInfo, SessionSettings, SetInfo, SetSettings
from ...model.session import clean_text
from . import OperationRefused

#: The most dots a team may spread over the levers (the vote page's spin box).
MAX_DOTS = 12


def set_info(session: Session, field_name: str, value: str) -> SetInfo | None:
    if field_name not in {f.name for f in fields(SessionInfo)}:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "A session has no field {0}."), field_name)
    value = clean_text(value)
    return None if getattr(session.info, field_name) == value else SetInfo(field_name, value)


def set_settings(session: Session, settings: SessionSettings, label: str = "") -> SetSettings | None:
    # Checked only when it changes: a file may carry a budget from elsewhere.
    if settings.vote_dots != session.settings.vote_dots and not 1 <= settings.vote_dots <= MAX_DOTS:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "Each team has 1 to {0} dots."), MAX_DOTS)
    return None if settings == session.settings else SetSettings(settings, label)


def set_placement_mode(session: Session, mode: PlacementMode, label: str = "") -> SetSettings | None:
    return set_settings(session, replace(session.settings, placement_mode=mode), label)


def set_vote_dots(session: Session, dots: int, label: str = "") -> SetSettings | None:
    return set_settings(session, replace(session.settings, vote_dots=int(dots)), label)


def set_gap_placement(session: Session, choice: GapPlacement, label: str = "") -> SetSettings | None:
    """Which placement of Today and Needed the gaps use (first or latest)."""
    return set_settings(session, replace(session.settings, gap_placement=GapPlacement(choice)), label)
