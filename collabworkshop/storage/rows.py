"""Which rows of the session file hold each part of the session.

One :class:`Table` per stored part: its table, key columns and how to build
a row from the session. :func:`write_touched` writes exactly the rows a
change touched (by :class:`~collabworkshop.model.changes.Part` and key), so
storage needs no knowledge of the kinds of change: a new kind of edit that
names its rows is persisted without touching this module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..model.changes import Part
from ..model.session import Session

INFO_KEYS = ("title", "organisation", "date", "facilitator")
SETTINGS_KEYS = ("placement_mode", "vote_dots", "gap_placement")


def team_row(t, i: int) -> tuple:
    return (t.id, i, t.name, t.organisation, t.colour)


def participant_row(p, i: int) -> tuple:
    return (p.id, i, p.team_id, p.name)


def round_row(r, i: int) -> tuple:
    return (r.id, i, r.name, int(r.hidden), r.follows, int(r.baseline))


def step_row(s, i: int) -> tuple:
    return (s.id, i, s.title, s.kind.value, s.prompt, s.round_id, s.compare_round_id, s.script,
            int(s.timebox), int(s.actual))


def note_row(n, i: int) -> tuple:
    return (n.id, i, n.kind.value, n.text, n.step_id, n.dimension_id)


def action_row(a, i: int) -> tuple:
    return (a.id, i, a.title, a.lever.value, a.why, a.owner, a.due, a.success_measure, a.status.value,
            a.dimension_id, a.priority, a.impact, a.effort, ",".join(a.supporting), int(a.accepted))


def _settings_value(session: Session, key: str) -> str:
    value = getattr(session.settings, key)
    return str(int(value)) if key == "vote_dots" else value.value


@dataclass(frozen=True)
class Table:
    """The rows of one part: ``rows`` builds them all, keyed like the part's
    keys; ``row`` builds one (None when the session no longer has it)."""

    name: str
    key_columns: tuple[str, ...]
    width: int
    rows: Callable[[Session], dict]
    row: Callable[[Session, object], tuple | None]
    ordered: bool = False  # a list: sort_order is its index
    meta_keys: tuple[str, ...] = ()  # for meta: the keys this part owns


def _listed(attr: str, build: Callable[[object, int], tuple]):
    def rows(session: Session) -> dict:
        return {item.id: build(item, i) for i, item in enumerate(getattr(session, attr))}

    def row(session: Session, key) -> tuple | None:
        for i, item in enumerate(getattr(session, attr)):
            if item.id == key:
                return build(item, i)
        return None

    return rows, row


def _list_table(name: str, build, width: int) -> Table:
    rows, row = _listed(name, build)
    return Table(name, ("id",), width, rows, row, ordered=True)


def _meta(keys: tuple[str, ...], value: Callable[[Session, str], str]) -> Table:
    def rows(session: Session) -> dict:
        return {k: (k, value(session, k)) for k in keys}

    def row(session: Session, key) -> tuple | None:
        return (key, value(session, key)) if key in keys else None

    return Table("meta", ("key",), 2, rows, row, meta_keys=keys)


def _placement_rows(session: Session) -> dict:
    return {k: (*k, v) for k, v in session.placements.items()}


def _placement_row(session: Session, key) -> tuple | None:
    pos = session.placements.get(key)
    return None if pos is None else (*key, pos)


def _vote_rows(session: Session) -> dict:
    return {k: (*k, v) for k, v in session.votes.items()}


def _vote_row(session: Session, key) -> tuple | None:
    dots = session.votes.get(key)
    return None if dots is None else (*key, dots)


PLACEMENTS = Table("placements", ("round_id", "dimension_id", "placer_id"), 4, _placement_rows, _placement_row)
VOTES = Table("votes", ("team_id", "lever"), 3, _vote_rows, _vote_row)
TEAMS = _list_table("teams", team_row, 5)
PARTICIPANTS = _list_table("participants", participant_row, 4)
ROUNDS = _list_table("rounds", round_row, 6)
STEPS = _list_table("steps", step_row, 10)
NOTES = _list_table("notes", note_row, 6)
ACTIONS = _list_table("actions", action_row, 15)
INFO = _meta(INFO_KEYS, lambda s, k: getattr(s.info, k))
SETTINGS = _meta(SETTINGS_KEYS, _settings_value)
CURRENT_STEP = _meta(("current_step",), lambda s, k: str(s.current_step))

#: Per part, its tables: a change's keys name rows of the first; the others
#: (where the workshop stands in the agenda) are compared whole.
TABLES: dict[Part, tuple[Table, ...]] = {
    Part.INFO: (INFO,),
    Part.SETTINGS: (SETTINGS,),
    Part.TEAMS: (TEAMS,),
    Part.PARTICIPANTS: (PARTICIPANTS,),
    Part.ROUNDS: (ROUNDS,),
    Part.STEPS: (STEPS, CURRENT_STEP),
    Part.PLACEMENTS: (PLACEMENTS,),
    Part.VOTES: (VOTES,),
    Part.NOTES: (NOTES,),
    Part.ACTIONS: (ACTIONS,),
}


def insert_all(conn: sqlite3.Connection, table: Table, session: Session) -> None:
    """Write every row of ``table`` (a new file, or a table emptied first)."""
    verb = "INSERT OR REPLACE" if table.meta_keys else "INSERT"
    conn.executemany(f"{verb} INTO {table.name} VALUES ({','.join('?' * table.width)})",
                     list(table.rows(session).values()))


def _where(table: Table) -> str:
    return " AND ".join(f"{c}=?" for c in table.key_columns)


def _key(table: Table, key) -> tuple:
    return tuple(key) if len(table.key_columns) > 1 else (key,)


def _stored(conn: sqlite3.Connection, table: Table) -> dict:
    """The table's rows as stored (for meta: only this part's keys)."""
    n = len(table.key_columns)
    sql = f"SELECT * FROM {table.name}"
    params: tuple = ()
    if table.meta_keys:
        sql += f" WHERE key IN ({','.join('?' * len(table.meta_keys))})"
        params = table.meta_keys
    out = {}
    for row in conn.execute(sql, params):
        out[row[0] if n == 1 else tuple(row[:n])] = tuple(row)
    return out


def _write_table(conn: sqlite3.Connection, table: Table, session: Session, keys) -> None:
    marks = ",".join("?" * table.width)
    upsert = f"INSERT OR REPLACE INTO {table.name} VALUES ({marks})"
    delete = f"DELETE FROM {table.name} WHERE {_where(table)}"
    if keys is None:
        # The whole part may have changed: write only the rows that differ.
        want, have = table.rows(session), _stored(conn, table)
        for key in have.keys() - want.keys():
            conn.execute(delete, _key(table, key))
        for key, row in want.items():
            if have.get(key) != row:
                conn.execute(upsert, row)
        return
    for key in keys:
        row = table.row(session, key)
        if row is None:
            conn.execute(delete, _key(table, key))
        else:
            conn.execute(upsert, row)
    if table.ordered:
        # An insert, a removal or a move shifts the others' places.
        places = dict(conn.execute(f"SELECT id, sort_order FROM {table.name}"))
        for i, item in enumerate(getattr(session, table.name)):
            if item.id in places and places[item.id] != i:
                conn.execute(f"UPDATE {table.name} SET sort_order=? WHERE id=?", (i, item.id))


def write_touched(conn: sqlite3.Connection, session: Session, touched: Mapping[Part, frozenset | None]) -> None:
    """Write the rows ``touched`` names as the session now has them (inside
    the caller's transaction)."""
    for part, keys in touched.items():
        first, *others = TABLES[Part(part)]
        _write_table(conn, first, session, keys)
        for table in others:
            _write_table(conn, table, session, None)
