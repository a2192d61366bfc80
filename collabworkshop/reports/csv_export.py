"""Spreadsheet exports: the placements and the action plan as CSV.

Layout (documented in docs/exports.md):

- UTF-8 with a byte order mark, so Excel on Windows and macOS opens accented
  names correctly on a double click (LibreOffice, pandas and Python's csv
  module with ``encoding="utf-8-sig"`` read it too);
- comma separated, fields quoted when needed, CRLF line ends (RFC 4180);
- one header row of stable column names, numbers with a decimal point;
- formula injection is defused: a text cell that begins with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so a
  team named "=HYPERLINK(...)" is shown as text, never run. Numeric cells
  (positions, priority) are written by the app and never altered.

No Qt here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model.session import Session
from ..storage.atomic import write_bytes, write_files
from .content import dimension_name, placement_records, team_names

PLACEMENT_COLUMNS = (
    "round_id",
    "round",
    "dimension_id",
    "dimension",
    "team_id",
    "team",
    "organisation",
    "participant_id",
    "participant",
    "position",
)

ACTION_COLUMNS = (
    "id",
    "title",
    "lever",
    "lever_title",
    "why",
    "owner",
    "supporting_teams",
    "due",
    "status",
    "success_measure",
    "dimension",
    "impact",
    "effort",
    "priority",
    "accepted",
)

#: Characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Text for a cell that no spreadsheet will evaluate."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _number(value: float) -> str:
    """Shortest text that reads back as the same number: 40 or 42.5."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def placement_rows(session: Session) -> list[list[str]]:
    return [
        [
            *(safe_cell(x) for x in (
                r.round_id, r.round_name, r.dimension_id, r.dimension_name, r.team_id, r.team_name,
                r.organisation, r.participant_id, r.participant_name,
            )),
            _number(r.position),
        ]
        for r in placement_records(session)
    ]


def action_rows(session: Session) -> list[list[str]]:
    rows = []
    for a in session.actions:
        text = (
            a.id,
            a.title,
            a.lever.value,
            a.lever.title,
            a.why,
            a.owner,
            "; ".join(team_names(session, a.supporting)),
            a.due,
            a.status.value,
            a.success_measure,
            dimension_name(session, a.dimension_id),
            a.impact,
            a.effort,
        )
        rows.append([*(safe_cell(x) for x in text), _number(a.priority), "yes" if a.accepted else "no"])
    return rows


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def placements_csv(session: Session) -> bytes:
    return csv_bytes(PLACEMENT_COLUMNS, placement_rows(session))


def actions_csv(session: Session) -> bytes:
    return csv_bytes(ACTION_COLUMNS, action_rows(session))


def actions_path_for(placements_path: Path) -> Path:
    """Where ``--format csv`` puts the action plan beside the placements:
    ``report.csv`` -> ``report-actions.csv``."""
    placements_path = Path(placements_path)
    suffix = placements_path.suffix or ".csv"
    return placements_path.with_name(f"{placements_path.stem}-actions{suffix}")


def write_placements_csv(session: Session, dest: Path) -> None:
    """Raises OSError (DestinationError) with a message for the user."""
    write_bytes(Path(dest), placements_csv(session))


def write_actions_csv(session: Session, dest: Path) -> None:
    write_bytes(Path(dest), actions_csv(session))


def write_csv_pair(session: Session, dest: Path) -> list[Path]:
    """The placements at ``dest`` and the actions beside it; returns both paths."""
    dest = Path(dest)
    actions = actions_path_for(dest)
    # Both or neither: a full disk must not leave new placements beside an old plan.
    write_files({dest: placements_csv(session), actions: actions_csv(session)})
    return [dest, actions]
