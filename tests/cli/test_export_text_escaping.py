"""Names that hold every kind of line break, pipes and Markdown or
iCalendar syntax keep the text exports' structure whole.

The session is made with the app's model, written with ``save_session`` and
exported by the command line (``cli.main`` in this process). The Markdown is
then read line by line the way a Markdown reader splits it, the calendar by
the ``icalendar`` package and the CSV by Python's ``csv`` module.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

import pytest
from exportsamples import sample_session

from collabworkshop import cli
from collabworkshop.model.session import Note, NoteKind, Session
from collabworkshop.storage import save_session

#: Every line break a reader may split a line on: CR alone, CRLF, LF, VT,
#: FF, the file/group/record separators, NEL, and the Unicode line and
#: paragraph separators (``str.splitlines`` knows all of them; CommonMark
#: the first three).
BREAKS = ("\r", "\r\n", "\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")

#: Note texts that begin like Markdown structure: at the start of a list
#: item each would become a nested list, a rule or a code block.
STRUCTURE_NOTES = ("1. first", "2) second", "- dash", "+ plus", "---", "     indented code", "\t- tab")

#: What a CommonMark reader takes as the start of a block inside a list
#: item (other than a paragraph).
BLOCK_START = re.compile(r"[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|-{3,}\s*$|#|>|```|~~~|<")


def run(*args: str | Path) -> int:
    return cli.main([str(a) for a in args])


def awkward_session() -> Session:
    """The sample, with a line break of each kind and a pipe in team,
    organisation, participant-less team, dimension and round names, and
    notes that start like Markdown structure."""
    s = sample_session()
    for i, team in enumerate(s.teams):
        brk = BREAKS[i % len(BREAKS)]
        s.teams[i] = dataclasses.replace(team, name=f"Team {i}{brk}part | two",
                                         organisation=f"Org{BREAKS[(i + 5) % len(BREAKS)]}{i}")
    s.dimensions[0] = dataclasses.replace(s.dimensions[0], name="Inte\rgration | x")
    s.dimensions[1] = dataclasses.replace(s.dimensions[1], name="Rela\r\ntionship\u2028y")
    s.rounds[0] = dataclasses.replace(s.rounds[0], name="To\u2029day")
    s.notes = [Note(f"n{i}", NoteKind.NOTE, text) for i, text in enumerate(STRUCTURE_NOTES)]
    s.notes.append(Note("nx", NoteKind.DECISION, "AT&amp;T &#124; pipe"))
    return s


def split_cells(line: str) -> list[str]:
    """A GFM table row's cells: split on pipes not escaped by a backslash
    (a backslash escapes whatever follows it, including a backslash)."""
    assert line.startswith("|") and line.endswith("|"), line
    cells, current, i = [], "", 1
    while i < len(line) - 1:
        ch = line[i]
        if ch == "\\":
            current += line[i:i + 2]
            i += 2
            continue
        if ch == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += ch
        i += 1
    cells.append(current.strip())
    return cells


def tables(lines: list[str]) -> dict[str, list[list[str]]]:
    """Every table, under the heading above it: its rows (header first) as cells."""
    found: dict[str, list[list[str]]] = {}
    heading = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = line
        if line.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|( -+:? \|)+", lines[i + 1]):
            rows = [split_cells(line)]
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(split_cells(lines[i]))
                i += 1
            assert heading not in found, heading
            found[heading] = rows
            continue
        i += 1
    return found


def unescape(cell: str) -> str:
    return re.sub(r"\\(.)", r"\1", cell)


def test_markdown_tables_and_lists_survive_every_line_break(tmp_path: Path):
    session = awkward_session()
    path = tmp_path / "awkward.cwsession"
    save_session(session, path)
    out = tmp_path / "report.md"
    assert run("export", path, "-o", out) == 0
    text = out.read_text(encoding="utf-8")

    # Whatever a reader counts as a line break, it finds the same lines.
    lines = text.split("\n")
    assert text.splitlines() == lines[:-1] and lines[-1] == ""

    found = tables(lines)
    teams = found["## Teams"]
    assert len(teams) == 1 + len(session.teams)
    assert all(len(row) == 4 for row in teams)
    for i, row in enumerate(teams[1:]):
        # The name is whole in its cell: its line break shown as <br>, its pipe escaped.
        assert unescape(row[1]) == f"Team {i}<br>part | two"
        assert unescape(row[2]) == f"Org<br>{i}"

    round_table = found["## Round 1: To<br>day"]
    assert len(round_table) == 1 + len(session.dimensions)
    assert all(len(row) == 9 for row in round_table)
    assert [unescape(r[0]) for r in round_table[1:3]] == ["Inte<br>gration | x", "Rela<br>tionship<br>y"]

    raw = found["## Appendix: raw placements"]
    assert len(raw) == 1 + len(session.placements)
    assert all(len(row) == 5 for row in raw)

    # Each note is one list item whose text starts as text, not as a
    # nested list, a rule or a code block.
    items = [line[2:] for line in lines if line.startswith("- ")]
    notes = items[-len(session.notes):]
    assert len(notes) == len(session.notes)
    for item in notes:
        assert not BLOCK_START.match(item), item
    assert "1\\. first" in notes and "\\- dash" in notes and "indented code" in notes
    # An entity in a note is shown as typed, not turned into "&" or "|"
    # (the decision comes first: decisions, then notes, then the parking lot).
    assert notes[0] == "AT\\&amp;T &\\#124; pipe"


def test_calendar_keeps_the_text_and_one_event_per_action(tmp_path: Path):
    icalendar = pytest.importorskip("icalendar")
    session = sample_session()
    awkward = [f"Step{brk}two | three; four, five \\ six" for brk in BREAKS]
    for i, action in enumerate(session.actions):
        session.actions[i] = dataclasses.replace(
            action, title=awkward[i % len(awkward)], owner=f"Owner\x1b[2J{i}",
            due=f"2027-01-{i + 10:02d}",
        )
    # Identifiers are the file's text too: one that holds a line break and a
    # property of its own must not end its event early.
    session.actions[0] = dataclasses.replace(session.actions[0], id="a1\r\nEND:VEVENT\r\nBEGIN:VEVENT")
    session.actions[1] = dataclasses.replace(session.actions[1], id="a2,\\;x")
    path = tmp_path / "awkward.cwsession"
    save_session(session, path)
    out = tmp_path / "plan.ics"
    assert run("export", path, "-o", out) == 0
    data = out.read_bytes()

    # RFC 5545: lines end in CRLF, and no other control character is in a value.
    assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", data.replace(b"\r\n", b""))

    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == len(session.actions)
    line_break = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
    for event, action in zip(events, session.actions, strict=True):
        # Every kind of line break is the calendar's line break; the rest is intact.
        assert str(event["SUMMARY"]) == line_break.sub("\n", action.title)
        assert "Owner: Owner\ufffd[2J" in str(event["DESCRIPTION"])
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert all(re.fullmatch(r"[A-Za-z0-9%._~-]+@collabworkshop", uid) for uid in uids), uids
    assert uids[2].startswith(f"{session.actions[2].id}-")  # ordinary ids are unchanged, so UIDs stay stable


def test_csv_quotes_a_lone_carriage_return(tmp_path: Path):
    """A lone CR ends a record for many readers; inside a quoted field it is
    text. (Python's csv module already quotes it; this guards the layout.)"""
    session = awkward_session()
    path = tmp_path / "awkward.cwsession"
    save_session(session, path)
    out = tmp_path / "placements.csv"
    assert run("export", path, "-o", out) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(session.placements)
    names = {row["team"] for row in rows}
    assert {t.name for t in session.teams} <= names
    assert '"Team 0\rpart | two"' in out.read_bytes().decode("utf-8-sig")
